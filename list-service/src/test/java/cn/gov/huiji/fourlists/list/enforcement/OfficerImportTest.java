package cn.gov.huiji.fourlists.list.enforcement;

import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.outbox.OutboxEntry;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-LIST-9: the legal section loads officers from a spreadsheet. Every row is checked first, every error named by row
 * and column, and nothing is written unless every row is right; then every row is registered with its own trace.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class OfficerImportTest {

    static final String HEADER = "执法证号,姓名,所在单位统一社会信用代码,执法类别,执法区域,发证机关,有效期起,有效期止";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static String row(String no, String name, String unit, String from, String to) {
        return String.join(",", no, name, unit, "安全生产监管执法", "惠济区", "郑州市人民政府法制办公室", from, to) + "\n";
    }

    static JsonPath postCsv(String csv, int status) {
        return given().contentType("text/csv").body(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/officers/import").then().statusCode(status).extract().jsonPath();
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aSpreadsheetWithBadRowsNamesEveryErrorByRowAndColumnAndWritesNothing() {
        String unit = Officers.body("惠济区安全生产监督管理局");
        String unregistered = Officers.unitCode();
        String registered = Officers.register("已登记", unit, LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31));
        String good = Officers.certificateNo(), bad1 = Officers.certificateNo(), bad2 = Officers.certificateNo(),
                bad3 = Officers.certificateNo();
        String csv = HEADER + "\n"
                + row(good, "张明", unit, "2020-01-01", "2030-12-31")                       // row 2: right
                + row(bad1, "李华", "914101081234567890", "2020-01-01", "2030-12-31")       // row 3: check character wrong
                + row(bad2, "王强", unregistered, "2020-01-01", "2030-02-30")               // row 4: no such body, no such day
                + row(bad3, "", unit, "2030-12-31", "2020-01-01")                           // row 5: no name, ends before it begins
                + row(good, "张明", unit, "2020-01-01", "2030-12-31")                       // row 6: repeats row 2
                + "\n"                                                                      // row 7: blank, skipped
                + row(registered, "已登记", unit, "2020-01-01", "2030-12-31");              // row 8: registered already
        JsonPath problem = postCsv(csv, 400);
        List<Map<String, Object>> errors = problem.getList("errors");
        List<String> where = errors.stream().map(e -> e.get("row") + ":" + e.get("column")).toList();
        assertEquals(List.of("3:所在单位统一社会信用代码", "4:所在单位统一社会信用代码", "4:有效期止", "5:姓名", "5:有效期止",
                "6:执法证号", "8:执法证号"), where, "every error by row and column, in sheet order: " + errors);
        assertTrue(errors.stream().allMatch(e -> e.get("message") != null && e.get("messageZh") != null), "in English and Chinese");
        assertEquals("row[3].所在单位统一社会信用代码", errors.get(0).get("field"), "also named as the lists' import names a cell");
        assertTrue(String.valueOf(errors.get(5).get("messageZh")).contains("与第 2 行重复"), String.valueOf(errors.get(5)));
        assertEquals("application/problem+json", given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/officers/import").then().extract().contentType());
        assertEquals(7, errors.size(), "seven errors, all reported at once");
        assertTrue(problem.getString("detailZh").contains("未导入"), problem.getString("detailZh"));

        given().get("/api/v1/officers/" + good).then().statusCode(404);
        assertEquals(0, OutboxProbe.entriesFor("officer/" + good).size(), "nothing was registered, nothing traced");
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aMissingOrUnknownColumnAndAColumnOfIdentityNumbersAreRefused() {
        JsonPath problem = postCsv("执法证号,姓名,身份证号,执法类别,执法区域,发证机关,有效期起,有效期止,职务\n"
                + "HJ-1,张明,410108198001011234,安全生产监管执法,惠济区,郑州市人民政府法制办公室,2020-01-01,2030-12-31\n", 400);
        List<Map<String, Object>> errors = problem.getList("errors");
        List<String> where = errors.stream().map(e -> e.get("row") + ":" + e.get("column")).toList();
        assertEquals(List.of("1:身份证号", "1:职务", "1:所在单位统一社会信用代码"), where, String.valueOf(errors));
        assertTrue(String.valueOf(errors.get(0).get("messageZh")).contains("不收录身份证号码"), String.valueOf(errors.get(0)));

        postCsv("姓名,单位\n张明,某局\n", 400);
        given().contentType("text/csv").body("执法证号,\"未闭合\n".getBytes(StandardCharsets.UTF_8)).post("/api/v1/officers/import")
                .then().statusCode(400).body("errors[0].field", equalTo("file"));
        given().contentType(XLSX).body("not a workbook".getBytes(StandardCharsets.UTF_8)).post("/api/v1/officers/import")
                .then().statusCode(400).body("errors[0].field", equalTo("file"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aGoodCsvRegistersEveryRowWithOneTraceEach() {
        String unit = Officers.body("惠济区安全生产执法大队");
        String a = Officers.certificateNo(), b = Officers.certificateNo(), c = Officers.certificateNo();
        String csv = HEADER + "\n" + row(a, "陈一", unit, "2020-01-01", "2030-12-31")
                + row(b.toLowerCase(), " 陈二 ", unit, "2021/3/1", "2031年2月28日") + row(c, "陈三", unit, "2022-07-01", "2032-06-30");
        assertEquals(3, postCsv(csv, 200).getInt("imported"), "every row was registered");
        given().get("/api/v1/officers/" + b).then().statusCode(200).body("name", equalTo("陈二"))
                .body("validFrom", equalTo("2021-03-01")).body("validTo", equalTo("2031-02-28"))
                .body("unit.name", equalTo("惠济区安全生产执法大队")).body("status", equalTo("VALID"));
        for (String no : List.of(a, b, c)) {
            List<OutboxEntry> traces = OutboxProbe.entriesFor("officer/" + no);
            assertEquals(1, traces.size(), "one trace per imported officer: " + no);
            assertEquals(ListEvents.OFFICER_REGISTERED.name(), traces.get(0).type);
            assertEquals("legal", traces.get(0).actorId, "traced as the legal section's act");
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aGoodXlsxWithATitleRowAndRunningNumbersImportsToo() throws Exception {
        String unit = Officers.body("惠济区危险化学品监察中队");
        String a = Officers.certificateNo(), b = Officers.certificateNo();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("执法人员");
            sheet.createRow(0).createCell(0).setCellValue("惠济区安全生产行政执法人员名录");
            String[] header = ("序号," + HEADER).split(",");
            Row h = sheet.createRow(1);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            String[][] rows = {{"1", a, "吴一", unit, "安全生产监管执法", "惠济区", "郑州市人民政府法制办公室", "2020-01-01", "2030-12-31"},
                    {"2", b, "吴二", unit, "安全生产监管执法", "惠济区", "郑州市人民政府法制办公室", "2020-01-01", "2030-12-31"}};
            for (int r = 0; r < rows.length; r++) {
                Row x = sheet.createRow(r + 2);
                for (int i = 0; i < rows[r].length; i++) {
                    x.createCell(i).setCellValue(rows[r][i]);
                }
            }
            wb.write(out);
        }
        given().contentType(XLSX).body(out.toByteArray()).post("/api/v1/officers/import").then().statusCode(200)
                .body("imported", equalTo(2));
        given().get("/api/v1/officers/" + a).then().statusCode(200).body("name", equalTo("吴一"));
        assertEquals(1, OutboxProbe.entriesFor("officer/" + b).size());
    }

    @Test
    void importIsForTheLegalSectionOnly() {
        given().contentType("text/csv").body(HEADER.getBytes(StandardCharsets.UTF_8)).post("/api/v1/officers/import")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
