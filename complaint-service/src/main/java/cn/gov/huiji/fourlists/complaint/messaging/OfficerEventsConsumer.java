package cn.gov.huiji.fourlists.complaint.messaging;

import cn.gov.huiji.fourlists.complaint.service.OfficerProjection;
import cn.gov.huiji.fourlists.kernel.messaging.PoisonRecords;
import cn.gov.huiji.fourlists.kernel.trace.TraceTopics;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletionStage;

/**
 * Listens to list-service for the enforcement officers it registers (R-LIST-9): a complaint about an officer must
 * name a certificate that exists (R-CMP-2). Only events list-service signed are applied; the rest of list-service's
 * events are not for complaints; a record that is no event, or is forged, goes to list-events.dlq, traced.
 */
@ApplicationScoped
public class OfficerEventsConsumer {

    public static final String CHANNEL = "list-officers";

    private final OfficerProjection officers;
    private final PoisonRecords records;

    public OfficerEventsConsumer(OfficerProjection officers, PoisonRecords records) {
        this.officers = officers;
        this.records = records;
    }

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    public CompletionStage<Void> onRecord(Message<String> record) {
        return records.consume(CHANNEL, TraceTopics.LIST, record, officers::apply);
    }
}
