package cn.gov.huiji.fourlists.list;

import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import cn.gov.huiji.fourlists.list.domain.ListItem;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-LIST-5: the list as a spreadsheet in the published columns and as a printable PDF; the legal section's import. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ExportAndImportTest {

    static final String POWER_HEADER = "序号,权力类型,事项编码,事项名称,子项,实施依据,实施主体,承办机构,责任事项,追责情形,备注";

    @BeforeEach
    void sections() {
        Items.ensureSection("hazchem", "危险化学品安全监督管理科");
    }

    static String row(String code, String name, String basis, String body) {
        return "1,行政许可," + code + "," + name + ",\"1. 带有储存设施的经营许可\n2. 不带有储存设施的经营许可\"," + basis + "," + body
                + ",危险化学品安全监督管理科,\"1. 受理责任：公示依法应当提交的材料，一次性告知补正材料。\n2. 审查责任：对申请材料进行审查，组织现场核查。\","
                + "\"因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：\n1. 对符合条件的申请不予受理的（依据：《中华人民共和国行政许可法》第七十二条）\",\n";
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aGoodSpreadsheetImportsEveryRowWithOneTraceEachAndExportsTheSame() {
        String a = Items.code("XK"), b = Items.code("XK");
        String csv = "\uFEFF" + POWER_HEADER + "\n"
                + row(a, "危险化学品经营许可证核发", "【行政法规】《危险化学品安全管理条例》（国务院令第591号）第三十三条：国家对危险化学品经营实行许可制度。",
                "惠济区安全生产监督管理局（" + Items.BUREAU + "）")
                + row(b, "危险化学品安全使用许可证核发", "【部委规章】《危险化学品安全使用许可证实施办法》（原国家安全监管总局令第57号）第三条",
                "惠济区安全生产监督管理局（" + Items.BUREAU + "）");
        given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/lists/power/import")
                .then().statusCode(201).body("imported", equalTo(2)).body("codes", hasItems(a, b));
        given().get("/api/v1/items/" + a).then().statusCode(200)
                .body("content.legalBasis[0].level", equalTo("ADMINISTRATIVE_REGULATION"))
                .body("content.legalBasis[0].article", equalTo("第三十三条"))
                .body("content.legalBasis[0].excerpt", equalTo("国家对危险化学品经营实行许可制度。"))
                .body("content.implementingBody.creditCode", equalTo(Items.BUREAU))
                .body("content.subItems[1].name", equalTo("不带有储存设施的经营许可"))
                .body("content.duties[0].stage", equalTo("受理责任"))
                .body("content.accountability[0].basis", equalTo("《中华人民共和国行政许可法》第七十二条"))
                .body("section", equalTo("hazchem"));
        assertEquals(1, OutboxProbe.entriesFor("item/" + a).size(), "an imported item leaves one trace");
        assertEquals(ListEvents.ITEM_LOADED.name(), OutboxProbe.entriesFor("item/" + b).get(0).type);

        String exported = given().get("/api/v1/lists/power/export?format=csv").then().statusCode(200).extract().asString();
        assertTrue(exported.startsWith("\uFEFF" + POWER_HEADER), "the CSV opens with a BOM and the published header");
        assertTrue(exported.contains("【行政法规】《危险化学品安全管理条例》（国务院令第591号）第三十三条：国家对危险化学品经营实行许可制度。"),
                "what was imported is exported in the same words");
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aBadSpreadsheetIsRefusedWholeWithEveryRowAndColumnError() {
        long before = ListItem.count();
        String good = Items.code("XK"), bad1 = Items.code("XK");
        String csv = POWER_HEADER + "\n"
                + row(good, "危险化学品经营许可证核发", "【行政法规】《危险化学品安全管理条例》第三十三条", "惠济区安全生产监督管理局（" + Items.BUREAU + "）")
                + row(bad1, "危险化学品安全使用许可证核发", "【法规】《危险化学品安全管理条例》第三十三条", "惠济区安全生产监督管理局（114101080051883706）")
                + row("AJ-1", "", "【法律】《中华人民共和国安全生产法》第九十四条", "惠济区安全生产监督管理局")
                + row(good, "重复的编码", "【法律】《中华人民共和国安全生产法》第九十四条", "惠济区安全生产监督管理局");
        given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/lists/power/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detailZh", containsString("未导入任何事项"))
                .body("errors.field", hasItems("row[3].实施依据", "row[3].实施主体", "row[4].事项编码", "row[4].事项名称", "row[5].事项编码"))
                .body("errors.find { it.field == 'row[3].实施主体' }.messageZh", containsString("统一社会信用代码"));
        assertEquals(before, ListItem.count(), "nothing is half-imported");
        assertEquals(0, OutboxProbe.entriesFor("item/" + good).size(), "no trace for rows that were not imported");

        given().contentType("text/csv").body("序号,名称\n1,x\n".getBytes(StandardCharsets.UTF_8)).post("/api/v1/lists/power/import")
                .then().statusCode(400).body("errors.field", hasItems("header.事项编码", "header.名称"));
        given().contentType(ListExportResourceMedia.XLSX).body("not a workbook".getBytes()).post("/api/v1/lists/power/import")
                .then().statusCode(400).body("errors[0].field", equalTo("file"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void anOldXlsAZipBombAndAnOversizedSheetAreRefusedBeforeTheirRowsAreRead() throws Exception {
        byte[] xls = new byte[512];
        System.arraycopy(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, xls, 0, 8);
        given().contentType(ListExportResourceMedia.XLSX).body(xls) // an .xls renamed to .xlsx
               .post("/api/v1/lists/power/import").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("file"))
                .body("errors[0].messageZh", containsString(".xls"));

        // a real workbook with one more part: 50 MB of spaces that deflate to about 50 KB
        byte[] workbook = given().get("/api/v1/lists/power/export?format=xlsx").then().statusCode(200).extract().asByteArray();
        java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(workbook));
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bomb)) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new java.util.zip.ZipEntry("xl/media/padding.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                out.write(spaces);
            }
            out.closeEntry();
        }
        given().contentType(ListExportResourceMedia.XLSX).body(bomb.toByteArray()).post("/api/v1/lists/power/import").then().statusCode(400)
                .body("errors[0].field", equalTo("file")).body("errors[0].messageZh", containsString("压缩炸弹"));

        java.io.ByteArrayOutputStream big = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            Sheet sheet = wb.createSheet();
            for (int r = 0; r <= 5_000; r++) {
                sheet.createRow(r).createCell(0).setCellValue("行" + r);
            }
            wb.write(big);
        }
        given().contentType(ListExportResourceMedia.XLSX).body(big.toByteArray()).post("/api/v1/lists/power/import").then().statusCode(400)
                .body("errors[0].messageZh", containsString("最多接受 5000 行"));
    }

    @Test
    void importIsForTheLegalSectionOnly() {
        given().contentType("text/csv").body(POWER_HEADER.getBytes(StandardCharsets.UTF_8)).post("/api/v1/lists/power/import")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void theXlsxOpensInASpreadsheetProgramWithThePublishedColumnsAndImportsBack() throws Exception {
        String code = Items.code("XK");
        given().contentType(ContentType.JSON).body(Items.power(code, "《烟花爆竹经营（批发）许可证》核发", "行政许可", "hazchem",
                List.of(Items.citation("ADMINISTRATIVE_REGULATION", "烟花爆竹安全管理条例", "国务院令第455号", "第十六条"))))
                .post("/api/v1/lists/power/items").then().statusCode(201);
        byte[] xlsx = given().get("/api/v1/lists/power/export?format=xlsx").then().statusCode(200)
                .contentType(ListExportResourceMedia.XLSX).header("Content-Disposition", containsString(".xlsx"))
                .extract().asByteArray();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertEquals("惠济区安全生产监督管理局行政权责清单", f.formatCellValue(sheet.getRow(0).getCell(0)));
            List<String> header = new ArrayList<>();
            sheet.getRow(2).forEach(c -> header.add(f.formatCellValue(c)));
            assertEquals(List.of(POWER_HEADER.split(",")), header, "the published POWER columns, in order");
            boolean found = false;
            for (Row r : sheet) {
                if (code.equals(f.formatCellValue(r.getCell(2)))) {
                    found = true;
                    assertEquals("《烟花爆竹经营（批发）许可证》核发", f.formatCellValue(r.getCell(3)));
                    assertTrue(f.formatCellValue(r.getCell(5)).startsWith("【行政法规】《烟花爆竹安全管理条例》（国务院令第455号）第十六条"));
                    assertEquals("惠济区安全生产监督管理局（" + Items.BUREAU + "）", f.formatCellValue(r.getCell(6)));
                }
            }
            assertTrue(found, "the item is a row of the sheet");
        }
        // The same workbook, re-imported, is refused because its items are already published (R-LIST-4).
        given().contentType(ListExportResourceMedia.XLSX).body(xlsx).post("/api/v1/lists/power/import").then().statusCode(400)
                .body("errors.messageZh", hasItem(containsString("只能通过动态调整程序变更")));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void thePrintableListShowsChineseTextInAnEmbeddedFont() throws Exception {
        String code = Items.code("XK");
        given().contentType(ContentType.JSON).body(Items.power(code, "危险化学品经营许可证核发（带储存设施）", "行政许可", "hazchem",
                List.of(Items.citation("ADMINISTRATIVE_REGULATION", "危险化学品安全管理条例", "国务院令第591号", "第三十三条"))))
                .post("/api/v1/lists/power/items").then().statusCode(201);
        byte[] pdf = given().get("/api/v1/lists/power/export?format=pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("惠济区安全生产监督管理局行政权责清单"), "the title is Chinese text, not boxes");
            assertTrue(text.contains("危险化学品经营许可证核发（带储存设施）"), "the item's name is in the PDF as text");
            assertTrue(text.contains("实施依据") && text.contains("追责情形"), "the published column headers");
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font instanceof PDType0Font t && t.getDescendantFont().isEmbedded(), "the Chinese font is embedded: " + font.getName());
        }
    }

    /** The media type of .xlsx. */
    static final class ListExportResourceMedia {
        static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
}
