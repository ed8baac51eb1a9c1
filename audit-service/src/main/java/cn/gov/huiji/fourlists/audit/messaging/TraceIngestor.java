package cn.gov.huiji.fourlists.audit.messaging;

import cn.gov.huiji.fourlists.audit.service.TraceStore;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes the trace topics of every service. The Kafka offset is committed only after the event is in the
 * database, so a crash redelivers rather than loses; the store makes redelivery harmless.
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
    public void ingest(String payload) {
        store.ingest(payload);
    }
}
