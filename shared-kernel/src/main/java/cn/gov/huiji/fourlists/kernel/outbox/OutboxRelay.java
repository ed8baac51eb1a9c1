package cn.gov.huiji.fourlists.kernel.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Publishes committed outbox entries to Kafka (idempotent producer, acks=all) and marks them sent only
 * after the broker acknowledged them. A crash anywhere in between means the entry is published again on
 * the next run, with the same id and sequence, and the audit log stores it once.
 * <p>
 * Every instance of a service runs its relay on the same database (issue 18). Each batch is claimed with
 * {@code FOR UPDATE SKIP LOCKED} in one transaction that spans publish, the wait for the broker and the mark, so two
 * live relays never publish the same entry, and a relay that dies releases its claim with its connection. Within a
 * batch entries go out in sequence order; across relays one subject's entries never overtake each other (see
 * {@link OutboxStore#claim}), so the subject-keyed partition receives them in order.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "trace-events";
    /** CloudEvents Kafka protocol binding §3.2, structured mode: the record's value is the whole event as JSON. */
    public static final String CONTENT_TYPE = "application/cloudevents+json";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Room the claiming transaction leaves beyond the wait for the broker, for the database work around it. */
    private static final int TRANSACTION_MARGIN_SECONDS = 30;

    private final OutboxStore store;
    private final TraceConfig config;
    private final Emitter<String> emitter;

    public OutboxRelay(OutboxStore store, TraceConfig config, @Channel(CHANNEL) Emitter<String> emitter) {
        this.store = store;
        this.config = config;
        this.emitter = emitter;
    }

    // The first run waits until reactive messaging has wired the emitter's channel at start-up.
    @Scheduled(identity = "outbox-relay", every = "${fourlists.trace.outbox.poll-interval:1s}",
            delayed = "${fourlists.trace.outbox.initial-delay:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!config.outbox().relayEnabled()) {
            return;
        }
        try {
            relayPending();
        } catch (RuntimeException e) {
            // The entries stay unsent and are tried again on the next tick.
            LOG.warnf("outbox relay run failed, will retry: %s", e.getMessage());
        }
    }

    /** Publishes everything pending that no other relay holds; returns how many entries were acknowledged. */
    public int relayPending() {
        int batch = config.outbox().batchSize();
        int published = 0;
        while (true) {
            store.assignSequences(batch);
            Run run = QuarkusTransaction.requiringNew()
                    .timeout(config.outbox().publishTimeoutSeconds() + TRANSACTION_MARGIN_SECONDS)
                    .call(() -> publishClaimed(batch));
            published += run.acked();
            // stop when the claim came up short (nothing more, or another relay holds the rest), an entry waits for an
            // earlier one of its subject, or the broker did not acknowledge everything: the next tick tries again
            if (run.claimed() < batch || run.acked() < run.claimed()) {
                return published;
            }
        }
    }

    /** One batch, inside the claiming transaction: the claim ends when it commits, after the acknowledged are marked. */
    private Run publishClaimed(int batch) {
        OutboxStore.Claim claim = store.claim(batch);
        List<OutboxEntry> entries = claim.publishable();
        List<CompletableFuture<Void>> acks = new ArrayList<>(entries.size());
        for (OutboxEntry entry : entries) {
            acks.add(send(entry));
        }
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .get(config.outbox().publishTimeoutSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warnf("broker did not acknowledge all of %d trace events: %s", entries.size(), e.getMessage());
        }
        // The unacknowledged stay unsent and go out again in a later batch. (As before issue 18: should the broker refuse
        // an entry but take a later one of the same subject, the later one stays sent; the idempotent producer keeps a
        // partition's records in order, so this needs a refusal of one record that spares the next.)
        List<Long> acked = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            CompletableFuture<Void> ack = acks.get(i);
            if (ack.isDone() && !ack.isCompletedExceptionally()) {
                acked.add(entries.get(i).id);
            }
        }
        store.markSent(acked);
        return new Run(claim.size(), acked.size());
    }

    private record Run(int claimed, int acked) {
    }

    private CompletableFuture<Void> send(OutboxEntry entry) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(entry.topic)
                .withKey(entry.subject) // the subject keys the record: one item's or case's events stay in order
                .withHeaders(new RecordHeaders().add("content-type", CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)))
                .build();
        Message<String> message = Message.of(entry.payload, Metadata.of(kafka),
                () -> {
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        emitter.send(message);
        return ack;
    }
}
