package cn.gov.huiji.fourlists.kernel.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Writes and reads the wire form of {@link TraceEvent}; one mapper so every service writes the same bytes. */
public final class TraceEventCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private TraceEventCodec() {
    }

    public static String write(TraceEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("trace event cannot be written", e);
        }
    }

    /** @throws IllegalArgumentException when the text is not a trace event of this contract */
    public static TraceEvent read(String json) {
        try {
            TraceEvent event = MAPPER.readValue(json, TraceEvent.class);
            if (event == null || event.id() == null || event.source() == null || event.type() == null
                    || !TraceEvent.SPEC_VERSION.equals(event.specversion()) || event.sequence() < 1) {
                throw new IllegalArgumentException("not a trace event: id, source, type, specversion 1.0 and sequence >= 1 are required");
            }
            if (!UUID_FORM.matcher(event.id()).matches()) {
                throw new IllegalArgumentException("not a trace event: id must be a UUID, not '" + abbreviate(event.id()) + "'");
            }
            return event;
        } catch (com.fasterxml.jackson.core.JsonParseException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a trace event: " + e.getOriginalMessage(), e);
        }
    }

    private static final java.util.regex.Pattern UUID_FORM =
            java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** A JSON document as the given type (e.g. a stored item content). */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static String toJson(Object data) {
        try {
            return MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data cannot be written as JSON", e);
        }
    }

    /** The event's data as its declared payload record. @throws IllegalArgumentException when it does not fit */
    public static <T> T dataAs(TraceEvent event, Class<T> payload) {
        try {
            return MAPPER.treeToValue(event.data(), payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(event.type() + " does not carry a " + payload.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static JsonNode parseTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }

    /** {@code sha256:<hex>} of the UTF-8 bytes. */
    public static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
