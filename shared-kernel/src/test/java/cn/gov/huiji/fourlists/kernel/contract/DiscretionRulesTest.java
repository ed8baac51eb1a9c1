package cn.gov.huiji.fourlists.kernel.contract;

import cn.gov.huiji.fourlists.kernel.contract.DiscretionStandard.Level;
import cn.gov.huiji.fourlists.kernel.contract.DiscretionStandard.Range;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent.Citation;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent.ImplementingBody;
import jakarta.validation.ConstraintViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-LIST-7: the item rules of the discretion standards, each broken rule naming the path of what broke it. */
class DiscretionRulesTest {

    static final Range STATUTORY = fine(0L, 50_000L); // 安全生产法 第九十七条: 十万元以下, here as a made-up 5万 clause

    static Range fine(Long from, Long to) {
        return new Range(from, to, null, null);
    }

    static Level level(Severity severity, Range range) {
        return new Level(severity, List.of("情形：" + severity.label()), List.of(PenaltyKind.WARNING, PenaltyKind.FINE), range, null);
    }

    static DiscretionStandard standard(Range statutory, Level... levels) {
        return new DiscretionStandard("未按照规定对从业人员进行安全生产教育和培训", "《中华人民共和国安全生产法》第二十八条",
                "《中华人民共和国安全生产法》第九十七条第（三）项", statutory, List.of(levels),
                List.of("首次违法且危害后果轻微并及时改正的"), null, null, null, null);
    }

    static ListItemContent item(String category, DiscretionStandard... standards) {
        return new ListItemContent("410108-AJ-CF-001", "POWER", "对未按规定进行安全生产教育和培训的处罚", category, null, null, null,
                new ImplementingBody("惠济区安全生产监督管理局", ItemContentRulesTest.BUREAU), "enforcement-brigade", "区级",
                List.of(new Citation(CitationLevel.LAW, "中华人民共和国安全生产法", "2021年6月10日修正", "第九十七条", null)),
                null, null, null, null, null, null, null, null, null, null, null, null, null, List.of(standards));
    }

    /** Each broken path with its message template. */
    static Map<String, String> broken(ListItemContent item) {
        Map<String, String> out = new TreeMap<>();
        for (ConstraintViolation<ListItemContent> v : ItemContentRulesTest.VALIDATOR.validate(item)) {
            out.put(v.getPropertyPath().toString(), v.getMessageTemplate());
        }
        return out;
    }

    static final DiscretionStandard GOOD = standard(STATUTORY,
            level(Severity.MINOR, fine(0L, 10_000L)),
            level(Severity.GENERAL, fine(10_000L, 30_000L)), // touches the one before: allowed
            level(Severity.SERIOUS, fine(30_000L, 50_000L)));

    @Test
    void aPenaltyItemWithLevelsInOrderWithinTheStatutoryRangeBreaksNoRule() {
        assertEquals(Map.of(), broken(item("行政处罚", GOOD)));
        assertEquals(Map.of(), broken(item("行政处罚", standard(null, level(Severity.GENERAL, fine(1_000L, null))))),
                "without a statutory range only the levels' own rules apply");
    }

    @Test
    void standardsBelongToPenaltyItemsOnly() {
        assertEquals(Map.of("discretion", "{fourlists.item.discretion.category}"), broken(item("行政许可", GOOD)));
        assertEquals(Map.of(), broken(item("行政许可")), "an item of another category without standards is fine");
    }

    @Test
    void levelsRunFromTheLightestEachSeverityOnce() {
        assertEquals(Map.of("discretion[0].levels[1].severity", "{fourlists.item.discretion.levels.order}"),
                broken(item("行政处罚", standard(STATUTORY, level(Severity.SERIOUS, fine(30_000L, 50_000L)),
                        level(Severity.GENERAL, fine(10_000L, 30_000L))))), "较重 before 一般 is out of order");
        assertEquals(Map.of("discretion[0].levels[1].severity", "{fourlists.item.discretion.levels.order}"),
                broken(item("行政处罚", standard(STATUTORY, level(Severity.GENERAL, fine(10_000L, 20_000L)),
                        level(Severity.GENERAL, fine(20_000L, 30_000L))))), "一般 twice");
        assertEquals(Map.of(), broken(item("行政处罚", standard(STATUTORY, level(Severity.GENERAL, fine(0L, 20_000L)),
                level(Severity.GRAVE, fine(20_000L, 50_000L))))), "a standard may skip a severity");
    }

    @Test
    void fromIsNeverAboveTo() {
        assertEquals(Map.of("discretion[0].levels[0].range", "{fourlists.item.discretion.range.fromTo}"),
                broken(item("行政处罚", standard(STATUTORY, level(Severity.GENERAL, fine(30_000L, 10_000L))))));
        assertEquals(Map.of("discretion[0].levels[0].range", "{fourlists.item.discretion.range.fromTo}"),
                broken(item("行政处罚", standard(new Range(null, null, BigDecimal.ONE, BigDecimal.valueOf(5)),
                        level(Severity.GENERAL, new Range(null, null, BigDecimal.valueOf(3), BigDecimal.valueOf(2)))))),
                "multiples too");
        assertEquals(Map.of("discretion[0].statutoryRange", "{fourlists.item.discretion.range.fromTo}"),
                broken(item("行政处罚", standard(fine(50_000L, 0L), level(Severity.GENERAL, fine(0L, 10_000L))))));
    }

