package cn.gov.huiji.fourlists.kernel.testing;

import cn.gov.huiji.fourlists.kernel.events.EventType;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A declared event type's example, in the CloudEvents envelope exactly as its producer's relay publishes it. */
public final class EventExamples {

    private EventExamples() {
    }

    /**
     * The example event about {@code subjectId} with sequence {@code sequence} and the declared example payload. Its id
     * follows from type, subject and sequence, so the same example is the same event (a redelivery) and the published
     * document does not change from one generation to the next.
     */
    public static <P> String event(EventType<P> type, Object subjectId, long sequence) {
        return event(type, subjectId, sequence, type.example());
    }

    /** The example as a consumer receives it: signed by its producer's key (issue 13). */
    public static <P> String signed(EventType<P> type, Object subjectId, long sequence) {
        return SignedEvents.sign(event(type, subjectId, sequence));
    }

    public static <P> String signed(EventType<P> type, Object subjectId, long sequence, P payload) {
        return SignedEvents.sign(event(type, subjectId, sequence, payload));
    }

    public static <P> String event(EventType<P> type, Object subjectId, long sequence, P payload) {
        String data = TraceEventCodec.toJson(payload);
        UUID id = UUID.nameUUIDFromBytes((type.name() + "|" + subjectId + "|" + sequence + "|" + data)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return TraceEventCodec.write(new TraceEvent(TraceEvent.SPEC_VERSION, id.toString(),
                "fourlists/" + type.producer(), type.name(), type.subject(subjectId),
                OffsetDateTime.parse("2026-11-26T04:56:18.301822Z"), TraceEvent.CONTENT_TYPE, sequence, "legal", "legal", "legal",
                TraceEventCodec.digest(data), TraceEventCodec.parseTree(data)));
    }
}
