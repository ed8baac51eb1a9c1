package cn.gov.huiji.fourlists.kernel.print;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The printable tables every service shares (清单打印版, 抽查报告): Chinese text, embedded font, headers on every page. */
class PdfTablesTest {

    static Path font() {
        Optional<Path> font = PrintFont.locate(Optional.empty());
        assumeTrue(font.isPresent(), "no Chinese font installed (deploy/fonts/fetch); the PDF cannot be drawn here");
        return font.get();
    }

    @Test
    void theFontIsLookedForWhereConfiguredThenInTheCacheThenWhereDebianPutsIt() {
        assertEquals(List.of(Path.of("/opt/fonts/simsun.ttc"), Path.of("/cache/fonts/wqy-microhei.ttc"),
                        Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")),
                PrintFont.candidates(Optional.of("/opt/fonts/simsun.ttc"), "/cache"), "configured first, then the cache, then Debian");
        assertEquals(List.of(Path.of("/cache/fonts/wqy-microhei.ttc"), Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")),
                PrintFont.candidates(Optional.of(" "), "/cache"), "a blank setting counts as none");
        assertTrue(PrintFont.locate(Optional.of("/nonexistent/font.ttc")).map(p -> !p.toString().startsWith("/nonexistent")).orElse(true),
                "a configured font that is not there is skipped, never returned");
    }

    @Test
    void tablesPrintChineseTextWithTheFontEmbeddedAndTheHeaderOnEveryPage() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of(String.valueOf(i), "危险化学品经营许可证核发第" + i + "项", "漏报\n第二行"));
        }
        List<PdfTables.Column> columns = List.of(new PdfTables.Column("序号", 0.5f), new PdfTables.Column("对象", 3f),
                new PdfTables.Column("发现", 1f));
        byte[] pdf = PdfTables.write(font(), "抽查报告", List.of(
                new PdfTables.Table("抽查要素", "（共 2 项）", List.of(new PdfTables.Column("项目", 1f), new PdfTables.Column("内容", 4f)),
                        List.of(List.of("种子", "3b7e0c5d"), List.of("算法", "fourlists-spot-check/1"))),
                new PdfTables.Table("样本", "（共 120 个）", columns, rows, true),
                new PdfTables.Table("汇总", null, columns, List.of(List.of("1", "合计", "120"), List.of("2", "\uD83D\uDE00 not in the font", "")))));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("抽查要素") && text.contains("fourlists-spot-check/1"), "the first table is Chinese text");
            assertTrue(text.contains("危险化学品经营许可证核发第120项"), "the last row of the long table is printed");
            assertTrue(doc.getNumberOfPages() >= 3, "120 two-line rows run onto several pages: " + doc.getNumberOfPages());
            String page2 = pageText(doc, 2);
            assertTrue(page2.contains("样本（续）") && page2.contains("序号对象发现"), "a continued page repeats title and header: " + page2);
            String first = pageText(doc, 1);
            assertTrue(first.contains("抽查要素") && first.contains("样本"), "a samePage table follows on the first page: " + first);
            assertTrue(text.contains("第1页共" + doc.getNumberOfPages() + "页"), "pages are numbered");
            String last = pageText(doc, doc.getNumberOfPages());
            assertTrue(last.startsWith("汇总"), "a table without samePage starts a fresh page: " + last);
            assertTrue(last.contains("?notinthefont"), "a character the font lacks prints as ?, the document is still made: " + last);
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font instanceof PDType0Font t && t.getDescendantFont().isEmbedded(), "the Chinese font is embedded: " + font.getName());
        }
    }

    static String pageText(PDDocument doc, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc).replaceAll("\\s+", "");
    }
}
