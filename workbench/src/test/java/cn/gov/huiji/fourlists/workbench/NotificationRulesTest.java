package cn.gov.huiji.fourlists.workbench;

import cn.gov.huiji.fourlists.workbench.service.Notice;
import cn.gov.huiji.fourlists.workbench.service.NotificationRules;
import cn.gov.huiji.fourlists.workbench.service.Recipient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every event that asks someone to act notifies the right user, section or role — and no one else. */
class NotificationRulesTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode event(String type, String data) throws Exception {
        return JSON.readTree("{\"id\":\"e1\",\"type\":\"" + type + "\",\"actorid\":\"legal\",\"data\":" + data + "}");
    }

    static List<Notice> notices(String type, String data) throws Exception {
        return NotificationRules.of(event(type, data), id -> id.equals("r1") ? Optional.of("clerk") : Optional.empty());
    }

    @Test
    void aReturnedRequestGoesBackToItsDrafterWithTheNewDueDate() throws Exception {
        List<Notice> n = notices("fourlists.adjustment.request.returned", """
                {"requestId":"r1","action":"RETURN","from":"SUBMITTED","to":"RETURNED","section":"hazchem","targetItemCode":"410108-AJ-CF-001","dueDate":"2026-12-08","calendarVersion":"cal-r1"}""");
        assertEquals(1, n.size());
        assertEquals(Recipient.user("clerk"), n.get(0).to(), "the drafter, not the whole section");
        assertTrue(n.get(0).title().contains("退回"), n.get(0).title());
        assertEquals(LocalDate.parse("2026-12-08"), n.get(0).due());
        assertTrue(n.get(0).text().contains("2026-12-08") && n.get(0).text().contains("cal-r1"), "due date and calendar version: " + n.get(0).text());
        assertEquals("/requests/r1", n.get(0).link());
    }

    @Test
    void aRequestWhoseDrafterTheWorkbenchNeverSawGoesBackToItsSection() throws Exception {
        List<Notice> n = notices("fourlists.adjustment.request.sent-back", """
                {"requestId":"r9","section":"hazchem","dueDate":"2026-12-08"}""");
        assertEquals(Recipient.section("hazchem"), n.get(0).to());
    }

    @Test
    void eachStageOfArticle26NotifiesTheRoleThatActsNext() throws Exception {
        assertEquals(Recipient.role("legal"), notices("fourlists.adjustment.request.submitted", "{\"requestId\":\"r1\"}").get(0).to());
        assertEquals(Recipient.role("leader"), notices("fourlists.adjustment.request.review-passed", "{\"requestId\":\"r1\"}").get(0).to());
        assertEquals(Recipient.role("legal"), notices("fourlists.adjustment.request.approved", "{\"requestId\":\"r1\"}").get(0).to());
        assertEquals(Recipient.role("district-office"), notices("fourlists.adjustment.request.reported", "{\"requestId\":\"r1\"}").get(0).to());
        assertEquals(Recipient.role("legal"), notices("fourlists.adjustment.request.confirmed", "{\"requestId\":\"r1\"}").get(0).to());
        assertEquals(Recipient.user("clerk"), notices("fourlists.adjustment.request.published", "{\"requestId\":\"r1\"}").get(0).to());
    }

    @Test
    void aDeadlineWarningGoesToWhoeverHoldsTheRequestNow() throws Exception {
        assertEquals(Recipient.role("leader"), notices("fourlists.adjustment.deadline.warned",
                "{\"requestId\":\"r1\",\"state\":\"STUDY\",\"section\":\"hazchem\",\"dueDate\":\"2026-12-08\"}").get(0).to());
        assertEquals(Recipient.section("hazchem"), notices("fourlists.adjustment.deadline.missed",
                "{\"requestId\":\"r1\",\"state\":\"RETURNED\",\"section\":\"hazchem\",\"dueDate\":\"2026-12-08\"}").get(0).to());
    }

    @Test
    void aLawChangeObligesTheSectionAndLinksToADraftForTheItem() throws Exception {
        Notice n = notices("fourlists.adjustment.obligation.opened", """
                {"obligationId":"o1","law":"中华人民共和国安全生产法","itemCode":"410108-AJ-CF-001","section":"hazchem","dueDate":"2026-12-09"}""").get(0);
        assertEquals(Recipient.section("hazchem"), n.to());
        assertEquals("/requests/new?obligation=o1&item=410108-AJ-CF-001&change=MODIFY", n.link());
        List<Notice> missed = notices("fourlists.adjustment.obligation.missed", "{\"obligationId\":\"o1\",\"itemCode\":\"X\",\"section\":\"hazchem\"}");
        assertEquals(List.of(Recipient.section("hazchem"), Recipient.role("legal")), missed.stream().map(Notice::to).toList(),
                "a missed obligation tells the section and the legal section, which leads the regime (Art. 24)");
    }

    @Test
    void aCaseWaitsForTheHandlersUntilItIsAssignedThenForTheSection() throws Exception {
        assertEquals(Recipient.role("complaint-handler"), notices("fourlists.complaint.case.received",
                "{\"caseNo\":\"TS-2026-000001\",\"state\":\"RECEIVED\",\"due\":\"2026-12-07\"}").get(0).to());
        assertEquals(Recipient.section("hazchem"), notices("fourlists.complaint.case.assigned",
                "{\"caseNo\":\"TS-2026-000001\",\"state\":\"ASSIGNED\",\"section\":\"hazchem\"}").get(0).to());
        assertEquals(Recipient.section("hazchem"), notices("fourlists.complaint.case.deadline-warned",
                "{\"caseNo\":\"TS-2026-000001\",\"state\":\"ASSIGNED\",\"section\":\"hazchem\"}").get(0).to());
        assertEquals(Recipient.role("complaint-handler"), notices("fourlists.complaint.case.deadline-missed",
                "{\"caseNo\":\"TS-2026-000001\",\"state\":\"RECEIVED\"}").get(0).to());
    }

    @Test
    void eventsThatAskNothingOfAnyoneNotifyNoOne() throws Exception {
        assertEquals(List.of(), notices("fourlists.complaint.case.identity-revealed", "{\"caseNo\":\"TS-2026-000001\"}"),
                "a reveal is recorded for the discipline group, not announced");
        assertEquals(List.of(), notices("fourlists.adjustment.request.drafted", "{\"requestId\":\"r1\"}"));
        assertEquals(List.of(), notices("fourlists.list.item.published", "{}"));
    }

    @Test
    void aSectionNoticeReachesOnlyThatSectionsClerksAndHead() {
        Recipient hazchem = Recipient.section("hazchem");
        assertTrue(hazchem.reaches("clerk", List.of("clerk"), "hazchem"));
        assertTrue(hazchem.reaches("head", List.of("section-head"), "hazchem"));
        assertTrue(!hazchem.reaches("clerk2", List.of("clerk"), "general-supervision"), "another section's clerk");
        assertTrue(!hazchem.reaches("auditor", List.of("auditor"), "hazchem"), "a member of the section without a section role");
    }
}
