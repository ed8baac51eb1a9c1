package cn.gov.huiji.fourlists.audit.log;

import cn.gov.huiji.fourlists.logverifier.ProofVerifier;
import cn.gov.huiji.fourlists.logverifier.Rfc6962;
import cn.gov.huiji.fourlists.logverifier.Vectors;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-AUD-2: the incremental subtree store yields exactly RFC 6962's roots and proofs. */
class TreeMathTest {

    /** An in-memory log: leaves appended one by one, as the database store does. */
    static final class MemoryLog {
        final Map<Long, byte[]> nodes = new HashMap<>();
        final NodeSource source = TreeMath.of(nodes);
        long size;

        void append(byte[] leafHash) {
            TreeMath.append(source, size++, leafHash, (key, hash) -> nodes.put(TreeMath.key((int) key[0], key[1]), hash));
        }
    }

    static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(Rfc6962::hex).toList();
    }

    static List<String> strings(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    @Test
    void theEightReferenceLeavesGiveThePublishedRootsAndProofs() {
        JsonNode v = Vectors.json();
        MemoryLog log = new MemoryLog();
        assertEquals(v.get("roots_hex").get("0").asText(), Rfc6962.hex(TreeMath.root(log.source, 0)), "root of the empty tree");
        for (byte[] leaf : Vectors.leaves()) {
            log.append(Rfc6962.leafHash(leaf));
            assertEquals(v.get("roots_hex").get(String.valueOf(log.size)).asText(), Rfc6962.hex(TreeMath.root(log.source, log.size)),
                    "root of the first " + log.size + " leaves");
        }
        for (JsonNode p : v.get("inclusion_proofs")) {
            assertEquals(strings(p.get("proof_hex")), hex(TreeMath.inclusionProof(log.source, p.get("leaf_index").asLong(), p.get("tree_size").asLong())),
                    "published audit path " + p.get("leaf_index") + " in " + p.get("tree_size"));
        }
        for (JsonNode p : v.get("derived").get("inclusion_all")) {
            assertEquals(strings(p.get("proof_hex")), hex(TreeMath.inclusionProof(log.source, p.get("leaf_index").asLong(), p.get("tree_size").asLong())),
                    "derived audit path " + p.get("leaf_index") + " in " + p.get("tree_size"));
        }
        for (JsonNode p : v.get("consistency_proofs")) {
            assertEquals(strings(p.get("proof_hex")), hex(TreeMath.consistencyProof(log.source, p.get("size1").asLong(), p.get("size2").asLong())),
                    "published consistency proof " + p.get("size1") + " -> " + p.get("size2"));
        }
        for (JsonNode p : v.get("derived").get("consistency_all")) {
            assertEquals(strings(p.get("proof_hex")), hex(TreeMath.consistencyProof(log.source, p.get("size1").asLong(), p.get("size2").asLong())),
                    "derived consistency proof " + p.get("size1") + " -> " + p.get("size2"));
        }
    }

    @Test
    void forRandomTreesUpTo2100LeavesTheIncrementalStoreAgreesWithTheDefinition() {
        Random random = new Random(20261126);
        int max = 2100;
        MemoryLog log = new MemoryLog();
        byte[][] leafHashes = new byte[max][];
        for (int i = 0; i < max; i++) {
            byte[] leaf = new byte[1 + random.nextInt(40)];
            random.nextBytes(leaf);
            leafHashes[i] = Rfc6962.leafHash(leaf);
            log.append(leafHashes[i]);
            int size = i + 1;
            boolean edge = Long.bitCount(size) == 1 || Long.bitCount(size + 1) == 1 || Long.bitCount(size - 1) == 1;
            if (edge || random.nextInt(20) == 0) {
                byte[] root = TreeMath.root(log.source, size);
                assertArrayEquals(Rfc6962.rootOf(leafHashes, 0, size), root, "incremental root of " + size + " leaves");
                long index = random.nextInt(size);
                assertTrue(ProofVerifier.verifyInclusion(index, size, leafHashes[(int) index],
                        TreeMath.inclusionProof(log.source, index, size), root), "inclusion of leaf " + index + " in " + size);
                long m = 1 + random.nextInt(size);
                assertTrue(ProofVerifier.verifyConsistency(m, size, TreeMath.consistencyProof(log.source, m, size),
                        Rfc6962.rootOf(leafHashes, 0, (int) m), root), "consistency " + m + " -> " + size);
            }
        }
        // every leaf of the largest tree
        byte[] root = TreeMath.root(log.source, max);
        for (int index = 0; index < max; index++) {
            assertTrue(ProofVerifier.verifyInclusion(index, max, leafHashes[index], TreeMath.inclusionProof(log.source, index, max), root),
                    "inclusion of leaf " + index + " in " + max);
        }
    }

    @Test
    void aProofReadsOnlyLogarithmicallyManyNodes() {
        MemoryLog log = new MemoryLog();
        for (int i = 0; i < 5000; i++) {
            log.append(Rfc6962.leafHash(new byte[]{(byte) i, (byte) (i >> 8)}));
        }
        int[] reads = {0};
        NodeSource counting = (level, index) -> {
            reads[0]++;
            return log.source.node(level, index);
        };
        TreeMath.inclusionProof(counting, 1234, 4999);
        assertTrue(reads[0] <= 2 * 13, "an inclusion proof in 4,999 leaves read " + reads[0] + " nodes");
        reads[0] = 0;
        TreeMath.root(counting, 4999);
        assertTrue(reads[0] <= 13, "a root of 4,999 leaves read " + reads[0] + " nodes");
    }
}
