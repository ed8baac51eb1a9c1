package cn.gov.huiji.fourlists.audit.oversight;

import cn.gov.huiji.fourlists.audit.log.MerkleLog;
import cn.gov.huiji.fourlists.audit.log.TreeHeads;
import cn.gov.huiji.fourlists.audit.oversight.service.AccountabilityService;
import cn.gov.huiji.fourlists.audit.service.TraceStore;
import cn.gov.huiji.fourlists.kernel.csv.SpreadsheetCsv;
import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents.RequestDeadline;
import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents.RequestStepTaken;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents.CaseChanged;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 17, the period's assessment per section (绩效考核, Art. 31): adjustments published and complaints answered in
 * the period, on time or late (a red card on any of their steps), the cards due in it, the findings of a problem and the
 * measures decided — as JSON and as a spreadsheet file with Chinese headings; for the discipline group, leaders and
 * auditors only.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AssessmentTest {

    static final String SECTION = "ovs-asm-hazchem";
    static final Actor DISCIPLINE = new Actor("discipline", List.of("discipline"), null);
    static final Map<String, Object> OCTOBER = Map.of("section", SECTION, "adjustmentsOnTime", 1, "adjustmentsLate", 1,
            "complaintsOnTime", 2, "complaintsLate", 1, "yellowCards", 1, "redCards", 1, "findings", 1, "measures", 1);
    static boolean stored;

    @Inject
    TraceStore store;
    @Inject
    EntityManager em;
    @Inject
    MerkleLog log;
    @Inject
    TreeHeads heads;
    @Inject
    AccountabilityService accountability;

    static RequestDeadline deadline(UUID request, String state, String due, String day) {
        return new RequestDeadline(request, state, SECTION, LocalDate.parse(due), "cal-r0", LocalDate.parse(day));
    }

    static RequestStepTaken step(UUID request, String action, String from, String to) {
        return new RequestStepTaken(request, action, from, to, SECTION, "MODIFY", "410108-AJ-CF-001", null, null, false, null);
    }

    static CaseChanged caseIn(String caseNo, String state) {
        return CaseChanged.of(caseNo, "COMPLAINT", state, SECTION);
    }

    @BeforeEach
    void aMonthOfOneSection() {
        if (stored) {
            return;
        }
        stored = true;
        ServiceTraces adjustment = new ServiceTraces(store, "adjustment-service");
        // late: its application was missed in September, it was published in October
        UUID late = UUID.randomUUID();
        adjustment.system("2026-09-29T00:05:00Z", AdjustmentEvents.DEADLINE_WARNED, late, deadline(late, "DRAFT", "2026-09-30", "2026-09-29"));
        adjustment.system("2026-10-01T00:05:00Z", AdjustmentEvents.DEADLINE_MISSED, late, deadline(late, "DRAFT", "2026-09-30", "2026-10-01"));
        adjustment.store("2026-10-09T02:00:00Z", AdjustmentEvents.REQUEST_SUBMITTED, late, step(late, "SUBMIT", "DRAFT", "SUBMITTED"),
                "clerk", "clerk", SECTION);
        adjustment.store("2026-10-12T02:00:00Z", AdjustmentEvents.REQUEST_PUBLISHED, late, step(late, "PUBLISH", "CONFIRMED", "PUBLISHED"),
                "legal", "legal", "legal");
        // on time: warned (a yellow card due in October) and reviewed in time
        UUID onTime = UUID.randomUUID();
        adjustment.system("2026-10-13T00:05:00Z", AdjustmentEvents.DEADLINE_WARNED, onTime,
                deadline(onTime, "SUBMITTED", "2026-10-14", "2026-10-13"));
        adjustment.store("2026-10-14T02:00:00Z", AdjustmentEvents.REQUEST_REVIEW_PASSED, onTime,
                step(onTime, "PASS_REVIEW", "SUBMITTED", "STUDY"), "legal", "legal", "legal");
        adjustment.store("2026-10-15T02:00:00Z", AdjustmentEvents.REQUEST_PUBLISHED, onTime,
                step(onTime, "PUBLISH", "CONFIRMED", "PUBLISHED"), "legal", "legal", "legal");

        ServiceTraces complaint = new ServiceTraces(store, "complaint-service");
        String answered = "TS-ASM-" + UUID.randomUUID().toString().substring(0, 8);
        complaint.store("2026-10-20T02:00:00Z", ComplaintEvents.CASE_ANSWERED, answered, caseIn(answered, "ANSWERED"), "clerk", "clerk", SECTION);
        // 00:30 on 1 October in Beijing: in the period; 00:30 on 1 November in Beijing: not
        String firstDay = "TS-ASM-" + UUID.randomUUID().toString().substring(0, 8);
        complaint.store("2026-09-30T16:30:00Z", ComplaintEvents.CASE_ANSWERED, firstDay, caseIn(firstDay, "ANSWERED"), "clerk", "clerk", SECTION);
        String november = "TS-ASM-" + UUID.randomUUID().toString().substring(0, 8);
        complaint.store("2026-10-31T16:30:00Z", ComplaintEvents.CASE_ANSWERED, november, caseIn(november, "ANSWERED"), "clerk", "clerk", SECTION);
        // late: its answer was missed (a red card due in October), then answered and closed
        String missed = "TS-ASM-" + UUID.randomUUID().toString().substring(0, 8);
        complaint.system("2026-10-17T00:05:00Z", ComplaintEvents.CASE_DEADLINE_MISSED, missed,
                caseIn(missed, "ASSIGNED").withDue("answer", LocalDate.parse("2026-10-16")));
        complaint.store("2026-10-21T02:00:00Z", ComplaintEvents.CASE_ANSWERED, missed, caseIn(missed, "ANSWERED"), "clerk", "clerk", SECTION);
        complaint.store("2026-10-22T02:00:00Z", ComplaintEvents.CASE_CLOSED, missed, caseIn(missed, "CLOSED"), "clerk", "clerk", SECTION);

        StoredFindings.finding(em, log, heads, SECTION, "OMITTED", "2026-10-20T02:00:00Z");
        StoredFindings.finding(em, log, heads, SECTION, "NONE", "2026-10-21T02:00:00Z");
        StoredFindings.finding(em, log, heads, SECTION, "CONCEALED", "2026-11-02T02:00:00Z");

        AccountabilityService.Input input = new AccountabilityService.Input(SECTION, "clerk", "调整申请逾期", List.of(), List.of(),
                "惠安监管〔2016〕41号第三十一条", "WRITTEN_SELF_EXAMINATION");
        accountability.decide(accountability.record(input, DISCIPLINE).id, LocalDate.parse("2026-10-25"), "惠安监纪〔2026〕1号", DISCIPLINE);
        accountability.decide(accountability.record(input, DISCIPLINE).id, LocalDate.parse("2026-11-02"), "惠安监纪〔2026〕2号", DISCIPLINE);
        accountability.record(input, DISCIPLINE); // not decided
    }

    @Test
    @TestSecurity(user = "leader", roles = "leader")
    void theMonthsFiguresOfTheSectionComeFromTheTracesFindingsAndDecisions() {
        List<Map<String, Object>> rows = given().queryParam("from", "2026-10-01").queryParam("to", "2026-10-31")
                .get("/api/v1/oversight/assessment").then().statusCode(200)
                .body("from", equalTo("2026-10-01")).body("to", equalTo("2026-10-31"))
                .extract().jsonPath().getList("rows.findAll { it.section == '" + SECTION + "' }");
        assertEquals(List.of(OCTOBER), rows, "adjustments: one on time, one late (red card in September); complaints: two on time "
                + "(one at 00:30 on 1 October, Beijing time), one late; one yellow and one red card due in October; one finding "
                + "of a problem (the NONE one and the November one do not count); one measure decided in October");
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void theExportHasChineseHeadingsAndTheSameFigures() {
        byte[] csv = given().queryParam("from", "2026-10-01").queryParam("to", "2026-10-31").get("/api/v1/oversight/assessment.csv")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asByteArray();
        List<List<String>> table = SpreadsheetCsv.read(csv);
        assertEquals(List.of("科室（队）", "调整按时", "调整逾期", "投诉按时", "投诉逾期", "黄牌", "红牌", "抽查发现问题", "问责决定"), table.get(0));
        assertEquals(List.of(List.of(SECTION, "1", "1", "2", "1", "1", "1", "1", "1")),
                table.stream().filter(r -> r.get(0).equals(SECTION)).toList(), "the section's row, as in the JSON");
    }

    @Test
    @TestSecurity(user = "clerk", roles = "clerk", attributes = @SecurityAttribute(key = "section", value = SECTION))
    void aSectionsStaffDoNotReadTheAssessment() {
        given().queryParam("from", "2026-10-01").queryParam("to", "2026-10-31").get("/api/v1/oversight/assessment").then()
                .statusCode(403).contentType("application/problem+json");
        given().queryParam("from", "2026-10-01").queryParam("to", "2026-10-31").get("/api/v1/oversight/assessment.csv").then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void aPeriodNeedsBothDays() {
        given().queryParam("to", "2026-10-31").get("/api/v1/oversight/assessment").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
    }
}
