package cn.gov.huiji.fourlists.audit.log;

import cn.gov.huiji.fourlists.logverifier.Rfc6962;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * RFC 6962 §2.1 over stored subtree hashes: roots, audit paths and consistency proofs read only the
 * O(log n) perfect subtrees they need, never every leaf.
 */
public final class TreeMath {

    private TreeMath() {
    }

    /** MTH(D[lo:hi]). A perfect, aligned range is one stored node; any other splits at the largest power of two. */
    public static byte[] hash(NodeSource nodes, long lo, long hi) {
        long n = hi - lo;
        if (n == 0) {
            return Rfc6962.emptyRoot();
        }
        if (Long.bitCount(n) == 1 && lo % n == 0) {
            return nodes.node(Long.numberOfTrailingZeros(n), lo / n);
        }
        long k = Rfc6962.splitPoint(n);
        return Rfc6962.nodeHash(hash(nodes, lo, lo + k), hash(nodes, lo + k, hi));
    }

    public static byte[] root(NodeSource nodes, long treeSize) {
        return hash(nodes, 0, treeSize);
    }

    /** PATH(m, D[0:n]) of RFC 6962 §2.1.1, leaf to root. */
    public static List<byte[]> inclusionProof(NodeSource nodes, long index, long treeSize) {
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + treeSize);
        }
        List<byte[]> path = new ArrayList<>();
        path(nodes, index, 0, treeSize, path);
        return path;
    }

    private static void path(NodeSource nodes, long m, long lo, long hi, List<byte[]> out) {
        long n = hi - lo;
        if (n <= 1) {
            return;
        }
        long k = Rfc6962.splitPoint(n);
        if (m < k) {
            path(nodes, m, lo, lo + k, out);
            out.add(hash(nodes, lo + k, hi));
        } else {
            path(nodes, m - k, lo + k, hi, out);
            out.add(hash(nodes, lo, lo + k));
        }
    }

    /** PROOF(m, D[n]) of RFC 6962 §2.1.2: empty when m == n or m == 0. */
    public static List<byte[]> consistencyProof(NodeSource nodes, long m, long n) {
        if (m < 0 || m > n) {
            throw new IllegalArgumentException("no consistency proof from " + m + " to " + n);
        }
        List<byte[]> proof = new ArrayList<>();
        if (m > 0 && m < n) {
            subproof(nodes, m, 0, n, true, proof);
        }
        return proof;
    }

    private static void subproof(NodeSource nodes, long m, long lo, long hi, boolean b, List<byte[]> out) {
        long n = hi - lo;
        if (m == n) {
            if (!b) {
                out.add(hash(nodes, lo, hi));
            }
            return;
        }
        long k = Rfc6962.splitPoint(n);
        if (m <= k) {
            subproof(nodes, m, lo, lo + k, b, out);
            out.add(hash(nodes, lo + k, hi));
        } else {
            subproof(nodes, m - k, lo + k, hi, false, out);
            out.add(hash(nodes, lo, lo + k));
        }
    }

    /**
     * Appends leaf {@code index} (the tree's size before the append): emits the leaf node and every perfect
     * subtree the leaf completes, reading left siblings from {@code nodes}.
     */
    public static void append(NodeSource nodes, long index, byte[] leafHash, BiConsumer<long[], byte[]> emit) {
        emit.accept(new long[]{0, index}, leafHash);
        byte[] hash = leafHash;
        int level = 0;
        long i = index;
        while ((i & 1) == 1) {
            byte[] left = nodes.node(level, i - 1);
            hash = Rfc6962.nodeHash(left, hash);
            i >>= 1;
            level++;
            emit.accept(new long[]{level, i}, hash);
        }
    }

    /** A node source over a map keyed by {@link #key}; missing nodes are an error. */
    public static NodeSource of(Map<Long, byte[]> map) {
        return (level, index) -> {
            byte[] h = map.get(key(level, index));
            if (h == null) {
                throw new IllegalStateException("node (" + level + ", " + index + ") is not stored");
            }
            return h;
        };
    }

    /** Packs (level, index) into one long: 6 bits of level, 58 bits of index. */
    public static long key(int level, long index) {
        return ((long) level << 58) | index;
    }
}
