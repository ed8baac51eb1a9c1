package cn.gov.huiji.fourlists.kernel.trace;

import cn.gov.huiji.fourlists.logverifier.CanonicalJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;

/**
 * The signature of a trace event (pure functions, no keys held): Ed25519 over the RFC 8785 canonical JSON of the
 * event without its {@code signature} member. Canonical JSON makes the signed bytes independent of how a consumer's
 * JSON library re-serialises the event.
 */
public final class EventSignature {

    public static final String MEMBER = "signature";
    /** Trees only: no date handling needed, so tools outside the services (the benchmark driver) can sign too. */
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private EventSignature() {
    }

    static byte[] signedBytes(JsonNode event) {
        ObjectNode unsigned = event.deepCopy();
        unsigned.remove(MEMBER);
        return CanonicalJson.canonicalize(unsigned);
    }

    /** The event's JSON with its signature added. */
    public static String sign(String eventJson, PrivateKey key) {
        try {
            JsonNode event = JSON.readTree(eventJson);
            ((ObjectNode) event).put(MEMBER, Base64.getEncoder().encodeToString(Ed25519Signer.sign(key, signedBytes(event))));
            return JSON.writeValueAsString(event);
        } catch (GeneralSecurityException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the trace event cannot be signed", e);
        }
    }

    /** Whether the event carries a signature by this key over exactly its other members. */
    public static boolean verifies(JsonNode event, PublicKey key) {
        JsonNode signature = event.get(MEMBER);
        if (signature == null || !signature.isTextual()) {
            return false;
        }
        try {
            return Ed25519Signer.verify(key, signedBytes(event), Base64.getDecoder().decode(signature.asText()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
