package cn.gov.huiji.fourlists.kernel.contract;

import cn.gov.huiji.fourlists.kernel.contract.ListItemContent.Citation;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent.ImplementingBody;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent.ProcessStep;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ItemContentRulesTest {

    static final String BUREAU = "114101080051883705"; // GB 32100-valid, made up for the demo bureau
    static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    static ListItemContent item(String code, String list, String credit, String basic, String impl,
                                Integer statutory, Integer promised, List<ProcessStep> flow) {
        return new ListItemContent(code, list, "危险化学品经营许可证核发", "行政许可", basic, impl, null,
                new ImplementingBody("惠济区安全生产监督管理局", credit), "hazchem", "区级",
                List.of(new Citation(CitationLevel.ADMINISTRATIVE_REGULATION, "危险化学品安全管理条例", "国务院令第591号", "第三十三条", null)),
                flow, statutory, promised, null, null, null, null, null, null, null, null, null, null, null);
    }

    static Set<String> brokenFields(ListItemContent item) {
        Set<String> fields = new TreeSet<>();
        for (ConstraintViolation<ListItemContent> v : VALIDATOR.validate(item)) {
            fields.add(v.getPropertyPath().toString());
        }
        return fields;
    }

    @Test
    void realCreditCodesPassTheGb32100CheckAndAChangedCharacterFails() {
        for (String real : List.of("91330100716105852F", "9144030071526726XG", "91110000802100433B", BUREAU)) {
            assertTrue(CreditCode.isValid(real), real + " is a valid 统一社会信用代码");
        }
        assertFalse(CreditCode.isValid("91330100716105852G"), "a wrong check character must fail");
        assertFalse(CreditCode.isValid("9133010071610585"), "a short code must fail");
        assertFalse(CreditCode.isValid("91A30100716105852F"), "letters in the division code must fail");
        assertFalse(CreditCode.isValid("91330100716105852I"), "I is not in the GB 32100 alphabet");
    }

    @Test
    void eachCodeLayoutIsRecognised() {
        assertEquals("national-basic", ItemCodeRules.layoutOf("000105003000").orElseThrow().id());
        assertEquals("national-implementation", ItemCodeRules.layoutOf(BUREAU + "000105003000" + "001").orElseThrow().id());
        assertEquals("henan", ItemCodeRules.layoutOf("410108-AJ-XK-001").orElseThrow().id());
        assertTrue(ItemCodeRules.layoutOf("3700000225001").isEmpty(), "13 digits follow no layout");
        assertTrue(ItemCodeRules.layoutOf("91330100716105852G000105003000001").isEmpty(),
                "an implementation code with a bad credit code follows no layout");
    }

    @Test
    void aWellFormedItemBreaksNoRule() {
        ListItemContent ok = item("410108-AJ-XK-001", "POWER", BUREAU, "000105003000", BUREAU + "000105003000001", 30, 20,
                List.of(new ProcessStep("受理", "窗口", 5), new ProcessStep("审查", "科室", 10), new ProcessStep("决定", "局领导", 5)));
        assertEquals(Set.of(), brokenFields(ok));
    }

    @Test
    void eachBrokenRuleNamesItsField() {
        assertEquals(Set.of("code"), brokenFields(item("AJ-1", "POWER", BUREAU, null, null, null, null, null)));
        assertEquals(Set.of("implementingBody.creditCode"),
                brokenFields(item("410108-AJ-XK-001", "POWER", "114101080051883706", null, null, null, null, null)));
        assertEquals(Set.of("basicCode"), brokenFields(item("410108-AJ-XK-001", "POWER", BUREAU, "00010500300", null, null, null, null)));
        assertEquals(Set.of("implementationCode"),
                brokenFields(item("410108-AJ-XK-001", "POWER", BUREAU, null, "91330100716105852F000105003000001", null, null, null)));
        assertEquals(Set.of("promisedLimitDays"), brokenFields(item("410108-AJ-XK-001", "POWER", BUREAU, null, null, 20, 30, null)));
        assertEquals(Set.of("processFlow"), brokenFields(item("410108-AJ-XK-001", "POWER", BUREAU, null, null, 30, 10,
                List.of(new ProcessStep("受理", null, 5), new ProcessStep("审查", null, 6)))));
        assertEquals(Set.of("fee"), brokenFields(item("410108-AJ-SF-001", "FEE", BUREAU, null, null, null, null, null)));
        assertEquals(Set.of("fund"), brokenFields(item("410108-AJ-JJ-001", "FUND", BUREAU, null, null, null, null, null)));
    }

    @Test
    void aCitationPrintsAsAPublishedListDoes() {
        Citation c = new Citation(CitationLevel.LAW, "中华人民共和国安全生产法", "2014年8月31日修正", "第九十五条", "…");
        assertEquals("【法律】《中华人民共和国安全生产法》（2014年8月31日修正）第九十五条", c.text());
    }
}
