package cn.gov.huiji.fourlists.kernel.messaging;

import cn.gov.huiji.fourlists.kernel.events.DeadLetterEvents;
import cn.gov.huiji.fourlists.kernel.outbox.TraceConfig;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.EventSignatures;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.DateTimeException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How every consumer of the suite treats what it reads. A record it cannot use — not JSON, not an event of the
 * contract, or an event whose fields it cannot apply — is a poison record: it is traced on this service's own topic
 * ({@link DeadLetterEvents}) and nacked, so the channel's dead-letter-queue strategy puts it on {@code <topic>.dlq}
 * with the reason and the consumer goes on with the next record. Any other failure (the database is down) is retried
 * with backoff and never skipped: the record is applied once the failure passes.
 */
@ApplicationScoped
public class PoisonRecords {

    private static final Logger LOG = Logger.getLogger(PoisonRecords.class);
    private static final long MAX_BACKOFF_MS = 30_000;

    private final TraceRecorder traces;
    private final TraceConfig config;
    private final EventSignatures signatures;

    public PoisonRecords(TraceRecorder traces, TraceConfig config, EventSignatures signatures) {
        this.traces = traces;
        this.config = config;
        this.signatures = signatures;
    }

    /**
     * Reads the record as a trace event and hands it to {@code apply} once its source's signature and ownership of the
     * topic are verified; acks it, or dead-letters it as poison (a forged or unsigned event applies nothing).
     */
    public CompletionStage<Void> consume(String channel, String topic, Message<String> record, Consumer<TraceEvent> apply) {
        try {
            String receivedOn = record.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getTopic).orElse(topic);
            signatures.verify(record.getPayload(), receivedOn);
            retryingTransientFailures(channel, () -> {
                apply.accept(TraceEventCodec.read(record.getPayload()));
                return null;
            });
            return record.ack();
        } catch (RuntimeException e) {
            IncomingKafkaRecordMetadata<?, ?> kafka = record.getMetadata(IncomingKafkaRecordMetadata.class).orElse(null);
            deadLettered(channel, kafka == null ? topic : kafka.getTopic(), kafka == null ? -1 : kafka.getPartition(),
                    kafka == null ? -1 : kafka.getOffset(), reason(e));
            return record.nack(e);
        }
    }

    /**
     * Runs {@code work} until it succeeds or fails for a reason that lies in the record (then that failure is thrown):
     * a failure of the database or the network is retried with backoff, never skipped.
     */
    public <T> T retryingTransientFailures(String channel, Supplier<T> work) {
        long backoff = 200;
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (isPoison(e)) {
                    throw e;
                }
                LOG.warnf("%s: applying a record failed (attempt %d), retrying in %d ms: %s", channel, attempt, backoff, reason(e));
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
            }
        }
    }

    /** Traces a poison record on this service's topic, in a transaction of its own (the record's own work rolled back). */
    public void deadLettered(String channel, String topic, int partition, long offset, String reason) {
        LOG.warnf("%s: a record from %s (partition %d, offset %d) goes to %s.dlq: %s", channel, topic, partition, offset, topic, reason);
        QuarkusTransaction.requiringNew().run(() -> traces.record(Actor.SYSTEM, DeadLetterEvents.forTopic(config.topic()), topic,
                new DeadLetterEvents.RecordDeadLettered(channel, topic, partition, offset, reason)));
    }

    /** A failure that lies in the record, not in the moment: bad JSON, a field of the wrong form, data the database refuses. */
    static boolean isPoison(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof IllegalArgumentException || c instanceof DateTimeException || c instanceof ClassCastException
                    || c instanceof NullPointerException || c instanceof com.fasterxml.jackson.core.JacksonException) {
                return true;
            }
            // SQLSTATE class 22 (data exception) and 23 (integrity constraint violation): retrying cannot help.
            if (c instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("22") || s.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }

    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 500 ? message.substring(0, 500) : message;
    }
}
