package cn.gov.huiji.fourlists.list;

import cn.gov.huiji.fourlists.kernel.contract.CitationLevel;
import cn.gov.huiji.fourlists.kernel.contract.DiscretionStandard;
import cn.gov.huiji.fourlists.kernel.contract.DiscretionStandard.Level;
import cn.gov.huiji.fourlists.kernel.contract.DiscretionStandard.Range;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.kernel.contract.PenaltyKind;
import cn.gov.huiji.fourlists.kernel.contract.Severity;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.list.domain.ItemFields;
import cn.gov.huiji.fourlists.list.domain.ListKind;
import cn.gov.huiji.fourlists.list.publishing.DiscretionSheet;
import cn.gov.huiji.fourlists.list.publishing.RangeWords;
import cn.gov.huiji.fourlists.list.service.DiscretionAssessment;
import cn.gov.huiji.fourlists.list.service.DiscretionAssessment.Assessment;
import cn.gov.huiji.fourlists.list.service.DiscretionAssessment.ItemVersion;
import cn.gov.huiji.fourlists.list.service.DiscretionAssessment.Request;
import cn.gov.huiji.fourlists.list.service.VersionDiff;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-LIST-7 without a server: reading by level, weighing a fine or a multiple, the wording, the diff of a standard. */
class DiscretionAssessmentTest {

    static Range fine(Long from, Long to) {
        return new Range(from, to, null, null);
    }

    /** 安全生产法 第九十四条-style: fines in levels, and for the gravest the illegal income's multiples. */
    static DiscretionStandard standard(long generalTo) {
        return new DiscretionStandard("未按照规定对从业人员进行安全生产教育和培训", "《中华人民共和国安全生产法》第二十八条",
                "《中华人民共和国安全生产法》第九十七条第（三）项", new Range(0L, 100_000L, BigDecimal.ONE, BigDecimal.valueOf(5)),
                List.of(new Level(Severity.MINOR, List.of("情节轻微"), List.of(PenaltyKind.WARNING), null, null),
                        new Level(Severity.GENERAL, List.of("一般情形"), List.of(PenaltyKind.FINE), fine(10_000L, generalTo), null),
                        new Level(Severity.GRAVE, List.of("有违法所得"), List.of(PenaltyKind.FINE, PenaltyKind.CONFISCATE_ILLEGAL_INCOME),
                                new Range(null, null, BigDecimal.valueOf(2), BigDecimal.valueOf(5)), "没收违法所得")),
                List.of("首次违法且危害后果轻微并及时改正的"), List.of(), List.of("主动消除违法行为危害后果的"), List.of(), null);
    }

    static ListItemContent item(String category, DiscretionStandard... standards) {
        return new ListItemContent("410108-AJ-CF-001", "POWER", "对未按规定进行安全生产教育和培训的处罚", category, null, null, null, null,
                "enforcement-brigade", null,
                List.of(new ListItemContent.Citation(CitationLevel.LAW, "中华人民共和国安全生产法", null, "第九十七条", null)),
                null, null, null, null, null, null, null, null, null, null, null, null, null, List.of(standards));
    }

    static ItemVersion version(ListItemContent content) {
        return new ItemVersion(content.code(), content.name(), 3, OffsetDateTime.parse("2026-03-01T10:00:00+08:00"), false, content);
    }

    static Request ask(String violation, Severity severity, long fine, BigDecimal multiple, List<PenaltyKind> kinds) {
        return new Request(violation, severity, BigDecimal.valueOf(fine), multiple, kinds, null);
    }

    @Test
    void aReadKeepsOnlyTheAskedLevelAndNotesAnItemWithoutStandards() {
        DiscretionAssessment.Reading all = DiscretionAssessment.read(version(item("行政处罚", standard(30_000))), null);
        assertEquals(3, all.standards().get(0).levels().size());
        assertNull(all.noteZh());
        DiscretionAssessment.Reading general = DiscretionAssessment.read(version(item("行政处罚", standard(30_000))), Severity.GENERAL);
        assertEquals(List.of(Severity.GENERAL), general.standards().get(0).levels().stream().map(Level::severity).toList());
        assertEquals("《中华人民共和国安全生产法》第九十七条第（三）项", general.standards().get(0).penaltyClause(), "with its basis");
        DiscretionAssessment.Reading none = DiscretionAssessment.read(version(item("行政许可")), null);
        assertTrue(none.standards().isEmpty());
        assertEquals("该事项尚未制定裁量基准", none.noteZh());
    }

    @Test
    void aFineOutsideTheLevelIsNamedWithTheRangeInTheTablesWords() {
        Assessment a = DiscretionAssessment.assess(version(item("行政处罚", standard(30_000))),
                ask("0", Severity.GENERAL, 5_000, null, null));
        assertFalse(a.withinRange());
        assertEquals("罚款 5000 元不在「一般」阶次 1万元至3万元 的幅度内（具有本基准所列减轻处罚情形的，依法可以低于该幅度处罚）", a.reasonZh(),
                "a fine below the range points to the standard's mitigating circumstances");
        assertEquals(3, a.item().version());
        assertEquals("一般", a.severityZh());
        assertEquals(100_000L, a.statutoryRange().fineToYuan());

        Assessment upper = DiscretionAssessment.assess(version(item("行政处罚", standard(30_000))),
                ask("未按照规定对从业人员进行安全生产教育和培训", Severity.GENERAL, 30_000, null, List.of(PenaltyKind.FINE)));
        assertTrue(upper.withinRange(), "the upper end belongs to the range: " + upper.reasonZh());
    }

