package cn.gov.huiji.fourlists.logverifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-AUD-2, R-CMP-3: the public leaf holds the envelope and commitments, never who acted or what they typed. */
class PublicLeafTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final SecureRandom RANDOM = new SecureRandom();

    static byte[] salt() {
        byte[] salt = new byte[PublicLeaf.SALT_SIZE];
        RANDOM.nextBytes(salt);
        return salt;
    }

    static JsonNode reveal() throws Exception {
        return JSON.readTree("""
                {"specversion":"1.0","id":"7d3f0c7e-1111-4e0b-9a55-0d4c3b2a1f00","source":"fourlists/complaint-service",
                 "type":"fourlists.complaint.case.identity-revealed","subject":"case/TS-2026-000123",
                 "time":"2026-12-04T08:00:00Z","datacontenttype":"application/json","sequence":"0000000000000000042",
                 "actorid":"handler-wang","actorroles":"complaint-handler","actorsection":"office",
                 "datadigest":"sha256:00","data":{"caseNo":"TS-2026-000123","reason":"核实举报人张三的联系电话"}}""");
    }

    @Test
    void aLeafShowsTheEnvelopeButNeitherTheActorNorTheFreeTextReason() throws Exception {
        String leaf = new String(PublicLeaf.of(reveal(), salt(), salt(), false), StandardCharsets.UTF_8);
        assertTrue(leaf.contains("\"subject\":\"case/TS-2026-000123\""), leaf);
        assertTrue(leaf.contains("\"type\":\"fourlists.complaint.case.identity-revealed\""), leaf);
        for (String secret : new String[]{"handler-wang", "complaint-handler", "张三", "reason", "office", "datadigest"}) {
            assertFalse(leaf.contains(secret), "the public leaf must not hold '" + secret + "': " + leaf);
        }
    }

    @Test
    void theFullEventAndItsSaltsRebuildTheLeafAndAnyEditBreaksIt() throws Exception {
        byte[] actorSalt = salt();
        byte[] dataSalt = salt();
        JsonNode event = reveal();
        byte[] leaf = PublicLeaf.of(event, actorSalt, dataSalt, false);
        assertTrue(PublicLeaf.commitsTo(leaf, event, actorSalt, dataSalt), "the stored event must prove itself against its leaf");

        ObjectNode otherActor = event.deepCopy();
        otherActor.put("actorid", "handler-li");
        assertFalse(PublicLeaf.commitsTo(leaf, otherActor, actorSalt, dataSalt), "a changed actor must not match the leaf");
        ObjectNode otherReason = event.deepCopy();
        ((ObjectNode) otherReason.get("data")).put("reason", "例行核查");
        assertFalse(PublicLeaf.commitsTo(leaf, otherReason, actorSalt, dataSalt), "a changed reason must not match the leaf");
        assertFalse(PublicLeaf.commitsTo(leaf, event, salt(), dataSalt), "another salt must not match the leaf");
    }

    @Test
    void publishedContentIsOpenedAndTheOpeningIsChecked() throws Exception {
        JsonNode item = JSON.readTree("""
                {"specversion":"1.0","id":"00000000-0000-4000-8000-000000000001","source":"fourlists/list-service",
                 "type":"fourlists.list.item.loaded","subject":"item/410108-AJ-XK-001","time":"2026-11-26T04:56:18Z",
                 "sequence":"0000000000000000001","actorid":"legal-li","actorroles":"legal","datadigest":"sha256:ab",
                 "data":{"code":"410108-AJ-XK-001","version":1,"name":"危险化学品经营许可"}}""");
        byte[] leaf = PublicLeaf.of(item, salt(), salt(), true);
        assertEquals("危险化学品经营许可", PublicLeaf.openedContent(leaf).path("data").path("name").asText());
        assertFalse(new String(leaf, StandardCharsets.UTF_8).contains("legal-li"), "even an opened leaf keeps the actor committed");

        String forged = new String(leaf, StandardCharsets.UTF_8).replace("危险化学品经营许可", "烟花爆竹经营许可");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PublicLeaf.openedContent(forged.getBytes(StandardCharsets.UTF_8)));
        assertTrue(refused.getMessage().contains("does not match its data commitment"), refused.getMessage());
    }
}
