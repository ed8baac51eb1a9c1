package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The legal section's entry form for 双公示 (Art. 8, R-LIST-11): what it types becomes disclosure-service's body in its
 * field names, amounts in 元 as numbers, the penalty kinds as ticked; what cannot be sent is named beside its input;
 * the service's own refusals stand beside the fields they name.
 */
class DecisionFormTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, List<String>> posted(String... kv) {
        Map<String, List<String>> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.computeIfAbsent(kv[i], k -> new java.util.ArrayList<>()).add(kv[i + 1]);
        }
        return m;
    }

    static Map<String, List<String>> penalty() {
        return posted("partyName", "  郑州市惠济区某某化工有限公司 ", "partyCategory", "LEGAL_ENTITY", "partyCreditCode", "91410108MA44XRNB25",
                "legalRepresentative", "王某", "legalRepresentativeIdType", "ID_CARD", "legalRepresentativeIdNumber", " 410108 1980 0101 1234 ",
                "documentNo", "惠安监罚〔2025〕18号", "violationType", "未按规定对从业人员进行安全生产教育和培训", "facts", "经查……",
                "basis", "《中华人民共和国安全生产法》第九十七条", "penaltyKinds", "FINE", "penaltyKinds", "WARNING", "penaltyKinds", "DELETE_ALL",
                "content", "罚款2000元", "fineYuan", "2,000", "confiscatedYuan", "0.2万元", "decisionDate", "2025-09-26",
                "validUntil", "2026-09-26", "itemCode", "410108-AJ-CF-001", "severity", "GENERAL", "remarks", "");
    }

    @Test
    void aPenaltyDecisionBecomesTheServicesBodyWithAmountsInYuanAndOnlyTheKindsOfTheLaw() {
        DecisionForm form = DecisionForm.read(DecisionForm.Kind.PENALTY, false, penalty());
        assertEquals(Map.of(), form.problems(), "nothing to correct");
        JsonNode body = form.toJson();
        assertEquals("郑州市惠济区某某化工有限公司", body.path("partyName").asText(), "typed spaces around a value are not part of it");
        assertTrue(body.path("fineYuan").isNumber(), "an amount goes as a number: " + body);
        assertEquals(0, new BigDecimal("2000").compareTo(body.path("fineYuan").decimalValue()), "2,000 is 2000 元");
        assertEquals(0, new BigDecimal("2000").compareTo(body.path("confiscatedYuan").decimalValue()), "0.2万元 is 2000 元");
        assertEquals("[\"FINE\",\"WARNING\"]", body.path("penaltyKinds").toString(), "the ticked kinds of PenaltyKind, nothing else");
        assertEquals("410108198001011234", body.path("legalRepresentativeIdNumber").asText(), "a number is one token");
        assertFalse(body.has("remarks"), "an empty field is left out for the service to judge: " + body);
        assertFalse(body.has("reason"), "an entry has no reason; a correction has");
    }

    @Test
    void aLicensingDecisionTakesTheLicensingFieldsAndNoPenaltyKinds() {
        DecisionForm form = DecisionForm.read(DecisionForm.Kind.LICENSING, false, posted("partyName", "张某某", "partyCategory", "NATURAL_PERSON",
                "personIdType", "ID_CARD", "personIdNumber", "410108199001011234", "documentName", "危险化学品经营许可证核发决定书",
                "documentNo", "惠安监许〔2026〕7号", "licenceCategory", "GENERAL", "content", "准予许可", "decisionDate", "2026-03-02",
                "validFrom", "2026-03-02", "validTo", "2099-12-31", "itemCode", "410108-AJ-XK-001", "penaltyKinds", "FINE",
                "fineYuan", "2000"));
        JsonNode body = form.toJson();
        assertEquals(Map.of(), form.problems());
        assertEquals("GENERAL", body.path("licenceCategory").asText());
        assertEquals("2099-12-31", body.path("validTo").asText(), "长期 as the credit platform writes it");
        assertFalse(body.has("penaltyKinds") || body.has("fineYuan"), "a licence has no penalty fields: " + body);
    }

    @Test
    void whatCannotBeSentIsNamedBesideItsInputAndTheRestOfTheFormKeepsWhatWasTyped() {
        Map<String, List<String>> typed = penalty();
        typed.put("decisionDate", List.of("2025-02-30"));
        typed.put("fineYuan", List.of("两千元"));
        typed.put("partyCategory", List.of("COMPANY"));
        DecisionForm form = DecisionForm.read(DecisionForm.Kind.PENALTY, false, typed);
        Map<String, String> problems = form.problems();
        assertEquals(List.of("partyCategory", "fineYuan", "decisionDate"), List.copyOf(problems.keySet()), problems.toString());
        Map<String, DecisionForm.Field> fields = fields(form.page(new LinkedHashMap<>(problems)));
        assertEquals("应为 YYYY-MM-DD 格式的日期，例如 2025-09-26", fields.get("decisionDate").error());
        assertEquals("2025-02-30", fields.get("decisionDate").value(), "what was typed stays to be corrected");
        assertTrue(fields.get("fineYuan").error().startsWith("应为金额（元）"), fields.get("fineYuan").error());
        assertNull(fields.get("documentNo").error());
    }

    @Test
    void aLicenceEndingBeforeItBeginsIsRefusedBeforeItIsSent() {
        DecisionForm form = DecisionForm.read(DecisionForm.Kind.LICENSING, false, posted("validFrom", "2026-03-02", "validTo", "2026-03-01"));
        assertEquals("有效期至 2026-03-01 早于有效期自 2026-03-02", form.problems().get("validTo"));
    }

    @Test
    void aCorrectionSaysWhyAndSendsItsReasonWithTheFields() {
        Map<String, List<String>> typed = penalty();
        DecisionForm without = DecisionForm.read(DecisionForm.Kind.PENALTY, true, typed);
        assertEquals("请写明更正理由：更正留痕，原版本留存备查", without.problems().get("reason"));
        typed.put("reason", List.of("决定书文号录入错误，依原件更正"));
        DecisionForm with = DecisionForm.read(DecisionForm.Kind.PENALTY, true, typed);
        assertEquals(Map.of(), with.problems());
        assertEquals("决定书文号录入错误，依原件更正", with.toJson().path("reason").asText());
        assertEquals("更正", with.groups().get(with.groups().size() - 1).legend(), "the reason closes the correction form");
    }

    @Test
    void aNumberTheServiceShowsMaskedIsNotPutBackIntoTheCorrection() throws Exception {
        JsonNode view = JSON.readTree("""
                {"id":"6a2f4c1e-8b3d-4e7a-9c5f-1d2e3f4a5b6c","kind":"PENALTY","state":"PUBLISHED",
                 "current":{"version":2,"reason":"earlier reason","partyName":"张某某","partyCategory":"NATURAL_PERSON",
                 "personIdType":"ID_CARD","personIdNumberMasked":"4101********1234","documentNo":"惠安监罚〔2025〕18号","fineYuan":2000.00,
                 "penaltyKinds":["FINE"],"decisionDate":"2025-09-26"}}""");
        DecisionForm form = DecisionForm.of(DecisionForm.Kind.PENALTY, view);
        assertEquals("", form.value("personIdNumber"), "the number is given again: its mask sent back would replace it");
        assertEquals("张某某", form.value("partyName"), "from the current version");
        assertEquals("ID_CARD", form.value("personIdType"));
        assertEquals("2000", form.value("fineYuan"), "2000.00 as a person writes it");
        assertEquals(List.of("FINE"), form.penaltyKinds());
        assertEquals("", form.value("reason"), "each correction gives its own reason");
    }

    @Test
    void theServicesRefusalsStandBesideTheFieldsTheyNameAndTheRestIsLeftForAboveTheForm() throws Exception {
        JsonNode problem = JSON.readTree("""
                {"status":400,"titleZh":"输入有误","detailZh":"以下字段有误：partyCreditCode, penaltyKinds",
                 "errors":[{"field":"decision.partyCreditCode","message":"check character","messageZh":"统一社会信用代码校验位不正确"},
                           {"field":"penaltyKinds[0]","messageZh":"暂扣或者吊销许可证、暂扣或者吊销执照只用于2021年7月15日前的决定"},
                           {"field":"authority","messageZh":"本局的统一社会信用代码未配置"}]}""");
        Map<String, String> errors = DecisionForm.errorsOf(problem);
        DecisionForm form = DecisionForm.read(DecisionForm.Kind.PENALTY, false, penalty());
        List<DecisionForm.Fieldset> page = form.page(errors);
        assertEquals("统一社会信用代码校验位不正确", fields(page).get("partyCreditCode").error());
        DecisionForm.Fieldset kinds = page.stream().filter(f -> !f.kinds().isEmpty()).findFirst().orElseThrow();
        assertEquals("暂扣或者吊销许可证、暂扣或者吊销执照只用于2021年7月15日前的决定", kinds.kindsError());
        assertEquals(Map.of("authority", "本局的统一社会信用代码未配置"), errors, "what names no field is left to show above the form");
    }

    @Test
    void thePenaltyKindsAreTheKernelsWithTheirLabelsAndTheOldKindIsExplained() {
        DecisionForm form = DecisionForm.read(DecisionForm.Kind.PENALTY, false, penalty());
        DecisionForm.Fieldset kinds = form.page(new LinkedHashMap<>()).stream().filter(f -> !f.kinds().isEmpty()).findFirst().orElseThrow();
        Map<String, DecisionForm.KindBox> byValue = new LinkedHashMap<>();
        kinds.kinds().forEach(k -> byValue.put(k.value(), k));
        assertEquals("罚款", byValue.get("FINE").label());
        assertTrue(byValue.get("FINE").checked() && byValue.get("WARNING").checked() && !byValue.get("DETENTION").checked());
        assertEquals("通报批评", byValue.get("CIRCULATED_CRITICISM").label(), "the 2021 kinds are offered");
        assertTrue(byValue.containsKey("SUSPEND_OR_REVOKE_PERMIT") && kinds.kindsHint().contains("2021 年 7 月 15 日前"),
                "the 2009 kind stays for old decisions, with when it applies: " + kinds.kindsHint());
    }

    @Test
    void aNaturalPersonsNumberIsASecretInputThatSaysItIsNeverPublishedInFull() {
        Map<String, DecisionForm.Field> fields = fields(DecisionForm.empty(DecisionForm.Kind.LICENSING).page(new LinkedHashMap<>()));
        assertTrue(fields.get("personIdNumber").secret(), "typed as text the browser does not remember");
        assertTrue(fields.get("personIdNumber").hint().contains("绝不全文公开"), fields.get("personIdNumber").hint());
        assertTrue(fields.get("legalRepresentativeIdNumber").secret());
        assertEquals(List.of("", "LEGAL_ENTITY", "NATURAL_PERSON", "INDIVIDUAL_BUSINESS"),
                fields.get("partyCategory").options().stream().map(DecisionForm.Option::value).toList());
    }

    @Test
    void amountsAreReadAsPeopleWriteThem() {
        assertEquals(Optional.of(new BigDecimal("2000")), DecisionForm.yuan("2000元"));
        assertEquals(Optional.of(new BigDecimal("2000.50")), DecisionForm.yuan("2,000.50"));
        assertEquals(Optional.of(new BigDecimal("15000")), DecisionForm.yuan("1.5万"));
        assertEquals(Optional.empty(), DecisionForm.yuan("0.0000001万"), "no amount has less than a fen");
        assertEquals(Optional.empty(), DecisionForm.yuan("-2000"));
    }

    static Map<String, DecisionForm.Field> fields(List<DecisionForm.Fieldset> page) {
        Map<String, DecisionForm.Field> out = new LinkedHashMap<>();
        page.forEach(fs -> fs.fields().forEach(f -> out.put(f.name(), f)));
        return out;
    }
}
