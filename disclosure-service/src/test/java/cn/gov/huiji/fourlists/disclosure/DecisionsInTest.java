package cn.gov.huiji.fourlists.disclosure;

import cn.gov.huiji.fourlists.disclosure.domain.Decision;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionVersion;
import cn.gov.huiji.fourlists.disclosure.messaging.ListItemsConsumer;
import cn.gov.huiji.fourlists.disclosure.service.DecisionIntake;
import cn.gov.huiji.fourlists.disclosure.service.DecisionSteps;
import cn.gov.huiji.fourlists.disclosure.service.ItemProjection;
import cn.gov.huiji.fourlists.disclosure.service.PenaltyInput;
import cn.gov.huiji.fourlists.disclosure.service.PersonalNumbers;
import cn.gov.huiji.fourlists.kernel.contract.CreditCode;
import cn.gov.huiji.fourlists.kernel.contract.PenaltyKind;
import cn.gov.huiji.fourlists.kernel.events.DisclosureEvents;
import cn.gov.huiji.fourlists.kernel.events.EventType;
import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.outbox.OutboxEntry;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.EventExamples;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * R-LIST-11 (Art. 8), decisions in: the case-handling systems and the legal section send licensing and penalty
 * decisions; each is checked against the field sets, the credit code, the list item in force on the decision date and
 * the discretion standard before anything is written; a natural person's number is never shown; a correction keeps
 * the earlier version; the legal section publishes, cancels and restores, each step traced and fed.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeListService.class)
class DecisionsInTest {

    static final Actor CASE_SYSTEM = new Actor("case-system", List.of("integration"), null);
    static final Actor LEGAL = new Actor("legal-1", List.of("legal"), "legal");
    static final String PENALTY_ITEM = "410108-AJ-CF-101";
    static final String STANDARD_ITEM = "410108-AJ-CF-102-STD";
    static final String FAILING_ITEM = "410108-AJ-CF-103-DOWN";
    static final String REPEALED_ITEM = "410108-AJ-CF-109";
    static final String LICENSING_ITEM = "410108-AJ-SP-101";
    static final String PERSON_NUMBER = "410108199001011234";
    static final String REPRESENTATIVE_NUMBER = "41010819750505432X";
    static final OffsetDateTime LONG_AGO = OffsetDateTime.parse("2019-01-01T00:00:00+08:00");

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    ItemProjection items;

    @Inject
    DecisionIntake intake;

    @Inject
    DecisionSteps steps;

    @Inject
    PersonalNumbers numbers;

    @Inject
    EntityManager em;

    /** list-service's items, as its signed events tell them (stored once, whatever the number of deliveries). */
    @BeforeEach
    void theListsArePublished() {
        item(PENALTY_ITEM, 1, "POWER", "行政处罚", "PUBLISHED", LONG_AGO, ListEvents.ITEM_LOADED);
        item(STANDARD_ITEM, 1, "POWER", "行政处罚", "PUBLISHED", LONG_AGO, ListEvents.ITEM_LOADED);
        item(FAILING_ITEM, 1, "POWER", "行政处罚", "PUBLISHED", LONG_AGO, ListEvents.ITEM_LOADED);
        item(LICENSING_ITEM, 1, "APPROVAL", "行政许可", "PUBLISHED", LONG_AGO, ListEvents.ITEM_LOADED);
        item(REPEALED_ITEM, 1, "POWER", "行政处罚", "PUBLISHED", LONG_AGO, ListEvents.ITEM_LOADED);
        item(REPEALED_ITEM, 2, "POWER", "行政处罚", "REPEALED", OffsetDateTime.parse("2025-06-01T00:00:00+08:00"),
                ListEvents.ITEM_ADJUSTED);
    }

