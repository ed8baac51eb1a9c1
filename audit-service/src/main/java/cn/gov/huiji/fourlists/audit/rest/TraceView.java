package cn.gov.huiji.fourlists.audit.rest;

import cn.gov.huiji.fourlists.audit.domain.TraceEntry;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(description = "A stored trace of a duty action (履职痕迹)")
public record TraceView(long id, String eventId, String source, long sequence, String type, String subject,
                        OffsetDateTime time, Actor actor, String digest, JsonNode data, OffsetDateTime receivedAt) {
    public static TraceView of(TraceEntry e) {
        JsonNode event = TraceEventCodec.parseTree(e.payload);
        return new TraceView(e.id, e.eventId.toString(), e.source, e.sequence, e.type, e.subject, e.occurredAt,
                Actor.of(e.actorId, e.actorRoles, e.actorSection), e.dataDigest, event.get("data"), e.receivedAt);
    }
}
