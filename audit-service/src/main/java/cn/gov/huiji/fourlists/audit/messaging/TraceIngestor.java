package cn.gov.huiji.fourlists.audit.messaging;

import cn.gov.huiji.fourlists.audit.service.TraceStore;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;

/**
 * Consumes the trace topics of every service, a polled batch at a time. The Kafka offsets are committed only
 * after the batch is in the database, so a crash redelivers rather than loses; the store makes redelivery harmless.
 */
@ApplicationScoped
public class TraceIngestor {

    public static final String CHANNEL = "traces";

    private final TraceStore store;

    public TraceIngestor(TraceStore store) {
        this.store = store;
    }

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    public void ingest(List<String> payloads) {
        store.ingestAll(payloads);
    }
}
