package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 投诉举报 queue: complaint-service's pages as rows, and the due filter it lacks worked out from each pending step's limit. */
class CaseQueueTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    static final Map<String, String> KINDS = Map.of("COMPLAINT", "投诉", "REPORT", "举报", "SUGGESTION", "意见建议");
    static final Map<String, String> SUBJECTS = Map.of("ITEM", "清单事项", "SECTION", "科室（队）");
    /** As complaint-service's GET /case-kinds names them. */
    static final Map<String, String> STATES = Map.of("RECEIVED", "已接收", "ACCEPTED", "已受理", "ASSIGNED", "办理中",
            "ANSWERED", "已答复", "CLOSED", "已办结");
    static final Map<String, String> SECTIONS = Map.of("hazchem", "危险化学品监管科");

    /** A fake complaint-service: its cases by state, paged as GET /api/v1/cases pages them; remembers every call. */
    static final class Service implements CaseQueue.Source {
        final Map<String, List<JsonNode>> byState;
        final List<String> calls = new ArrayList<>();

        Service(Map<String, List<JsonNode>> byState) {
            this.byState = byState;
        }

        @Override
        public JsonNode page(String state, int page, int size) {
            calls.add(state + "/" + page + "/" + size);
            List<JsonNode> all = new ArrayList<>();
            byState.forEach((s, cases) -> {
                if (state == null || s.equals(state)) {
                    all.addAll(cases);
                }
            });
            ObjectNode answer = JSON.createObjectNode().put("page", page).put("size", size).put("total", all.size());
            ArrayNode items = answer.putArray("items");
            all.stream().skip((long) page * size).limit(size).forEach(items::add);
            return answer;
        }
    }

    static JsonNode summary(String caseNo, String state, String acceptDue, String answerDue) {
        ObjectNode c = JSON.createObjectNode().put("caseNo", caseNo).put("kind", "COMPLAINT").put("subjectKind", "ITEM")
                .put("subjectRef", "410108-AJ-XK-002").put("state", state).put("receivedAt", "2026-12-01T17:30:00Z")
                .put("acceptDue", acceptDue);
        c.put("answerDue", answerDue);
        return c;
    }

    static CaseQueue.View load(CaseQueue.Filter filter, Service service) {
        return CaseQueue.load(filter, service, KINDS, SUBJECTS, STATES, SECTIONS, TODAY);
    }

    @Test
    void withoutADueFilterComplaintServicePagesAndEachRowSaysWhatWaitsAndUntilWhen() {
        ObjectNode assigned = (ObjectNode) summary("TS-2026-000002", "ASSIGNED", "2026-11-20", "2027-01-20");
        assigned.put("section", "hazchem");
        Service service = new Service(Map.of("RECEIVED", List.of(summary("TS-2026-000001", "RECEIVED", "2026-12-04", null)),
                "ASSIGNED", List.of(assigned)));

        CaseQueue.View view = load(CaseQueue.Filter.of(null, null, null, "ALL", "0"), service);

        assertEquals(List.of("null/0/20"), service.calls, "one page of 20 from complaint-service, no state asked");
        assertEquals(2, view.total());
        CaseQueue.Row received = view.rows().stream().filter(r -> r.caseNo().equals("TS-2026-000001")).findFirst().orElseThrow();
        assertEquals("投诉", received.kindName());
        assertEquals("清单事项 410108-AJ-XK-002", received.subject());
        assertEquals("已接收", received.stateName(), "complaint-service's state in Chinese");
        assertEquals(LocalDate.of(2026, 12, 2), received.receivedOn(), "17:30 UTC is the next morning in Beijing");
        assertEquals("受理", received.step(), "a received case waits for the acceptance decision");
        assertTrue(received.dueToday() && !received.overdue(), received.toString());
        assertEquals("/cases/TS-2026-000001", received.link());
        assertNull(received.sectionName(), "not yet assigned");
        CaseQueue.Row inHand = view.rows().stream().filter(r -> r.caseNo().equals("TS-2026-000002")).findFirst().orElseThrow();
        assertEquals("答复", inHand.step(), "an assigned case waits for the answer, whatever its acceptance limit was");
        assertEquals(LocalDate.of(2027, 1, 20), inHand.due());
        assertEquals("危险化学品监管科", inHand.sectionName(), "the section's name from list-service");
    }

    @Test
    void overdueReadsEveryOpenStateWholeAndKeepsTheCasesWhosePendingLimitHasPassedSoonestFirst() {
        Service service = new Service(Map.of(
                "RECEIVED", List.of(summary("TS-2026-000001", "RECEIVED", "2026-12-03", null),
                        summary("TS-2026-000002", "RECEIVED", "2026-12-04", null)),
                "ACCEPTED", List.of(summary("JB-2026-000003", "ACCEPTED", "2026-11-01", "2026-11-30")),
                "ASSIGNED", List.of(summary("TS-2026-000004", "ASSIGNED", "2026-10-01", "2026-12-10")),
                "CLOSED", List.of(summary("TS-2026-000005", "CLOSED", "2026-10-01", "2026-11-01"))));

        CaseQueue.View view = load(CaseQueue.Filter.of(null, null, null, "OVERDUE", null), service);

        assertEquals(List.of("JB-2026-000003", "TS-2026-000001"), view.rows().stream().map(CaseQueue.Row::caseNo).toList(),
                "overdue: the acceptance limit while received, the answer limit once accepted; closed cases have no limit running");
        assertEquals(List.of("RECEIVED/0/200", "ACCEPTED/0/200", "ASSIGNED/0/200"), service.calls,
                "only the open states are read, at complaint-service's largest page");
        assertTrue(view.rows().stream().allMatch(CaseQueue.Row::overdue));
        assertFalse(view.truncated());
    }

    @Test
    void dueTodayKeepsOnlyTheCasesWhoseLimitIsToday() {
        Service service = new Service(Map.of(
                "RECEIVED", List.of(summary("TS-2026-000001", "RECEIVED", "2026-12-03", null),
                        summary("TS-2026-000002", "RECEIVED", "2026-12-04", null)),
                "ASSIGNED", List.of(summary("TS-2026-000004", "ASSIGNED", "2026-10-01", "2026-12-04"))));

        CaseQueue.View view = load(CaseQueue.Filter.of(null, null, null, "DUE_TODAY", null), service);

        assertEquals(List.of("TS-2026-000002", "TS-2026-000004"), view.rows().stream().map(CaseQueue.Row::caseNo).toList());
    }

    @Test
    void aDueFilterOnAStateWithoutARunningLimitFindsNothingAndAsksNothing() {
        Service service = new Service(Map.of("CLOSED", List.of(summary("TS-2026-000005", "CLOSED", "2026-10-01", "2026-11-01"))));

        CaseQueue.View view = load(CaseQueue.Filter.of("CLOSED", null, null, "OVERDUE", null), service);

        assertTrue(view.rows().isEmpty(), "a closed case is never overdue");
        assertEquals(List.of(), service.calls);
    }

    @Test
    void aDueFilterReadsAllOfComplaintServicesPagesThenPagesTheMatchesItself() {
        List<JsonNode> many = new ArrayList<>();
        for (int i = 1; i <= 450; i++) {
            many.add(summary(String.format("TS-2026-%06d", i), "RECEIVED", "2026-11-%02d".formatted(1 + i % 28), null));
        }
        Service service = new Service(Map.of("RECEIVED", many));

        CaseQueue.View second = load(CaseQueue.Filter.of("RECEIVED", null, null, "OVERDUE", "1"), service);

        assertEquals(List.of("RECEIVED/0/200", "RECEIVED/1/200", "RECEIVED/2/200"), service.calls, "450 cases are three pages of 200");
        assertEquals(450, second.total(), "every case was due in November");
        assertEquals(CaseQueue.PAGE_SIZE, second.rows().size());
        assertEquals(23, second.pages());
        assertTrue(second.hasPrevious() && second.hasNext());
        assertTrue(second.rows().get(0).due().compareTo(second.rows().get(19).due()) <= 0, "soonest limit first");
    }

    @Test
    void aMalformedFilterValueCountsAsAllAndNothingElseReachesComplaintService() {
        // a well-formed code goes on: complaint-service, which names the states, refuses one it does not know
        CaseQueue.Filter f = CaseQueue.Filter.of("CLOSED' OR 1=1", "x;y", "a b", "SOON", "-1");
        assertNull(f.state());
        assertNull(f.kind());
        assertNull(f.section());
        assertEquals(CaseQueue.Due.ALL, f.due());
        assertEquals(0, f.page());

        CaseQueue.Filter kept = CaseQueue.Filter.of("ASSIGNED", "REPORT", "hazchem", "DUE_TODAY", "2");
        assertEquals("?due=DUE_TODAY&state=ASSIGNED&kind=REPORT&section=hazchem&page=3", kept.query(3),
                "the pager keeps the filter");
    }

    @Test
    void onlyHandlersDisciplineAndLeadersSeeEveryCaseASectionSeesItsOwn() {
        assertTrue(CaseQueue.seesAllCases(Set.of("complaint-handler")));
        assertTrue(CaseQueue.seesAllCases(Set.of("discipline")));
        assertTrue(CaseQueue.seesAllCases(Set.of("leader")));
        assertFalse(CaseQueue.seesAllCases(Set.of("section-head")));
        assertFalse(CaseQueue.seesAllCases(Set.of("clerk")));
    }
}
