package cn.gov.huiji.fourlists.workbench;

import cn.gov.huiji.fourlists.kernel.contract.DiscretionStandard;
import cn.gov.huiji.fourlists.kernel.contract.PenaltyKind;
import cn.gov.huiji.fourlists.kernel.contract.Severity;
import cn.gov.huiji.fourlists.workbench.service.DiscretionForm;
import cn.gov.huiji.fourlists.workbench.service.ItemDiff;
import cn.gov.huiji.fourlists.workbench.service.RequestForm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-LIST-7 in the adjustment form: the legal section writes a penalty item's discretion standards without
 * JavaScript — fixed level rows, kinds as checkboxes, amounts as typed — and they become the kernel's standards; the
 * service's errors stand beside the inputs; the diff reads level by level.
 */
class DiscretionFormTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TRAINING = "未按照规定对从业人员进行安全生产教育和培训";

    /** One standard as the page posts it: 轻微 left empty, 一般 and 较重 filled; a second standard added but left empty. */
    static Map<String, List<String>> posted() {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("disc.0.violation", List.of(TRAINING));
        f.put("disc.0.violatedClause", List.of("《中华人民共和国安全生产法》第二十五条第一款"));
        f.put("disc.0.penaltyClause", List.of("《中华人民共和国安全生产法》第九十四条第（三）项"));
        f.put("disc.0.stat.fineFrom", List.of(""));
        f.put("disc.0.stat.fineTo", List.of("5万"));
        f.put("disc.0.stat.multipleFrom", List.of(""));
        f.put("disc.0.stat.multipleTo", List.of(""));
        for (String s : List.of("MINOR", "GENERAL", "SERIOUS", "GRAVE")) {
            f.put("disc.0." + s + ".circumstances", List.of(""));
            f.put("disc.0." + s + ".fineFrom", List.of(""));
            f.put("disc.0." + s + ".fineTo", List.of(""));
            f.put("disc.0." + s + ".multipleFrom", List.of(""));
            f.put("disc.0." + s + ".multipleTo", List.of(""));
            f.put("disc.0." + s + ".other", List.of(""));
        }
        f.put("disc.0.GENERAL.circumstances", List.of(" 未培训从业人员 3 人以下 \n\n 责令改正后按期改正 "));
        f.put("disc.0.GENERAL.kinds", List.of("WARNING", "FINE"));
        f.put("disc.0.GENERAL.fineTo", List.of("10,000"));
        f.put("disc.0.SERIOUS.circumstances", List.of("未培训从业人员 4 人以上"));
        f.put("disc.0.SERIOUS.kinds", List.of("FINE", "ORDER_SUSPENSION", "NOT_A_KIND"));
        f.put("disc.0.SERIOUS.fineFrom", List.of("1万元"));
        f.put("disc.0.SERIOUS.fineTo", List.of("50000"));
        f.put("disc.0.SERIOUS.other", List.of("逾期未改正的，责令停产停业整顿"));
        f.put("disc.0.noPenalty", List.of("首次违法且危害后果轻微并及时改正的"));
        f.put("disc.0.sourceNote", List.of("依据河南省安全生产行政处罚自由裁量标准；罚款数额凭记忆录入，待核对"));
        f.put("disc.1.violation", List.of(""));
        f.put("disc.1.GENERAL.circumstances", List.of(""));
        return f;
    }

    @Test
    void aFilledStandardBecomesTheKernelsStandardWithItsEmptyLevelsDroppedAndAmountsAsNumbers() {
        List<DiscretionStandard> standards = DiscretionForm.standards(DiscretionForm.read(posted()));
        assertEquals(1, standards.size(), "a standard left empty is no standard: " + standards);
        DiscretionStandard s = standards.get(0);
        assertEquals(TRAINING, s.violation());
        assertEquals(new DiscretionStandard.Range(null, 50_000L, null, null), s.statutoryRange(), "5万 is 50000 元, an open end stays open");
        assertEquals(List.of(Severity.GENERAL, Severity.SERIOUS), s.levels().stream().map(DiscretionStandard.Level::severity).toList(),
                "轻微 and 严重 were left empty and are not part of the standard");
        DiscretionStandard.Level general = s.levels().get(0);
        assertEquals(List.of("未培训从业人员 3 人以下", "责令改正后按期改正"), general.circumstances(), "one circumstance a line, blanks dropped");
        assertEquals(List.of(PenaltyKind.WARNING, PenaltyKind.FINE), general.penaltyKinds());
        assertEquals(new DiscretionStandard.Range(null, 10_000L, null, null), general.range(), "10,000 is 10000 元");
        DiscretionStandard.Level serious = s.levels().get(1);
        assertEquals(List.of(PenaltyKind.FINE, PenaltyKind.ORDER_SUSPENSION), serious.penaltyKinds(), "a value that is no kind is ignored");
        assertEquals(new DiscretionStandard.Range(10_000L, 50_000L, null, null), serious.range(), "1万元 is 10000 元");
        assertEquals("逾期未改正的，责令停产停业整顿", serious.otherPenalties());
        assertEquals(List.of("首次违法且危害后果轻微并及时改正的"), s.noPenalty());
        assertNull(s.lighter(), "an empty list of conditions is left out");
    }

    @Test
    void theProposedItemCarriesTheStandardsAsTheKernelNamesTheirFields() {
        Map<String, List<String>> f = posted();
        f.put("item.category", List.of("行政处罚"));
        JsonNode item = RequestForm.toJson(RequestForm.read(f)).path("proposedItem");
        JsonNode level = item.path("discretion").path(0).path("levels").path(1);
        assertEquals("SERIOUS", level.path("severity").asText(), item.toString());
        assertEquals(10000, level.path("range").path("fineFromYuan").asLong());
        assertEquals("ORDER_SUSPENSION", level.path("penaltyKinds").path(1).asText());
        assertFalse(level.path("range").has("incomeMultipleFrom"), "an empty input is left out, not sent as null: " + level);
    }

    @Test
    void aStoredRequestFillsTheDiscretionInputsAgainUnchanged() {
        Map<String, List<String>> f = posted();
        f.put("item.category", List.of("行政处罚"));
        f.put("disc.0.GRAVE.circumstances", List.of("造成事故的"));
        f.put("disc.0.GRAVE.kinds", List.of("SUSPEND_OR_REVOKE_PERMIT"));
        f.put("disc.0.GRAVE.multipleFrom", List.of("1.50"));
        f.put("disc.0.GRAVE.multipleTo", List.of("3倍"));
        JsonNode body = RequestForm.toJson(RequestForm.read(f));
        assertEquals(new BigDecimal("1.5"), body.path("proposedItem").path("discretion").path(0).path("levels").path(2).path("range")
                .path("incomeMultipleFrom").decimalValue(), "1.50 is the multiple 1.5");
        assertEquals(body, RequestForm.toJson(RequestForm.fromJson(body)), "what was proposed comes back into the same inputs");
        var levels = RequestForm.fromJson(body).discretion().get(0).levels();
        assertEquals(4, levels.size(), "the form always offers the four levels");
        assertEquals("", levels.get(0).circumstances(), "轻微 was not part of the standard and comes back empty");
    }

    @Test
    void aStruckOutStandardIsDropped() {
        Map<String, List<String>> f = posted();
        f.put("disc.0.remove", List.of("yes"));
        assertEquals(List.of(), DiscretionForm.read(f));
    }

    @Test
    void anAmountThatIsNoNumberIsNamedBesideItsInputAndNeverSent() {
        Map<String, List<String>> f = posted();
        f.put("disc.0.SERIOUS.fineFrom", List.of("一万"));
        var values = DiscretionForm.read(f);
        Map<String, String> problems = DiscretionForm.problems(values);
        assertEquals(List.of("proposedItem.discretion[0].levels[1].range.fineFromYuan"), List.copyOf(problems.keySet()),
                "较重 is the second level sent (轻微 is empty), so the path names levels[1]");
        assertNull(DiscretionForm.standards(values).get(0).levels().get(1).range().fineFromYuan(), "the bad amount is not sent");
        var section = DiscretionForm.page(values, true, false, new LinkedHashMap<>(problems));
        var serious = section.standards().get(0).levels().get(2);
        assertEquals("较重", serious.legend());
        assertEquals("一万", serious.range().fineFrom().value(), "the typed value stays for correction");
        assertTrue(serious.range().fineFrom().error().contains("整数金额"), serious.range().fineFrom().error());
    }

    @Test
    void theServicesErrorsStandBesideTheLevelTheyConcernAndTheRestAboveIt() {
        var values = DiscretionForm.read(posted());
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("proposedItem.discretion[0].levels[1].range", "裁量幅度超出处罚条款规定的法定幅度");
        errors.put("proposedItem.discretion[0].levels[0].penaltyKinds", "不能为空");
        errors.put("proposedItem.discretion[0].penaltyClause", "不能为空");
        errors.put("proposedItem.discretion[0].levels[1].severity", "裁量阶次应由轻到重排列");
        errors.put("proposedItem.discretion", "只有行政处罚事项才载明自由裁量基准");
        errors.put("proposedItem.name", "不能为空");
        var section = DiscretionForm.page(values, true, false, errors);
        var standard = section.standards().get(0);
        assertEquals("裁量幅度超出处罚条款规定的法定幅度", standard.levels().get(2).range().error(), "levels[1] is 较重, the second level sent");
        assertEquals("裁量阶次应由轻到重排列", standard.levels().get(2).error());
        assertEquals("不能为空", standard.levels().get(1).kindsError(), "levels[0] is 一般");
        assertNull(standard.levels().get(0).error(), "轻微 was not sent and has no error");
        assertEquals("不能为空", standard.penaltyClause().error());
        assertEquals("只有行政处罚事项才载明自由裁量基准", section.error());
        assertEquals(Map.of("proposedItem.name", "不能为空"), errors, "only what is not about the standards is left for the rest of the form");
    }

    @Test
    void addingAStandardOffersOneEmptyStandardFocusedAndTheOldPermitKindOnlyWhereItIsUsed() {
        var values = DiscretionForm.read(posted());
        var section = DiscretionForm.page(values, true, true, new LinkedHashMap<>());
        assertEquals(2, section.standards().size(), "the filled standard and one new one");
        var added = section.standards().get(1);
        assertTrue(added.added(), "the new standard is focused");
        assertEquals("裁量基准 2（新增）", added.legend());
        assertEquals("disc.1.violation", added.violation().name());
        assertEquals(List.of("轻微", "一般", "较重", "严重"), added.levels().stream().map(DiscretionForm.LevelView::legend).toList());
        var kinds = added.levels().get(0).kinds();
        assertTrue(kinds.stream().anyMatch(k -> k.label().equals(PenaltyKind.FINE.label())), "kinds carry the kernel's labels");
        assertTrue(kinds.stream().noneMatch(k -> k.value().equals("SUSPEND_OR_REVOKE_PERMIT")),
                "the 2009 text's combined kind is not offered for new standards");
        assertEquals("裁量基准2 轻微", added.levels().get(0).circumstances().context(), "screen readers hear which standard and level");
        assertFalse(DiscretionForm.page(List.of(), false, false, new LinkedHashMap<>()).shown(),
                "an item that is not 行政处罚 and has no standards shows no discretion inputs");
    }

    @Test
    void theDiffNamesTheStandardAndTheLevelThatChangedAndReadsItsRange() throws Exception {
        JsonNode inForce = JSON.readTree("""
                {"code":"410108-AJ-CF-020","content":{"name":"对未进行安全生产教育和培训的处罚","category":"行政处罚","discretion":[
                 {"violation":"%s","violatedClause":"第二十五条","penaltyClause":"第九十四条","statutoryRange":{"fineToYuan":50000},
                  "levels":[{"severity":"GENERAL","circumstances":["3 人以下"],"penaltyKinds":["FINE"],"range":{"fineFromYuan":0,"fineToYuan":10000}},
                            {"severity":"SERIOUS","circumstances":["4 人以上"],"penaltyKinds":["FINE"],"range":{"fineFromYuan":10000,"fineToYuan":50000},
                             "otherPenalties":null}]}]}}""".formatted(TRAINING));
        JsonNode proposed = JSON.readTree("""
                {"name":"对未进行安全生产教育和培训的处罚","category":"行政处罚","discretion":[
                 {"violation":"%s","violatedClause":"第二十五条","penaltyClause":"第九十四条","statutoryRange":{"fineToYuan":50000},
                  "levels":[{"severity":"GENERAL","circumstances":["3 人以下"],"penaltyKinds":["FINE"],"range":{"fineFromYuan":0,"fineToYuan":20000}},
                            {"severity":"SERIOUS","circumstances":["4 人以上"],"penaltyKinds":["FINE"],"range":{"fineFromYuan":20000,"fineToYuan":50000}}]},
                 {"violation":"未如实记录安全生产教育和培训情况","violatedClause":"第二十五条第四款","penaltyClause":"第九十四条",
                  "levels":[{"severity":"GENERAL","circumstances":["未记录"],"penaltyKinds":["WARNING","FINE"],"range":{"incomeMultipleFrom":1,"incomeMultipleTo":3.0}}]}]}""".formatted(TRAINING));
        var diff = ItemDiff.of(proposed, inForce);
        assertEquals(List.of("自由裁量基准「" + TRAINING + "」 · 一般", "自由裁量基准「" + TRAINING + "」 · 较重",
                "自由裁量基准「未如实记录安全生产教育和培训情况」（新增）"), diff.stream().map(ItemDiff.Change::label).toList(), diff.toString());
        assertEquals("情形：3 人以下。处罚种类：罚款。罚款 0元至1万元", diff.get(0).inForce());
        assertEquals("情形：3 人以下。处罚种类：罚款。罚款 0元至2万元", diff.get(0).proposed());
        assertEquals("（无）", diff.get(2).inForce());
        assertTrue(diff.get(2).proposed().contains("处罚种类：警告、罚款") && diff.get(2).proposed().contains("违法所得 1倍至3倍"),
                "a new standard reads whole, kinds by their names, multiples as 倍: " + diff.get(2).proposed());
        assertTrue(diff.stream().noneMatch(c -> c.proposed().contains("{") || c.proposed().contains("GENERAL")), "no JSON, no enum names");
        assertEquals(List.of(), ItemDiff.of(inForce.path("content"), inForce), "the same standards show no change");
    }
}
