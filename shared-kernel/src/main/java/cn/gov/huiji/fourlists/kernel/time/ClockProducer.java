package cn.gov.huiji.fourlists.kernel.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.util.Optional;

/** The {@link Clock} every service injects: the bureau's, pinned only where {@value BureauClock#TEST_CLOCK_PROPERTY} says so. */
@ApplicationScoped
public class ClockProducer {

    @ConfigMapping(prefix = "fourlists.clock")
    public interface ClockConfig {
        /** A fixed "now" (tests only): a date, or a date-time with offset. */
        @WithName("now")
        Optional<String> now();
    }

    @Produces
    @ApplicationScoped
    Clock clock(ClockConfig config) {
        return config.now().map(BureauClock::fixed).orElseGet(BureauClock::system);
    }
}
