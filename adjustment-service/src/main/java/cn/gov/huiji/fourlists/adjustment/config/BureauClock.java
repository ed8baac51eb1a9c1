package cn.gov.huiji.fourlists.adjustment.config;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** The bureau's clock: China Standard Time; pinned to a date only where a test must not depend on the day it runs. */
@ApplicationScoped
public class BureauClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @ConfigMapping(prefix = "fourlists.clock")
    public interface ClockConfig {
        /** A fixed "today" (tests only). */
        Optional<LocalDate> today();
    }

    @Produces
    @ApplicationScoped
    Clock clock(ClockConfig config) {
        return config.today()
                .map(day -> Clock.fixed(day.atTime(10, 0).atZone(ZONE).toInstant(), ZONE))
                .orElse(Clock.system(ZONE));
    }
}
