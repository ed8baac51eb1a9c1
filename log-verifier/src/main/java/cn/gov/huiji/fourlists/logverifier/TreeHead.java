package cn.gov.huiji.fourlists.logverifier;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * A signed tree head (STH): the log's size and root at a moment, signed with Ed25519.
 * <p>
 * The signature covers exactly these 50 bytes (the layout of RFC 6962 §3.5's TreeHeadSignature, big-endian):
 * <pre>
 *   offset 0   1 byte   version         = 0
 *   offset 1   1 byte   signature_type  = 1 (tree_hash)
 *   offset 2   8 bytes  timestamp       milliseconds since 1970-01-01T00:00:00Z, unsigned
 *   offset 10  8 bytes  tree_size       number of leaves, unsigned
 *   offset 18 32 bytes  sha256_root_hash
 * </pre>
 *
 * @param treeSize  number of leaves
 * @param rootHash  lower-case hex of the 32-byte root
 * @param timestamp milliseconds since the epoch
 * @param signature base64 of the 64-byte Ed25519 signature
 */
public record TreeHead(long treeSize, String rootHash, long timestamp, String signature) {

    public static final int SIGNED_LENGTH = 50;

    public static byte[] signedBytes(long timestamp, long treeSize, byte[] root) {
        if (root.length != Rfc6962.HASH_SIZE) {
            throw new IllegalArgumentException("a root hash has 32 bytes");
        }
        return ByteBuffer.allocate(SIGNED_LENGTH).put((byte) 0).put((byte) 1).putLong(timestamp).putLong(treeSize)
                .put(root).array();
    }

    public static TreeHead sign(long timestamp, long treeSize, byte[] root, PrivateKey key) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(key);
            ed25519.update(signedBytes(timestamp, treeSize, root));
            return new TreeHead(treeSize, Rfc6962.hex(root), timestamp, Base64.getEncoder().encodeToString(ed25519.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("tree head cannot be signed", e);
        }
    }

    /** Whether the signature is the key holder's over this head's size, root and time. */
    public boolean verify(PublicKey key) {
        try {
            byte[] root = Rfc6962.unhex(rootHash);
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update(signedBytes(timestamp, treeSize, root));
            return ed25519.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public byte[] root() {
        return Rfc6962.unhex(rootHash);
    }

    /** An Ed25519 public key from its PEM form (SubjectPublicKeyInfo, "BEGIN PUBLIC KEY"). */
    public static PublicKey publicKeyFromPem(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key in PEM form", e);
        }
    }

    public static String toPem(PublicKey key) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }
}
