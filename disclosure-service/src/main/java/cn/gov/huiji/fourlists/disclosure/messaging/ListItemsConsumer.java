package cn.gov.huiji.fourlists.disclosure.messaging;

import cn.gov.huiji.fourlists.disclosure.service.ItemProjection;
import cn.gov.huiji.fourlists.kernel.messaging.PoisonRecords;
import cn.gov.huiji.fourlists.kernel.trace.TraceTopics;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletionStage;

/**
 * Listens to list-service for the items it publishes (R-LIST-1..4): a decision must rest on a power item in force on
 * its decision date. Only events list-service signed are applied; the rest of its events are not for disclosure; a
 * record that is no event, or is forged, goes to list-events.dlq, traced.
 */
@ApplicationScoped
public class ListItemsConsumer {

    public static final String CHANNEL = "list-items";

    private final ItemProjection items;
    private final PoisonRecords records;

    public ListItemsConsumer(ItemProjection items, PoisonRecords records) {
        this.items = items;
        this.records = records;
    }

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    public CompletionStage<Void> onRecord(Message<String> record) {
        return records.consume(CHANNEL, TraceTopics.LIST, record, items::apply);
    }
}
