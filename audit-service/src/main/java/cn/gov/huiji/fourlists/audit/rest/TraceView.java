package cn.gov.huiji.fourlists.audit.rest;

import cn.gov.huiji.fourlists.audit.domain.TraceEntry;
import cn.gov.huiji.fourlists.audit.log.LeafCheck;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/**
 * A stored trace as an auditor reads it. Every field comes from the stored event itself, the copy that was checked
 * against the log ({@code integrity}), never from the separate query columns.
 */
@Schema(description = "A stored trace of a duty action (履职痕迹), checked against the tamper-evident log")
public record TraceView(long id, String eventId, String source, long sequence, String type, String subject,
                        OffsetDateTime time, Actor actor, String digest, JsonNode data, OffsetDateTime receivedAt,
                        @Schema(description = "The trace's leaf index in the public log (日志位置); null until logged") Long logIndex,
                        LeafCheck.Integrity integrity) {
    public static TraceView of(TraceEntry e, LeafCheck.Checked check) {
        JsonNode event = TraceEventCodec.parseTree(e.payload);
        return new TraceView(e.id, text(event, "id"), text(event, "source"), sequence(event), text(event, "type"),
                text(event, "subject"), event.hasNonNull("time") ? OffsetDateTime.parse(event.get("time").asText()) : null,
                Actor.of(text(event, "actorid"), text(event, "actorroles"), text(event, "actorsection")), text(event, "datadigest"),
                event.get("data"), e.receivedAt, check.logIndex(), check.integrity());
    }

    private static String text(JsonNode event, String field) {
        return event.hasNonNull(field) ? event.get(field).asText() : null;
    }

    private static long sequence(JsonNode event) {
        try {
            return Long.parseLong(event.path("sequence").asText());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
