package cn.gov.huiji.fourlists.disclosure;

import cn.gov.huiji.fourlists.disclosure.domain.Decision;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionVersion;
import cn.gov.huiji.fourlists.disclosure.domain.DisclosureState;
import cn.gov.huiji.fourlists.kernel.contract.CreditCode;
import cn.gov.huiji.fourlists.kernel.csv.SpreadsheetCsv;
import cn.gov.huiji.fourlists.kernel.events.DisclosureEvents;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The legal section imports decisions from a spreadsheet in the credit platforms' columns (R-LIST-11): every row
 * checked as the API checks one decision, every error by row and column, all or nothing.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class DecisionImportTest {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PENALTY_ITEM = "410108-AJ-CF-901";
    static final String REPEALED_ITEM = "410108-AJ-CF-909";
    static final String LICENSING_ITEM = "410108-AJ-SP-901";
    static final List<String> PENALTY_HEADER = List.of("CF_XDR_MC", "CF_XDR_LB", "CF_XDR_SHXYM", "CF_FRDB", "CF_FR_ZJLX",
            "CF_FR_ZJHM", "CF_XDR_ZJLX", "CF_XDR_ZJHM", "CF_WSH", "CF_WFXW", "CF_SY", "CF_YJ", "CF_CFLB", "CF_NR", "CF_NR_FK",
            "CF_JDRQ", "CF_YXQ", "CF_CFJG", "事项编码");

    /** list-service's items as this service's projection holds them. */
    @BeforeEach
    void theListsArePublished() {
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Decision.getEntityManager();
            for (Object[] item : new Object[][]{
                    {PENALTY_ITEM, 1, "POWER", "行政处罚", "PUBLISHED", "2019-01-01T00:00:00+08:00"},
                    {LICENSING_ITEM, 1, "APPROVAL", "行政许可", "PUBLISHED", "2019-01-01T00:00:00+08:00"},
                    {REPEALED_ITEM, 1, "POWER", "行政处罚", "PUBLISHED", "2019-01-01T00:00:00+08:00"},
                    {REPEALED_ITEM, 2, "POWER", "行政处罚", "REPEALED", "2025-06-01T00:00:00+08:00"}}) {
                em.createNativeQuery("""
                                insert into item_projection (code, version, list, name, category, status, valid_from, recorded_at)
                                values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as timestamptz), now()) on conflict do nothing""")
                        .setParameter(1, item[0]).setParameter(2, item[1]).setParameter(3, item[2]).setParameter(4, "导入测试事项")
                        .setParameter(5, item[3]).setParameter(6, item[4]).setParameter(7, item[5]).executeUpdate();
            }
        });
    }

    static String creditCode() {
        String first = "91410108MA" + String.format("%07d", Math.floorMod(System.nanoTime(), 10_000_000));
        return first + CreditCode.checkCharacter(first);
    }

    static List<String> penaltyRow(String party, String category, String creditCode, String documentNo, String date, String item) {
        boolean person = category.contains("自然人");
        return List.of(party, category, person ? "" : creditCode, person ? "" : "李某", person ? "" : "身份证",
                person ? "" : "41010819750505432X", person ? "身份证" : "", person ? "410108198001011234" : "",
                documentNo, "未按规定对从业人员进行安全生产教育和培训", "经查，未对新上岗从业人员进行安全生产教育和培训。",
                "《中华人民共和国安全生产法》第九十七条", "警告;罚款", "警告，罚款2000元", "0.2", date, date, "惠济区安全生产监督管理局", item);
    }

    static byte[] csv(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return SpreadsheetCsv.writeBytes(all);
    }

    static long received(String documentNo) {
        return QuarkusTransaction.requiringNew().call(() -> Decision.count("documentNo", documentNo));
    }

    @Test
    @TestSecurity(user = "legal-1", roles = "legal")
    void everyRowRightIsReceivedWithItsTraceAndTheFineIn元() {
        String doc1 = "惠安监罚〔2026〕导入" + System.nanoTime() + "号";
        String doc2 = doc1 + "-2";
        byte[] file = csv(PENALTY_HEADER, List.of(
                penaltyRow("导入测试化工有限公司", "法人及非法人组织", creditCode(), doc1, "2026/10/09", PENALTY_ITEM),
                penaltyRow("张某某", "01-自然人", null, doc2, "2026-10-09", PENALTY_ITEM)));
        JsonPath result = given().contentType(CSV).body(file).queryParam("kind", "penalty").post("/api/v1/decisions/import")
                .then().statusCode(201).body("received", equalTo(2)).extract().jsonPath();
        assertEquals(List.of(2, 3), result.getList("decisions.row", Integer.class), "rows as the spreadsheet numbers them");
        assertFalse(result.prettify().contains("410108198001011234"));

        UUID id = UUID.fromString(result.getString("decisions[0].id"));
        Decision d = QuarkusTransaction.requiringNew().call(() -> Decision.findById(id));
        assertEquals(DisclosureState.RECEIVED, d.state);
        assertNotNull(d.disclosureEnd, "the 公示截止期 is computed on receipt");
        DecisionVersion v = QuarkusTransaction.requiringNew().call(() -> DecisionVersion.of(id, 1));
        assertEquals(0, new BigDecimal("2000").compareTo(v.fineYuan), "0.2 万元 in the file is 2000 元: " + v.fineYuan);
        assertEquals("4101**********432X", v.legalRepresentativeIdMasked);
        assertEquals(List.of(DisclosureEvents.DECISION_RECEIVED.name()),
                OutboxProbe.entriesFor("decision/" + id).stream().map(e -> e.type).toList(), "each imported decision is traced");
        UUID person = UUID.fromString(result.getString("decisions[1].id"));
        DecisionVersion pv = QuarkusTransaction.requiringNew().call(() -> DecisionVersion.of(person, 1));
        assertEquals("4101**********1234", pv.personIdMasked);
    }

    @Test
    @TestSecurity(user = "legal-1", roles = "legal")
    void everyErrorIsNamedByRowAndColumnAndNothingIsImported() {
        String good = "惠安监罚〔2026〕导入错" + System.nanoTime() + "号";
        String badCode = good + "-2";
        String repealed = good + "-3";
        byte[] file = csv(PENALTY_HEADER, List.of(
                penaltyRow("导入测试正确公司", "法人及非法人组织", creditCode(), good, "2026-10-09", PENALTY_ITEM),
                penaltyRow("导入测试错码公司", "法人及非法人组织", "91350100M000100Y44", badCode, "2026-10-09", PENALTY_ITEM),
                penaltyRow("导入测试废止公司", "法人及非法人组织", creditCode(), repealed, "2026-10-09", REPEALED_ITEM),
                penaltyRow("导入测试日期公司", "法人及非法人组织", creditCode(), good, "2026-13-45", PENALTY_ITEM)));
        JsonPath problem = given().contentType(CSV).body(file).queryParam("kind", "penalty").post("/api/v1/decisions/import")
                .then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
        List<String> fields = problem.getList("errors.field", String.class);
        assertTrue(fields.contains("row[3].CF_XDR_SHXYM"), "the wrong credit code by row and column: " + fields);
        assertTrue(fields.contains("row[4].事项编码"), "the repealed item by row and column: " + fields);
        assertTrue(fields.contains("row[5].CF_JDRQ"), "the impossible date: " + fields);
        assertTrue(fields.contains("row[5].CF_WSH"), "the document number twice in the file: " + fields);
        assertFalse(fields.stream().anyMatch(f -> f.startsWith("row[2].")), "the right row has no error: " + fields);
        assertTrue(problem.getString("errors.find { it.field == 'row[4].事项编码' }.messageZh").contains("取消"),
                "the repealed item's reason is given: " + problem.prettify());
        assertEquals(0, received(good), "all or nothing: the right row was not imported either");
        assertEquals(0, received(badCode));
    }

    @Test
    @TestSecurity(user = "legal-1", roles = "legal")
    void aLicensingWorkbookWithChineseHeadersIsImported() throws IOException {
        String doc = "惠安监许〔2026〕导入" + System.nanoTime() + "号";
        List<String> header = List.of("行政相对人名称", "行政相对人类别", "统一社会信用代码", "法定代表人", "行政许可决定文书名称",
                "行政许可决定文书号", "许可类别", "许可证书名称", "许可编号", "许可内容", "许可决定日期", "有效期自", "有效期至", "事项编码");
        List<String> row = List.of("导入测试经营部", "个体工商户", creditCode(), "王某", "危险化学品经营许可证核发决定书", doc, "普通",
                "危险化学品经营许可证", "豫郑惠危化经字〔2026〕900001", "准予危险化学品经营许可（不带储存设施）", "2026-10-09",
                "2026-10-09", "2099-12-31", LICENSING_ITEM);
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("行政许可");
            for (int r = 0; r < 2; r++) {
                var cells = r == 0 ? header : row;
                var x = sheet.createRow(r);
                for (int i = 0; i < cells.size(); i++) {
                    x.createCell(i).setCellValue(cells.get(i));
                }
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }
        given().contentType(XLSX).body(xlsx).queryParam("kind", "licensing").post("/api/v1/decisions/import").then()
                .statusCode(201).body("received", equalTo(1)).body("decisions[0].documentNo", equalTo(doc));
        assertEquals(1, received(doc));
    }

    @Test
    @TestSecurity(user = "legal-1", roles = "legal")
    void anUnknownColumnOrAMissingOneIsNamed() {
        List<String> header = new ArrayList<>(PENALTY_HEADER);
        header.set(header.indexOf("CF_YJ"), "处罚依据说明");
        byte[] file = csv(header, List.of(penaltyRow("导入测试表头公司", "法人及非法人组织", creditCode(), "表头测试" + System.nanoTime(),
                "2026-10-09", PENALTY_ITEM)));
        List<String> fields = given().contentType(CSV).body(file).queryParam("kind", "penalty").post("/api/v1/decisions/import")
                .then().statusCode(400).extract().jsonPath().getList("errors.field", String.class);
        assertTrue(fields.contains("row[1].处罚依据说明"), "the unknown column is named: " + fields);
        assertTrue(fields.contains("row[1].CF_YJ"), "the missing column is named: " + fields);
    }

    @Test
    @TestSecurity(user = "clerk", roles = "clerk")
    void aClerkMayNotImport() {
        given().contentType(CSV).body(csv(PENALTY_HEADER, List.of())).queryParam("kind", "penalty")
                .post("/api/v1/decisions/import").then().statusCode(403);
    }
}
