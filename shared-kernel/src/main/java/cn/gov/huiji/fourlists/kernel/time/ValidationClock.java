package cn.gov.huiji.fourlists.kernel.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;

import java.time.Clock;

/**
 * Bean Validation's clock is the bureau's: {@code @PastOrPresent} on a trigger dated today in Beijing holds between
 * 00:00 and 08:00 Beijing time too, when the host's own (UTC) day is still yesterday.
 */
@ApplicationScoped
public class ValidationClock implements ClockProvider {

    private final Clock clock;

    public ValidationClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return clock;
    }
}
