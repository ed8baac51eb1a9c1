package cn.gov.huiji.fourlists.workbench.service;

import cn.gov.huiji.fourlists.kernel.trace.EventSignature;
import cn.gov.huiji.fourlists.logverifier.TreeHead;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 for the 双公示 topic (issue 16): a deadline warning on disclosure-events counts only when disclosure-service
 * sent it and its own key signed it; anyone else's event on that topic, or another key, notifies no one.
 */
class EventAuthenticityTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOPIC = "disclosure-events";

    @TempDir
    static Path keys;
    static KeyPair disclosure;
    static KeyPair list;

    @BeforeAll
    static void theServicesPublicKeysAreOnFile() throws Exception {
        disclosure = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        list = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.writeString(keys.resolve("disclosure-service.pub.pem"), TreeHead.toPem(disclosure.getPublic()));
        Files.writeString(keys.resolve("list-service.pub.pem"), TreeHead.toPem(list.getPublic()));
    }

    static String warning(String source) {
        return "{\"specversion\":\"1.0\",\"id\":\"1b0e7c52-3d1f-4a8e-9f20-6c5d4e3b2a10\",\"source\":\"" + source + "\","
                + "\"type\":\"fourlists.disclosure.deadline.warned\",\"subject\":\"decision/6a2f4c1e-8b3d-4e7a-9c5f-1d2e3f4a5b6c\","
                + "\"time\":\"2025-10-15T01:00:00Z\",\"actorid\":\"system\",\"data\":{\"id\":\"6a2f4c1e-8b3d-4e7a-9c5f-1d2e3f4a5b6c\","
                + "\"kind\":\"PENALTY\",\"documentNo\":\"惠安监罚〔2025〕18号\",\"state\":\"RECEIVED\",\"dueDate\":\"2025-10-16\"}}";
    }

    static Optional<String> check(String event, String topic) throws Exception {
        JsonNode tree = JSON.readTree(event);
        return new EventAuthenticity(keys).refusal(tree, topic);
    }

    @Test
    void aWarningDisclosureServiceSignedOnItsTopicCounts() throws Exception {
        assertEquals(Optional.empty(), check(EventSignature.sign(warning("fourlists/disclosure-service"), disclosure.getPrivate()), TOPIC),
                "the workbench reads disclosure-events and knows disclosure-service owns it");
    }

    @Test
    void anUnsignedForeignOrOtherwiseSignedWarningNotifiesNoOne() throws Exception {
        assertTrue(check(warning("fourlists/disclosure-service"), TOPIC).orElseThrow().contains("does not verify"),
                "an unsigned warning counts for nothing");
        assertTrue(check(EventSignature.sign(warning("fourlists/disclosure-service"), list.getPrivate()), TOPIC).orElseThrow()
                .contains("does not verify"), "list-service's key cannot speak for disclosure-service");
        assertTrue(check(EventSignature.sign(warning("fourlists/list-service"), list.getPrivate()), TOPIC).orElseThrow()
                .contains("belongs to disclosure-service"), "only disclosure-service records on disclosure-events");
    }
}
