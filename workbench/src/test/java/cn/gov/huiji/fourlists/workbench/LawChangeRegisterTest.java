package cn.gov.huiji.fourlists.workbench;

import cn.gov.huiji.fourlists.workbench.service.LawChangeForm;
import cn.gov.huiji.fourlists.workbench.service.Obligations;
import cn.gov.huiji.fourlists.workbench.service.ProblemText;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-LIST-10 (Art. 25(2), 26(1), 29): a law amended or repealed, the items citing it and each section's obligation. */
class LawChangeRegisterTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theFormBecomesTheBodyAdjustmentServiceTakesTrimmedAndWithoutEmptyFields() throws Exception {
        var body = new LawChangeForm(" 《中华人民共和国安全生产法》 ", " ", "AMENDED", "2021-09-01", "  ").toJson();
        assertEquals(JSON.readTree("""
                {"lawTitle":"《中华人民共和国安全生产法》","kind":"AMENDED","effective":"2021-09-01"}"""), body,
                "an empty document is left out so the service says it is missing, and an empty version so every version matches");
        assertTrue(new LawChangeForm("安全生产法", null, "REPEALED", "2021-09-01", "主席令第八十八号").problems().isEmpty());
    }

    @Test
    void theVersionTheChangeAmendsIsSentSoOnlyItemsCitingItOrNoVersionOweAnAdjustment() throws Exception {
        var body = new LawChangeForm("安全生产法", " 2014年8月31日修正 ", "AMENDED", "2021-09-01", "主席令第八十八号").toJson();
        assertEquals(JSON.readTree("""
                {"lawTitle":"安全生产法","amendedVersion":"2014年8月31日修正","kind":"AMENDED","effective":"2021-09-01",
                 "document":"主席令第八十八号"}"""), body, "the version goes to adjustment-service as amendedVersion, trimmed");
    }

    @Test
    void aDateThatIsNotADateIsSaidInChineseBeforeAnythingIsSent() {
        assertEquals(List.of("施行日期应为 YYYY-MM-DD 格式的日期，例如 2021-09-01。"),
                new LawChangeForm("安全生产法", null, "AMENDED", "2021-02-30", "主席令第八十八号").problems());
    }

    @Test
    void eachObligationNamesItsSectionAndStateAndLinksToTheDraftOfItsRequest() throws Exception {
        var obligations = JSON.readTree("""
                [{"id":"7d1c0000-0000-0000-0000-000000000001","lawChangeId":"c1","itemCode":"410108-AJ-XK-002","section":"hazchem",
                  "dueDate":"2026-12-10","calendarVersion":"cal-r3","state":"OPEN","requestId":null,"overdue":true,
                  "law":"安全生产法","dueFrom":"2026-12-07"},
                 {"id":"7d1c0000-0000-0000-0000-000000000002","lawChangeId":"c1","itemCode":"410108-AJ-CF-001","section":"general-supervision",
                  "dueDate":"2027-01-06","calendarVersion":"provisional","state":"FULFILLED","requestId":"r-9","overdue":false,
                  "law":"安全生产法","amendedVersion":"2014年8月31日修正","dueFrom":null}]""");
        List<Obligations.Row> rows = Obligations.rows(obligations, Map.of("hazchem", "危险化学品安全监督管理科"),
                Map.of("410108-AJ-XK-002", "烟花爆竹经营（零售）许可"));
        Obligations.Row open = rows.get(0);
        assertEquals("/requests/new?obligation=7d1c0000-0000-0000-0000-000000000001&item=410108-AJ-XK-002&change=MODIFY",
                open.draftLink(), "the lead's drafting form, filled in for this obligation's item");
        assertEquals("危险化学品安全监督管理科", open.sectionName());
        assertEquals("待提出调整申请", open.stateName());
        assertTrue(open.overdue() && !open.provisional(), open.toString());
        Obligations.Row done = rows.get(1);
        assertNull(done.draftLink(), "a fulfilled obligation is not drafted again");
        assertEquals("/requests/r-9", done.requestLink(), "it links to the request that answered it");
        assertEquals("general-supervision", done.sectionName(), "a section list-service did not name shows its code");
        assertTrue(done.provisional(), "a due date counted on weekdays only says so");
    }

    @Test
    void eachObligationNamesTheChangedLawAndTheDayItsThreeWorkingDaysRunFrom() throws Exception {
        var obligations = JSON.readTree("""
                [{"id":"a","itemCode":"X-1","section":"hazchem","dueDate":"2026-12-10","calendarVersion":"cal-r3","state":"OPEN",
                  "law":"安全生产法","dueFrom":"2026-12-07"},
                 {"id":"b","itemCode":"X-2","section":"hazchem","dueDate":"2026-12-10","calendarVersion":"cal-r3","state":"OPEN",
                  "law":"安全生产法","amendedVersion":"2014年8月31日修正","dueFrom":"2026-12-07"},
                 {"id":"c","itemCode":"X-3","section":"hazchem","dueDate":"2026-01-08","calendarVersion":"cal-r1","state":"FULFILLED",
                  "law":null,"dueFrom":null}]""");
        List<Obligations.Row> rows = Obligations.rows(obligations, Map.of(), Map.of());
        assertEquals("2026-12-07", rows.get(0).dueFrom(), "起算日: the law's effective date, or the registration when later");
        assertEquals("《安全生产法》", rows.get(0).lawCited(), "a change naming no version touches every version of the law");
        assertEquals("《安全生产法》（2014年8月31日修正）", rows.get(1).lawCited(), "the version amended is named with the law");
        assertEquals("", rows.get(2).dueFrom(), "an obligation opened before the service kept its 起算日 shows none, not \"null\"");
        assertEquals("", rows.get(2).lawCited(), "nor a law the service did not name");
    }

    @Test
    void eachSectionOwesOneRequestPerItemByItsDueDate() throws Exception {
        var obligations = JSON.readTree("""
                [{"id":"a","itemCode":"X-1","section":"hazchem","dueDate":"2026-12-10","calendarVersion":"cal-r3","state":"OPEN"},
                 {"id":"b","itemCode":"X-2","section":"office","dueDate":"2026-12-10","calendarVersion":"cal-r3","state":"OPEN"},
                 {"id":"c","itemCode":"X-3","section":"hazchem","dueDate":"2026-12-10","calendarVersion":"cal-r3","state":"OPEN"}]""");
        List<Obligations.SectionDuty> duties = Obligations.bySection(Obligations.rows(obligations, Map.of(), Map.of()));
        assertEquals(List.of(new Obligations.SectionDuty("hazchem", "hazchem", 2, "2026-12-10", false),
                new Obligations.SectionDuty("office", "office", 1, "2026-12-10", false)), duties);
    }

    @Test
    void aRefusalNamesTheFieldsByTheirLabelsOnThePage() throws Exception {
        var problem = JSON.readTree("""
                {"titleZh":"输入有误","detailZh":"以下字段有误：register.input.document, register.input.lawTitle",
                 "errors":[{"field":"register.input.document","messageZh":"不能为空"},{"field":"register.input.lawTitle","messageZh":"不能为空"}]}""");
        assertEquals("输入有误。 公布文件：不能为空。 法律法规名称：不能为空。",
                ProblemText.of(problem, 400, Map.of("document", "公布文件", "lawTitle", "法律法规名称")));
        assertEquals("您无权进行此项操作。", ProblemText.of(null, 403, Map.of()), "a refusal without a body still reads in Chinese");
    }
}
