package cn.gov.huiji.fourlists.audit.log;

import cn.gov.huiji.fourlists.logverifier.Rfc6962;
import cn.gov.huiji.fourlists.logverifier.TreeHead;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13: the log's public key is stored beside its private key, never derived, and the two must belong together. */
class SigningKeyTest {

    static LogConfig config(Path dir, boolean generate) {
        return new LogConfig() {
            public String signingKeyFile() { return dir.resolve("log.pk8").toString(); }
            public String publicKeyFile() { return dir.resolve("log.pub.pem").toString(); }
            public boolean generateKeyIfMissing() { return generate; }
            public int integrateBatch() { return 1; }
            public int gapGraceSeconds() { return 0; }
            public int integritySettleSeconds() { return 300; }
        };
    }

    @Test
    void aLocalRunGeneratesBothHalvesAndHeadsVerifyWithTheStoredPublicKey() throws Exception {
        Path dir = Files.createTempDirectory("log-key");
        SigningKey key = new SigningKey(config(dir, true));
        assertTrue(Files.exists(dir.resolve("log.pub.pem")), "the public key is written beside the private key");
        TreeHead head = key.sign(1, 0, Rfc6962.emptyRoot());
        assertTrue(head.verify(TreeHead.publicKeyFromPem(Files.readString(dir.resolve("log.pub.pem")))));
    }

    @Test
    void aMissingKeyAMissingPublicHalfOrAPublicKeyOfAnotherPairStopsTheService() throws Exception {
        Path dir = Files.createTempDirectory("log-key");
        assertTrue(assertThrows(IllegalStateException.class, () -> new SigningKey(config(dir, false))).getMessage()
                .contains("generate-key-if-missing=false"), "production never generates the key silently");

        new SigningKey(config(dir, true));
        Files.writeString(dir.resolve("log.pub.pem"), TreeHead.toPem(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic()));
        assertTrue(assertThrows(IllegalStateException.class, () -> new SigningKey(config(dir, false))).getMessage()
                .contains("does not belong to the log signing key"));

        Files.delete(dir.resolve("log.pub.pem"));
        assertTrue(assertThrows(IllegalStateException.class, () -> new SigningKey(config(dir, false))).getMessage()
                .contains("has no public key beside it"));
    }
}
