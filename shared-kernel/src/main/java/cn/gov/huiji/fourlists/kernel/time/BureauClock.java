package cn.gov.huiji.fourlists.kernel.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The bureau's time: China Standard Time, whatever zone the host runs in. Every "today" of the suite (a deadline's
 * first day, a trigger "not in the future", the day a list is printed for) is the bureau's day. Plain Java with no
 * dependency, so that the portal can use it too (the jar with classifier {@code time}); {@link ClockProducer} makes
 * it the services' {@link Clock}.
 */
public final class BureauClock {

    /** The bureau's zone (惠济区, Zhengzhou): UTC+8 all year. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The one configuration property that pins the clock, for tests only: a date (at 10:00) or a date-time with offset. */
    public static final String TEST_CLOCK_PROPERTY = "fourlists.clock.now";

    private BureauClock() {
    }

    /** The system clock, in the bureau's zone. */
    public static Clock system() {
        return Clock.system(ZONE);
    }

    /**
     * A clock stopped at {@code spec}: {@code 2026-11-20} is 10:00 that day in Beijing, {@code 2026-12-05T00:30+08:00}
     * or {@code 2026-12-04T16:30:00Z} exactly that instant.
     */
    public static Clock fixed(String spec) {
        String s = spec.strip();
        try {
            if (s.length() == 10) {
                return Clock.fixed(LocalDate.parse(s).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
            }
            return Clock.fixed(s.endsWith("Z") ? Instant.parse(s) : OffsetDateTime.parse(s).toInstant(), ZONE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(TEST_CLOCK_PROPERTY + "=" + spec
                    + ": expected a date (2026-11-20) or a date-time with offset (2026-12-05T00:30+08:00)", e);
        }
    }

    /** The bureau's day on {@code clock}, whatever zone the clock carries. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** The first instant of a month in the bureau's zone: statistics per month count [start of M, start of M+1). */
    public static OffsetDateTime startOf(java.time.YearMonth month) {
        return month.atDay(1).atStartOfDay(ZONE).toOffsetDateTime();
    }

    /** The bureau's day of an instant, as people read it. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