    @Test
    void aLevelInMultiplesIsWeighedByTheMultipleAndALevelWithoutFineByNone() {
        ItemVersion v = version(item("行政处罚", standard(30_000)));
        Assessment six = DiscretionAssessment.assess(v, ask("0", Severity.GRAVE, 600_000, BigDecimal.valueOf(6), null));
        assertFalse(six.withinRange());
        assertEquals("罚款为违法所得的 6 倍，不在「严重」阶次 违法所得2倍至5倍 的幅度内", six.reasonZh());
        assertTrue(DiscretionAssessment.assess(v, ask("0", Severity.GRAVE, 300_000, new BigDecimal("3.0"), null)).withinRange());
        ProblemException noMultiple = assertThrows(ProblemException.class,
                () -> DiscretionAssessment.assess(v, ask("0", Severity.GRAVE, 300_000, null, null)));
        assertEquals("incomeMultiple", noMultiple.problem().errors().get(0).field());

        Assessment warning = DiscretionAssessment.assess(v, ask("0", Severity.MINOR, 2_000, null, null));
        assertFalse(warning.withinRange());
        assertEquals("「轻微」阶次不处罚款（处罚种类：警告）", warning.reasonZh());
        assertTrue(DiscretionAssessment.assess(v, ask("0", Severity.MINOR, 0, null, List.of(PenaltyKind.WARNING))).withinRange());
    }

    @Test
    void anUnknownViolationOrLevelOrARepealedItemIsRefused() {
        ItemVersion v = version(item("行政处罚", standard(30_000)));
        assertEquals("severity", assertThrows(ProblemException.class,
                () -> DiscretionAssessment.assess(v, ask("0", Severity.SERIOUS, 1, null, null))).problem().errors().get(0).field());
        assertEquals("violation", assertThrows(ProblemException.class,
                () -> DiscretionAssessment.assess(v, ask("1", Severity.GENERAL, 1, null, null))).problem().errors().get(0).field());
        assertEquals("violation", assertThrows(ProblemException.class,
                () -> DiscretionAssessment.assess(v, ask("另一违法行为", Severity.GENERAL, 1, null, null))).problem().errors().get(0).field());
        ItemVersion repealed = new ItemVersion(v.code(), v.name(), 4, v.validFrom(), true, v.content());
        assertEquals(409, assertThrows(ProblemException.class,
                () -> DiscretionAssessment.assess(repealed, ask("0", Severity.GENERAL, 20_000, null, null))).problem().status());
        assertTrue(DiscretionAssessment.read(repealed, null).standards().isEmpty(), "a repealed item offers no standard");
    }

    @Test
    void amountsReadAsThePublishedTablesWriteThem() {
        assertEquals("1万元", RangeWords.yuan(10_000));
        assertEquals("1.5万元", RangeWords.yuan(15_000));
        assertEquals("200万元", RangeWords.yuan(2_000_000));
        assertEquals("5000元", RangeWords.yuan(5_000));
        assertEquals("10万元以下", RangeWords.of(fine(0L, 100_000L)));
        assertEquals("3万元以上", RangeWords.of(fine(30_000L, null)));
        assertEquals("10万元以下；违法所得1倍至5倍", RangeWords.of(new Range(null, 100_000L, BigDecimal.ONE, BigDecimal.valueOf(5))));
        assertEquals("不处罚款", RangeWords.of(null));
    }

    @Test
    void theSheetHasOneRowPerLevel() {
        List<List<String>> rows = DiscretionSheet.rows(List.of(item("行政处罚", standard(30_000)), item("行政许可")));
        assertEquals(3, rows.size());
        assertEquals(DiscretionSheet.COLUMNS.size(), rows.get(0).size());
        assertEquals(List.of("轻微", "一般", "严重"), rows.stream().map(r -> r.get(6)).toList());
        assertEquals(List.of("", "10000至30000", ""), rows.stream().map(r -> r.get(9)).toList());
        assertEquals("2至5倍", rows.get(2).get(10));
        assertEquals("罚款、没收违法所得", rows.get(2).get(8));
        assertEquals(DiscretionSheet.PRINT_COLUMNS.size(), DiscretionSheet.printRows(List.of(item("行政处罚", standard(30_000)))).get(0).size());
    }

    @Test
    void theDiffNamesAChangedFineByItsPath() {
        ObjectMapper json = new ObjectMapper();
        ItemFields before = ItemFields.of(ListKind.POWER, item("行政处罚", standard(30_000)), "PUBLISHED");
        ItemFields after = ItemFields.of(ListKind.POWER, item("行政处罚", standard(40_000)), "PUBLISHED");
        List<VersionDiff.Change> changes = VersionDiff.between(before, after, json);
        assertEquals(List.of("discretion[0].levels[1].range.fineToYuan"), changes.stream().map(VersionDiff.Change::field).toList());
        assertEquals(30_000L, changes.get(0).before().asLong());
        assertEquals(40_000L, changes.get(0).after().asLong());
        assertEquals(List.of("discretion"), VersionDiff.changedFields(before, after, json));

        ItemFields none = ItemFields.of(ListKind.POWER, item("行政处罚"), "PUBLISHED");
        List<VersionDiff.Change> added = VersionDiff.between(none, after, json);
        assertEquals(List.of("discretion[0]"), added.stream().map(VersionDiff.Change::field).toList(), "a new standard shows whole");
        assertEquals("裁量基准 › 违法行为1", added.get(0).label());
    }
}
