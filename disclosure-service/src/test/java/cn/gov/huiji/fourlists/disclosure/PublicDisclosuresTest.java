package cn.gov.huiji.fourlists.disclosure;

import cn.gov.huiji.fourlists.disclosure.domain.DisclosureChange;
import cn.gov.huiji.fourlists.disclosure.domain.DisclosureState;
import cn.gov.huiji.fourlists.kernel.csv.SpreadsheetCsv;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static cn.gov.huiji.fourlists.disclosure.DecisionFixtures.PERSON_NUMBER;
import static cn.gov.huiji.fourlists.disclosure.DecisionFixtures.REPRESENTATIVE_NUMBER;
import static cn.gov.huiji.fourlists.disclosure.DecisionFixtures.at;
import static cn.gov.huiji.fourlists.disclosure.DecisionFixtures.publish;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-LIST-11 (Art. 8): the public finds only what is in public view — published, not cancelled, not past its
 * 公示截止期 — searched and paged, also as it stood at the end of a past day; other systems follow the change feed;
 * the credit platform takes the export. No certificate number in full anywhere, and no legal representative's number.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class PublicDisclosuresTest {

    static final LocalDate DECIDED = LocalDate.of(2026, 10, 12);
    static final LocalDate FAR_END = LocalDate.of(2029, 10, 12);

    static String marker(String what) {
        return what + System.nanoTime();
    }

    static JsonPath penalties(String q) {
        return given().queryParam("q", q).get("/api/v1/disclosures/penalties").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void onlyPublishedDecisionsAreInPublicViewAndNoCertificateNumberInFull() {
        String m = marker("公示范围测试");
        UUID received = DecisionFixtures.penalty(m + "-1", m + "待公示公司", DECIDED, FAR_END);
        UUID published = DecisionFixtures.penalty(m + "-2", m + "公示中公司", DECIDED, FAR_END);
        publish(published, DECIDED.plusDays(1));
        UUID person = DecisionFixtures.penalty(m + "-3", m + "张某某", DECIDED, FAR_END, DecisionFixtures::naturalPerson);
        publish(person, DECIDED.plusDays(1));
        UUID cancelled = DecisionFixtures.penalty(m + "-4", m + "已取消公司", DECIDED, FAR_END);
        publish(cancelled, DECIDED.plusDays(1));
        DecisionFixtures.step(cancelled, DisclosureChange.CANCELLED, DisclosureState.CANCELLED, at(DECIDED.plusDays(3)));
        UUID expired = DecisionFixtures.penalty(m + "-5", m + "已到期公司", DECIDED, FAR_END);
        publish(expired, DECIDED.plusDays(1));
        DecisionFixtures.step(expired, DisclosureChange.EXPIRED, DisclosureState.EXPIRED, at(DECIDED.plusDays(4)));
        // published, but its 公示截止期 (2026-11-20, the test's today) has come though no scan has run yet
        UUID endsToday = DecisionFixtures.penalty(m + "-6", m + "今日截止公司", DECIDED, LocalDate.of(2026, 11, 20));
        publish(endsToday, DECIDED.plusDays(1));

        JsonPath page = penalties(m);
        assertEquals(List.of(person.toString(), published.toString()).stream().sorted().toList(),
                page.getList("items.id", String.class).stream().sorted().toList(),
                "only the published decisions within their 公示截止期 show: not RECEIVED, CANCELLED, EXPIRED, nor one whose end is today");
        assertEquals(2, page.getInt("total"));
        String json = page.prettify();
        assertFalse(json.contains(PERSON_NUMBER), "a natural person's number never in full: " + json);
        assertTrue(json.contains("4101**********1234"), "the natural person's number shows masked: " + json);
        assertFalse(json.contains("432X"), "no legal representative's number, not even masked: " + json);

        given().get("/api/v1/disclosures/penalties/" + published).then().statusCode(200)
                .body("documentNo", equalTo(m + "-2")).body("fineYuan", equalTo(2000.00f))
                .body("authority", equalTo("惠济区安全生产监督管理局"));
        for (UUID hidden : List.of(received, cancelled, expired, endsToday)) {
            given().get("/api/v1/disclosures/penalties/" + hidden).then().statusCode(404);
        }
        given().get("/api/v1/disclosures/licensing/" + published).then().statusCode(404); // a penalty is no licensing decision
        given().get("/api/v1/disclosures/penalties/not-an-id").then().statusCode(404);
    }

    @Test
    void thePublicSearchesByNameCreditCodeDocumentNumberAndDecisionDateAndPages() {
        String m = marker("检索测试");
        UUID early = DecisionFixtures.penalty(m + "号-早", m + "甲公司", LocalDate.of(2026, 9, 1), FAR_END);
        UUID late = DecisionFixtures.penalty(m + "号-晚", m + "乙公司", LocalDate.of(2026, 10, 1), FAR_END);
        UUID licence = DecisionFixtures.licensing(m + "许可", m + "丙公司", LocalDate.of(2026, 10, 1), FAR_END);
        for (UUID id : List.of(early, late, licence)) {
            publish(id, LocalDate.of(2026, 10, 2));
        }
        assertEquals(List.of(late.toString(), early.toString()), penalties(m).getList("items.id", String.class),
                "newest decision first; a licensing decision is not among the penalties");
        assertEquals(List.of(early.toString()), penalties(m + "号-早").getList("items.id", String.class), "found by document number");
        given().queryParam("q", m).queryParam("from", "2026-09-15").get("/api/v1/disclosures/penalties").then().statusCode(200)
                .body("items.id", equalTo(List.of(late.toString())));
        given().queryParam("q", m).queryParam("to", "2026-09-15").get("/api/v1/disclosures/penalties").then().statusCode(200)
                .body("items.id", equalTo(List.of(early.toString())));
        given().queryParam("q", m).queryParam("size", 1).queryParam("page", 1).get("/api/v1/disclosures/penalties").then()
                .statusCode(200).body("items.id", equalTo(List.of(early.toString()))).body("total", equalTo(2))
                .body("page", equalTo(1)).body("size", equalTo(1));
        given().queryParam("q", m).get("/api/v1/disclosures/licensing").then().statusCode(200)
                .body("items.id", equalTo(List.of(licence.toString()))).body("items[0].validTo", equalTo("2099-12-31"))
                .body("items[0].longTerm", equalTo(true));
        // the credit code matches whole, whatever the case
        assertTrue(given().queryParam("q", DecisionFixtures.CREDIT_CODE.toLowerCase()).queryParam("size", 100)
                .get("/api/v1/disclosures/penalties").then().statusCode(200).extract().jsonPath()
                .getList("items.id", String.class).contains(late.toString()), "found by 统一社会信用代码");
        given().queryParam("q", "%").queryParam("size", 100).get("/api/v1/disclosures/penalties").then().statusCode(200)
                .body("total", equalTo(0)); // % is a character, not a wildcard
    }

    @Test
    void badSearchParametersAreRefusedNamingTheParameter() {
        given().queryParam("size", 0).get("/api/v1/disclosures/penalties").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().queryParam("from", "2026/10/01").get("/api/v1/disclosures/licensing").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().queryParam("asOf", "yesterday").get("/api/v1/disclosures/penalties").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        given().queryParam("from", "2026-10-02").queryParam("to", "2026-10-01").get("/api/v1/disclosures/penalties").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParam("limit", 5000).get("/api/v1/disclosures/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void asOfAnswersWhatWasPublicAtTheEndOfThatDay() {
        String m = marker("历史公示测试");
        UUID id = DecisionFixtures.penalty(m + "号", m + "公司", LocalDate.of(2026, 3, 2), FAR_END);
        publish(id, LocalDate.of(2026, 3, 10));
        DecisionFixtures.step(id, DisclosureChange.CANCELLED, DisclosureState.CANCELLED, at(LocalDate.of(2026, 5, 1)));
        DecisionFixtures.step(id, DisclosureChange.RESTORED, DisclosureState.PUBLISHED, at(LocalDate.of(2026, 6, 1)));
        DecisionFixtures.correct(id, "罚款3000元", at(LocalDate.of(2026, 7, 1)));

        record Seen(String asOf, List<String> contents) {
        }
        List<Seen> expected = List.of(
                new Seen("2026-03-09", List.of()),               // received, not yet published
                new Seen("2026-03-10", List.of("罚款2000元")),     // published at 09:00 that day
                new Seen("2026-05-15", List.of()),               // cancelled on 05-01
                new Seen("2026-06-15", List.of("罚款2000元")),     // restored on 06-01
                new Seen("2026-07-02", List.of("罚款3000元")),     // corrected and republished on 07-01: the new version
                new Seen("2029-10-12", List.of()));              // its 公示截止期
        for (Seen s : expected) {
            List<String> contents = given().queryParam("q", m).queryParam("asOf", s.asOf()).get("/api/v1/disclosures/penalties")
                    .then().statusCode(200).extract().jsonPath().getList("items.content", String.class);
            assertEquals(s.contents(), contents, "what was public at the end of " + s.asOf());
        }
        given().queryParam("asOf", "2026-05-15").get("/api/v1/disclosures/penalties/" + id).then().statusCode(404);
        given().queryParam("asOf", "2026-06-15").get("/api/v1/disclosures/penalties/" + id).then().statusCode(200)
                .body("version", equalTo(1));
        given().get("/api/v1/disclosures/penalties/" + id).then().statusCode(200).body("version", equalTo(2))
                .body("content", equalTo("罚款3000元"));
    }

    @Test
    void theChangeFeedListsEveryChangeNewestLastWithWithdrawalsAndCancellations() {
        long since = DecisionFixtures.lastCursor();
        String m = marker("变更订阅测试");
        UUID shown = DecisionFixtures.penalty(m + "-1", m + "甲公司", DECIDED, FAR_END);
        publish(shown, DECIDED.plusDays(1));
        UUID cancelled = DecisionFixtures.penalty(m + "-2", m + "乙公司", DECIDED, FAR_END);
        publish(cancelled, DECIDED.plusDays(1));
        DecisionFixtures.step(cancelled, DisclosureChange.CANCELLED, DisclosureState.CANCELLED, at(DECIDED.plusDays(2)));
        DecisionFixtures.correct(shown, "罚款2500元", at(DECIDED.plusDays(3)));

        JsonPath feed = given().queryParam("since", since).get("/api/v1/disclosures/changes").then().statusCode(200)
                .extract().jsonPath();
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < feed.getList("items").size(); i++) {
            changes.add(feed.getString("items[" + i + "].decisionId").equals(shown.toString()) ? "shown:" + feed.getString("items[" + i + "].change")
                    : "cancelled:" + feed.getString("items[" + i + "].change"));
        }
        assertEquals(List.of("shown:PUBLISHED", "cancelled:PUBLISHED", "cancelled:CANCELLED", "shown:CORRECTED"), changes,
                "every change after the cursor, newest last");
        assertEquals("罚款2500元", feed.getString("items[3].decision.content"), "a republished decision as public now");
        assertNull(feed.get("items[2].decision"), "a cancellation carries no decision");
        assertNull(feed.get("items[1].decision"), "nor does an entry of a decision no longer public");
        long next = feed.getLong("next");
        assertEquals(feed.getLong("items[3].cursor"), next);

        given().queryParam("since", since).queryParam("limit", 2).get("/api/v1/disclosures/changes").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("next", equalTo(feed.getInt("items[1].cursor")));
        given().queryParam("since", next).get("/api/v1/disclosures/changes").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("next", equalTo((int) next));
        assertFalse(feed.prettify().contains(PERSON_NUMBER) || feed.prettify().contains(REPRESENTATIVE_NUMBER));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void theLegalSectionExportsPenaltiesInTheCreditPlatformsFieldsWithFinesInWanYuan() {
        String m = marker("导出测试");
        LocalDate day = LocalDate.of(2026, 8, 3);
        UUID company = DecisionFixtures.penalty(m + "-1", m + "公司", day, FAR_END);
        publish(company, day.plusDays(1));
        UUID person = DecisionFixtures.penalty(m + "-2", m + "张某某", day, FAR_END, DecisionFixtures::naturalPerson);
        publish(person, day.plusDays(1));
        UUID notYet = DecisionFixtures.penalty(m + "-3", m + "未公示公司", day, FAR_END);

        String csv = given().queryParam("kind", "penalty").queryParam("from", day.toString()).queryParam("to", day.toString())
                .queryParam("format", "csv").get("/api/v1/disclosures/export").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        List<List<String>> rows = SpreadsheetCsv.read(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        assertEquals("CF_XDR_MC", header.get(0), "the header row holds the CF_* field codes");
        assertEquals(30, header.size());
        List<List<String>> ours = rows.stream().filter(r -> r.get(0).startsWith(m)).toList();
        assertEquals(List.of(m + "公司", m + "张某某"), ours.stream().map(r -> r.get(0)).sorted().toList(),
                "the published decisions of those days, not the one still RECEIVED (" + notYet + ")");
        for (List<String> r : ours) {
            assertEquals("0.200000", r.get(header.indexOf("CF_NR_FK")), "2000元 is 0.2 万元, six decimals: " + r);
            assertEquals("2026-08-03", r.get(header.indexOf("CF_JDRQ")));
            assertEquals("2029-10-12", r.get(header.indexOf("CF_GSJZQ")));
        }
        assertFalse(csv.contains(PERSON_NUMBER) || csv.contains(REPRESENTATIVE_NUMBER), "numbers only masked in the export");
        assertTrue(csv.contains("4101**********1234") && csv.contains("4101**********432X"), "masked numbers are exported");
    }

    @Test
    @TestSecurity(user = "case-system", roles = "integration")
    void theIntegrationClientExportsLicensingAsAWorkbook() throws IOException {
        String m = marker("许可导出测试");
        LocalDate day = LocalDate.of(2026, 8, 5);
        UUID id = DecisionFixtures.licensing(m + "号", m + "经营部", day, FAR_END);
        publish(id, day);
        byte[] xlsx = given().queryParam("kind", "licensing").queryParam("from", day.toString()).queryParam("to", day.toString())
                .queryParam("format", "xlsx").get("/api/v1/disclosures/export").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter f = new DataFormatter();
            for (Row r : wb.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.getLastCellNum(); i++) {
                    cells.add(r.getCell(i) == null ? "" : f.formatCellValue(r.getCell(i)));
                }
                rows.add(cells);
            }
        }
        List<String> header = rows.get(0);
        assertEquals("XK_XDR_MC", header.get(0));
        assertEquals(28, header.size());
        List<String> row = rows.stream().filter(r -> r.get(0).equals(m + "经营部")).findFirst()
                .orElseThrow(() -> new AssertionError("the published licensing decision is in the workbook"));
        assertEquals("2099-12-31", row.get(header.indexOf("XK_YXQZI")), "长期 as 2099-12-31");
        assertEquals("2026-08-05", row.get(header.indexOf("XK_JDRQ")));
    }

    @Test
    @TestSecurity(user = "clerk", roles = "clerk")
    void aClerkMayNotExport() {
        given().queryParam("kind", "penalty").get("/api/v1/disclosures/export").then().statusCode(403);
    }

    @Test
    void theExportNeedsAToken() {
        given().queryParam("kind", "penalty").get("/api/v1/disclosures/export").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aBadExportRequestIsRefusedNamingTheParameter() {
        given().queryParam("kind", "penalty").queryParam("format", "pdf").get("/api/v1/disclosures/export").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
        given().queryParam("kind", "complaints").get("/api/v1/disclosures/export").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
    }
}
