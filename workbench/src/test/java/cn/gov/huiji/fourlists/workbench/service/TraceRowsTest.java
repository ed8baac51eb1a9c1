package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 留痕查询: audit-service's traces and exports as the auditor reads them, and the search carried from page to page. */
class TraceRowsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, String> SECTIONS = Map.of("hazchem", "危险化学品安全监督管理科");
    static final Map<String, String> ROLES = Map.of("clerk", "科室经办人");

    @Test
    void aTraceReadsInBeijingTimeWithItsActorsRolesAndSectionInChineseAndItsLogCheckInWords() throws Exception {
        var page = JSON.readTree("""
                {"items":[
                  {"id":7,"eventId":"e7","source":"fourlists/adjustment-service","sequence":41,"type":"fourlists.adjustment.request.submitted",
                   "subject":"request/a1","time":"2026-11-26T00:30:00Z","actor":{"userId":"clerk","roles":["clerk"],"section":"hazchem"},
                   "digest":"d","data":{"requestId":"a1"},"logIndex":6,"integrity":"VERIFIED"},
                  {"id":8,"source":"fourlists/list-service","sequence":3,"type":"fourlists.list.item.loaded","subject":"item/1",
                   "time":"2026-11-26T09:00:00+08:00","actor":{"userId":"legal","roles":[],"section":null},"data":null,
                   "logIndex":null,"integrity":"NOT_YET_LOGGED"},
                  {"id":9,"source":"fourlists/complaint-service","sequence":5,"type":"t","subject":"case/1","time":"2026-11-26T01:00:00Z",
                   "actor":{"userId":"handler","roles":["complaint-handler"]},"logIndex":8,"integrity":"MISMATCH"}],
                 "page":0,"size":50,"total":3}""");
        List<TraceRows.TraceRow> rows = TraceRows.rows(page, SECTIONS, ROLES);
        TraceRows.TraceRow first = rows.get(0);
        assertEquals("2026-11-26 08:30:00", first.time(), "the bureau's time, China Standard Time");
        assertEquals("动态调整服务", first.source());
        assertEquals("科室经办人", first.roles());
        assertEquals("危险化学品安全监督管理科", first.section());
        assertEquals(6L, first.logIndex());
        assertEquals("已核验：与公开日志一致", first.integrity());
        assertTrue(first.data().contains("\"requestId\""), "the event's data is there to read");
        assertEquals("2026-11-26 09:00:00", rows.get(1).time());
        assertNull(rows.get(1).logIndex(), "not yet logged: no position in the log");
        assertEquals("", rows.get(1).data(), "no data, nothing to show");
        assertEquals("pending", rows.get(1).tone());
        assertEquals("complaint-handler", rows.get(2).roles(), "a role without a Chinese name is shown as it is");
        assertEquals("mismatch", rows.get(2).tone(), "an altered trace is shown loudly");
        assertTrue(rows.get(2).integrity().contains("请报纪检组"), rows.get(2).integrity());
    }

    @Test
    void pagingCountsFromOneAndStopsAtTheLastPage() {
        TraceRows.Paging last = new TraceRows.Paging(2, 50, 120);
        assertEquals(3, last.pages());
        assertEquals(3, last.number());
        assertEquals(101, last.firstNumber());
        assertEquals(120, last.lastNumber());
        assertFalse(last.hasNext());
        assertTrue(last.hasPrevious());
        TraceRows.Paging none = new TraceRows.Paging(0, 50, 0);
        assertEquals(1, none.pages(), "an empty result is one empty page");
        assertEquals(0, none.firstNumber());
        assertFalse(none.hasNext() || none.hasPrevious());
    }

    @Test
    void theSearchIsCarriedToTheNextPageWithOnlyTheConditionsSet() {
        TraceSearch search = new TraceSearch(" item/37 00 ", null, "", null, "fourlists.list.item.loaded", "2026-11-01", "  ");
        assertEquals("subject=item%2F37+00&type=fourlists.list.item.loaded&from=2026-11-01&page=1", search.query(1));
        assertEquals(Map.of("subject", "item/37 00", "type", "fourlists.list.item.loaded", "from", "2026-11-01"), search.parts(),
                "blank conditions are no conditions; the export asks for the same traces");
        assertTrue(new TraceSearch(null, " ", " ", "", null, null, null).isEmpty());
    }

    @Test
    void aSubjectPrefixAndASectionAreCarriedToTheNextPageAndToTheExportAsTheyWereTyped() {
        TraceSearch search = new TraceSearch(null, " case/TS-2026_% ", null, "hazchem", null, null, null);
        assertEquals("subjectPrefix=case%2FTS-2026_%25&section=hazchem&page=2", search.query(2),
                "the prefix's own '%' and '_' travel encoded, for audit-service to match literally");
        assertEquals(Map.of("subjectPrefix", "case/TS-2026_%", "section", "hazchem"), search.parts());
    }

    @Test
    void theSectionsAreOfferedInListServicesOrderWithTheSearchedOneSelected() {
        Map<String, String> listed = new java.util.LinkedHashMap<>();
        listed.put("office", "办公室");
        listed.put("hazchem", "危险化学品安全监督管理科");
        TraceSearch byHazchem = new TraceSearch(null, null, null, "hazchem", null, null, null);
        assertEquals(List.of(new TraceSearch.SectionChoice("office", "办公室", false),
                new TraceSearch.SectionChoice("hazchem", "危险化学品安全监督管理科", true)), byHazchem.sectionChoices(listed));
        TraceSearch byDissolved = new TraceSearch(null, null, null, "mining", null, null, null);
        assertEquals(new TraceSearch.SectionChoice("mining", "mining", true), byDissolved.sectionChoices(listed).get(2),
                "a section no longer listed stays searchable under its code");
        assertTrue(byHazchem.sectionChoices(Map.of()).isEmpty(), "no sections listed: the form asks for the code instead");
    }

    @Test
    void exportsAreListedNewestFirstWithTheirConditionsInChinese() throws Exception {
        var page = JSON.readTree("""
                {"items":[
                  {"time":"2026-11-30T02:00:00Z","actor":{"userId":"auditor"},
                   "data":{"exportId":"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f","subject":null,"actor":"clerk","type":null,
                           "from":"2026-10-31T16:00:00Z","to":"2026-11-30T16:00:00Z","upToEntry":5120,"entryCount":37}},
                  {"time":"2026-12-01T02:00:00Z","actor":{"userId":"discipline"},
                   "data":{"exportId":"2c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f","entryCount":0}},
                  {"time":"2026-12-05T02:00:00Z","actor":{"userId":"auditor"},
                   "data":{"exportId":"3c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f","subject":null,"subjectPrefix":"case/TS-2026-","actor":null,
                           "section":"hazchem","type":null,"from":null,"to":null,"entryCount":4}}],
                 "page":0,"size":50,"total":3}""");
        List<TraceExports.ExportRow> rows = TraceExports.rows(page);
        assertEquals("对象前缀 case/TS-2026-；科室（队） hazchem", rows.get(0).conditions(),
                "the newest first, and an export by subject prefix and section says so");
        assertEquals("discipline", rows.get(1).requestedBy());
        assertEquals("全部痕迹", rows.get(1).conditions());
        assertEquals("操作人 clerk；自 2026-11-01 00:00:00；至 2026-12-01 00:00:00 之前", rows.get(2).conditions());
        assertEquals(37, rows.get(2).entryCount());
    }

    @Test
    void anExportWithAnAlteredTraceSaysSoAndOneThatMatchesSaysThat() throws Exception {
        var altered = TraceExports.state(JSON.readTree("""
                {"id":"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f","requestedBy":"auditor","requestedAt":"2026-11-30T02:00:00Z","entryCount":3,
                 "entries":[{"integrity":"VERIFIED"},{"integrity":"MISMATCH"},{"integrity":"NOT_YET_LOGGED"}]}"""));
        assertFalse(altered.sound());
        assertEquals(1, altered.mismatched());
        assertTrue(altered.summary().contains("1 条痕迹与公开日志不一致"), altered.summary());
        assertEquals("2026-11-30 10:00:00", altered.requestedAt());
        var sound = TraceExports.state(JSON.readTree("""
                {"id":"x","requestedBy":"auditor","entryCount":2,"entries":[{"integrity":"VERIFIED"},{"integrity":"VERIFIED"}]}"""));
        assertTrue(sound.sound());
        assertEquals("全部 2 条痕迹已与公开日志核对一致。", sound.summary());
    }
}
