package cn.gov.huiji.fourlists.system;

import cn.gov.huiji.fourlists.logverifier.CanonicalJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * Signs an event with a service's own key from the local run folder, as that service's outbox would (Ed25519 over
 * the RFC 8785 form of the event without its signature). Only a test on the bureau's own machine can do this; a
 * producer on the network without the key cannot, which is the point (issue 13).
 */
final class Signer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Signer() {
    }

    /** The services run from the repository and keep their keys at run/keys/events (fourlists.trace.signing.key-dir). */
    static Path keyDir() {
        return Suite.REPO.resolve("run/keys/events");
    }

    static String as(String service, String eventJson) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(eventJson);
        event.remove("signature");
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initSign(KeyFactory.getInstance("Ed25519").generatePrivate(
                new PKCS8EncodedKeySpec(Files.readAllBytes(keyDir().resolve(service + ".pk8")))));
        ed25519.update(CanonicalJson.canonicalize(event));
        event.put("signature", Base64.getEncoder().encodeToString(ed25519.sign()));
        return JSON.writeValueAsString(event);
    }
}
