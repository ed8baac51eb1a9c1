package cn.gov.huiji.fourlists.audit.oversight;

import cn.gov.huiji.fourlists.audit.log.MerkleLog;
import cn.gov.huiji.fourlists.audit.log.TreeHeads;
import cn.gov.huiji.fourlists.audit.service.TraceStore;
import cn.gov.huiji.fourlists.kernel.calendar.HolidayNotice;
import cn.gov.huiji.fourlists.kernel.calendar.NoticeLoaded;
import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents.CaseChanged;
import cn.gov.huiji.fourlists.kernel.events.DisclosureEvents;
import cn.gov.huiji.fourlists.kernel.events.DisclosureEvents.DecisionChanged;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, 电子监察 (Art. 29, 31): yellow and red cards come from the deadline traces of every service alone — here
 * adjustment-service, complaint-service and disclosure-service — each with the traces behind it, when it was resolved,
 * and the working days late counted on the holiday notices the traces hold; a section's staff see their own section's.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class CardsFromTheTracesTest {

    /** Sections no other test uses, so the cards of this class are the only ones in them. */
    static final String SECTION = "ovs-cards-hazchem";
    static final String OTHER = "ovs-cards-legal";
    static final UUID REQUEST = UUID.randomUUID();
    static final UUID DECISION = UUID.randomUUID();
    static final UUID OBLIGATION = UUID.randomUUID();
    static final String CASE = "TS-OVS-" + UUID.randomUUID().toString().substring(0, 8);
    static final String CLERK = "clerk-ovs";
    static final String HANDLER = "handler-ovs";
    static final String LEGAL = "legal-ovs";
    static boolean stored;

    @Inject
    TraceStore store;
    @Inject
    MerkleLog log;
    @Inject
    TreeHeads heads;
    @Inject
    EntityManager em;

    @BeforeEach
    void theServicesTraces() {
        if (stored) {
            return;
        }
        stored = true;
        ServiceTraces adjustment = new ServiceTraces(store, "adjustment-service");
        // A request drafted on Friday 25 September 2026 is due on the 30th; it is warned, missed, and submitted on
        // 9 October, after the National Day holiday (1–7 October off).
        adjustment.store("2026-09-25T01:00:00Z", AdjustmentEvents.REQUEST_DRAFTED, REQUEST, new AdjustmentEvents.RequestDrafted(REQUEST,
                "DRAFT", "LAW_AMENDED_OR_REPEALED", LocalDate.parse("2026-09-25"), "MODIFY", "410108-AJ-CF-001", SECTION, null,
                LocalDate.parse("2026-09-30"), "cal-r0"), CLERK, "clerk", SECTION);
        adjustment.system("2026-09-29T00:05:00Z", AdjustmentEvents.DEADLINE_WARNED, REQUEST, new AdjustmentEvents.RequestDeadline(REQUEST,
                "DRAFT", SECTION, LocalDate.parse("2026-09-30"), "cal-r0", LocalDate.parse("2026-09-29")));
        adjustment.system("2026-10-01T00:05:00Z", AdjustmentEvents.DEADLINE_MISSED, REQUEST, new AdjustmentEvents.RequestDeadline(REQUEST,
                "DRAFT", SECTION, LocalDate.parse("2026-09-30"), "cal-r0", LocalDate.parse("2026-10-01")));
        adjustment.store("2026-10-09T02:00:00Z", AdjustmentEvents.REQUEST_SUBMITTED, REQUEST, new AdjustmentEvents.RequestStepTaken(REQUEST,
                "SUBMIT", "DRAFT", "SUBMITTED", SECTION, "MODIFY", "410108-AJ-CF-001", LocalDate.parse("2026-10-13"), "cal-r0", false,
                null), CLERK, "clerk", SECTION);
        // A law-change obligation missed in 2031, on a holiday notice that only a trace holds (6–7 January off).
        adjustment.store("2030-11-20T02:00:00Z", AdjustmentEvents.CALENDAR_NOTICE_LOADED, 2031, new NoticeLoaded(2031,
                "国务院办公厅关于2031年部分节假日安排的通知（测试）", 91, "cal-r91", new HolidayNotice(2031, "国务院办公厅关于2031年部分节假日安排的通知（测试）",
                List.of(List.of(LocalDate.parse("2031-01-06"), LocalDate.parse("2031-01-07"))), List.of()),
                OffsetDateTime.parse("2030-11-20T02:00:00Z")), LEGAL, "legal", "legal");
        adjustment.system("2031-01-06T00:05:00Z", AdjustmentEvents.OBLIGATION_MISSED, OBLIGATION, new AdjustmentEvents.ObligationMissed(
                OBLIGATION, "410108-AJ-CF-001", SECTION, LocalDate.parse("2031-01-03")));
        adjustment.store("2031-01-09T02:00:00Z", AdjustmentEvents.OBLIGATION_FULFILLED, OBLIGATION,
                new AdjustmentEvents.ObligationFulfilled(OBLIGATION, UUID.randomUUID()), CLERK, "clerk", SECTION);

        ServiceTraces complaint = new ServiceTraces(store, "complaint-service");
        // A complaint received from the public, accepted by the office, assigned to the section, warned before its answer.
        complaint.store("2026-11-16T01:00:00Z", ComplaintEvents.CASE_RECEIVED, CASE, CaseChanged.of(CASE, "COMPLAINT", "RECEIVED", null)
                .withChannel("ONLINE"), "anonymous", null, null);
        complaint.store("2026-11-16T02:00:00Z", ComplaintEvents.CASE_ACCEPTED, CASE, CaseChanged.of(CASE, "COMPLAINT", "ACCEPTED", null),
                HANDLER, "complaint-handler", "office");
        complaint.store("2026-11-16T03:00:00Z", ComplaintEvents.CASE_ASSIGNED, CASE, CaseChanged.of(CASE, "COMPLAINT", "ASSIGNED", SECTION),
                HANDLER, "complaint-handler", "office");
        complaint.system("2026-11-24T00:05:00Z", ComplaintEvents.CASE_DEADLINE_WARNED, CASE,
                CaseChanged.of(CASE, "COMPLAINT", "ASSIGNED", SECTION).withDue("answer", LocalDate.parse("2026-11-25")));

        ServiceTraces disclosure = new ServiceTraces(store, "disclosure-service");
        // A penalty decision due for publication on Tuesday 10 November, missed, published on Friday the 13th.
        DecisionChanged decision = new DecisionChanged(DECISION, "PENALTY", 1, "惠安监罚〔2026〕101号", LocalDate.parse("2026-10-30"),
                "郑州市惠济区某某化工有限公司", "LEGAL_ENTITY", "91410108MA44XRNB25", "410108-AJ-CF-001", "RECEIVED",
                LocalDate.parse("2026-11-10"), "cal-r1", LocalDate.parse("2027-10-30"), null);
        disclosure.store("2026-11-02T01:00:00Z", DisclosureEvents.DECISION_RECEIVED, DECISION, decision, LEGAL, "legal", OTHER);
        disclosure.system("2026-11-11T00:05:00Z", DisclosureEvents.DEADLINE_MISSED, DECISION, decision);
        disclosure.store("2026-11-13T02:00:00Z", DisclosureEvents.DECISION_PUBLISHED, DECISION, decision.withState("PUBLISHED"), LEGAL,
                "legal", OTHER);
    }

    static JsonPath cards(Map<String, ?> query) {
        return given().queryParams(query).get("/api/v1/oversight/cards").then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> cardOf(JsonPath cards, String subject) {
        List<Map<String, Object>> found = cards.getList("findAll { it.subject == '" + subject + "' }");
        assertEquals(1, found.size(), "exactly one card on " + subject + ": " + found);
        return found.get(0);
    }

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void deadlineTracesOfTwoServicesGiveCardsWithTheirTracesAndTheResolvedOneSaysWhen() {
        JsonPath found = cards(Map.of("section", SECTION));
        assertEquals(Set.of("request/" + REQUEST, "case/" + CASE, "obligation/" + OBLIGATION),
                Set.copyOf(found.getList("subject", String.class)), "the section's cards from adjustment-service and complaint-service");

        Map<String, Object> adjustment = cardOf(found, "request/" + REQUEST);
        assertEquals("RED", adjustment.get("color"), "warned, then missed: one red card");
        assertEquals("adjustment-service", adjustment.get("source"));
        assertEquals("ADJUSTMENT_STEP", adjustment.get("kind"));
        assertEquals("DRAFT", adjustment.get("step"));
        assertEquals("2026-09-30", adjustment.get("dueDate"));
        assertEquals(CLERK, adjustment.get("person"), "the clerk who drafted it is the last person who acted before the warning");
        assertEquals(OffsetDateTime.parse("2026-10-09T02:00:00Z"), OffsetDateTime.parse((String) adjustment.get("resolvedAt")),
                "resolved when the request was finally submitted");
        assertEquals(2, adjustment.get("workingDaysLate"), "8 and 9 October: the National Day holiday is not counted");
        assertEquals(List.of("fourlists.adjustment.deadline.warned", "fourlists.adjustment.deadline.missed",
                "fourlists.adjustment.request.submitted"), ((List<Map<String, Object>>) adjustment.get("traces")).stream()
                .map(t -> t.get("type")).toList(), "the warning, the overdue flag and the submission that resolved it");

        Map<String, Object> complaint = cardOf(found, "case/" + CASE);
        assertEquals("YELLOW", complaint.get("color"));
        assertEquals("complaint-service", complaint.get("source"));
        assertEquals("COMPLAINT_ANSWER", complaint.get("kind"));
        assertEquals("answer", complaint.get("step"));
        assertEquals(HANDLER, complaint.get("person"), "the handler who assigned it; the public submitter is never named");
        assertNull(complaint.get("resolvedAt"), "not answered yet");
        assertNull(complaint.get("workingDaysLate"), "a yellow card is not late");
        assertNotNull(complaint.get("warnedAt"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void eachCardsTracesNameTheirPlaceInThePublicLogOnceIntegrated() {
        StoredFindings.integrateAll(log, heads);
        Map<String, Object> card = cardOf(cards(Map.of("section", OTHER)), "decision/" + DECISION);
        List<Map<String, Object>> traces = (List<Map<String, Object>>) card.get("traces");
        assertEquals(2, traces.size(), "the overdue flag and the publication");
        for (Map<String, Object> t : traces) {
            long traceId = ((Number) t.get("traceId")).longValue();
            Number leaf = (Number) t.get("leafIndex");
            assertNotNull(leaf, "trace " + traceId + " was integrated: its leaf index must be shown");
            assertEquals(count("select leaf_index from log_leaf where trace_entry_id = " + traceId), leaf.longValue(),
                    "the leaf index is the one log_leaf holds for trace " + traceId);
        }
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void aDisclosureNamesTheSectionOfWhoActedAndIsCountedLateInWorkingDays() {
        Map<String, Object> card = cardOf(cards(Map.of("section", OTHER)), "decision/" + DECISION);
        assertEquals("RED", card.get("color"));
        assertEquals("disclosure-service", card.get("source"));
        assertEquals(OTHER, card.get("section"), "the decision names no section: the one of the staff member who received it");
        assertEquals(LEGAL, card.get("person"));
        assertEquals(3, card.get("workingDaysLate"), "11, 12 and 13 November");
        assertEquals(OffsetDateTime.parse("2026-11-13T02:00:00Z"), OffsetDateTime.parse((String) card.get("resolvedAt")));
    }

    @Test
    @TestSecurity(user = "leader", roles = "leader")
    void lateWorkingDaysAreCountedOnTheHolidayNoticeTheTracesHold() {
        Map<String, Object> card = cardOf(cards(Map.of("section", SECTION, "color", "RED")), "obligation/" + OBLIGATION);
        assertEquals("LAW_CHANGE_OBLIGATION", card.get("kind"));
        assertEquals(2, card.get("workingDaysLate"),
                "8 and 9 January 2031 only: the notice traced by adjustment-service gave 6 and 7 January off (4 weekdays otherwise)");
    }

    @Test
    @TestSecurity(user = "leader", roles = "leader")
    void cardsAreFoundByColourPersonAndDueDate() {
        assertEquals(Set.of("request/" + REQUEST, "obligation/" + OBLIGATION),
                Set.copyOf(cards(Map.of("section", SECTION, "color", "RED")).getList("subject", String.class)), "the red ones");
        assertEquals(List.of("case/" + CASE), cards(Map.of("section", SECTION, "color", "YELLOW")).getList("subject", String.class));
        assertEquals(List.of("case/" + CASE), cards(Map.of("person", HANDLER)).getList("subject", String.class), "the handler's");
        assertEquals(List.of("case/" + CASE), cards(Map.of("section", SECTION, "from", "2026-11-01", "to", "2026-11-30"))
                .getList("subject", String.class), "due in November (both days included)");
        assertEquals(List.of("request/" + REQUEST), cards(Map.of("section", SECTION, "from", "2026-09-30", "to", "2026-09-30"))
                .getList("subject", String.class), "due on the day");
    }

    @Test
    @TestSecurity(user = "leader", roles = "leader")
    void theSummaryCountsCardsPerMonthOfTheDueDateAndSection() {
        List<Map<String, Object>> rows = given().queryParam("from", "2026-09-01").queryParam("to", "2026-12-31")
                .get("/api/v1/oversight/cards/summary").then().statusCode(200).extract().jsonPath().getList("");
        List<Map<String, Object>> ours = rows.stream().filter(r -> SECTION.equals(r.get("section")) || OTHER.equals(r.get("section")))
                .toList();
        assertEquals(List.of(
                Map.of("month", "2026-09", "section", SECTION, "yellow", 0, "red", 1, "resolved", 1),
                Map.of("month", "2026-11", "section", SECTION, "yellow", 1, "red", 0, "resolved", 0),
                Map.of("month", "2026-11", "section", OTHER, "yellow", 0, "red", 1, "resolved", 1)), ours,
                "per month of the due date and section; the 2031 obligation is outside the period");
    }

    @Test
    @TestSecurity(user = CLERK, roles = "clerk", attributes = @SecurityAttribute(key = "section", value = SECTION))
    void aSectionsClerkSeesOnlyItsOwnSectionsCards() {
        JsonPath own = cards(Map.of());
        assertTrue(own.getList("section", String.class).stream().allMatch(SECTION::equals),
                "a clerk sees only the cards of the clerk's section: " + own.getList("section"));
        assertEquals(Set.of("request/" + REQUEST, "case/" + CASE, "obligation/" + OBLIGATION), Set.copyOf(own.getList("subject", String.class)));
        given().queryParam("section", OTHER).get("/api/v1/oversight/cards").then().statusCode(403)
                .contentType("application/problem+json").body("titleZh", equalTo("无权查看"));
        Set<String> summarised = given().get("/api/v1/oversight/cards/summary").then().statusCode(200).extract().jsonPath()
                .getList("section", String.class).stream().collect(Collectors.toSet());
        assertEquals(Set.of(SECTION), summarised, "the summary, too, is of the clerk's own section only");
    }

    @Test
    @TestSecurity(user = "head-ovs", roles = "section-head", attributes = @SecurityAttribute(key = "section", value = OTHER))
    void aSectionHeadSeesTheirSectionsCardsAndNotAnothers() {
        assertEquals(List.of("decision/" + DECISION), cards(Map.of()).getList("subject", String.class));
        given().queryParam("section", SECTION).get("/api/v1/oversight/cards").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "clerk-without-section", roles = "clerk")
    void staffWithoutASectionSeeNoCards() {
        given().get("/api/v1/oversight/cards").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "handler", roles = "complaint-handler", attributes = @SecurityAttribute(key = "section", value = "office"))
    void otherRolesSeeNoCards() {
        given().get("/api/v1/oversight/cards").then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/oversight/cards/summary").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void aMalformedDayIsRefusedNamingTheParameter() {
        given().queryParam("from", "2026-02-30").get("/api/v1/oversight/cards").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        given().queryParam("from", "2026-12-01").queryParam("to", "2026-11-01").get("/api/v1/oversight/cards").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().queryParam("color", "GREEN").get("/api/v1/oversight/cards").then().statusCode(400);
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object r = em.createNativeQuery(sql).getSingleResult();
            return r == null ? -1 : ((Number) r).longValue();
        });
    }
}
