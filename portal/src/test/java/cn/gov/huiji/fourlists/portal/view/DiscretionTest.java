package cn.gov.huiji.fourlists.portal.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-LIST-7 as the item page words it: levels and penalty kinds in the law's Chinese, fines as the tables write them. */
class DiscretionTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static final JsonNode TRAINING = json("""
            [{"violation":"未按照规定对从业人员进行安全生产教育和培训",
              "violatedClause":"《中华人民共和国安全生产法》第二十八条第一款",
              "penaltyClause":"《中华人民共和国安全生产法》第九十七条第（三）项",
              "statutoryRange":{"fineFromYuan":null,"fineToYuan":100000},
              "levels":[
                {"severity":"GENERAL","circumstances":["未培训人员3人以下的"],"penaltyKinds":["WARNING","FINE"],
                 "range":{"fineFromYuan":10000,"fineToYuan":30000},"otherPenalties":null},
                {"severity":"SERIOUS","circumstances":["未培训人员4人以上10人以下的","拒不改正的"],"penaltyKinds":["FINE","ORDER_SUSPENSION"],
                 "range":{"fineFromYuan":30000,"fineToYuan":100000,"incomeMultipleFrom":1,"incomeMultipleTo":3.0},
                 "otherPenalties":"责令停产停业整顿"}],
              "noPenalty":["首次违法且危害后果轻微并及时改正的"],"lighter":[],"mitigated":null,"heavier":["一年内因同一违法行为受过处罚的"],
              "sourceNote":"幅度据记忆整理，待与公布的裁量基准表核对"}]""");

    @Test
    void eachLevelIsNamedInChineseWithItsKindsAndItsFineInYuanOrWan() {
        List<Discretion.Violation> standards = Discretion.of(TRAINING);
        assertEquals(1, standards.size(), "one violation, one standard");
        Discretion.Violation v = standards.get(0);
        assertEquals("罚款10万元以下", v.statutoryRange(), "the statutory range open at the bottom reads as the law does");
        Discretion.Level general = v.levels().get(0);
        assertEquals("一般", general.severity(), "GENERAL is 一般");
        assertEquals("警告、罚款", general.penaltyKinds(), "the kinds in the words of 行政处罚法 Art. 9, joined with 、");
        assertEquals("1万元至3万元", general.fine(), "fines of whole 万 read as 万元");
        assertEquals("无", general.incomeMultiple(), "no multiple of illegal income is said plainly");
        Discretion.Level serious = v.levels().get(1);
        assertEquals("较重", serious.severity());
        assertEquals("罚款、责令停产停业", serious.penaltyKinds());
        assertEquals("3万元至10万元", serious.fine());
        assertEquals("1倍至3倍", serious.incomeMultiple(), "3.0 is shown as 3");
        assertEquals("责令停产停业整顿", serious.other());
        assertEquals(List.of("未培训人员4人以上10人以下的", "拒不改正的"), serious.circumstances());
    }

    @Test
    void onlyTheConditionsGivenAreListedWithTheirNamesAndTheSourceNoteIsKept() {
        Discretion.Violation v = Discretion.of(TRAINING).get(0);
        assertEquals(List.of("不予处罚情形", "从重处罚情形"), v.conditions().stream().map(Discretion.Condition::label).toList(),
                "empty or absent lists (lighter, mitigated) are not shown");
        assertEquals(List.of("首次违法且危害后果轻微并及时改正的"), v.conditions().get(0).items());
        assertTrue(v.sourceNote().contains("待与公布的裁量基准表核对"), "a recalled figure stays marked as such");
    }

    @Test
    void sumsReadAsThePublishedTablesWriteThem() {
        assertEquals("5000元", Discretion.yuan(5000));
        assertEquals("1万元", Discretion.yuan(10000));
        assertEquals("1.5万元", Discretion.yuan(15000));
        assertEquals("100万元", Discretion.yuan(1_000_000));
        assertEquals("10500元", Discretion.yuan(10500), "a sum not in whole thousands keeps its 元");
        assertEquals("2万元", Discretion.fine(json("{\"fineFromYuan\":20000,\"fineToYuan\":20000}")), "a fixed fine is one sum");
        assertEquals("5000元以下", Discretion.fine(json("{\"fineFromYuan\":0,\"fineToYuan\":5000}")), "from 0 is 以下");
        assertEquals("5万元以上", Discretion.fine(json("{\"fineFromYuan\":50000}")));
        assertEquals("见处罚条款", Discretion.statutoryRange(json("null")), "without a structured range the clause is the source");
        assertEquals("罚款1万元至3万元；违法所得1倍至5倍",
                Discretion.statutoryRange(json("{\"fineFromYuan\":10000,\"fineToYuan\":30000,\"incomeMultipleFrom\":1,\"incomeMultipleTo\":5}")));
    }

    @Test
    void anItemWithoutStandardsHasNoneAndANameTheKernelDoesNotKnowIsShownAsSent() {
        assertEquals(List.of(), Discretion.of(json("null")));
        assertEquals(List.of(), Discretion.of(null));
        assertEquals("严重", Discretion.severity("GRAVE"));
        assertEquals("轻微", Discretion.severity("MINOR"));
        assertEquals("EXTREME", Discretion.severity("EXTREME"), "an unknown level is not silently dropped");
        assertEquals("暂扣或者吊销许可证、暂扣或者吊销执照", Discretion.penaltyKinds(json("[\"SUSPEND_OR_REVOKE_PERMIT\"]")),
                "the 2009 text's kind keeps its words");
    }
}
