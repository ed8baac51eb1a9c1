package cn.gov.huiji.fourlists.list.messaging;

import cn.gov.huiji.fourlists.kernel.messaging.PoisonRecords;
import cn.gov.huiji.fourlists.kernel.trace.TraceTopics;
import cn.gov.huiji.fourlists.list.service.AdjustmentApplier;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletionStage;

/**
 * Listens to adjustment-service: a published adjustment changes the lists (Art. 26(5)). A record that cannot be
 * applied goes to adjustment-events.dlq with its reason, traced; the next one is applied as usual.
 */
@ApplicationScoped
public class AdjustmentEventsConsumer {

    public static final String CHANNEL = "adjustments";
    private static final Logger LOG = Logger.getLogger(AdjustmentEventsConsumer.class);

    private final AdjustmentApplier applier;
    private final PoisonRecords records;

    public AdjustmentEventsConsumer(AdjustmentApplier applier, PoisonRecords records) {
        this.applier = applier;
        this.records = records;
    }

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    public CompletionStage<Void> onRecord(Message<String> record) {
        return records.consume(CHANNEL, TraceTopics.ADJUSTMENT, record, event -> {
            if (applier.apply(event) == AdjustmentApplier.Outcome.REJECTED) {
                LOG.warnf("published adjustment %s could not be applied (recorded and traced)", event.subject());
            }
        });
    }
}
