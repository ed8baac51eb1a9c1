package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the oversight pages word and add up audit-service's answers, and what their forms send (Art. 21, 29, 31). */
class OversightTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void theSummaryAddsUpPerSectionAndPerMonthOldestMonthFirst() throws Exception {
        JsonNode summary = json("""
                [{"month":"2026-12","section":"office","yellow":4,"red":2,"resolved":3},
                 {"month":"2026-11","section":"hazchem","yellow":2,"red":1,"resolved":1},
                 {"month":"2026-12","section":"hazchem","yellow":1,"red":0,"resolved":0}]""");
        assertEquals(List.of(new Oversight.CountRow("office", "办公室", 4, 2, 3), new Oversight.CountRow("hazchem", "hazchem", 3, 1, 1)),
                Oversight.bySection(summary, Map.of("office", "办公室")), "per section, a section without a name by its code");
        assertEquals(List.of(new Oversight.CountRow("2026-11", "2026年11月", 2, 1, 1), new Oversight.CountRow("2026-12", "2026年12月", 5, 2, 3)),
                Oversight.byMonth(summary, null), "per month, all sections");
        assertEquals(List.of(new Oversight.CountRow("2026-12", "2026年12月", 4, 2, 3)), Oversight.byMonth(summary, "office"),
                "per month, one section");
        BarChart chart = Oversight.sectionChart(Oversight.bySection(summary, Map.of()));
        assertEquals(List.of("黄牌", "红牌"), chart.series().stream().map(BarChart.Series::name).toList(), "yellow, then red");
        assertTrue(chart.svg("c").contains("合计黄牌 7 张，红牌 3 张"), "the description says the totals for a screen reader");
    }

    @Test
    void aCardSaysItsColourKindAndResolutionInChineseAtTheBureausTime() throws Exception {
        var rows = Oversight.cards(json("""
                [{"id":"a1","color":"RED","source":"disclosure-service","kind":"DISCLOSURE","subject":"decision/1","section":"legal",
                  "dueDate":"2026-11-10","workingDaysLate":2,"resolvedAt":"2026-11-12T16:30:00Z",
                  "traces":[{"traceId":"t","type":"fourlists.disclosure.deadline.missed","occurredAt":"2026-11-11T00:05:00Z","leafIndex":7}]},
                 {"id":"b2","color":"YELLOW","source":"list-service","kind":"OFFICER_CERTIFICATE","subject":"officer/41010816001",
                  "section":"legal","dueDate":"2026-12-31","workingDaysLate":null,"resolvedAt":null,"traces":[]}]"""), Map.of("legal", "法制科"));
        var red = rows.get(0);
        assertEquals("红牌（超期）", red.colorName());
        assertEquals("行政许可、行政处罚公示", red.kindName());
        assertEquals("双公示服务", red.sourceName());
        assertEquals("法制科", red.sectionName());
        assertEquals("2026-11-13 00:30", red.resolved(), "resolved, in the bureau's time");
        assertEquals(Long.valueOf(7), red.traces().get(0).leafIndex());
        assertEquals("2026-11-11 08:05", red.traces().get(0).occurredAt());
        var yellow = rows.get(1);
        assertEquals("yellow", yellow.tone());
        assertEquals("执法证有效期", yellow.kindName());
        assertEquals("未办结", yellow.resolved());
        assertNull(yellow.workingDaysLate(), "a yellow card is not late");
        assertEquals("/traces?subject=officer%2F41010816001", yellow.tracesHref());
    }

    @Test
    void anAnnouncementSendsNumbersAsNumbersAndLeavesOutWhatWasNotTyped() {
        var form = new SpotCheckForm(" 抽查 ", "PUBLISHED_ITEMS", "2026-01-01", "2026-03-31", "12", "");
        assertEquals(List.of(), form.problems());
        assertEquals("{\"title\":\"抽查\",\"population\":\"PUBLISHED_ITEMS\",\"from\":\"2026-01-01\",\"to\":\"2026-03-31\",\"sampleSize\":12}",
                form.toJson().toString());
        assertEquals(List.of("截止日期应为 YYYY-MM-DD 格式的日期，例如 2016-07-01。", "样本量应为 1 至 500 之间的整数。",
                        "种子树头的日志条数应为正整数（不填则由系统在当前日志之后选定）。"),
                new SpotCheckForm("x", "DISCLOSURES", "2026-01-01", "2026-02-30", "0", "-5").problems());
    }

    @Test
    void aFindingSplitsItsTraceIndexesAndDocumentsAndAnAccountabilityRecordItsIds() {
        var finding = new FindingForm("case/TS-2026-000001", "NONE", "", null, "12、13; 14", "甲\n 乙 \n", "已核对");
        assertEquals("{\"object\":\"case/TS-2026-000001\",\"kind\":\"NONE\",\"traceIndexes\":[12,13,14],\"documents\":[\"甲\",\"乙\"],"
                + "\"evidence\":\"已核对\"}", finding.toJson().toString());
        var record = new AccountabilityForm("", "office", "li.na", "事实", "not-a-uuid", "c1 c1 c2", "第三十一条", "CIRCULATED_CRITICISM");
        assertEquals(List.of("所依据的抽查发现应为发现的编号，如 3f2b…（见抽查详情页），“not-a-uuid”不是。"), record.problems());
        assertEquals("[\"c1\",\"c2\"]", record.toJson().get("cards").toString(), "each card once");
        assertEquals(List.of("请选择被问责的科室（队）；问责个人时，选择其所在的科室（队）。"),
                new AccountabilityForm("", " ", "li.na", "事实", "", "", "依据", "REFERRED").problems());
    }

    @Test
    void theOutsidersCommandNamesThePublicLogAndTheCheck() {
        assertEquals("java -jar log-verifier-cli.jar spot-check --log https://log.example --check 7e2f",
                Oversight.recomputeCommand("https://log.example", "7e2f"));
    }
}
