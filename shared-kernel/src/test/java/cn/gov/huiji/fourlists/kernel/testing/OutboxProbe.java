package cn.gov.huiji.fourlists.kernel.testing;

import cn.gov.huiji.fourlists.kernel.outbox.OutboxEntry;
import cn.gov.huiji.fourlists.kernel.outbox.OutboxRelay;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.List;

/** Looks into a service's outbox and at what its relay published, for the services' fast tests. */
public final class OutboxProbe {

    private OutboxProbe() {
    }

    /** The outbox entries written for a subject, oldest first. */
    public static List<OutboxEntry> entriesFor(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEntry.<OutboxEntry>list("subject = ?1 order by id", subject));
    }

    public static long total() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEntry.count());
    }

    /** Runs the relay once and returns the trace events it published for the subject, as they went out. */
    public static List<Published> relayAndCollect(String subject) {
        InMemorySink<String> sink = Arc.container().select(InMemoryConnector.class,
                jakarta.enterprise.inject.Any.Literal.INSTANCE).get().sink(OutboxRelay.CHANNEL);
        Arc.container().instance(OutboxRelay.class).get().relayPending();
        return sink.received().stream()
                .map(OutboxProbe::published)
                .filter(p -> subject.equals(p.event().subject()))
                .toList();
    }

    private static Published published(Message<String> m) {
        OutgoingKafkaRecordMetadata<?> meta = m.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow(
                () -> new AssertionError("a trace event went out without Kafka metadata (topic and key)"));
        org.apache.kafka.common.header.Header contentType = meta.getHeaders() == null ? null : meta.getHeaders().lastHeader("content-type");
        return new Published(meta.getTopic(), String.valueOf(meta.getKey()),
                contentType == null ? null : new String(contentType.value(), java.nio.charset.StandardCharsets.UTF_8),
                m.getPayload(), TraceEventCodec.read(m.getPayload()));
    }

    /** One published record: topic, key, its content-type header, the exact payload and the parsed event. */
    public record Published(String topic, String key, String contentType, String payload, TraceEvent event) {
    }
}
