package cn.gov.huiji.fourlists.workbench.service;

import cn.gov.huiji.fourlists.logverifier.TreeHead;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.OffsetDateTime;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 日志状态 (R-AUD-2, R-AUD-3): the latest signed tree head checked under the log's key, and the gaps, in plain words. */
class LogStateTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final long SIGNED_AT = OffsetDateTime.parse("2026-12-04T10:15:30+08:00").toInstant().toEpochMilli();

    static KeyPair key() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    static ObjectNode head(KeyPair key) {
        byte[] root = new byte[32];
        Arrays.fill(root, (byte) 0xab);
        return JSON.valueToTree(TreeHead.sign(SIGNED_AT, 5120, root, key.getPrivate()));
    }

    @Test
    void aCompleteLogWithASoundSignatureSaysSo() throws Exception {
        KeyPair key = key();
        LogState state = LogState.of(head(key), TreeHead.toPem(key.getPublic()), JSON.readTree("[]"));
        assertEquals("日志完整，无缺口。", state.summary());
        assertEquals(5120, state.treeSize());
        assertEquals("2026-12-04 10:15:30", state.signedAt(), "signed at, in the bureau's time");
        assertEquals("abababababababab…", state.rootShort(), "the root shortened for reading");
        assertEquals(64, state.rootHash().length(), "the whole root stays at hand");
        assertTrue(state.signatureValid(), state.signature());
    }

    @Test
    void aHeadThatTheKeyDidNotSignIsFlagged() throws Exception {
        KeyPair key = key();
        ObjectNode head = head(key);
        head.put("treeSize", 5119); // a smaller tree than the one signed
        LogState state = LogState.of(head, TreeHead.toPem(key.getPublic()), JSON.readTree("[]"));
        assertFalse(state.signatureValid());
        assertTrue(state.signature().startsWith("签名无效"), state.signature());
        LogState unverified = LogState.of(head(key), null, JSON.readTree("[]"));
        assertFalse(unverified.signatureValid(), "without the key nothing is claimed");
        assertEquals("未能读取日志公钥，签名未核验", unverified.signature());
    }

    @Test
    void openGapsAreCountedAndListedApartFromThoseFilledLater() throws Exception {
        KeyPair key = key();
        LogState state = LogState.of(head(key), TreeHead.toPem(key.getPublic()), JSON.readTree("""
                [{"source":"fourlists/list-service","firstMissing":41,"lastMissing":42,"detectedAt":"2026-12-04T02:00:00Z","resolvedAt":null},
                 {"source":"fourlists/complaint-service","firstMissing":7,"lastMissing":7,"detectedAt":"2026-12-03T02:00:00Z"},
                 {"source":"fourlists/adjustment-service","firstMissing":3,"lastMissing":5,"detectedAt":"2026-12-01T02:00:00Z",
                  "resolvedAt":"2026-12-01T02:05:00Z"}]"""));
        assertEquals("发现 2 处缺口，共缺 3 条痕迹（漏报），见下表。", state.summary());
        assertEquals(2, state.openGaps().size());
        LogState.Gap first = state.openGaps().get(0);
        assertEquals("清单服务", first.source());
        assertEquals(2, first.count());
        assertEquals("2026-12-04 10:00:00", first.detectedAt());
        assertEquals(1, state.resolvedGaps().size(), "a gap whose traces arrived is history, not a gap");
        assertEquals("2026-12-01 10:05:00", state.resolvedGaps().get(0).resolvedAt());
    }
}
