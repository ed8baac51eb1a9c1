package cn.gov.huiji.fourlists.logverifier;

import java.util.Arrays;
import java.util.List;

/**
 * Verifies RFC 6962 proofs exactly as RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2 (consistency) describe.
 * Every hash must be 32 bytes; anything else is rejected.
 */
public final class ProofVerifier {

    private ProofVerifier() {
    }

    /** Whether {@code proof} shows that the leaf with {@code leafHash} is leaf {@code index} of the tree with {@code root}. */
    public static boolean verifyInclusion(long index, long treeSize, byte[] leafHash, List<byte[]> proof, byte[] root) {
        proof = proof == null ? List.of() : proof; // an absent proof is the empty proof
        if ( !wellFormed(leafHash) || !wellFormed(root) || !proof.stream().allMatch(ProofVerifier::wellFormed)) {
            return false;
        }
        if (index < 0 || index >= treeSize) {
            return false;
        }
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = Rfc6962.nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = Rfc6962.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** Whether {@code proof} shows that the tree of {@code size1} with {@code root1} is a prefix of the tree of {@code size2} with {@code root2}. */
    public static boolean verifyConsistency(long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2) {
        proof = proof == null ? List.of() : proof; // an absent proof is the empty proof
        if (size1 < 0 || size2 < size1) {
            return false;
        }
        if (size1 == 0) {
            // Every tree extends the empty tree: such a check proves nothing and is refused, as published.
            return false;
        }
        if (size1 == size2) {
            return proof.isEmpty() && Arrays.equals(root1, root2);
        }
        if (proof.isEmpty() || !wellFormed(root1) || !wellFormed(root2) || !proof.stream().allMatch(ProofVerifier::wellFormed)) {
            return false;
        }
        List<byte[]> path = proof;
        if (Long.bitCount(size1) == 1) {
            path = new java.util.ArrayList<>(proof.size() + 1);
            path.add(root1);
            path.addAll(proof);
        }
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = Rfc6962.nodeHash(c, fr);
                sr = Rfc6962.nodeHash(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = Rfc6962.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, root1) && Arrays.equals(sr, root2);
    }

    private static boolean wellFormed(byte[] hash) {
        return hash != null && hash.length == Rfc6962.HASH_SIZE;
    }
}
