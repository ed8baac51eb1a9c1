package cn.gov.huiji.fourlists.kernel.outbox;

import cn.gov.huiji.fourlists.kernel.events.EventType;
import cn.gov.huiji.fourlists.kernel.security.ActorResolver;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * Records a duty action as a trace event (Art. 7, 10: 全程留痕) in the caller's transaction.
 * MANDATORY: a trace must share the fate of its change — none lost, none for a change that rolled back.
 */
@ApplicationScoped
public class TraceRecorder {

    private final ActorResolver actors;
    private final TraceConfig config;

    public TraceRecorder(ActorResolver actors, TraceConfig config) {
        this.actors = actors;
        this.config = config;
    }

    /** Records the action of the current caller as an event of the declared type, about one thing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P> UUID record(EventType<P> type, Object subjectId, P payload) {
        return record(actors.current(), type, subjectId, payload);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <P> UUID record(Actor actor, EventType<P> type, Object subjectId, P payload) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        if (!type.topic().equals(config.topic())) {
            throw new IllegalStateException(type.name() + " is declared for " + type.topic() + ", not for this service's "
                    + config.topic());
        }
        OutboxEntry entry = new OutboxEntry();
        entry.eventId = UUID.randomUUID();
        entry.topic = config.topic();
        entry.type = type.name();
        entry.subject = type.subject(subjectId);
        entry.occurredAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        entry.actorId = actor.userId();
        entry.actorRoles = actor.rolesAsString();
        entry.actorSection = actor.section();
        entry.data = TraceEventCodec.toJson(payload);
        entry.persist();
        return entry.eventId;
    }
}
