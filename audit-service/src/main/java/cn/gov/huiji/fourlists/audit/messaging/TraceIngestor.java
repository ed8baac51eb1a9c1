package cn.gov.huiji.fourlists.audit.messaging;

import cn.gov.huiji.fourlists.audit.service.TraceStore;
import cn.gov.huiji.fourlists.kernel.messaging.PoisonRecords;
import cn.gov.huiji.fourlists.kernel.trace.EventSignatures;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Consumes the trace topics of every service, a polled batch at a time. The Kafka offsets are committed only after
 * the batch is in the database, so a crash redelivers rather than loses; the store makes redelivery harmless. A record
 * the log must not hold (unreadable, or a sequence number another event already holds) is kept aside, sent to
 * {@code <topic>.dlq} with the reason and traced; the batch goes on. A failing database is retried, never skipped.
 */
@ApplicationScoped
public class TraceIngestor {

    public static final String CHANNEL = "traces";
    public static final String DEAD_LETTERS = "dead-letters";

    private final TraceStore store;
    private final PoisonRecords poison;
    private final Emitter<String> deadLetters;
    private final EventSignatures signatures;

    public TraceIngestor(TraceStore store, PoisonRecords poison, @Channel(DEAD_LETTERS) Emitter<String> deadLetters,
                         EventSignatures signatures) {
        this.store = store;
        this.poison = poison;
        this.deadLetters = deadLetters;
        this.signatures = signatures;
    }

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    public CompletionStage<Void> ingest(Message<List<String>> batch) {
        List<String> received = batch.getPayload();
        List<ConsumerRecord<?, ?>> allRecords = new ArrayList<>();
        batch.getMetadata(IncomingKafkaRecordBatchMetadata.class).ifPresent(m -> {
            for (Object record : m.getRecords()) {
                allRecords.add((ConsumerRecord<?, ?>) record); // in the order of the batch's payloads
            }
        });
        // Only what its source signed, on the topic that source owns, enters the log (issue 13); the rest is
        // dead-lettered with a trace. The log then proves which service signed each event (the signature is committed
        // in its leaf, with the data).
        List<String> payloads = new ArrayList<>(received.size());
        List<ConsumerRecord<?, ?>> records = new ArrayList<>(received.size());
        // Issue 19: an Ed25519 verification costs about a millisecond of one core (the JDK's own implementation) and
        // is most of the ingest's work, so a batch's signatures are checked on all cores at once; what follows stays
        // in the batch's order.
        String[] refused = new String[received.size()];
        java.util.stream.IntStream.range(0, received.size()).parallel().forEach(i -> {
            JsonNode event = jsonObject(received.get(i));
            if (event == null) {
                return; // unreadable: the store keeps it aside as rejected, as before
            }
            ConsumerRecord<?, ?> record = i < allRecords.size() ? allRecords.get(i) : null;
            try {
                signatures.verify(event, record == null ? null : record.topic());
            } catch (RuntimeException e) {
                refused[i] = String.valueOf(e.getMessage());
            }
        });
        for (int i = 0; i < received.size(); i++) {
            ConsumerRecord<?, ?> record = i < allRecords.size() ? allRecords.get(i) : null;
            if (refused[i] == null) {
                payloads.add(received.get(i));
                records.add(record);
                continue;
            }
            if (record != null) {
                deadLetter(record, received.get(i), refused[i]);
            }
            poison.deadLettered(CHANNEL, record == null ? "unknown" : record.topic(), record == null ? -1 : record.partition(),
                    record == null ? -1 : record.offset(), refused[i]);
        }
        if (payloads.isEmpty()) {
            return batch.ack();
        }
        List<TraceStore.Rejection> rejected;
        try {
            rejected = poison.retryingTransientFailures(CHANNEL, () -> store.ingestAll(payloads)).rejected();
        } catch (RuntimeException batchFailed) {
            // A record the database refuses spoils its batch: store the records one by one to find it.
            rejected = new ArrayList<>();
            for (int i = 0; i < payloads.size(); i++) {
                String payload = payloads.get(i);
                try {
                    for (TraceStore.Rejection r : poison.retryingTransientFailures(CHANNEL, () -> store.ingestAll(List.of(payload))).rejected()) {
                        rejected.add(new TraceStore.Rejection(i, r.reason()));
                    }
                } catch (RuntimeException e) {
                    rejected.add(new TraceStore.Rejection(i, "refused by the database: " + e.getMessage()));
                }
            }
        }
        for (TraceStore.Rejection r : rejected) {
            ConsumerRecord<?, ?> record = records.get(r.index());
            String topic = record == null ? "unknown" : record.topic();
            if (record != null) {
                deadLetter(record, payloads.get(r.index()), r.reason());
            }
            poison.deadLettered(CHANNEL, topic, record == null ? -1 : record.partition(), record == null ? -1 : record.offset(), r.reason());
        }
        return batch.ack();
    }

    /** The payload as a JSON object, or null when it is not one. */
    private static JsonNode jsonObject(String payload) {
        try {
            JsonNode node = TraceEventCodec.parseTree(payload);
            return node.isObject() ? node : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void deadLetter(ConsumerRecord<?, ?> record, String payload, String reason) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-topic", record.topic().getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-partition", String.valueOf(record.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-offset", String.valueOf(record.offset()).getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<Object> kafka = OutgoingKafkaRecordMetadata.builder()
                .withTopic(record.topic() + ".dlq").withKey(record.key()).withHeaders(headers).build();
        deadLetters.send(Message.of(payload, Metadata.of(kafka)));
    }
}
