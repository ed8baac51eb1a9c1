package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 双公示 as the legal section reads it (Art. 8): how long is left of the 7 working days, which decisions are overdue,
 * and which step each decision allows — 恢复公示 only before the 公示截止期, when the daily scan withdraws it.
 */
class DecisionsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ID = "6a2f4c1e-8b3d-4e7a-9c5f-1d2e3f4a5b6c";

    /** A line of disclosure-service's staff list (DecisionSummary). */
    static JsonNode summary(String state, String extra) throws Exception {
        return JSON.readTree("""
                {"id":"%s","kind":"PENALTY","kindZh":"行政处罚","state":"%s","version":2,"documentNo":"惠安监罚〔2025〕18号",
                 "decisionDate":"2025-09-26","partyName":"郑州市惠济区某某化工有限公司","partyCategory":"LEGAL_ENTITY",
                 "itemCode":"410108-AJ-CF-001","dueDate":"2025-10-16","calendarVersion":"cal-r1","disclosureEnd":"2026-09-26"%s}"""
                .formatted(ID, state, extra));
    }

    /** disclosure-service's DecisionView: the current version's fields under current, numbers only masked. */
    static JsonNode decision(String state, String extra) throws Exception {
        return JSON.readTree("""
                {"id":"%s","kind":"PENALTY","kindZh":"行政处罚","state":"%s","version":2,"dueDate":"2025-10-16","calendarVersion":"cal-r1",
                 "dueProvisional":false,"overdue":false,"disclosureEnd":"2026-09-26","authority":"惠济区安全生产监督管理局",
                 "authorityCreditCode":"114101080051883705"%s,
                 "current":{"version":2,"partyName":"郑州市惠济区某某化工有限公司","partyCategory":"LEGAL_ENTITY",
                   "partyCreditCode":"91410108MA44XRNB25","legalRepresentative":"李某","legalRepresentativeIdType":"ID_CARD",
                   "legalRepresentativeIdNumberMasked":"4101**********1238","documentNo":"惠安监罚〔2025〕18号","decisionDate":"2025-09-26",
                   "penaltyKinds":["FINE","WARNING"],"fineYuan":2000.00,"validUntil":"2026-09-26","itemCode":"410108-AJ-CF-001"},
                 "versions":[{"version":1,"recordedBy":"integration","recordedAt":"2025-09-26T02:00:00Z"},
                             {"version":2,"recordedBy":"legal","recordedAt":"2025-09-28T08:30:00Z","reason":"决定书文号录入错误，依原件更正"}],
                 "steps":[{"action":"RECEIVE","toState":"RECEIVED","version":1,"actor":"integration","at":"2025-09-26T02:00:00Z"},
                          {"action":"CORRECT","fromState":"RECEIVED","toState":"RECEIVED","version":2,"actor":"legal",
                           "at":"2025-09-28T08:30:00Z","reason":"决定书文号录入错误，依原件更正"}]}"""
                .formatted(ID, state, extra));
    }

    static JsonNode page(JsonNode... items) {
        var page = JSON.createObjectNode();
        var array = page.putArray("items");
        for (JsonNode i : items) {
            array.add(i);
        }
        return page.put("page", 0).put("size", 20).put("total", items.length);
    }

    @Test
    void eachLineShowsTheDueDateWithTheWorkingDaysTheServiceCountsAndFlagsWhatIsOverdue() throws Exception {
        JsonNode answer = page(summary("RECEIVED", ",\"overdue\":true"), summary("RECEIVED", ",\"overdue\":false"),
                summary("RECEIVED", ",\"overdue\":false,\"workingDaysLeft\":2"), summary("RECEIVED", ",\"workingDaysLeft\":0"),
                summary("PUBLISHED", ",\"overdue\":false,\"workingDaysLeft\":3"));
        Decisions.Results results = Decisions.results(answer, LocalDate.parse("2025-10-14"));
        List<Decisions.Row> rows = results.rows();
        assertEquals(List.of("已逾期", "", "还剩 2 个工作日", "今天到期", ""), rows.stream().map(Decisions.Row::left).toList(),
                "the working days left only as the service counts them; a public decision has no limit left to count");
        assertEquals(List.of(true, false, false, false, false), rows.stream().map(Decisions.Row::overdue).toList());
        assertEquals(5, results.total());
        assertFalse(results.hasNext());
        assertEquals("行政处罚", rows.get(0).kindName());
        assertEquals("待公示", rows.get(0).stateName());
        assertEquals("公示中", rows.get(4).stateName());
        assertEquals("/decisions/" + ID, rows.get(0).link());
    }

    @Test
    void aPageOfDecisionsIsReadLikeAListAndAnUnflaggedOneIsOverdueAfterItsDueDate() throws Exception {
        JsonNode page = page(summary("RECEIVED", ""));
        assertTrue(Decisions.results(page, LocalDate.parse("2025-10-17")).rows().get(0).overdue(), "past 2025-10-16 and not public");
        assertFalse(Decisions.results(page, LocalDate.parse("2025-10-16")).rows().get(0).overdue(), "the due date itself is still in time");
        JsonNode second = JSON.createObjectNode().put("page", 1).put("size", 20).put("total", 45).set("items", JSON.createArrayNode());
        Decisions.Results results = Decisions.results(second, LocalDate.parse("2025-10-16"));
        assertEquals(List.of(2, 3), List.of(results.page(), results.pages()), "page 2 of 3, counted from 1");
        assertTrue(results.hasPrevious() && results.hasNext());
    }

    @Test
    void aDecisionShowsItsVersionsAndStepsWhoWhenAndWhyAndItsNumbersOnlyMasked() throws Exception {
        Decisions.Decision d = Decisions.of(decision("PUBLISHED", ""), LocalDate.parse("2025-10-01"));
        assertEquals(List.of(new Decisions.Version(1, "integration", "2025-09-26 10:00", "收到决定"),
                new Decisions.Version(2, "legal", "2025-09-28 16:30", "决定书文号录入错误，依原件更正")), d.versions(), "in the bureau's time");
        assertEquals(List.of(new Decisions.Step("收到决定", "待公示", "integration", "2025-09-26 10:00", ""),
                new Decisions.Step("更正", "待公示", "legal", "2025-09-28 16:30", "决定书文号录入错误，依原件更正")), d.steps());
        assertEquals("惠安监罚〔2025〕18号", d.documentNo(), "the current version's");
        assertTrue(d.lines().contains(new Decisions.Line("法定代表人证件号码", "4101**********1238")), d.lines().toString());
        assertTrue(d.lines().contains(new Decisions.Line("处罚机关", "惠济区安全生产监督管理局（114101080051883705）")), d.lines().toString());
        assertTrue(d.lines().contains(new Decisions.Line("处罚种类", "罚款、警告")), d.lines().toString());
        assertTrue(d.lines().contains(new Decisions.Line("罚款金额（元）", "2000 元")), d.lines().toString());
        assertTrue(d.lines().contains(new Decisions.Line("行政相对人类别", "法人及非法人组织")), d.lines().toString());
        assertTrue(d.cancellable() && !d.publishable() && !d.restorable() && d.correctable(), "a public decision may be cancelled or corrected");
    }

    @Test
    void aCancelledDecisionMayBeRestoredOnlyBeforeItsDisclosureEnd() throws Exception {
        assertTrue(Decisions.of(decision("CANCELLED", ""), LocalDate.parse("2026-09-25")).restorable(), "the day before the end");
        Decisions.Decision onTheEnd = Decisions.of(decision("CANCELLED", ""), LocalDate.parse("2026-09-26"));
        assertFalse(onTheEnd.restorable(), "withdrawn on the end date itself");
        assertTrue(onTheEnd.endPassed());
        assertFalse(Decisions.of(decision("EXPIRED", ""), LocalDate.parse("2026-09-27")).correctable(), "withdrawn at its end: nothing to do");
        assertTrue(Decisions.of(decision("RECEIVED", ""), LocalDate.parse("2025-10-01")).publishable());
    }

    @Test
    void theCreditExportNeedsAKindARangeInOrderAndAFormat() {
        assertEquals(List.of(), Decisions.Export.of("penalty", "2025-01-01", "2025-12-31", "XLSX").problems());
        assertEquals("credit-penalty-2025-01-01-2025-12-31.xlsx", Decisions.Export.of("penalty", "2025-01-01", "2025-12-31", "xlsx").fileName());
        assertEquals(List.of("起始日期 2025-12-31 晚于截止日期 2025-01-01。"),
                Decisions.Export.of("licensing", "2025-12-31", "2025-01-01", "csv").problems());
        assertEquals(List.of("请选择导出行政许可还是行政处罚决定。", "请填写决定日期的起止日期。", "请选择 CSV 或 XLSX 格式。"),
                Decisions.Export.of("all", "", "", "pdf").problems());
    }

    @Test
    void theFiltersTakeOnlyTheStatesAndKindsThereAre() {
        Decisions.Filter f = Decisions.Filter.of("published", "PENALTY", "true");
        assertEquals("PUBLISHED", f.stateOrNull());
        assertEquals("PENALTY", f.kindOrNull());
        assertEquals(Boolean.TRUE, f.overdueOrNull());
        Decisions.Filter none = Decisions.Filter.of("DELETED", "x", null);
        assertEquals(null, none.stateOrNull());
        assertEquals(null, none.overdueOrNull(), "overdue=false asks for everything, not for the decisions in time");
        assertFalse(none.any());
    }
}
