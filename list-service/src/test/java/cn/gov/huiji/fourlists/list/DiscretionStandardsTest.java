package cn.gov.huiji.fourlists.list;

import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.list.publishing.XlsxFormat;
import cn.gov.huiji.fourlists.list.service.AdjustmentApplier;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-LIST-7 (Art. 16): every 行政处罚 item carries its discretion standards; they are read by level and by day, weigh a
 * proposed fine, change only by a published adjustment (a new version, shown in the diff) and are exported with the list.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class DiscretionStandardsTest {

    static final String VIOLATION = "未按照规定对从业人员进行安全生产教育和培训";

    @Inject
    AdjustmentApplier applier;

    String code;

    static Map<String, Object> range(Long from, Long to) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("fineFromYuan", from);
        r.put("fineToYuan", to);
        return r;
    }

    static Map<String, Object> level(String severity, String circumstance, Map<String, Object> range, String... kinds) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("severity", severity);
        l.put("circumstances", List.of(circumstance));
        l.put("penaltyKinds", List.of(kinds));
        l.put("range", range);
        return l;
    }

    /** 安全生产法 第九十七条 as a 5万 clause, in three levels that touch end to end. */
    static Map<String, Object> standard(long generalTo, List<Map<String, Object>> levels) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("violation", VIOLATION);
        s.put("violatedClause", "《中华人民共和国安全生产法》第二十八条第一款");
        s.put("penaltyClause", "《中华人民共和国安全生产法》第九十七条第（三）项");
        s.put("statutoryRange", range(0L, 50_000L));
        s.put("levels", levels != null ? levels : List.of(
                level("MINOR", "未培训人数占从业人员10%以下，并在限期内改正", range(0L, 10_000L), "WARNING", "FINE"),
                level("GENERAL", "未培训人数占从业人员10%以上30%以下", range(10_000L, generalTo), "FINE"),
                level("SERIOUS", "逾期未改正", range(generalTo, 50_000L), "FINE", "ORDER_SUSPENSION")));
        s.put("noPenalty", List.of("首次违法且危害后果轻微并及时改正的"));
        s.put("mitigated", List.of("主动消除或者减轻违法行为危害后果的"));
        return s;
    }

    static Map<String, Object> penaltyWith(String code, Object... standards) {
        Map<String, Object> item = Items.penalty(code, "对未按规定对从业人员进行安全生产教育和培训的处罚", "enforcement-brigade");
        item.put("discretion", List.of(standards));
        return item;
    }

    @BeforeEach
    void aPenaltyItemPublishedInJanuaryWhoseGeneralLevelWasRaisedInMarch() {
        Items.ensureSection("enforcement-brigade", "安全生产监察大队");
        code = Items.code("CF");
        assertEquals(AdjustmentApplier.Outcome.APPLIED, applier.apply(Items.published(UUID.randomUUID(), "ADD", null,
                penaltyWith(code, standard(30_000, null)), OffsetDateTime.parse("2026-01-10T09:00:00+08:00"))));
        assertEquals(AdjustmentApplier.Outcome.APPLIED, applier.apply(Items.published(UUID.randomUUID(), "MODIFY", code,
                penaltyWith(code, standard(40_000, null)), OffsetDateTime.parse("2026-03-01T10:00:00+08:00"))));
    }

    @Test
    void theStandardsAreReadByLevelAndByDay() {
        given().get("/api/v1/items/" + code + "/discretion?asOf=2026-02-01").then().statusCode(200)
                .body("code", equalTo(code)).body("version", equalTo(1))
                .body("standards[0].violation", equalTo(VIOLATION))
                .body("standards[0].penaltyClause", equalTo("《中华人民共和国安全生产法》第九十七条第（三）项"))
                .body("standards[0].levels.severity", equalTo(List.of("MINOR", "GENERAL", "SERIOUS")))
                .body("noteZh", nullValue());
        given().get("/api/v1/items/" + code + "/discretion?level=GENERAL&asOf=2026-02-01").then().statusCode(200)
                .body("standards[0].levels", hasSize(1))
                .body("standards[0].levels[0].range.fineToYuan", equalTo(30_000))
                .body("standards[0].statutoryRange.fineToYuan", equalTo(50_000));
        given().get("/api/v1/items/" + code + "/discretion?level=GENERAL&asOf=2026-03-02").then().statusCode(200)
                .body("version", equalTo(2)).body("standards[0].levels[0].range.fineToYuan", equalTo(40_000));
        given().get("/api/v1/items/" + code + "/discretion?level=GRAVE").then().statusCode(200)
                .body("standards[0].levels", empty());
        given().get("/api/v1/items/" + code + "/discretion?level=HEAVY").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("level"));
        given().get("/api/v1/items/" + code + "/discretion?asOf=2026-01-09").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/items/410108-AJ-CF-0/discretion").then().statusCode(404).contentType("application/problem+json");
        // The item's own asOf read carries the standards of that day too.
        given().get("/api/v1/items/" + code + "?asOf=2026-02-01").then().statusCode(200)
                .body("content.discretion[0].levels[1].range.fineToYuan", equalTo(30_000));
    }

    @Test
    void anItemWithoutStandardsAnswersAnEmptyListWithANote() {
        String licence = Items.code("XK");
        assertEquals(AdjustmentApplier.Outcome.APPLIED, applier.apply(Items.published(UUID.randomUUID(), "ADD", null,
                Items.power(licence, "危险化学品经营许可证核发", "行政许可", "enforcement-brigade",
                        List.of(Items.citation("ADMINISTRATIVE_REGULATION", "危险化学品安全管理条例", "国务院令第591号", "第三十三条"))),
                OffsetDateTime.parse("2026-01-10T09:00:00+08:00"))));
        given().get("/api/v1/items/" + licence + "/discretion").then().statusCode(200)
                .body("standards", empty()).body("noteZh", equalTo("该事项尚未制定裁量基准"));
        given().contentType(ContentType.JSON).body(Map.of("violation", "0", "severity", "GENERAL", "fineYuan", 1000))
                .post("/api/v1/items/" + licence + "/discretion/assess").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("violation"));
    }

    @Test
    void pollersGet304UntilTheStandardsChange() {
        String etag = given().get("/api/v1/items/" + code + "/discretion?level=GENERAL").then().statusCode(200)
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/items/" + code + "/discretion?level=GENERAL").then().statusCode(304);
        given().header("If-None-Match", etag).get("/api/v1/items/" + code + "/discretion?level=MINOR").then().statusCode(200);
    }

    @Test
    void aProposedFineIsWeighedAgainstTheLevelInForceOnTheDay() {
        String assess = "/api/v1/items/" + code + "/discretion/assess";
        given().contentType(ContentType.JSON).body(Map.of("violation", "0", "severity", "GENERAL", "fineYuan", 5000))
                .post(assess).then().statusCode(200)
                .body("withinRange", equalTo(false))
                .body("item.code", equalTo(code)).body("item.version", equalTo(2))
                .body("violation", equalTo(VIOLATION)).body("severity", equalTo("GENERAL")).body("severityZh", equalTo("一般"))
                .body("range.fineFromYuan", equalTo(10_000)).body("range.fineToYuan", equalTo(40_000))
                .body("statutoryRange.fineToYuan", equalTo(50_000))
                .body("penaltyClause", equalTo("《中华人民共和国安全生产法》第九十七条第（三）项"))
                .body("reasonZh", containsString("罚款 5000 元不在「一般」阶次 1万元至4万元 的幅度内"))
                .body("reason", containsString("outside"));
        given().contentType(ContentType.JSON)
                .body(Map.of("violation", VIOLATION, "severity", "GENERAL", "fineYuan", 35_000, "penaltyKinds", List.of("FINE")))
                .post(assess).then().statusCode(200).body("withinRange", equalTo(true))
                .body("reasonZh", equalTo("罚款 35000 元在「一般」阶次 1万元至4万元 的幅度内"));
        given().contentType(ContentType.JSON)
                .body(Map.of("violation", "0", "severity", "GENERAL", "fineYuan", 35_000, "date", "2026-02-01"))
                .post(assess).then().statusCode(200).body("withinRange", equalTo(false)).body("item.version", equalTo(1))
                .body("reasonZh", containsString("1万元至3万元"));
        given().contentType(ContentType.JSON)
                .body(Map.of("violation", "0", "severity", "GENERAL", "fineYuan", 20_000, "penaltyKinds", List.of("FINE", "REVOKE_LICENCE")))
                .post(assess).then().statusCode(200).body("withinRange", equalTo(false))
                .body("reasonZh", containsString("处罚种类「吊销许可证件」不在「一般」阶次的处罚种类（罚款）内"));
    }

    @Test
    void anUnknownViolationOrLevelIsA400NamingTheField() {
        String assess = "/api/v1/items/" + code + "/discretion/assess";
        given().contentType(ContentType.JSON).body(Map.of("violation", "0", "severity", "GRAVE", "fineYuan", 45_000))
                .post(assess).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("severity")).body("errors[0].messageZh", containsString("轻微、一般、较重"));
        given().contentType(ContentType.JSON).body(Map.of("violation", "3", "severity", "GENERAL", "fineYuan", 15_000))
                .post(assess).then().statusCode(400).body("errors[0].field", equalTo("violation"));
        given().contentType(ContentType.JSON).body(Map.of("violation", "未按规定设置安全生产管理机构", "severity", "GENERAL", "fineYuan", 15_000))
                .post(assess).then().statusCode(400).body("errors[0].field", equalTo("violation"));
        given().contentType(ContentType.JSON).body(Map.of("violation", "0", "severity", "HEAVY", "fineYuan", 15_000))
                .post(assess).then().statusCode(400).body("errors[0].field", equalTo("severity"));
        given().contentType(ContentType.JSON).body(Map.of("violation", "0", "severity", "GENERAL"))
                .post(assess).then().statusCode(400).body("errors.field", hasItem("fineYuan"));
        given().contentType(ContentType.JSON).body(Map.of("violation", "0", "severity", "GENERAL", "fineYuan", 15_000))
                .post("/api/v1/items/410108-AJ-CF-0/discretion/assess").then().statusCode(404);
    }

    @Test
    void aChangedRangeShowsInTheDiffByItsPath() {
        given().get("/api/v1/items/" + code + "/diff?from=1&to=2").then().statusCode(200)
                .body("changes.field", hasItems("discretion[0].levels[1].range.fineToYuan",
                        "discretion[0].levels[2].range.fineFromYuan"))
                .body("changes.find { it.field == 'discretion[0].levels[1].range.fineToYuan' }.before", equalTo(30_000))
                .body("changes.find { it.field == 'discretion[0].levels[1].range.fineToYuan' }.after", equalTo(40_000))
                .body("changes.find { it.field == 'discretion[0].levels[1].range.fineToYuan' }.label",
                        equalTo("裁量基准 › 违法行为1 › 裁量阶次 › 「一般」阶次 › 幅度 › 罚款上限（元）"));
        given().get("/api/v1/items/" + code + "/versions").then().statusCode(200)
                .body("[1].changedFields", equalTo(List.of("discretion")));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void theItemRulesRefuseOverlappingLevelsAndRangesBeyondTheStatuteAtLoad() {
        String overlapping = Items.code("CF");
        given().contentType(ContentType.JSON).body(penaltyWith(overlapping, standard(30_000, List.of(
                        level("GENERAL", "一般情形", range(10_000L, 30_000L), "FINE"),
                        level("GRAVE", "严重情形", range(20_000L, 50_000L), "FINE")))))
                .post("/api/v1/lists/power/items").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("discretion[0].levels[1].range")))
                .body("errors[0].messageZh", containsString("重叠"));
        given().contentType(ContentType.JSON).body(penaltyWith(overlapping, standard(30_000, List.of(
                        level("GENERAL", "一般情形", range(10_000L, 30_000L), "FINE"),
                        level("GRAVE", "严重情形", range(30_000L, 80_000L), "FINE")))))
                .post("/api/v1/lists/power/items").then().statusCode(400)
                .body("errors.field", equalTo(List.of("discretion[0].levels[1].range")))
                .body("errors[0].messageZh", containsString("法定幅度"));
        Map<String, Object> licence = Items.power(overlapping, "危险化学品经营许可证核发", "行政许可", "enforcement-brigade",
                List.of(Items.citation("ADMINISTRATIVE_REGULATION", "危险化学品安全管理条例", "国务院令第591号", "第三十三条")));
        licence.put("discretion", List.of(standard(30_000, null)));
        given().contentType(ContentType.JSON).body(licence).post("/api/v1/lists/power/items").then().statusCode(400)
                .body("errors.field", equalTo(List.of("discretion")));
        given().get("/api/v1/items/" + overlapping).then().statusCode(404);

        // A well-formed standard loads with the item.
        String good = Items.code("CF");
        given().contentType(ContentType.JSON).body(penaltyWith(good, standard(30_000, null)))
                .post("/api/v1/lists/power/items").then().statusCode(201)
                .body("content.discretion[0].levels[2].severity", equalTo("SERIOUS"));
    }

    @Test
    void theSpreadsheetHasASecondSheetOfTheStandardsOneRowPerLevelWhichTheImportLeavesAside() throws Exception {
        byte[] xlsx = given().get("/api/v1/lists/power/export?format=xlsx").then().statusCode(200).extract().asByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            assertEquals("裁量基准", wb.getSheetName(1), "the second sheet");
            Sheet sheet = wb.getSheetAt(1);
            DataFormatter f = new DataFormatter();
            assertEquals("惠济区安全生产监督管理局行政处罚自由裁量基准", f.formatCellValue(sheet.getRow(0).getCell(0)));
            List<String> header = new ArrayList<>();
            sheet.getRow(2).forEach(c -> header.add(f.formatCellValue(c)));
            assertEquals(List.of("事项编码", "事项名称", "违法行为", "违法条款", "处罚条款", "法定幅度", "裁量阶次", "情形", "处罚种类",
                    "罚款幅度（元）", "违法所得倍数", "其他处罚", "不予处罚情形", "从轻情形", "减轻情形", "从重情形"), header);
            for (Row r : sheet) {
                if (code.equals(f.formatCellValue(r.getCell(0)))) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < header.size(); i++) {
                        cells.add(r.getCell(i) == null ? "" : f.formatCellValue(r.getCell(i)));
                    }
                    rows.add(cells);
                }
            }
        }
        assertEquals(3, rows.size(), "one row per level: " + rows);
        List<String> general = rows.get(1);
        assertEquals(VIOLATION, general.get(2));
        assertEquals("《中华人民共和国安全生产法》第九十七条第（三）项", general.get(4));
        assertEquals("5万元以下", general.get(5), "the statutory range in words");
        assertEquals("一般", general.get(6));
        assertEquals("1. 未培训人数占从业人员10%以上30%以下", general.get(7));
        assertEquals("罚款", general.get(8));
        assertEquals("10000至40000", general.get(9), "the range in force now, in 元");
        assertEquals("1. 首次违法且危害后果轻微并及时改正的", general.get(12));
        assertEquals("1. 主动消除或者减轻违法行为危害后果的", general.get(14));
        assertEquals("警告、罚款", rows.get(0).get(8));
        assertEquals("40000至50000", rows.get(2).get(9));

        // The import reads the list's sheet only: no row of the standards reaches it.
        assertTrue(XlsxFormat.read(xlsx).stream().noneMatch(r -> r.cells().contains("裁量阶次")),
                "the import leaves the 裁量基准 sheet aside");
    }

    @Test
    void thePrintableListEndsWithTheStandards() throws Exception {
        byte[] pdf = given().get("/api/v1/lists/power/export?format=pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            int section = text.indexOf("惠济区安全生产监督管理局行政处罚自由裁量基准");
            assertTrue(section > 0, "the PDF has the section 行政处罚自由裁量基准");
            assertTrue(text.indexOf("惠济区安全生产监督管理局行政权责清单") < section, "the section follows the items");
            String standards = text.substring(section);
            assertTrue(standards.contains(code) && standards.contains(VIOLATION), "the item's violation is in the section");
            assertTrue(standards.contains("10000至40000") && standards.contains("不予处罚："), "ranges and conditions are printed");
        }
    }
}
