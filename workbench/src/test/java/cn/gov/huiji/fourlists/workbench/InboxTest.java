package cn.gov.huiji.fourlists.workbench;

import cn.gov.huiji.fourlists.workbench.service.Inbox;
import cn.gov.huiji.fourlists.workbench.service.InboxItem;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 待办: adjustment steps and open cases in one list, most urgent first, each with what to do and where. */
class InboxTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void overdueFirstThenByDueDateThenThoseWithoutALimit() throws Exception {
        var tasks = JSON.readTree("""
                [{"request":{"id":"a1","summary":"烟花爆竹零售许可调整","dueDate":"2026-12-10"},"actions":["PASS_REVIEW","RETURN"],"overdue":false},
                 {"request":{"id":"a2","summary":"危化品经营许可调整"},"actions":["submit"],"overdue":false}]""");
        var cases = JSON.readTree("""
                {"items":[{"caseNo":"TS-2026-000001","state":"RECEIVED","acceptDue":"2026-12-01"},
                          {"caseNo":"TS-2026-000002","state":"ASSIGNED","answerDue":"2026-12-08"},
                          {"caseNo":"TS-2026-000003","state":"CLOSED","answerDue":"2026-11-01"}]}""");
        List<InboxItem> items = Inbox.of(tasks, cases, LocalDate.of(2026, 12, 4));
        assertEquals(List.of("/cases/TS-2026-000001", "/cases/TS-2026-000002", "/requests/a1", "/requests/a2"),
                items.stream().map(InboxItem::link).toList(), "overdue, then by due date, then without a limit; closed cases wait for no one");
        assertTrue(items.get(0).overdue() && items.get(0).step().equals("待受理"), items.get(0).toString());
        assertEquals("审查通过、退回", items.get(2).step(), "the actions the workflow allows this user, in Chinese");
        assertEquals("提交", items.get(3).step());
    }

    @Test
    void eachItemSaysHowManyWorkingDaysAreLeftOnWhichCalendarAndALawChangeObligesTheSection() throws Exception {
        var tasks = JSON.readTree("""
                [{"request":{"id":"a1","summary":"烟花爆竹零售许可调整","dueDate":"2026-12-08"},"actions":["PASS_REVIEW"],"overdue":false,
                  "workingDaysLeft":2,"calendarVersion":"cal-r3"}]""");
        var obligations = JSON.readTree("""
                [{"id":"o1","itemCode":"410108-AJ-CF-001","section":"hazchem","dueDate":"2026-12-03","calendarVersion":"cal-r3",
                  "state":"OPEN","overdue":true,"workingDaysLeft":-1},
                 {"id":"o2","itemCode":"410108-AJ-CF-002","state":"FULFILLED"}]""");
        var cases = JSON.readTree("""
                {"items":[{"caseNo":"TS-2026-000004","state":"ASSIGNED","answerDue":"2026-12-14"}]}""");
        List<InboxItem> items = Inbox.of(tasks, obligations, cases, LocalDate.of(2026, 12, 4));
        assertEquals(3, items.size(), "a fulfilled obligation waits for no one: " + items);
        InboxItem obligation = items.get(0);
        assertEquals("/requests/new?obligation=o1&item=410108-AJ-CF-001&change=MODIFY", obligation.link(), "it opens the draft for the item");
        assertEquals("已超期 1 个工作日", obligation.left());
        assertEquals("还剩 2 个工作日", items.get(1).left());
        assertEquals("cal-r3", items.get(1).calendar(), "the count names its calendar");
        assertEquals("还剩 10 日", items.get(2).left(), "an answer's limit counts calendar days (R-CMP-4)");
    }

    @Test
    void aServiceThatDidNotAnswerLeavesTheOthersWork() {
        assertEquals(List.of(), Inbox.of(null, null, LocalDate.of(2026, 12, 4)));
    }
}
