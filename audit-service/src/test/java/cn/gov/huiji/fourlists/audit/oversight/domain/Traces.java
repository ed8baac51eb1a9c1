package cn.gov.huiji.fourlists.audit.oversight.domain;

import cn.gov.huiji.fourlists.kernel.events.EventType;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds the traces of one story for the plain tests, in the order they happen, one hour apart unless told. */
final class Traces {

    private final List<StoredTrace> traces = new ArrayList<>();
    private OffsetDateTime clock;
    private long id = 1;

    Traces(String startsAt) {
        clock = OffsetDateTime.parse(startsAt);
    }

    /** A trace of the declared type, by this actor of this section, carrying this payload. */
    <P> Traces add(EventType<P> type, Object subjectId, P payload, String actor, String section) {
        return at(clock.plusHours(1), type, subjectId, payload, actor, section);
    }

    <P> Traces at(OffsetDateTime time, EventType<P> type, Object subjectId, P payload, String actor, String section) {
        clock = time;
        traces.add(new StoredTrace(id++, UUID.randomUUID(), type.name(), type.subject(subjectId), time, actor, section,
                TraceEventCodec.parseTree(TraceEventCodec.toJson(payload)), id * 10));
        return this;
    }

    <P> Traces at(String time, EventType<P> type, Object subjectId, P payload, String actor, String section) {
        return at(OffsetDateTime.parse(time), type, subjectId, payload, actor, section);
    }

    List<StoredTrace> list() {
        return List.copyOf(traces);
    }
}
