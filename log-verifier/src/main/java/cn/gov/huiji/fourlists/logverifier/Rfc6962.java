package cn.gov.huiji.fourlists.logverifier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hashing of RFC 6962 §2.1 (RFC 9162 §2.1.1): SHA-256 with domain separation of leaves and nodes. */
public final class Rfc6962 {

    public static final int HASH_SIZE = 32;
    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private Rfc6962() {
    }

    /** MTH({}) = SHA-256() — the root of the empty tree. */
    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    /** MTH({d}) = SHA-256(0x00 || d). */
    public static byte[] leafHash(byte[] leaf) {
        MessageDigest md = sha256();
        md.update(LEAF_PREFIX);
        md.update(leaf);
        return md.digest();
    }

    /** SHA-256(0x01 || left || right). */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest md = sha256();
        md.update(NODE_PREFIX);
        md.update(left);
        md.update(right);
        return md.digest();
    }

    /** The largest power of two strictly smaller than n (n > 1): where RFC 6962 splits a tree of n leaves. */
    public static long splitPoint(long n) {
        if (n < 2) {
            throw new IllegalArgumentException("a tree of " + n + " leaves does not split");
        }
        return Long.highestOneBit(n - 1);
    }

    /** MTH over leaf hashes, computed naively from the definition: the reference the others are checked against. */
    public static byte[] rootOf(byte[][] leafHashes, int lo, int hi) {
        int n = hi - lo;
        if (n == 0) {
            return emptyRoot();
        }
        if (n == 1) {
            return leafHashes[lo];
        }
        int k = (int) splitPoint(n);
        return nodeHash(rootOf(leafHashes, lo, lo + k), rootOf(leafHashes, lo + k, hi));
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    public static byte[] unhex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
