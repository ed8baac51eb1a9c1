package cn.gov.huiji.fourlists.kernel.trace;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The faster Ed25519 gives the JDK's signatures and accepts exactly what the JDK accepts (issue 13's signatures, issue 19). */
class Ed25519SignerTest {

    @Test
    void signsAsTheJdkDoesAndEachVerifiesTheOther() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] message = "{\"source\":\"fourlists/list-service\",\"subject\":\"item/410108-AJ-CF-001\"}".getBytes(StandardCharsets.UTF_8);
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initSign(keys.getPrivate());
        jdk.update(message);
        byte[] byJdk = jdk.sign();
        byte[] fast = Ed25519Signer.sign(keys.getPrivate(), message);
        assertArrayEquals(byJdk, fast, "Ed25519 is deterministic: the same key and message give the same signature");
        assertTrue(Ed25519Signer.verify(keys.getPublic(), message, byJdk), "the JDK's signature verifies");
        jdk.initVerify(keys.getPublic());
        jdk.update(message);
        assertTrue(jdk.verify(fast), "and the JDK verifies this one");
    }

    @Test
    void refusesAChangedMessageAnotherKeyAndAMalformedSignature() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] message = "处罚决定书 惠安监罚〔2026〕1号".getBytes(StandardCharsets.UTF_8);
        byte[] signature = Ed25519Signer.sign(keys.getPrivate(), message);
        byte[] changed = message.clone();
        changed[0] ^= 1;
        assertFalse(Ed25519Signer.verify(keys.getPublic(), changed, signature), "a changed message");
        assertFalse(Ed25519Signer.verify(other.getPublic(), message, signature), "another service's key");
        byte[] flipped = signature.clone();
        flipped[40] ^= 1;
        assertFalse(Ed25519Signer.verify(keys.getPublic(), message, flipped), "a changed signature");
        assertFalse(Ed25519Signer.verify(keys.getPublic(), message, new byte[10]), "a signature of the wrong length");
    }
}
