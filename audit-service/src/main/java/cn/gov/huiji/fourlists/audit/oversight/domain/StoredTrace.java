package cn.gov.huiji.fourlists.audit.oversight.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One stored trace as oversight reads it: the envelope, who acted, the event's {@code data} and, once integrated, its
 * leaf index in the public log.
 *
 * @param id        trace_entry.id
 * @param leafIndex the leaf in the public log; null until integrated
 */
public record StoredTrace(long id, UUID eventId, String type, String subject, OffsetDateTime occurredAt, String actorId,
                          String actorSection, JsonNode data, Long leafIndex) {

    /** Whether a member of staff acted, not the service itself nor the public (their traces name no one responsible). */
    public boolean byPerson() {
        return actorId != null && !actorId.equals("system") && !actorId.equals("anonymous") && !actorId.equals("unknown");
    }
}
