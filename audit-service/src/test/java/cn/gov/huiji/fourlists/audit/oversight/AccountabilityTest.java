package cn.gov.huiji.fourlists.audit.oversight;

import cn.gov.huiji.fourlists.audit.log.MerkleLog;
import cn.gov.huiji.fourlists.audit.log.TreeHeads;
import cn.gov.huiji.fourlists.audit.oversight.domain.Accountability;
import cn.gov.huiji.fourlists.audit.oversight.domain.CardDerivation;
import cn.gov.huiji.fourlists.audit.oversight.service.AccountabilityService;
import cn.gov.huiji.fourlists.audit.service.TraceStore;
import cn.gov.huiji.fourlists.kernel.events.AuditEvents;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents.CaseChanged;
import cn.gov.huiji.fourlists.kernel.outbox.OutboxEntry;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, accountability (问责, Art. 29, 31): the discipline group records a case against a section and a person on
 * the facts of cards and findings, revises it, decides the measure — each change a trace — and is the only one who may;
 * leaders and auditors read every record, a section's staff their own section's.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AccountabilityTest {

    static final String SECTION = "ovs-acc-hazchem";
    static final String OTHER = "ovs-acc-other";
    static final Actor DISCIPLINE = new Actor("discipline", List.of("discipline"), null);
    static String caseNo;
    static String card;
    static UUID finding;
    static UUID ownRecord;
    static UUID otherRecord;

    @Inject
    TraceStore store;
    @Inject
    EntityManager em;
    @Inject
    MerkleLog log;
    @Inject
    TreeHeads heads;
    @Inject
    AccountabilityService service;

    @BeforeEach
    void aMissedAnswerAFindingAndTwoRecords() {
        if (card != null) {
            return;
        }
        caseNo = "TS-ACC-" + UUID.randomUUID().toString().substring(0, 8);
        ServiceTraces complaint = new ServiceTraces(store, "complaint-service");
        complaint.store("2026-11-10T02:00:00Z", ComplaintEvents.CASE_ASSIGNED, caseNo, CaseChanged.of(caseNo, "COMPLAINT", "ASSIGNED",
                SECTION), "handler", "complaint-handler", "office");
        complaint.system("2026-11-21T00:05:00Z", ComplaintEvents.CASE_DEADLINE_MISSED, caseNo,
                CaseChanged.of(caseNo, "COMPLAINT", "ASSIGNED", SECTION).withDue("answer", LocalDate.parse("2026-11-20")));
        card = CardDerivation.id("complaint-service|case/" + caseNo + "|answer|2026-11-20");
        finding = StoredFindings.finding(em, log, heads, SECTION, "OMITTED", "2026-11-25T02:00:00Z");
        ownRecord = service.record(input(SECTION, "WARNING_TALK"), DISCIPLINE).id;
        otherRecord = service.record(input(OTHER, "CIRCULATED_CRITICISM"), DISCIPLINE).id;
    }

    static AccountabilityService.Input input(String section, String measure) {
        return new AccountabilityService.Input(section, "clerk", "答复逾期未办结", List.of(), List.of(), "惠安监管〔2016〕41号第三十一条", measure);
    }

    static Map<String, Object> body(String measure) {
        Map<String, Object> body = new HashMap<>();
        body.put("section", SECTION);
        body.put("person", "clerk");
        body.put("facts", "投诉答复逾期，抽查发现漏报");
        body.put("findings", List.of(finding.toString()));
        body.put("cards", List.of(card));
        body.put("basis", "《关于印发“四单一网”清单运行配套机制的通知》（惠安监管〔2016〕41号）第二十九条、第三十一条");
        body.put("measure", measure);
        return body;
    }

    static List<OutboxEntry> traces(String id) {
        return OutboxProbe.entriesFor("accountability/" + id);
    }

    static JsonNode data(OutboxEntry e) {
        return TraceEventCodec.parseTree(e.data);
    }

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void recordedRevisedAndDecidedEachLeaveATrace() {
        String id = given().contentType(ContentType.JSON).body(body("WARNING_TALK")).post("/api/v1/oversight/accountability").then()
                .statusCode(201).body("state", equalTo("RECORDED")).body("measureLabel", equalTo("诫勉谈话"))
                .body("cards", equalTo(List.of(card))).body("findings", equalTo(List.of(finding.toString())))
                .body("recordedBy", equalTo("discipline")).extract().path("id");
        List<OutboxEntry> traced = traces(id);
        assertEquals(List.of(AuditEvents.ACCOUNTABILITY_RECORDED.name()), traced.stream().map(e -> e.type).toList(),
                "recording leaves one trace");
        assertEquals("RECORDED", data(traced.get(0)).path("state").asText());
        assertEquals(card, data(traced.get(0)).path("cards").get(0).asText(), "the trace names the cards the facts rest on");
        assertEquals("discipline", traced.get(0).actorId);

        given().contentType(ContentType.JSON).body(body("PERFORMANCE_DEDUCTION")).put("/api/v1/oversight/accountability/" + id).then()
                .statusCode(200).body("state", equalTo("RECORDED")).body("measure", equalTo("PERFORMANCE_DEDUCTION"))
                .body("measureLabel", equalTo("扣减绩效考核分"));
        traced = traces(id);
        assertEquals(AuditEvents.ACCOUNTABILITY_REVISED.name(), traced.get(1).type, "a revision leaves a trace");
        assertEquals("PERFORMANCE_DEDUCTION", data(traced.get(1)).path("measure").asText(), "a configured measure");

        given().contentType(ContentType.JSON).body(Map.of("decisionDate", "2026-12-01", "decisionDocument", "惠安监纪〔2026〕3号"))
                .post("/api/v1/oversight/accountability/" + id + "/decision").then().statusCode(200)
                .body("state", equalTo("DECIDED")).body("decisionDate", equalTo("2026-12-01"))
                .body("decisionDocument", equalTo("惠安监纪〔2026〕3号"));
        traced = traces(id);
        assertEquals(List.of(AuditEvents.ACCOUNTABILITY_RECORDED.name(), AuditEvents.ACCOUNTABILITY_REVISED.name(),
                AuditEvents.ACCOUNTABILITY_DECIDED.name()), traced.stream().map(e -> e.type).toList(), "three changes, three traces");
        assertEquals("2026-12-01", data(traced.get(2)).path("decisionDate").asText());
        assertEquals("惠安监纪〔2026〕3号", data(traced.get(2)).path("decisionDocument").asText());

        given().contentType(ContentType.JSON).body(body("WARNING_TALK")).put("/api/v1/oversight/accountability/" + id).then()
                .statusCode(409).contentType("application/problem+json").body("titleZh", equalTo("当前状态不允许此操作"))
                .body("detailZh", containsString("已决定"));
        given().contentType(ContentType.JSON).body(Map.of("decisionDate", "2026-12-02", "decisionDocument", "又一号"))
                .post("/api/v1/oversight/accountability/" + id + "/decision").then().statusCode(409);
        assertEquals(3, traces(id).size(), "a refused change leaves no trace");
    }

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void aWithdrawnRecordIsTracedAndNeverDecided() {
        String id = given().contentType(ContentType.JSON).body(body("REFERRED")).post("/api/v1/oversight/accountability").then()
                .statusCode(201).extract().path("id");
        given().post("/api/v1/oversight/accountability/" + id + "/withdrawal").then().statusCode(200).body("state", equalTo("WITHDRAWN"));
        List<OutboxEntry> traced = traces(id);
        assertEquals(AuditEvents.ACCOUNTABILITY_REVISED.name(), traced.get(1).type, "a withdrawal is traced as a revision");
        assertEquals("WITHDRAWN", data(traced.get(1)).path("state").asText(), "whose state says WITHDRAWN");
        given().contentType(ContentType.JSON).body(Map.of("decisionDate", "2026-12-01", "decisionDocument", "惠安监纪〔2026〕4号"))
                .post("/api/v1/oversight/accountability/" + id + "/decision").then().statusCode(409)
                .body("detailZh", containsString("已撤销"));
        assertEquals(2, traces(id).size(), "the refused decision leaves no trace");
    }

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void anUnknownMeasureCardOrFindingIsRefusedInChineseAndEnglish() {
        given().contentType(ContentType.JSON).body(body("FINE")).post("/api/v1/oversight/accountability").then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("urn:fourlists:problem:unknown-measure"))
                .body("titleZh", equalTo("问责措施不存在")).body("detail", containsString("FINE")).body("detailZh", containsString("FINE"));
        Map<String, Object> unknownCard = body("WARNING_TALK");
        unknownCard.put("cards", List.of("0123456789abcdef"));
        given().contentType(ContentType.JSON).body(unknownCard).post("/api/v1/oversight/accountability").then().statusCode(422)
                .body("type", equalTo("urn:fourlists:problem:unknown-card")).body("detailZh", containsString("0123456789abcdef"));
        Map<String, Object> unknownFinding = body("WARNING_TALK");
        UUID nowhere = UUID.randomUUID();
        unknownFinding.put("findings", List.of(nowhere.toString()));
        given().contentType(ContentType.JSON).body(unknownFinding).post("/api/v1/oversight/accountability").then().statusCode(422)
                .body("type", equalTo("urn:fourlists:problem:unknown-finding")).body("detail", containsString(nowhere.toString()));
        Map<String, Object> noSection = body("WARNING_TALK");
        noSection.remove("section");
        given().contentType(ContentType.JSON).body(noSection).post("/api/v1/oversight/accountability").then().statusCode(400)
                .body("errors[0].field", equalTo("section"));
        given().contentType(ContentType.JSON).body(Map.of("decisionDate", "2999-01-01", "decisionDocument", "未来"))
                .post("/api/v1/oversight/accountability/" + ownRecord + "/decision").then().statusCode(400)
                .body("errors[0].field", equalTo("decisionDate"));
    }

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void theMeasuresAreTheSuitesFiveAndTheConfiguredOnes() {
        List<Map<String, String>> measures = given().get("/api/v1/oversight/measures").then().statusCode(200).extract().jsonPath().getList("");
        assertEquals(List.of(Map.of("code", "WARNING_TALK", "label", "诫勉谈话"), Map.of("code", "CIRCULATED_CRITICISM", "label", "通报批评"),
                Map.of("code", "WRITTEN_SELF_EXAMINATION", "label", "责令书面检查"), Map.of("code", "REMOVED_FROM_ENFORCEMENT", "label", "调离执法岗位"),
                Map.of("code", "REFERRED", "label", "移送处理"), Map.of("code", "PERFORMANCE_DEDUCTION", "label", "扣减绩效考核分")), measures);
    }

    @Test
    @TestSecurity(user = "leader", roles = "leader")
    void leadersReadEveryRecordButMayNotWrite() {
        given().contentType(ContentType.JSON).body(body("WARNING_TALK")).post("/api/v1/oversight/accountability").then().statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body("WARNING_TALK")).put("/api/v1/oversight/accountability/" + ownRecord).then()
                .statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("decisionDate", "2026-12-01", "decisionDocument", "惠安监纪〔2026〕5号"))
                .post("/api/v1/oversight/accountability/" + ownRecord + "/decision").then().statusCode(403);
        given().post("/api/v1/oversight/accountability/" + ownRecord + "/withdrawal").then().statusCode(403);
        given().get("/api/v1/oversight/accountability").then().statusCode(200)
                .body("id", hasItem(ownRecord.toString())).body("id", hasItem(otherRecord.toString()));
        assertEquals("RECORDED", io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(
                        () -> Accountability.<Accountability>findByIdOptional(ownRecord).map(a -> a.state.name()).orElseThrow()),
                "nothing the leader sent changed the record");
    }

    @Test
    @TestSecurity(user = "clerk", roles = "clerk", attributes = @SecurityAttribute(key = "section", value = SECTION))
    void aSectionsClerkReadsOnlyItsSectionsRecordsAndMayNotWrite() {
        given().contentType(ContentType.JSON).body(body("WARNING_TALK")).post("/api/v1/oversight/accountability").then().statusCode(403);
        List<String> sections = given().get("/api/v1/oversight/accountability").then().statusCode(200).extract().jsonPath()
                .getList("section", String.class);
        assertFalse(sections.isEmpty(), "the clerk's section has records");
        assertTrue(sections.stream().allMatch(SECTION::equals), "only the clerk's own section's records: " + sections);
        given().queryParam("section", OTHER).get("/api/v1/oversight/accountability").then().statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/v1/oversight/accountability/" + ownRecord).then().statusCode(200).body("section", equalTo(SECTION));
        given().get("/api/v1/oversight/accountability/" + otherRecord).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void auditorsReadAnySectionsRecords() {
        given().queryParam("section", OTHER).get("/api/v1/oversight/accountability").then().statusCode(200)
                .body("id", equalTo(List.of(otherRecord.toString()))).body("measureLabel", equalTo(List.of("通报批评")));
    }
}
