package cn.gov.huiji.fourlists.kernel.trace;

import org.bouncycastle.math.ec.rfc8032.Ed25519;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;

/**
 * Ed25519 (RFC 8032) for the trace events, over the same JDK keys. The JDK's implementation verifies about 1,200
 * signatures a second on one core here, which made signature checks most of audit-service's ingest (issue 19);
 * Bouncy Castle's arithmetic does about 7,000. Ed25519 is deterministic, so both give the same signature bytes and
 * each checks the other's. A key not encoded as expected falls back to the JDK.
 */
public final class Ed25519Signer {

    /** SubjectPublicKeyInfo of an Ed25519 key: this prefix, then the 32 key bytes (RFC 8410). */
    private static final byte[] PUBLIC_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
    /** PKCS#8 of an Ed25519 key without its public key: this prefix, then the 32-byte seed (RFC 8410). */
    private static final byte[] PRIVATE_PREFIX = {0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70,
            0x04, 0x22, 0x04, 0x20};

    private Ed25519Signer() {
    }

    public static byte[] sign(PrivateKey key, byte[] message) throws GeneralSecurityException {
        byte[] seed = raw(key.getEncoded(), PRIVATE_PREFIX);
        if (seed == null) {
            Signature jdk = Signature.getInstance("Ed25519");
            jdk.initSign(key);
            jdk.update(message);
            return jdk.sign();
        }
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(seed, 0, message, 0, message.length, signature, 0);
        return signature;
    }

    public static boolean verify(PublicKey key, byte[] message, byte[] signature) throws GeneralSecurityException {
        byte[] raw = raw(key.getEncoded(), PUBLIC_PREFIX);
        if (raw == null) {
            Signature jdk = Signature.getInstance("Ed25519");
            jdk.initVerify(key);
            jdk.update(message);
            return jdk.verify(signature);
        }
        if (signature.length != Ed25519.SIGNATURE_SIZE) {
            return false;
        }
        try {
            return Ed25519.verify(signature, 0, raw, 0, message, 0, message.length);
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    private static byte[] raw(byte[] encoded, byte[] prefix) {
        if (encoded == null || encoded.length != prefix.length + 32
                || !Arrays.equals(encoded, 0, prefix.length, prefix, 0, prefix.length)) {
            return null;
        }
        return Arrays.copyOfRange(encoded, prefix.length, encoded.length);
    }
}
