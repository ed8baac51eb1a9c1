package cn.gov.huiji.fourlists.workbench.service;

import cn.gov.huiji.fourlists.kernel.trace.EventSignature;
import cn.gov.huiji.fourlists.logverifier.TreeHead;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Only what a service signed notifies anyone (issue 13): an event counts when it came from the topic's owner and
 * that owner's Ed25519 key signed it. The public keys come from files, never from the sender.
 */
public class EventAuthenticity {

    /** The owner of each topic the workbench reads. */
    static final Map<String, String> OWNER = Map.of("adjustment-events", "adjustment-service", "complaint-events", "complaint-service",
            "list-events", "list-service", "disclosure-events", "disclosure-service");

    private final Path keyDir;
    private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();

    public EventAuthenticity(Path keyDir) {
        this.keyDir = keyDir;
    }

    /** Empty when the event is authentic; otherwise why not. */
    public Optional<String> refusal(JsonNode event, String topic) {
        String owner = OWNER.get(topic);
        if (owner == null) {
            return Optional.of("the workbench reads no topic " + topic);
        }
        if (!("fourlists/" + owner).equals(event.path("source").asText())) {
            return Optional.of("topic " + topic + " belongs to " + owner + ", not to " + event.path("source").asText());
        }
        PublicKey key = keys.computeIfAbsent(owner, this::read);
        if (key == null) {
            return Optional.of("no public key of " + owner + " in " + keyDir);
        }
        return EventSignature.verifies(event, key) ? Optional.empty() : Optional.of("the signature of " + owner + " does not verify");
    }

    private PublicKey read(String service) {
        Path file = keyDir.resolve(service + ".pub.pem");
        try {
            // a missing key is looked for again next time: a local service writes it when it first starts
            return Files.exists(file) ? TreeHead.publicKeyFromPem(Files.readString(file)) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
