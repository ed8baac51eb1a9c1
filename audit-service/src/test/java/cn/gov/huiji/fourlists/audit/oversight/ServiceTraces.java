package cn.gov.huiji.fourlists.audit.oversight;

import cn.gov.huiji.fourlists.audit.service.TraceStore;
import cn.gov.huiji.fourlists.kernel.events.EventType;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Traces as a service sends them to audit-service (its own source and gapless sequence), stored through the same
 * TraceStore the Kafka ingestor uses: what the oversight reads in production.
 */
final class ServiceTraces {

    private final TraceStore store;
    private final String source;
    private long sequence;

    ServiceTraces(TraceStore store, String service) {
        this.store = store;
        this.source = "fourlists/" + service + "-oversight-test-" + UUID.randomUUID();
    }

    /** Stores one trace of the declared type at the given instant, by the given actor; returns its subject. */
    <P> String store(String time, EventType<P> type, Object subjectId, P payload, String actor, String roles, String section) {
        String data = TraceEventCodec.toJson(payload);
        String subject = type.subject(subjectId);
        String event = TraceEventCodec.write(new TraceEvent("1.0", UUID.randomUUID().toString(), source, type.name(), subject,
                OffsetDateTime.parse(time), "application/json", ++sequence, actor, roles, section, TraceEventCodec.digest(data),
                TraceEventCodec.parseTree(data)));
        assertEquals(1, store.ingestAll(java.util.List.of(event)).counts().get(TraceStore.Outcome.STORED),
                type.name() + " must be stored");
        return subject;
    }

    /** The service itself (a deadline scan). */
    <P> String system(String time, EventType<P> type, Object subjectId, P payload) {
        return store(time, type, subjectId, payload, "system", null, null);
    }
}
