package cn.gov.huiji.fourlists.adjustment.messaging;

import cn.gov.huiji.fourlists.adjustment.service.ItemProjection;
import cn.gov.huiji.fourlists.kernel.messaging.PoisonRecords;
import cn.gov.huiji.fourlists.kernel.trace.TraceTopics;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletionStage;

/** Keeps the projection of published items from list-service's events; a poison record goes to list-events.dlq. */
@ApplicationScoped
public class ListEventsConsumer {

    public static final String CHANNEL = "list-items";

    private final ItemProjection projection;
    private final PoisonRecords records;

    public ListEventsConsumer(ItemProjection projection, PoisonRecords records) {
        this.projection = projection;
        this.records = records;
    }

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    public CompletionStage<Void> onRecord(Message<String> record) {
        return records.consume(CHANNEL, TraceTopics.LIST, record, projection::apply);
    }
}