    @Test
    void everyLevelLiesWithinTheStatutoryRangeOfFinesAndMultiples() {
        assertEquals(Map.of("discretion[0].levels[1].range", "{fourlists.item.discretion.range.statutory}"),
                broken(item("行政处罚", standard(STATUTORY, level(Severity.GENERAL, fine(10_000L, 30_000L)),
                        level(Severity.SERIOUS, fine(30_000L, 60_000L))))), "6万 is above the clause's 5万");
        assertEquals(Map.of("discretion[0].levels[0].range", "{fourlists.item.discretion.range.statutory}"),
                broken(item("行政处罚", standard(fine(10_000L, 50_000L), level(Severity.GENERAL, fine(5_000L, 20_000L))))),
                "5000 is below the clause's 1万");
        assertEquals(Map.of("discretion[0].levels[0].range", "{fourlists.item.discretion.range.statutory}"),
                broken(item("行政处罚", standard(STATUTORY, level(Severity.GENERAL, fine(10_000L, null))))),
                "an open upper end exceeds a bounded clause");
        Range multiples = new Range(null, null, BigDecimal.ONE, BigDecimal.valueOf(5));
        assertEquals(Map.of(), broken(item("行政处罚", standard(multiples,
                level(Severity.GENERAL, new Range(null, null, BigDecimal.ONE, new BigDecimal("2.5"))),
                level(Severity.GRAVE, new Range(null, null, new BigDecimal("2.5"), BigDecimal.valueOf(5)))))));
        assertEquals(Map.of("discretion[0].levels[0].range", "{fourlists.item.discretion.range.statutory}"),
                broken(item("行政处罚", standard(multiples, level(Severity.GENERAL,
                        new Range(null, null, BigDecimal.ONE, BigDecimal.valueOf(6)))))), "six times is above five");
        assertEquals(Map.of("discretion[0].levels[0].range", "{fourlists.item.discretion.range.statutory}"),
                broken(item("行政处罚", standard(multiples, level(Severity.GENERAL, fine(1_000L, 5_000L))))),
                "a fine the clause does not provide lies outside it");
    }

    @Test
    void levelsFineRangesDoNotOverlapButMayTouch() {
        assertEquals(Map.of("discretion[0].levels[1].range", "{fourlists.item.discretion.range.overlap}"),
                broken(item("行政处罚", standard(STATUTORY, level(Severity.GENERAL, fine(10_000L, 30_000L)),
                        level(Severity.SERIOUS, fine(20_000L, 50_000L))))));
        assertEquals(Map.of("discretion[1].levels[2].range", "{fourlists.item.discretion.range.overlap}"),
                broken(item("行政处罚", GOOD, standard(STATUTORY, level(Severity.MINOR, fine(0L, 10_000L)),
                        level(Severity.GENERAL, fine(10_000L, 30_000L)), level(Severity.GRAVE, fine(0L, 50_000L))))),
                "the path names the second standard's third level");
        assertTrue(DiscretionRules.finesOverlap(fine(10_000L, 30_000L), fine(null, 20_000L)), "an open lower end is 0");
        assertFalse(DiscretionRules.finesOverlap(fine(10_000L, 30_000L), fine(30_000L, 50_000L)), "1万–3万 and 3万–5万 touch");
        assertFalse(DiscretionRules.finesOverlap(fine(10_000L, 30_000L), new Range(null, null, BigDecimal.ONE, BigDecimal.TEN)),
                "a level of multiples only has no fine to overlap");
    }

    @Test
    void eachLevelNeedsACircumstanceAndTheMessagesReadInBothLanguages() {
        DiscretionStandard noCircumstance = standard(STATUTORY, new Level(Severity.GENERAL, List.of(), List.of(PenaltyKind.FINE),
                fine(0L, 10_000L), null));
        Set<String> paths = new TreeSet<>(broken(item("行政处罚", noCircumstance)).keySet());
        assertEquals(Set.of("discretion[0].levels[0].circumstances"), paths);

        var bundleEn = java.util.ResourceBundle.getBundle("ValidationMessages", Locale.ROOT);
        var bundleZh = java.util.ResourceBundle.getBundle("ValidationMessages", Locale.SIMPLIFIED_CHINESE);
        for (String key : List.of("category", "levels.order", "range.fromTo", "range.statutory", "range.overlap")) {
            String k = "fourlists.item.discretion." + key;
            assertFalse(bundleEn.getString(k).isBlank(), "English message for " + k);
            assertTrue(bundleZh.getString(k).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    "Chinese message for " + k + ": " + bundleZh.getString(k));
        }
    }

    @Test
    void theBreachPrintsItsPathAsBeanValidationDoes() {
        List<DiscretionRules.Breach> breaches = DiscretionRules.check(item("行政处罚", standard(STATUTORY,
                level(Severity.GENERAL, fine(10_000L, 30_000L)), level(Severity.SERIOUS, fine(20_000L, 60_000L)))));
        assertEquals(List.of("discretion[0].levels[1].range", "discretion[0].levels[1].range"),
                breaches.stream().map(DiscretionRules.Breach::pathText).toList(), "outside the clause and overlapping");
    }
}
