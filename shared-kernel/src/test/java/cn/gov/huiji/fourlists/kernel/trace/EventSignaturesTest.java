package cn.gov.huiji.fourlists.kernel.trace;

import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.outbox.TraceConfig;
import cn.gov.huiji.fourlists.kernel.testing.EventExamples;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13: a consumer applies an event only when its source signed it and the source owns the topic. */
class EventSignaturesTest {

    static TraceConfig config(String source, Path dir) {
        return new TraceConfig() {
            public String source() { return source; }
            public String topic() { return TraceTopics.ADJUSTMENT; }
            public Outbox outbox() { return null; }
            public Signing signing() {
                return new Signing() {
                    public String keyDir() { return dir.toString(); }
                    public boolean generateIfMissing() { return true; }
                };
            }
        };
    }

    @Test
    void onlyTheOwnersSignatureOnItsOwnTopicIsAccepted() throws Exception {
        Path dir = Files.createTempDirectory("event-keys");
        EventSignatures adjustment = new EventSignatures(config("fourlists/adjustment-service", dir));
        EventSignatures complaint = new EventSignatures(config("fourlists/complaint-service", dir));
        EventSignatures list = new EventSignatures(config("fourlists/list-service", dir));
        String unsigned = EventExamples.event(AdjustmentEvents.REQUEST_PUBLISHED, "r-1", 1);

        String signed = adjustment.sign(unsigned);
        assertDoesNotThrow(() -> list.verify(signed, "adjustment-events"), "the owner's signed event on its own topic is applied");

        assertTrue(assertThrows(IllegalArgumentException.class, () -> list.verify(unsigned, "adjustment-events"))
                .getMessage().startsWith("unsigned event"));
        String tampered = signed.replace("request/r-1", "request/r-2");
        assertTrue(!tampered.equals(signed), "the tampering changes the event");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> list.verify(tampered, "adjustment-events"))
                .getMessage().contains("does not verify"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> list.verify(signed, "list-events"))
                .getMessage().contains("does not own topic list-events"));
        // complaint-service signs an adjustment publication with its own, genuine key: still not the producer
        String foreign = complaint.sign(unsigned.replace("\"fourlists/adjustment-service\"", "\"fourlists/complaint-service\""));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> list.verify(foreign, "adjustment-events"))
                .getMessage().contains("is recorded by adjustment-service"));
        // a key that is not the source's: complaint-service's signature passed off as adjustment-service's
        String stolenName = foreign.replace("\"fourlists/complaint-service\"", "\"fourlists/adjustment-service\"");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> list.verify(stolenName, "adjustment-events"))
                .getMessage().contains("does not verify"));
    }
}
