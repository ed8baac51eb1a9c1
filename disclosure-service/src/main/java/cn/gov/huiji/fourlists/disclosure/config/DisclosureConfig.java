package cn.gov.huiji.fourlists.disclosure.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;
import java.util.Map;

/** disclosure-service settings (双公示, R-LIST-11, Art. 8). */
@ConfigMapping(prefix = "fourlists.disclosure")
public interface DisclosureConfig {

    /** 公示期限: how long a decision stays public, which fixes its 公示截止期. */
    Periods periods();

    /** The service's own scans: the 7-working-day deadline's warnings and flags, the withdrawal at 公示截止期. */
    Scans scans();

    interface Scans {
        /**
         * How often they run (a scheduler period). Each finds what is due on the bureau's day and claims it once, so a
         * run missed (the service down at midnight) is made up by the next.
         */
        @WithDefault("1h")
        String interval();
    }

    /**
     * The periods of the domain notes (发改办财金〔2019〕527号 and the later local rules): a penalty shows for the
     * longest period of its kinds, counted from the decision date, never less than {@link #minimum} nor more than
     * {@link #maximum}; 安全生产 penalties at least {@link #safetyMinimum}. A licensing decision shows until its
     * licence's 有效期至, 长期 (2099-12-31) and anything longer cut at {@link #licensingMaximum}.
     */
    interface Periods {
        /** The shortest period any penalty shows (local rules: 3 months). */
        @WithDefault("P3M")
        Period minimum();

        /** The longest period any penalty shows (527号 and local rules: 3 years). */
        @WithDefault("P3Y")
        Period maximum();

        /** Whether the bureau's penalties are 安全生产 penalties: an emergency-management bureau's all are. */
        @WithDefault("true")
        boolean safetyPenalties();

        /** 安全生产 penalties show at least this long (local rules: 1 year). */
        @WithDefault("P1Y")
        Period safetyMinimum();

        /**
         * Per penalty kind (the kernel's PenaltyKind names, e.g. {@code penalty-kinds.WARNING=P3M}), replacing the
         * built-in period of that kind; kinds not named keep theirs (DisclosurePeriods.DEFAULT_PERIODS).
         */
        Map<String, Period> penaltyKinds();

        /** A licensing decision's 公示截止期 is never later than this after its decision date (长期 licences). */
        @WithDefault("P3Y")
        Period licensingMaximum();
    }
}
