package cn.gov.huiji.fourlists.disclosure.service;

import cn.gov.huiji.fourlists.disclosure.domain.IdType;
import cn.gov.huiji.fourlists.disclosure.domain.LicenceCategory;
import cn.gov.huiji.fourlists.disclosure.domain.PartyCategory;
import cn.gov.huiji.fourlists.kernel.contract.PenaltyKind;
import cn.gov.huiji.fourlists.kernel.problem.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static cn.gov.huiji.fourlists.disclosure.service.DecisionChecks.Purpose.CORRECTION;
import static cn.gov.huiji.fourlists.disclosure.service.DecisionChecks.Purpose.RECEIPT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-LIST-11: the field checks of a decision, every fault at once and by field, without the service running. */
class DecisionChecksTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final String VALID_CODE = "91350100M000100Y43"; // the domain notes' example

    static PenaltyInput penalty(PartyCategory category, String creditCode, IdType personIdType, String personIdNumber,
                                List<PenaltyKind> kinds, BigDecimal fine, LocalDate date, String reason) {
        return new PenaltyInput("某某", category, creditCode, category == PartyCategory.NATURAL_PERSON ? null : "李某", null, null,
                personIdType, personIdNumber, "惠安监罚〔2026〕1号", "未按规定培训", "事实", "依据", kinds, "内容", fine, null, null, date,
                date == null ? null : date.plusDays(7), "410108-AJ-CF-001", null, null, reason);
    }

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aCompanysFineWithAValidCreditCodePasses() {
        assertEquals(List.of(), DecisionChecks.penalty(penalty(PartyCategory.LEGAL_ENTITY, VALID_CODE, null, null,
                List.of(PenaltyKind.FINE), new BigDecimal("2000"), TODAY, null), TODAY, RECEIPT));
    }

    @Test
    void aCreditCodeWithAWrongCheckCharacterIsNamed() {
        List<FieldError> errors = DecisionChecks.penalty(penalty(PartyCategory.LEGAL_ENTITY, "91350100M000100Y44", null, null,
                List.of(PenaltyKind.WARNING), null, TODAY, null), TODAY, RECEIPT);
        assertEquals(List.of("partyCreditCode"), fields(errors));
    }

    @Test
    void aNaturalPersonNeedsTheCertificateAndNoCreditCodeAndTheMessageNeverRepeatsTheNumber() {
        assertEquals(List.of("personIdType", "personIdNumber"), fields(DecisionChecks.penalty(penalty(PartyCategory.NATURAL_PERSON,
                null, null, null, List.of(PenaltyKind.WARNING), null, TODAY, null), TODAY, RECEIPT)));
        List<FieldError> malformed = DecisionChecks.penalty(penalty(PartyCategory.NATURAL_PERSON, VALID_CODE, IdType.ID_CARD,
                "4101081990", List.of(PenaltyKind.WARNING), null, TODAY, null), TODAY, RECEIPT);
        assertEquals(List.of("partyCreditCode", "personIdNumber"), fields(malformed));
        assertFalse(malformed.toString().contains("4101081990"), "a refusal never repeats the number: " + malformed);
    }

    @Test
    void theAmountsGoWithTheirKindsAndThe2009PermitKindEndsOn15July2021() {
        assertEquals(List.of("fineYuan"), fields(DecisionChecks.penalty(penalty(PartyCategory.LEGAL_ENTITY, VALID_CODE, null, null,
                List.of(PenaltyKind.FINE), null, TODAY, null), TODAY, RECEIPT)), "a fine needs its amount");
        assertEquals(List.of("fineYuan"), fields(DecisionChecks.penalty(penalty(PartyCategory.LEGAL_ENTITY, VALID_CODE, null, null,
                List.of(PenaltyKind.WARNING), new BigDecimal("100"), TODAY, null), TODAY, RECEIPT)), "no amount without a fine");
        List<PenaltyKind> old = List.of(PenaltyKind.SUSPEND_OR_REVOKE_PERMIT);
        PenaltyInput before = penalty(PartyCategory.LEGAL_ENTITY, VALID_CODE, null, null, old, null, LocalDate.of(2021, 7, 14), null);
        PenaltyInput after = penalty(PartyCategory.LEGAL_ENTITY, VALID_CODE, null, null, old, null, LocalDate.of(2021, 7, 15), null);
        assertEquals(List.of("licenceSuspendedOrRevoked"), fields(DecisionChecks.penalty(before, TODAY, RECEIPT)));
        assertTrue(fields(DecisionChecks.penalty(after, TODAY, RECEIPT)).contains("penaltyKinds"));
    }

    @Test
    void aDecisionDatedTomorrowIsRefusedAndACorrectionNeedsAReason() {
        assertEquals(List.of("decisionDate"), fields(DecisionChecks.penalty(penalty(PartyCategory.LEGAL_ENTITY, VALID_CODE, null,
                null, List.of(PenaltyKind.WARNING), null, TODAY.plusDays(1), null), TODAY, RECEIPT)));
        assertEquals(List.of("reason"), fields(DecisionChecks.penalty(penalty(PartyCategory.LEGAL_ENTITY, VALID_CODE, null, null,
                List.of(PenaltyKind.WARNING), null, TODAY, null), TODAY, CORRECTION)));
        assertEquals(List.of("reason"), fields(DecisionChecks.penalty(penalty(PartyCategory.LEGAL_ENTITY, VALID_CODE, null, null,
                List.of(PenaltyKind.WARNING), null, TODAY, "更正"), TODAY, RECEIPT)), "a receipt carries no reason");
    }

    @Test
    void aLicenceEndsNoLaterThan2099AndNotBeforeItStarts() {
        LicensingInput licence = new LicensingInput("某某经营部", PartyCategory.INDIVIDUAL_BUSINESS, VALID_CODE, "王某", null, null,
                null, null, "决定书", "惠安监许〔2026〕1号", LicenceCategory.GENERAL, null, null, "准予许可", TODAY, TODAY,
                TODAY.minusDays(1), "410108-AJ-SP-001", null, null);
        assertEquals(List.of("validTo"), fields(DecisionChecks.licensing(licence, TODAY, RECEIPT)));
    }

    @Test
    void aMaskedNumberKeepsOnlyItsFirstAndLastFour() {
        assertEquals("4101**********1234", PersonalNumbers.mask("410108199001011234"));
        assertEquals("******7", PersonalNumbers.mask("G123457"));
    }
}
