package cn.gov.huiji.fourlists.workbench;

import cn.gov.huiji.fourlists.workbench.service.Notice;
import cn.gov.huiji.fourlists.workbench.service.NotificationRules;
import cn.gov.huiji.fourlists.workbench.service.Recipient;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Art. 8 (双公示): a decision must be public within 7 working days of its decision date, and only the legal section
 * publishes — so it hears a working day before the limit and once the limit has passed, with a link to the decision.
 */
class DisclosureNotificationRulesTest {

    static final String ID = "6a2f4c1e-8b3d-4e7a-9c5f-1d2e3f4a5b6c";
    /** disclosure-service's DecisionChanged, as the kernel's contract gives it. */
    static final String PENALTY = """
            {"id":"%s","kind":"PENALTY","version":1,"documentNo":"惠安监罚〔2025〕18号","decisionDate":"2025-09-26",
             "partyName":"郑州市惠济区某某化工有限公司","partyCategory":"LEGAL_ENTITY","partyCreditCode":"91410108MA44XRNB25",
             "itemCode":"410108-AJ-CF-001","state":"RECEIVED","dueDate":"2025-10-16","calendarVersion":"cal-r1","disclosureEnd":"2026-09-26"}"""
            .formatted(ID);
    static final String LICENSING = """
            {"id":"%s","kind":"LICENSING","version":1,"documentNo":"惠安监许〔2026〕7号","decisionDate":"2026-03-02",
             "partyName":"张某某","partyCategory":"NATURAL_PERSON","itemCode":"410108-AJ-XK-001","state":"RECEIVED",
             "dueDate":"2026-03-11","calendarVersion":"cal-r1"}""".formatted(ID);

    static List<Notice> notices(String type, String data) throws Exception {
        return NotificationRules.of(NotificationRulesTest.event(type, data), id -> Optional.empty());
    }

    @Test
    void aPenaltyDecisionDueTomorrowAndNotYetPublicTellsTheLegalSection() throws Exception {
        List<Notice> n = notices("fourlists.disclosure.deadline.warned", PENALTY);
        assertEquals(List.of(Recipient.role("legal")), n.stream().map(Notice::to).toList(), "the legal section, which alone publishes");
        assertEquals("行政处罚决定 惠安监罚〔2025〕18号 明日到期未公示", n.get(0).title());
        assertTrue(n.get(0).text().contains("七个工作日内公示") && n.get(0).text().contains("2025-10-16")
                && n.get(0).text().contains("cal-r1"), "the limit, its due date and the calendar it was counted on: " + n.get(0).text());
        assertTrue(n.get(0).text().contains("国家秘密、商业秘密和个人隐私"), "what to check before publishing (Art. 8): " + n.get(0).text());
        assertEquals("/decisions/" + ID, n.get(0).link(), "the link opens the decision with its 公示 button");
        assertEquals(LocalDate.parse("2025-10-16"), n.get(0).due());
    }

    @Test
    void aLicensingDecisionPastItsLimitIsFlaggedAsOverdue() throws Exception {
        List<Notice> n = notices("fourlists.disclosure.deadline.missed", LICENSING);
        assertEquals(List.of(Recipient.role("legal")), n.stream().map(Notice::to).toList());
        assertEquals("行政许可决定 惠安监许〔2026〕7号 已逾期未公示", n.get(0).title());
        assertTrue(n.get(0).text().contains("已逾期") && n.get(0).text().contains("2026-03-11"), n.get(0).text());
        assertEquals("/decisions/" + ID, n.get(0).link());
    }

    @Test
    void theOtherStepsOfADisclosureAskNothingOfAnyone() throws Exception {
        for (String step : List.of("decision.received", "decision.corrected", "decision.published", "decision.expired",
                "decision.cancelled", "decision.restored")) {
            assertEquals(List.of(), notices("fourlists.disclosure." + step, PENALTY), step + " notifies no one");
        }
    }
}
