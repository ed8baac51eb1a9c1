package cn.gov.huiji.fourlists.list.messaging;

import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import cn.gov.huiji.fourlists.list.service.AdjustmentApplier;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Listens to adjustment-service: a published adjustment changes the lists (Art. 26(5)). */
@ApplicationScoped
public class AdjustmentEventsConsumer {

    public static final String CHANNEL = "adjustments";
    private static final Logger LOG = Logger.getLogger(AdjustmentEventsConsumer.class);

    private final AdjustmentApplier applier;

    public AdjustmentEventsConsumer(AdjustmentApplier applier) {
        this.applier = applier;
    }

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    public void onEvent(String payload) {
        TraceEvent event = TraceEventCodec.readRecord(payload, "adjustment-events").orElse(null);
        if (event == null) {
            return;
        }
        AdjustmentApplier.Outcome outcome = applier.apply(event);
        if (outcome == AdjustmentApplier.Outcome.REJECTED) {
            LOG.warnf("published adjustment %s could not be applied (recorded and traced)", event.subject());
        }
    }
}
