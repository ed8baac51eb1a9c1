package cn.gov.huiji.fourlists.disclosure.service;

import cn.gov.huiji.fourlists.disclosure.config.DisclosureConfig;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionKind;
import cn.gov.huiji.fourlists.kernel.contract.PenaltyKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 公示截止期: the day a disclosed decision leaves public view (R-LIST-11). On that day it is withdrawn, not a day
 * earlier. The rules are the domain notes' (发改办财金〔2019〕527号 and the later local rules), each period a setting
 * of {@link DisclosureConfig.Periods}:
 * <ul>
 *   <li>a penalty: the longest period of its kinds, counted from the decision date, at least the minimum (3 months),
 *       at least the 安全生产 minimum (1 year) for a 安全生产 penalty, at most the maximum (3 years);</li>
 *   <li>a licensing decision: until the licence's 有效期至, 长期 (2099-12-31) and anything longer cut at the
 *       licensing maximum (3 years) after the decision date.</li>
 * </ul>
 */
@ApplicationScoped
public class DisclosurePeriods {

    /** 有效期至 2099-12-31 means 长期 (indefinite) in the credit platforms' field sets. */
    public static final LocalDate INDEFINITE = LocalDate.of(2099, 12, 31);

    /**
     * The built-in period of each kind: the reprimands (警告, 通报批评) the minimum, the pecuniary penalties (罚款,
     * 没收) a year, the penalties that take away a permit, a qualification, the business or liberty the maximum.
     */
    public static final Map<PenaltyKind, Period> DEFAULT_PERIODS;

    static {
        Map<PenaltyKind, Period> periods = new EnumMap<>(PenaltyKind.class);
        for (PenaltyKind k : PenaltyKind.values()) {
            periods.put(k, switch (k) {
                case WARNING, CIRCULATED_CRITICISM -> Period.ofMonths(3);
                case FINE, CONFISCATE_ILLEGAL_INCOME, CONFISCATE_ILLEGAL_PROPERTY -> Period.ofYears(1);
                case SUSPEND_LICENCE, LOWER_QUALIFICATION, REVOKE_LICENCE, RESTRICT_BUSINESS, ORDER_SUSPENSION, ORDER_CLOSURE,
                     RESTRICT_EMPLOYMENT, DETENTION, SUSPEND_OR_REVOKE_PERMIT, OTHER -> Period.ofYears(3);
            });
        }
        DEFAULT_PERIODS = Collections.unmodifiableMap(periods);
    }

    private final DisclosureConfig.Periods config;
    private final Map<PenaltyKind, Period> periods;

    @Inject
    public DisclosurePeriods(DisclosureConfig config) {
        this(config.periods());
    }

    /** For tests and tools: the rules from plain settings. */
    public DisclosurePeriods(DisclosureConfig.Periods config) {
        this.config = config;
        Map<PenaltyKind, Period> merged = new EnumMap<>(DEFAULT_PERIODS);
        List<String> unknown = new ArrayList<>();
        config.penaltyKinds().forEach((name, period) -> {
            try {
                merged.put(PenaltyKind.valueOf(name.strip()), period);
            } catch (IllegalArgumentException e) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            // a misspelt kind would silently keep the built-in period: refuse to start instead
            throw new IllegalStateException("fourlists.disclosure.periods.penalty-kinds: unknown penalty kind(s) " + unknown
                    + "; expected one of " + List.of(PenaltyKind.values()));
        }
        for (Map.Entry<PenaltyKind, Period> e : merged.entrySet()) {
            if (e.getValue().isNegative() || e.getValue().isZero()) {
                throw new IllegalStateException("fourlists.disclosure.periods.penalty-kinds." + e.getKey() + "=" + e.getValue()
                        + ": a period must be positive");
            }
        }
        if (LocalDate.EPOCH.plus(config.minimum()).isAfter(LocalDate.EPOCH.plus(config.maximum()))) {
            throw new IllegalStateException("fourlists.disclosure.periods: minimum " + config.minimum() + " is longer than maximum "
                    + config.maximum());
        }
        this.periods = Collections.unmodifiableMap(merged);
    }

    /** The period of one penalty kind as configured (before the minimum and maximum). */
    public Period periodOf(PenaltyKind kind) {
        return periods.get(kind);
    }

    /**
     * The 公示截止期 of a decision.
     *
     * @param kinds          the penalty's kinds (a penalty needs at least one; ignored for licensing)
     * @param licenceValidTo the licence's 有效期至 (licensing; {@link #INDEFINITE} = 长期; null = as long as allowed)
     */
    public LocalDate disclosureEnd(DecisionKind kind, LocalDate decisionDate, List<PenaltyKind> kinds, LocalDate licenceValidTo) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(decisionDate, "decisionDate");
        return switch (kind) {
            case LICENSING -> licensingEnd(decisionDate, licenceValidTo);
            case PENALTY -> penaltyEnd(decisionDate, kinds);
        };
    }

    private LocalDate licensingEnd(LocalDate decisionDate, LocalDate validTo) {
        LocalDate cap = decisionDate.plus(config.licensingMaximum());
        if (validTo == null) {
            return cap;
        }
        if (validTo.isBefore(decisionDate)) {
            throw new IllegalArgumentException("validTo " + validTo + " is before the decision date " + decisionDate);
        }
        return validTo.isBefore(cap) ? validTo : cap;
    }

    private LocalDate penaltyEnd(LocalDate decisionDate, List<PenaltyKind> kinds) {
        if (kinds == null || kinds.isEmpty()) {
            throw new IllegalArgumentException("a penalty decision needs at least one penalty kind");
        }
        // Periods of months and years do not compare by themselves: compare the days they reach from the decision date.
        LocalDate end = decisionDate.plus(config.minimum());
        for (PenaltyKind k : kinds) {
            end = later(end, decisionDate.plus(periods.get(Objects.requireNonNull(k, "penalty kind"))));
        }
        if (config.safetyPenalties()) {
            end = later(end, decisionDate.plus(config.safetyMinimum()));
        }
        LocalDate max = decisionDate.plus(config.maximum());
        return end.isAfter(max) ? max : end;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b.isAfter(a) ? b : a;
    }
}