    void item(String code, int version, String list, String category, String status, OffsetDateTime from,
              EventType<ListEvents.ItemVersionChanged> type) {
        var event = new ListEvents.ItemVersionChanged(code, version, list, "测试事项 " + code, category, "hazchem",
                "《中华人民共和国安全生产法》", "114101080051883705", status, from, null, null, null);
        connector.source(ListItemsConsumer.CHANNEL).send(EventExamples.signed(type, code, version, event));
        for (int i = 0; i < 200; i++) {
            Integer v = QuarkusTransaction.requiringNew().call(() -> items.inForceOn(code, LocalDate.of(2026, 11, 20))
                    .map(ItemProjection.ItemVersion::version).orElse(0));
            if (v >= version) {
                return;
            }
            sleep();
        }
        fail("item " + code + " v" + version + " never reached the projection");
    }

    static void sleep() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String creditCode() {
        String first = "91410108MA" + String.format("%07d", Math.floorMod(System.nanoTime(), 10_000_000));
        return first + CreditCode.checkCharacter(first);
    }

    static String documentNo(String prefix) {
        return prefix + "〔2026〕" + Math.floorMod(System.nanoTime(), 100_000_000) + "号";
    }

    static Map<String, Object> penalty(String documentNo, String decisionDate, String itemCode) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("partyName", "郑州市惠济区某某化工有限公司");
        m.put("partyCategory", "LEGAL_ENTITY");
        m.put("partyCreditCode", creditCode());
        m.put("legalRepresentative", "李某");
        m.put("legalRepresentativeIdType", "ID_CARD");
        m.put("legalRepresentativeIdNumber", REPRESENTATIVE_NUMBER);
        m.put("documentNo", documentNo);
        m.put("violationType", FakeListService.VIOLATION);
        m.put("facts", "经查，该公司3名新上岗从业人员未经安全生产教育和培训即上岗作业。");
        m.put("basis", "《中华人民共和国安全生产法》第九十七条第（三）项");
        m.put("penaltyKinds", List.of("FINE"));
        m.put("content", "罚款2000元");
        m.put("fineYuan", 2000);
        m.put("decisionDate", decisionDate);
        m.put("validUntil", LocalDate.parse(decisionDate).plusDays(7).toString());
        m.put("itemCode", itemCode);
        return m;
    }

    static Map<String, Object> licensing(String documentNo, String decisionDate) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("partyName", "郑州市惠济区某某化工经营部");
        m.put("partyCategory", "INDIVIDUAL_BUSINESS");
        m.put("partyCreditCode", creditCode());
        m.put("legalRepresentative", "王某");
        m.put("documentName", "危险化学品经营许可证核发决定书");
        m.put("documentNo", documentNo);
        m.put("licenceCategory", "GENERAL");
        m.put("certificateName", "危险化学品经营许可证");
        m.put("licenceNo", "豫郑惠危化经字〔2026〕000007");
        m.put("content", "准予危险化学品经营许可（不带储存设施）");
        m.put("decisionDate", decisionDate);
        m.put("validFrom", decisionDate);
        m.put("validTo", "2029-11-19");
        m.put("itemCode", LICENSING_ITEM);
        return m;
    }

    static PenaltyInput penaltyInput(String documentNo, String decisionDate) {
        return new PenaltyInput("郑州市惠济区某某化工有限公司", cn.gov.huiji.fourlists.disclosure.domain.PartyCategory.LEGAL_ENTITY,
                creditCode(), "李某", null, null, null, null, documentNo, FakeListService.VIOLATION, "经查，未进行安全生产教育和培训。",
                "《中华人民共和国安全生产法》第九十七条", List.of(PenaltyKind.FINE), "罚款2000元", new BigDecimal("2000"), null, null,
                LocalDate.parse(decisionDate), LocalDate.parse(decisionDate).plusDays(7), PENALTY_ITEM, null, null, null);
    }

    static JsonPath post(String path, Map<String, Object> body, int status) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/decisions/" + path).then().statusCode(status)
                .extract().jsonPath();
    }

    static List<String> types(UUID id) {
        return OutboxProbe.entriesFor("decision/" + id).stream().map(e -> e.type).toList();
    }

    static List<String> names(EventType<?>... types) {
        return Arrays.stream(types).map(EventType::name).toList();
    }

    List<String> feed(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select change from disclosure_change where decision_id = ?1 order by cursor").setParameter(1, id)
                .getResultList().stream().map(String.class::cast).toList());
    }

    static long decisionsNumbered(String documentNo) {
        return QuarkusTransaction.requiringNew().call(() -> Decision.count("documentNo", documentNo));
    }

    static void namesField(JsonPath problem, String field) {
        assertTrue(problem.getList("errors.field").contains(field), "the problem names " + field + ": " + problem.prettify());
    }

    // ------------------------------------------------------------------ receipt and publication

    @Test
    @TestSecurity(user = "case-system", roles = "integration")
    void aLicensingDecisionFromTheCaseSystemIsReceivedWithItsDueDateAndPublished() {
        String no = documentNo("惠安监许");
        JsonPath received = post("licensing", licensing(no, "2026-11-20"), 201);
        UUID id = UUID.fromString(received.getString("id"));
        assertEquals("RECEIVED", received.getString("state"));
        assertEquals("2026-12-01", received.getString("dueDate"), "7 working days from Friday 2026-11-20");
        assertEquals("2029-11-19", received.getString("disclosureEnd"), "a licence shows until its 有效期至 within 3 years");
        assertEquals("惠济区安全生产监督管理局", received.getString("authority"));
        assertEquals(1, received.getInt("current.itemVersion"));

        steps.publish(id, LEGAL);
        assertEquals(names(DisclosureEvents.DECISION_RECEIVED, DisclosureEvents.DECISION_PUBLISHED), types(id),
                "receipt and publication are traced on the decision's subject");
        assertEquals(List.of("PUBLISHED"), feed(id), "the publication is in the change feed");
        given().get("/api/v1/decisions/" + id).then().statusCode(200).body("state", equalTo("PUBLISHED"))
                .body("publishedBy", equalTo("legal-1")).body("steps.action", org.hamcrest.Matchers.contains("RECEIVE", "PUBLISH"));
    }

    @Test
    @TestSecurity(user = "case-system", roles = "integration")
    void aPenaltyDecidedOnTheFridayBeforeTheNationalDayHolidayIsDueOnTheSeventhWorkingDay() {
        // 2025: Sunday 9/28 is a working day, 10/1–10/8 are off, Saturday 10/11 is a working day
        JsonPath received = post("penalties", penalty(documentNo("惠安监罚"), "2025-09-26", PENALTY_ITEM), 201);
        assertEquals("2025-10-13", received.getString("dueDate"));
        assertFalse(received.getBoolean("dueProvisional"), "2025's notice is shipped: " + received.getString("calendarVersion"));
        assertTrue(received.getBoolean("overdue"), "on 2026-11-20 a 2025 decision not yet public is overdue");
        assertEquals("2026-09-26", received.getString("disclosureEnd"), "a 安全生产 fine shows one year");
        var data = OutboxProbe.entriesFor("decision/" + received.getString("id")).get(0).data;
        assertTrue(data.contains("\"dueDate\":\"2025-10-13\""), "the trace carries the due date: " + data);
    }

    @Test
    @TestSecurity(user = "clerk-1", roles = "clerk")
    void aClerkOfAnotherSectionCannotSubmitADecision() {
        String no = documentNo("惠安监罚");
        given().contentType(ContentType.JSON).body(penalty(no, "2026-11-02", PENALTY_ITEM)).post("/api/v1/decisions/penalties")
                .then().statusCode(403).contentType("application/problem+json");
        assertEquals(0, decisionsNumbered(no), "nothing written for a refused caller");
    }

    // ------------------------------------------------------------------ the checks

    @Test
    @TestSecurity(user = "legal-1", roles = "legal")
    void aDecisionCitingARepealedItemIsRefusedWithTheReason() {
        String no = documentNo("惠安监罚");
        JsonPath problem = post("penalties", penalty(no, "2025-09-26", REPEALED_ITEM), 400);
        assertEquals("itemCode", problem.getString("errors[0].field"));
        assertTrue(problem.getString("errors[0].message").contains("repealed"), problem.prettify());
        assertTrue(problem.getString("errors[0].messageZh").contains("已于 2025-06-01 取消"), problem.prettify());
        assertEquals(0, decisionsNumbered(no));

        // decided while the item was in force: received
        post("penalties", penalty(no, "2025-05-30", REPEALED_ITEM), 201);

        JsonPath unknown = post("penalties", penalty(documentNo("惠安监罚"), "2026-11-02", "410108-AJ-CF-999"), 400);
        assertEquals("itemCode", unknown.getString("errors[0].field"));
        JsonPath notYet = post("penalties", penalty(documentNo("惠安监罚"), "2018-12-28", PENALTY_ITEM), 400);
        assertTrue(notYet.getString("errors[0].message").contains("not yet in force"), notYet.prettify());
        Map<String, Object> licensingOnPenaltyItem = licensing(documentNo("惠安监许"), "2026-11-02");
        licensingOnPenaltyItem.put("itemCode", PENALTY_ITEM);
        JsonPath wrongKind = post("licensing", licensingOnPenaltyItem, 400);
        assertTrue(wrongKind.getString("errors[0].messageZh").contains("行政许可"), wrongKind.prettify());
    }

    @Test
    @TestSecurity(user = "legal-1", roles = "legal")
    void aBadCreditCodeAndEveryOtherFaultAreNamedAtOnceAndNothingIsWritten() {
        String no = documentNo("惠安监罚");
        Map<String, Object> body = penalty(no, "2026-11-02", PENALTY_ITEM);
        body.put("partyCreditCode", "91410108MA44XRNB2P");
        body.remove("facts");
        body.put("penaltyKinds", List.of("WARNING"));
        JsonPath problem = post("penalties", body, 400);
        namesField(problem, "partyCreditCode");
        namesField(problem, "facts");
        namesField(problem, "fineYuan"); // a fine without the kind FINE
        assertEquals(0, decisionsNumbered(no));
        assertFalse(problem.prettify().contains(REPRESENTATIVE_NUMBER), "a refusal never repeats a certificate number");
    }

    @Test
    @TestSecurity(user = "legal-1", roles = "legal")
    void theCombinedPermitKindOfThe2009TextIsOnlyForDecisionsBefore15July2021() {
        Map<String, Object> body = penalty(documentNo("惠安监罚"), "2021-08-02", PENALTY_ITEM);
        body.put("penaltyKinds", List.of("FINE", "SUSPEND_OR_REVOKE_PERMIT"));
        body.put("licenceSuspendedOrRevoked", "安全生产许可证（豫）JZ安许证字〔2019〕000123");
        namesField(post("penalties", body, 400), "penaltyKinds");
        body.put("decisionDate", "2020-05-06");
        body.put("validUntil", "2020-05-13");
        post("penalties", body, 201);
    }

    @Test
    @TestSecurity(user = "legal-1", roles = "legal")
    void aNaturalPersonsNumberIsRequiredKeptAndNeverInAnAnswerOrAnOutboxEntry() {
        Map<String, Object> body = penalty(documentNo("惠安监罚"), "2026-11-02", PENALTY_ITEM);
        body.put("partyName", "张某某");
        body.put("partyCategory", "NATURAL_PERSON");
        body.remove("partyCreditCode");
        body.remove("legalRepresentative");
        body.remove("legalRepresentativeIdType");
        body.remove("legalRepresentativeIdNumber");
        body.put("personIdType", "ID_CARD");
        namesField(post("penalties", body, 400), "personIdNumber");

        body.put("personIdNumber", PERSON_NUMBER);
        String answer = given().contentType(ContentType.JSON).body(body).post("/api/v1/decisions/penalties").then().statusCode(201)
                .body("current.personIdNumberMasked", equalTo("4101**********1234")).extract().asString();
        assertFalse(answer.contains(PERSON_NUMBER), "the number is not in the answer: " + answer);
        UUID id = UUID.fromString(JsonPath.from(answer).getString("id"));
        String published = given().post("/api/v1/decisions/" + id + "/publication").then().statusCode(200).extract().asString();
        String read = given().get("/api/v1/decisions/" + id).then().statusCode(200).extract().asString();
        String listed = given().get("/api/v1/decisions?kind=penalty").then().statusCode(200).extract().asString();
        for (String text : List.of(published, read, listed)) {
            assertFalse(text.contains(PERSON_NUMBER), "the number is in no answer: " + text);
        }
        List<OutboxEntry> entries = OutboxProbe.entriesFor("decision/" + id);
        assertEquals(2, entries.size());
        entries.forEach(e -> assertFalse(e.data.contains(PERSON_NUMBER) || e.data.contains("4101**"),
                "no number, not even masked, in the trace: " + e.data));
        // kept: sealed, and opened only with the service's key
        DecisionVersion v = QuarkusTransaction.requiringNew().call(() -> DecisionVersion.of(id, 1));
        assertNotNull(v.sealedNumbers);
        assertTrue(numbers.open(id, 1, new PersonalNumbers.Sealed(v.sealedKeyId, v.sealedNonce, v.sealedNumbers))
                .contains(PERSON_NUMBER));
    }

    @Test
    @TestSecurity(user = "case-system", roles = "integration")
    void aFineOutsideTheDiscretionRangeIsRefusedAndWithoutListServiceNothingIsReceived() {
        Map<String, Object> outside = penalty(documentNo("惠安监罚"), "2026-11-02", STANDARD_ITEM);
        outside.put("severity", "GENERAL");
        outside.put("fineYuan", 5000);
        JsonPath problem = post("penalties", outside, 400);
        assertEquals("fineYuan", problem.getString("errors[0].field"));
        assertTrue(problem.getString("errors[0].messageZh").contains("不在「一般」阶次"), problem.prettify());

        outside.put("fineYuan", 20000);
        post("penalties", outside, 201);

        String no = documentNo("惠安监罚");
        Map<String, Object> unweighable = penalty(no, "2026-11-02", FAILING_ITEM);
        unweighable.put("severity", "GENERAL");
        given().contentType(ContentType.JSON).body(unweighable).post("/api/v1/decisions/penalties").then().statusCode(503)
                .contentType("application/problem+json").body("detailZh", containsString("未予接收"));
        assertEquals(0, decisionsNumbered(no), "nothing is written when the fine cannot be weighed");
    }

    // ------------------------------------------------------------------ correction, cancellation, restoration

    @Test
    @TestSecurity(user = "legal-1", roles = "legal")
    void aCorrectionKeepsTheEarlierVersionWithWhoWhenAndWhyAndRepublishes() {
        String first = documentNo("惠安监罚");
        UUID id = intake.receive(penaltyInput(first, "2026-11-02"), CASE_SYSTEM).id;
        given().post("/api/v1/decisions/" + id + "/publication").then().statusCode(200);

        Map<String, Object> corrected = penalty(documentNo("惠安监罚"), "2026-11-02", PENALTY_ITEM);
        given().contentType(ContentType.JSON).body(corrected).put("/api/v1/decisions/" + id).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        corrected.put("reason", "决定书文号录入错误，依原件更正");
        JsonPath view = given().contentType(ContentType.JSON).body(corrected).put("/api/v1/decisions/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, view.getInt("version"));
        assertEquals("PUBLISHED", view.getString("state"), "a public decision stays public, republished");
        assertEquals(first, view.getString("versions[0].documentNo"), "the earlier version is kept");
        assertEquals("case-system", view.getString("versions[0].recordedBy"));
        assertEquals(corrected.get("documentNo"), view.getString("current.documentNo"));
        assertEquals("legal-1", view.getString("versions[1].recordedBy"));
        assertEquals("决定书文号录入错误，依原件更正", view.getString("versions[1].reason"));
        assertEquals(List.of("PUBLISHED", "CORRECTED"), feed(id));
        assertEquals(names(DisclosureEvents.DECISION_RECEIVED, DisclosureEvents.DECISION_PUBLISHED,
                DisclosureEvents.DECISION_CORRECTED), types(id));

        corrected.put("itemCode", REPEALED_ITEM);
        corrected.put("decisionDate", "2025-09-26");
        corrected.put("validUntil", "2025-10-03");
        given().contentType(ContentType.JSON).body(corrected).put("/api/v1/decisions/" + id).then().statusCode(400)
                .body("errors.field", hasItem("itemCode"));
        assertEquals(2, QuarkusTransaction.requiringNew().call(() -> DecisionVersion.of(id).size()),
                "a refused correction leaves no version");
    }

    @Test
    @TestSecurity(user = "legal-1", roles = "legal")
    void theLegalSectionCancelsAndRestoresAPublicDecisionWithAReason() {
        UUID id = intake.receive(penaltyInput(documentNo("惠安监罚"), "2026-11-02"), CASE_SYSTEM).id;
        given().contentType(ContentType.JSON).body(Map.of("reason", "复议撤销")).post("/api/v1/decisions/" + id + "/cancellation")
                .then().statusCode(409).body("allowed", hasItem("PUBLISH"));
        given().post("/api/v1/decisions/" + id + "/publication").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("reason", " ")).post("/api/v1/decisions/" + id + "/cancellation")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "行政复议决定撤销原处罚决定"))
                .post("/api/v1/decisions/" + id + "/cancellation").then().statusCode(200).body("state", equalTo("CANCELLED"))
                .body("stateZh", equalTo("已取消公示"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "行政复议维持原处罚决定"))
                .post("/api/v1/decisions/" + id + "/restoration").then().statusCode(200).body("state", equalTo("PUBLISHED"))
                .body("steps.reason", hasItem("行政复议维持原处罚决定"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "再次恢复")).post("/api/v1/decisions/" + id + "/restoration")
                .then().statusCode(409);
        assertEquals(List.of("PUBLISHED", "CANCELLED", "RESTORED"), feed(id));
        assertEquals(names(DisclosureEvents.DECISION_RECEIVED, DisclosureEvents.DECISION_PUBLISHED,
                DisclosureEvents.DECISION_CANCELLED, DisclosureEvents.DECISION_RESTORED), types(id));
        String cancelled = OutboxProbe.entriesFor("decision/" + id).get(2).data;
        assertTrue(cancelled.contains("行政复议决定撤销原处罚决定"), "the cancellation's trace says why: " + cancelled);
    }

    @Test
    @TestSecurity(user = "leader-1", roles = "leader")
    void leadersSeeTheDecisionsNotPublicAfterTheirDueDate() {
        UUID late = intake.receive(penaltyInput(documentNo("惠安监罚"), "2025-09-26"), CASE_SYSTEM).id;
        UUID fresh = intake.receive(penaltyInput(documentNo("惠安监罚"), "2026-11-19"), CASE_SYSTEM).id;
        given().queryParam("overdue", true).queryParam("size", 200).get("/api/v1/decisions").then().statusCode(200)
                .body("items.id", hasItem(late.toString())).body("items.id", not(hasItem(fresh.toString())));
        given().queryParam("state", "LOST").get("/api/v1/decisions").then().statusCode(400)
                .body("errors[0].field", equalTo("state"));
        given().contentType(ContentType.JSON).body(penalty(documentNo("惠安监罚"), "2026-11-02", PENALTY_ITEM))
                .post("/api/v1/decisions/penalties").then().statusCode(403);
    }
}
