package cn.gov.huiji.fourlists.kernel.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.function.ToDoubleFunction;

/**
 * The outbox backlog on every service's metrics (issue 18): how many trace events wait unsent, and for how long the
 * oldest has waited. A relay that cannot reach the broker, or instances that all stopped relaying, show here long
 * before anyone misses a trace in audit-service. Measured from the database at each scrape, so every instance of a
 * service reports the same figures: the service's backlog, not the instance's.
 */
@Startup
@ApplicationScoped
public class OutboxGauges {

    /** Unsent outbox entries; at /q/metrics {@code fourlists_outbox_backlog}. */
    public static final String BACKLOG = "fourlists.outbox.backlog";
    /** Seconds since the oldest unsent entry was written, 0 when none; {@code fourlists_outbox_oldest_age_seconds}. */
    public static final String OLDEST_AGE = "fourlists.outbox.oldest.age";

    private static final Logger LOG = Logger.getLogger(OutboxGauges.class);

    public OutboxGauges(OutboxStore store, MeterRegistry metrics) {
        Gauge.builder(BACKLOG, store, measured("backlog", s -> s.backlog()))
                .description("Trace events written to the outbox and not yet acknowledged by the broker")
                .strongReference(true).register(metrics);
        Gauge.builder(OLDEST_AGE, store, measured("oldest age", s -> s.oldestUnsentAge().toNanos() / 1e9))
                .description("How long the oldest unsent trace event has waited in the outbox since it was written")
                .baseUnit("seconds").strongReference(true).register(metrics);
    }

    /** A scrape while the database is away reports no value (NaN) rather than failing the whole metrics page. */
    private static ToDoubleFunction<OutboxStore> measured(String what, ToDoubleFunction<OutboxStore> query) {
        return store -> {
            try {
                return query.applyAsDouble(store);
            } catch (RuntimeException e) {
                LOG.debugf("outbox %s not measured: %s", what, e.getMessage());
                return Double.NaN;
            }
        };
    }
}
