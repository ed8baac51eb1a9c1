package cn.gov.huiji.fourlists.list.publishing;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The printable list for posting in the service hall (Art. 3): landscape A4, the published columns as a ruled
 * table, the header repeated on every page, page numbers, and the Chinese font embedded (subset) so the sheet
 * prints the same anywhere.
 */
public final class PdfFormat {

    static final float MARGIN = 28;
    static final float FONT_SIZE = 7.5f;
    static final float LEADING = 10f;
    static final float PAD = 3f;

    private PdfFormat() {
    }

    /**
     * A further table after the list, on a page of its own, e.g. the discretion standards (行政处罚自由裁量基准, R-LIST-7).
     */
    public record Section(String title, String subtitle, List<PublishedLayout.Column> columns, List<List<String>> rows) {
    }

    public static byte[] write(Path fontFile, String title, String subtitle, List<PublishedLayout.Column> columns,
                               List<List<String>> rows) {
        return write(fontFile, title, subtitle, columns, rows, List.of());
    }

    public static byte[] write(Path fontFile, String title, String subtitle, List<PublishedLayout.Column> columns,
                               List<List<String>> rows, List<Section> sections) {
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(fontFile.toFile())) {
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            ttc.processAllFonts(f -> first.compareAndSet(null, f));
            PDFont font = PDType0Font.load(doc, first.get(), true);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Four Lists One Network (四单一网)");

            PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            table(doc, size, font, title, subtitle, columns, rows);
            for (Section section : sections) {
                table(doc, size, font, section.title(), section.subtitle(), section.columns(), section.rows());
            }
            int pages = doc.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream cs = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                    String footer = "第 " + (i + 1) + " 页  共 " + pages + " 页";
                    cs.beginText();
                    cs.setFont(font, 8);
                    cs.newLineAtOffset((size.getWidth() - width(font, footer, 8)) / 2, MARGIN / 2);
                    cs.showText(footer);
                    cs.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One ruled table from a fresh page: its title, the header repeated on every page it runs onto. */
    private static void table(PDDocument doc, PDRectangle size, PDFont font, String title, String subtitle,
                              List<PublishedLayout.Column> columns, List<List<String>> rows) throws IOException {
        float tableWidth = size.getWidth() - 2 * MARGIN;
        float total = (float) columns.stream().mapToDouble(PublishedLayout.Column::width).sum();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = tableWidth * columns.get(i).width() / total;
        }
        List<List<String>> headerLines = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            headerLines.add(wrap(font, columns.get(i).header(), widths[i] - 2 * PAD));
        }

        Page page = new Page(doc, size, font);
        float y = page.start(title, subtitle, true);
        y = page.row(y, widths, headerLines, true);
        for (List<String> row : rows) {
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                cells.add(wrap(font, i < row.size() ? row.get(i) : "", widths[i] - 2 * PAD));
            }
            // A row taller than what is left goes on, line by line, on the next page under a repeated header.
            while (true) {
                int fit = (int) Math.floor((y - MARGIN - 20 - 2 * PAD) / LEADING);
                int need = cells.stream().mapToInt(List::size).max().orElse(1);
                if (need <= fit) {
                    y = page.row(y, widths, cells, false);
                    break;
                }
                if (fit >= 3) {
                    List<List<String>> head = new ArrayList<>();
                    List<List<String>> rest = new ArrayList<>();
                    for (List<String> c : cells) {
                        head.add(c.subList(0, Math.min(fit, c.size())));
                        rest.add(c.subList(Math.min(fit, c.size()), c.size()));
                    }
                    page.row(y, widths, head, false);
                    cells = rest;
                }
                page.close();
                page = new Page(doc, size, font);
                y = page.start(title, subtitle, false);
                y = page.row(y, widths, headerLines, true);
            }
        }
        page.close();
    }

    /** One page being drawn. */
    private static final class Page {
        final PDPageContentStream cs;
        final PDRectangle size;
        final PDFont font;

        Page(PDDocument doc, PDRectangle size, PDFont font) throws IOException {
            PDPage p = new PDPage(size);
            doc.addPage(p);
            this.cs = new PDPageContentStream(doc, p);
            this.size = size;
            this.font = font;
        }

        float start(String title, String subtitle, boolean firstPage) throws IOException {
            float y = size.getHeight() - MARGIN;
            float titleSize = firstPage ? 15 : 10;
            text(title + (firstPage ? "" : "（续）"), (size.getWidth() - width(font, title, titleSize)) / 2, y - titleSize, titleSize);
            y -= titleSize + 8;
            if (firstPage) {
                text(subtitle, (size.getWidth() - width(font, subtitle, 9)) / 2, y - 9, 9);
                y -= 17;
            }
            return y;
        }

        float row(float top, float[] widths, List<List<String>> cells, boolean header) throws IOException {
            int lines = Math.max(1, cells.stream().mapToInt(List::size).max().orElse(1));
            float height = lines * LEADING + 2 * PAD;
            float x = MARGIN;
            if (header) {
                cs.setNonStrokingColor(0.88f, 0.88f, 0.88f);
                cs.addRect(MARGIN, top - height, sum(widths), height);
                cs.fill();
                cs.setNonStrokingColor(0f, 0f, 0f);
            }
            cs.setLineWidth(0.5f);
            for (int i = 0; i < widths.length; i++) {
                cs.addRect(x, top - height, widths[i], height);
                cs.stroke();
                float ty = top - PAD - FONT_SIZE;
                for (String line : cells.get(i)) {
                    text(line, x + PAD, ty, FONT_SIZE);
                    ty -= LEADING;
                }
                x += widths[i];
            }
            return top - height;
        }

        void text(String s, float x, float y, float fontSize) throws IOException {
            if (s.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setFont(font, fontSize);
            cs.newLineAtOffset(x, y);
            cs.showText(s);
            cs.endText();
        }

        void close() throws IOException {
            cs.close();
        }
    }

    static float sum(float[] a) {
        float s = 0;
        for (float f : a) {
            s += f;
        }
        return s;
    }

    static float width(PDFont font, String s, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** Breaks a cell's text into lines that fit the column; characters the font lacks become 「?」. */
    static List<String> wrap(PDFont font, String text, float maxWidth) throws IOException {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float w = 0;
            int[] cps = para.codePoints().toArray();
            for (int cp : cps) {
                String ch = new String(Character.toChars(cp));
                float cw;
                try {
                    cw = width(font, ch, FONT_SIZE);
                } catch (IllegalArgumentException | IOException e) {
                    ch = "?";
                    cw = width(font, ch, FONT_SIZE);
                }
                if (w + cw > maxWidth && !line.isEmpty()) {
                    out.add(line.toString());
                    line.setLength(0);
                    w = 0;
                }
                line.append(ch);
                w += cw;
            }
            out.add(line.toString());
        }
        while (out.size() > 1 && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
