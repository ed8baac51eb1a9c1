package cn.gov.huiji.fourlists.disclosure.service;

import cn.gov.huiji.fourlists.disclosure.config.DisclosureConfig;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionKind;
import cn.gov.huiji.fourlists.kernel.contract.PenaltyKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 公示截止期 by the domain notes' rules (R-LIST-11): min 3 months, max 3 years, 安全生产 at least 1 year, longest wins. */
class DisclosurePeriodsTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 3, 10);

    /** The shipped defaults, with some settings changed. */
    static DisclosureConfig.Periods settings(boolean safety, Map<String, Period> kinds, Period licensingMaximum) {
        return new DisclosureConfig.Periods() {
            public Period minimum() { return Period.ofMonths(3); }
            public Period maximum() { return Period.ofYears(3); }
            public boolean safetyPenalties() { return safety; }
            public Period safetyMinimum() { return Period.ofYears(1); }
            public Map<String, Period> penaltyKinds() { return kinds; }
            public Period licensingMaximum() { return licensingMaximum; }
        };
    }

    static DisclosurePeriods shipped() {
        return new DisclosurePeriods(settings(true, Map.of(), Period.ofYears(3)));
    }

    private static LocalDate penalty(DisclosurePeriods periods, PenaltyKind... kinds) {
        return periods.disclosureEnd(DecisionKind.PENALTY, DECIDED, List.of(kinds), null);
    }

    @Test
    void aFineWithAnOrderToSuspendProductionShowsForTheLongerPeriodOfTheTwo() {
        DisclosurePeriods periods = shipped();
        assertEquals(LocalDate.of(2027, 3, 10), penalty(periods, PenaltyKind.FINE), "a fine alone shows for a year");
        assertEquals(LocalDate.of(2029, 3, 10), penalty(periods, PenaltyKind.FINE, PenaltyKind.ORDER_SUSPENSION),
                "罚款 + 责令停产停业: the longest period (责令停产停业, 3 years) must win, counted from the decision date");
        assertEquals(LocalDate.of(2029, 3, 10), penalty(periods, PenaltyKind.ORDER_SUSPENSION, PenaltyKind.FINE),
                "the order of the kinds must not matter");
    }

    @Test
    void aSafetyPenaltyShowsAtLeastOneYearEvenWhenItIsOnlyAWarning() {
        assertEquals(LocalDate.of(2027, 3, 10), penalty(shipped(), PenaltyKind.WARNING),
                "安全生产 penalties show at least 1 year, though a warning's own period is 3 months");
        DisclosurePeriods notSafety = new DisclosurePeriods(settings(false, Map.of(), Period.ofYears(3)));
        assertEquals(LocalDate.of(2026, 6, 10), penalty(notSafety, PenaltyKind.WARNING),
                "without the 安全生产 rule a warning shows for the 3-month minimum");
    }

    @Test
    void noPenaltyShowsShorterThanTheMinimumOrLongerThanTheMaximum() {
        DisclosurePeriods configured = new DisclosurePeriods(settings(false,
                Map.of("WARNING", Period.ofMonths(1), "DETENTION", Period.ofYears(5)), Period.ofYears(3)));
        assertEquals(LocalDate.of(2026, 6, 10), penalty(configured, PenaltyKind.WARNING), "a 1-month period is raised to the 3-month minimum");
        assertEquals(LocalDate.of(2029, 3, 10), penalty(configured, PenaltyKind.DETENTION), "a 5-year period is cut to the 3-year maximum");
    }

    @Test
    void eachKindsPeriodIsASetting() {
        DisclosurePeriods configured = new DisclosurePeriods(settings(true, Map.of("FINE", Period.ofYears(2)), Period.ofYears(3)));
        assertEquals(Period.ofYears(2), configured.periodOf(PenaltyKind.FINE));
        assertEquals(LocalDate.of(2028, 3, 10), penalty(configured, PenaltyKind.FINE), "penalty-kinds.FINE=P2Y must give 2 years");
        assertEquals(Period.ofMonths(3), configured.periodOf(PenaltyKind.WARNING), "kinds not configured keep their built-in period");
    }

    @Test
    void aMisspeltKindInTheSettingsStopsTheServiceInsteadOfBeingIgnored() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new DisclosurePeriods(settings(true, Map.of("FINES", Period.ofYears(2)), Period.ofYears(3))));
        assertTrue(e.getMessage().contains("FINES"), "the error must name the unknown kind: " + e.getMessage());
    }

    @Test
    void aLicenceShowsUntilItsValidToAndALongTermLicenceUntilTheLicensingMaximum() {
        DisclosurePeriods periods = shipped();
        assertEquals(LocalDate.of(2027, 6, 30),
                periods.disclosureEnd(DecisionKind.LICENSING, DECIDED, List.of(), LocalDate.of(2027, 6, 30)),
                "a licence valid to 2027-06-30 shows until then");
        assertEquals(LocalDate.of(2029, 3, 10),
                periods.disclosureEnd(DecisionKind.LICENSING, DECIDED, List.of(), DisclosurePeriods.INDEFINITE),
                "长期 (2099-12-31) is cut at the 3-year licensing maximum");
        DisclosurePeriods fiveYears = new DisclosurePeriods(settings(true, Map.of(), Period.ofYears(5)));
        assertEquals(LocalDate.of(2031, 3, 10),
                fiveYears.disclosureEnd(DecisionKind.LICENSING, DECIDED, List.of(), DisclosurePeriods.INDEFINITE),
                "licensing-maximum is a setting");
    }

    @Test
    void aPenaltyWithoutAKindHasNoPeriod() {
        assertThrows(IllegalArgumentException.class, () -> shipped().disclosureEnd(DecisionKind.PENALTY, DECIDED, List.of(), null));
    }
}
