package cn.gov.huiji.fourlists.kernel.outbox;

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

    /** Records the action of the current caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String type, String subject, Object data) {
        return record(actors.current(), type, subject, data);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(Actor actor, String type, String subject, Object data) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        OutboxEntry entry = new OutboxEntry();
        entry.eventId = UUID.randomUUID();
        entry.topic = config.topic();
        entry.type = type;
        entry.subject = subject;
        entry.occurredAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        entry.actorId = actor.userId();
        entry.actorRoles = actor.rolesAsString();
        entry.actorSection = actor.section();
        entry.data = TraceEventCodec.toJson(data == null ? java.util.Map.of() : data);
        entry.persist();
        return entry.eventId;
    }
}
