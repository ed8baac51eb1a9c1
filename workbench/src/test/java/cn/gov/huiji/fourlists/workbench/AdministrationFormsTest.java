package cn.gov.huiji.fourlists.workbench;

import cn.gov.huiji.fourlists.workbench.service.CalendarRevisions;
import cn.gov.huiji.fourlists.workbench.service.ChannelsForm;
import cn.gov.huiji.fourlists.workbench.service.HolidayNoticeForm;
import cn.gov.huiji.fourlists.workbench.service.LegalInbox;
import cn.gov.huiji.fourlists.workbench.service.SectionForm;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin's sections, complaint channels and holiday notices, and the legal inbox, as forms and tables. */
class AdministrationFormsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aYearsNoticeBecomesItsRangesOfDaysOffAndItsWeekendWorkingDays() throws Exception {
        var parsed = new HolidayNoticeForm(" 2027 ", "国务院办公厅关于2027年部分节假日安排的通知", """
                2027-01-01
                2027-10-01 至 2027-10-07

                2027-2-6~2027-2-12""", "2027-09-26，2027-10-09").parse();
        assertEquals(List.of(), parsed.problems());
        assertEquals(2027, parsed.year(), "the year goes into the path as well");
        assertEquals(JSON.readTree("""
                {"year":2027,"document":"国务院办公厅关于2027年部分节假日安排的通知",
                 "daysOff":[["2027-01-01","2027-01-01"],["2027-10-01","2027-10-07"],["2027-02-06","2027-02-12"]],
                 "workingWeekendDays":["2027-09-26","2027-10-09"]}"""), parsed.body(), "a single day is a range of one day");
    }

    @Test
    void whatCannotBeANoticeIsSaidLineByLineInChinese() {
        var parsed = new HolidayNoticeForm("2027", "通知", """
                2027-10-07 至 2027-10-01
                国庆节
                2028-01-01
                2027-02-30""", "2027-09-27, 2027-10-02").parse();
        assertEquals(List.of("放假安排第 1 行的结束日早于起始日。",
                "放假安排第 2 行有无法识别的内容“国庆节”，日期请写作 YYYY-MM-DD。",
                "放假安排第 3 行不在 2027 年内（跨年的假期请分别在各年度的通知中载入）。",
                "放假安排第 4 行的“2027-02-30”不是有效日期。",
                "调休上班日 2027-09-27 是星期一，不是周末。"), parsed.problems());
        assertTrue(new HolidayNoticeForm("二〇二七", "通知", "", "").parse().problems().contains("年度应为四位数字，例如 2027。"));
        assertEquals(List.of("调休上班日 2027-10-02 同时列在放假安排中。"),
                new HolidayNoticeForm("2027", "通知", "2027-10-01 至 2027-10-07", "2027-10-02").parse().problems());
    }

    @Test
    void theChannelsAreSentInTheirOrderAndAnEmptyOneIsNotPublished() throws Exception {
        Map<String, ChannelsForm.Entry> typed = new LinkedHashMap<>();
        typed.put("EMAIL", new ChannelsForm.Entry(" hjajj@example.gov.cn ", ""));
        typed.put("PHONE", new ChannelsForm.Entry("0371-63000000", "工作日 8:30-12:00"));
        typed.put("ONLINE_FORM", new ChannelsForm.Entry("  ", "全天"));
        assertEquals(JSON.readTree("""
                [{"kind":"PHONE","value":"0371-63000000","serviceHours":"工作日 8:30-12:00"},{"kind":"EMAIL","value":"hjajj@example.gov.cn"}]"""),
                ChannelsForm.toJson(typed));
        var lines = ChannelsForm.lines(JSON.readTree("""
                [{"kind":"FAX","value":"0371-63000001","serviceHours":null}]"""));
        assertEquals(5, lines.size(), "every kind of channel has its line, published or not");
        assertEquals(new ChannelsForm.Line("FAX", "传真", "0371-63000001", ""), lines.get(1));
    }

    @Test
    void aSectionCodeGoesIntoThePathSoItIsCheckedFirst() throws Exception {
        assertEquals(List.of("科室编码应为 2 至 64 位小写字母、数字或连字符，例如 hazchem。"), new SectionForm("危化科/1", "危化科", "").problems());
        SectionForm ok = new SectionForm(" hazchem ", " 危险化学品安全监督管理科 ", "");
        assertTrue(ok.problems().isEmpty());
        assertEquals("hazchem", ok.trimmedCode());
        assertEquals(JSON.readTree("{\"name\":\"危险化学品安全监督管理科\"}"), ok.toJson());
    }

    @Test
    void theRevisionsNewestFirstWithTheirDaysAsPeopleReadThem() throws Exception {
        var revisions = CalendarRevisions.of(JSON.readTree("""
                [{"year":2026,"document":"国办发明电〔2025〕7号","revision":1,"calendarVersion":"cal-r1","loadedAt":"2025-11-04T02:00:00Z",
                  "notice":{"year":2026,"daysOff":[["2026-01-01","2026-01-03"],["2026-04-05","2026-04-05"]],"workingWeekendDays":["2026-01-04"]}},
                 {"year":2027,"document":"国办发明电〔2026〕9号","revision":2,"calendarVersion":"cal-r2","loadedAt":"2026-11-10T09:30:00.123+08:00",
                  "notice":{"year":2027,"daysOff":[],"workingWeekendDays":[]}}]"""));
        assertEquals(List.of("cal-r2", "cal-r1"), revisions.stream().map(CalendarRevisions.Revision::calendarVersion).toList());
        assertEquals("2025-11-04 10:00:00", revisions.get(1).loadedAt(), "the bureau's time, not UTC");
        assertEquals(List.of("2026-01-01 至 2026-01-03", "2026-04-05"), revisions.get(1).daysOff());
    }

    @Test
    void theDueDatesALoadCountedAgainAreNamedInChineseWithTheSectionsNames() throws Exception {
        var rows = CalendarRevisions.recomputed(JSON.readTree("""
                {"calendarVersion":"cal-r3","years":[2027],"recomputed":[
                  {"kind":"REQUEST","id":"r-1","itemCode":"410108-AJ-CF-001","section":"hazchem","previousDueDate":"2027-01-04",
                   "dueDate":"2027-01-06","calendarVersion":"cal-r3"},
                  {"kind":"OBLIGATION","id":"o-1","itemCode":"410108-AJ-XK-002","section":"enforcement-brigade",
                   "previousDueDate":"2027-01-05","dueDate":"2027-01-07","calendarVersion":"cal-r3"}]}"""),
                Map.of("hazchem", "危险化学品安全监督管理科"));
        assertEquals(List.of(
                new CalendarRevisions.Recomputed("调整申请", "410108-AJ-CF-001", "r-1", "危险化学品安全监督管理科", "2027-01-04", "2027-01-06", "cal-r3"),
                new CalendarRevisions.Recomputed("调整义务", "410108-AJ-XK-002", null, "enforcement-brigade", "2027-01-05", "2027-01-07", "cal-r3")),
                rows, "a request names itself, an obligation only its item; an unknown section keeps its code");
        assertEquals(List.of(), CalendarRevisions.recomputed(JSON.readTree("{\"calendarVersion\":\"cal-r4\",\"recomputed\":[]}"), Map.of()),
                "nothing recomputed is an empty list, which the page says in words");
        assertEquals(null, CalendarRevisions.recomputed(JSON.readTree("{\"calendarVersion\":\"cal-r4\",\"years\":[2027]}"), Map.of()),
                "an answer that does not list them must not read as \"none\"");
    }

    @Test
    void theLegalInboxOpensEachSuggestionOnItsCasePage() throws Exception {
        var inbox = LegalInbox.of(JSON.readTree("""
                [{"caseNo":"JY-2026-000004","kind":"SUGGESTION","subjectKind":"ITEM","subjectRef":"410108-AJ-XK-002",
                  "content":"建议将承诺时限由20个工作日缩短为10个工作日。","state":"RECEIVED","stateName":"待受理","receivedAt":"2026-03-01T17:30:00Z"},
                 {"caseNo":"JY-2026-000003","subjectKind":"LISTS","content":"%s","stateName":"已受理","receivedAt":"2026-02-01T01:00:00Z"}]"""
                .formatted("清".repeat(100))));
        assertEquals("/cases/JY-2026-000004", inbox.get(0).link());
        assertEquals("事项 410108-AJ-XK-002", inbox.get(0).about());
        assertEquals("2026-03-02", inbox.get(0).receivedOn(), "17:30 UTC is the next morning in Zhengzhou");
        assertEquals("清单的制定和运行", inbox.get(1).about());
        assertEquals("清".repeat(100), inbox.get(1).content(), "all of it: the legal section cannot open the case record");
    }
}
