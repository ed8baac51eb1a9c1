package cn.gov.huiji.fourlists.kernel.trace;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/**
 * The trace event contract shared by every service: a CloudEvents 1.0 event in structured JSON mode.
 * <p>
 * Context attributes: {@code id}, {@code source}, {@code specversion}, {@code type}, {@code subject},
 * {@code time}, {@code datacontenttype}. Extensions (CloudEvents extension names are lower-case):
 * {@code sequence} — per-source, gapless and increasing, so a missing trace can be detected (R-AUD-3);
 * {@code actorid}, {@code actorroles} (comma-separated), {@code actorsection} — who acted (R-AUD-1);
 * {@code datadigest} — {@code sha256:<hex>} of {@code data} as written, the digest of the change;
 * {@code signature} — base64 Ed25519 signature by the source's key over the RFC 8785 canonical JSON of the event
 * without this member (issue 13: only the owner of a topic can change what others apply; see {@link EventSignatures}).
 * The Kafka record key is the subject, so each item or case keeps its order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"specversion", "id", "source", "type", "subject", "time", "datacontenttype",
        "sequence", "actorid", "actorroles", "actorsection", "datadigest", "data", "signature"})
public record TraceEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        @JsonSerialize(using = Sequence.Writer.class) @JsonDeserialize(using = Sequence.Reader.class) long sequence,
        String actorid,
        String actorroles,
        String actorsection,
        String datadigest,
        JsonNode data,
        String signature) {

    /** An event as recorded, before its source signs it. */
    public TraceEvent(String specversion, String id, String source, String type, String subject, OffsetDateTime time,
                      String datacontenttype, long sequence, String actorid, String actorroles, String actorsection,
                      String datadigest, JsonNode data) {
        this(specversion, id, source, type, subject, time, datacontenttype, sequence, actorid, actorroles, actorsection,
                datadigest, data, null);
    }

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    @JsonIgnore
    public Actor actor() {
        return Actor.of(actorid, actorroles, actorsection);
    }
}
