package cn.gov.huiji.fourlists.logverifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What a leaf of the public log holds (format {@value #FORMAT}). The log is public and can never be erased, so a
 * leaf holds only what anyone may read (R-AUD-2, R-CMP-3):
 * <ul>
 *   <li>the envelope of the trace event: {@code specversion, id, source, type, subject, time, sequence};</li>
 *   <li>{@code actorCommitment}: hex SHA-256(salt || RFC 8785 JSON of {@code {actorid, actorroles, actorsection}});</li>
 *   <li>{@code dataCommitment}: hex SHA-256(salt || RFC 8785 JSON of every other member of the event — its
 *       {@code data}, {@code datadigest}, {@code datacontenttype});</li>
 *   <li>for published content only (a list item as published), {@code dataOpening: {salt, content}}, which opens
 *       the data commitment for everyone.</li>
 * </ul>
 * Each salt is 32 random bytes, kept by audit-service beside the full event. Given the event and both salts, an
 * auditor rebuilds the leaf byte for byte ({@link #of}): the proof that the event is exactly the one committed at
 * its index. Without the salts nobody can test a guess of who acted or what a free-text reason said.
 */
public final class PublicLeaf {

    public static final String FORMAT = "fourlists-leaf/2";
    public static final int SALT_SIZE = 32;
    static final List<String> ENVELOPE = List.of("specversion", "id", "source", "type", "subject", "time", "sequence");
    static final List<String> ACTOR = List.of("actorid", "actorroles", "actorsection");
    private static final ObjectMapper JSON = new ObjectMapper();

    private PublicLeaf() {
    }

    /** The event cut into the three parts the leaf treats differently. */
    public record Parts(ObjectNode envelope, ObjectNode actor, ObjectNode data) {
    }

    public static Parts split(JsonNode event) {
        if (!event.isObject()) {
            throw new IllegalArgumentException("a trace event is a JSON object");
        }
        ObjectNode envelope = JSON.createObjectNode();
        ObjectNode actor = JSON.createObjectNode();
        ObjectNode data = JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = event.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            ObjectNode part = ENVELOPE.contains(member.getKey()) ? envelope : ACTOR.contains(member.getKey()) ? actor : data;
            part.set(member.getKey(), member.getValue());
        }
        return new Parts(envelope, actor, data);
    }

    /** The leaf of an event: its exact bytes, given the two salts and whether its data is published content. */
    public static byte[] of(JsonNode event, byte[] actorSalt, byte[] dataSalt, boolean openData) {
        requireSalt(actorSalt);
        requireSalt(dataSalt);
        Parts parts = split(event);
        ObjectNode leaf = JSON.createObjectNode();
        leaf.put("format", FORMAT);
        leaf.setAll(parts.envelope());
        leaf.put("actorCommitment", commitment(actorSalt, parts.actor()));
        leaf.put("dataCommitment", commitment(dataSalt, parts.data()));
        if (openData) {
            ObjectNode opening = leaf.putObject("dataOpening");
            opening.put("salt", Rfc6962.hex(dataSalt));
            opening.set("content", parts.data());
        }
        return CanonicalJson.canonicalize(leaf);
    }

    /** Whether {@code leaf} is exactly the leaf of this event under these salts. */
    public static boolean commitsTo(byte[] leaf, JsonNode event, byte[] actorSalt, byte[] dataSalt) {
        JsonNode parsed = parse(leaf);
        return Arrays.equals(leaf, of(event, actorSalt, dataSalt, parsed.has("dataOpening")));
    }

    /**
     * The published content a leaf opens, after checking that the opening matches its commitment; throws
     * {@link IllegalArgumentException} naming what is wrong.
     */
    public static JsonNode openedContent(byte[] leaf) {
        JsonNode parsed = parse(leaf);
        if (!FORMAT.equals(parsed.path("format").asText())) {
            throw new IllegalArgumentException("the leaf is not of format " + FORMAT);
        }
        JsonNode opening = parsed.get("dataOpening");
        if (opening == null) {
            throw new IllegalArgumentException("the leaf does not open its data: it is not published content");
        }
        byte[] salt = Rfc6962.unhex(opening.path("salt").asText());
        requireSalt(salt);
        if (!commitment(salt, opening.get("content")).equals(parsed.path("dataCommitment").asText())) {
            throw new IllegalArgumentException("the leaf's opened content does not match its data commitment");
        }
        if (!Arrays.equals(leaf, CanonicalJson.canonicalize(parsed))) {
            throw new IllegalArgumentException("the leaf is not in RFC 8785 canonical form");
        }
        return opening.get("content");
    }

    public static JsonNode parse(byte[] leaf) {
        try {
            return JSON.readTree(leaf);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the leaf is not JSON", e);
        }
    }

    static String commitment(byte[] salt, JsonNode part) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return Rfc6962.hex(sha256.digest(CanonicalJson.canonicalize(part)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireSalt(byte[] salt) {
        if (salt == null || salt.length != SALT_SIZE) {
            throw new IllegalArgumentException("a salt has " + SALT_SIZE + " bytes");
        }
    }
}
