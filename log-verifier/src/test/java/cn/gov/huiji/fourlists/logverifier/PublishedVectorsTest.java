package cn.gov.huiji.fourlists.logverifier;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-AUD-2: the verifier agrees with every published RFC 6962 / RFC 9162 vector. */
class PublishedVectorsTest {

    static final JsonNode V = Vectors.json();

    @Test
    void hashingMatchesTheHasherVectors() {
        for (JsonNode v : V.get("hasher_vectors")) {
            byte[] expected = Vectors.bytes(v.get("expected_hex").asText());
            byte[] actual = switch (v.get("kind").asText()) {
                case "empty_root" -> Rfc6962.emptyRoot();
                case "leaf" -> Rfc6962.leafHash(Vectors.bytes(v.get("input_hex").asText()));
                case "children" -> Rfc6962.nodeHash(Vectors.bytes(v.get("left_hex").asText()), Vectors.bytes(v.get("right_hex").asText()));
                default -> throw new AssertionError("unknown hasher vector kind " + v.get("kind"));
            };
            assertArrayEquals(expected, actual, v.get("desc").asText());
        }
    }

    @Test
    void rootsOfTheFirstNLeavesMatchForSizes0To8() {
        List<byte[]> leaves = Vectors.leaves();
        byte[][] hashes = leaves.stream().map(Rfc6962::leafHash).toArray(byte[][]::new);
        for (int n = 0; n <= 8; n++) {
            assertEquals(V.get("roots_hex").get(String.valueOf(n)).asText(), Rfc6962.hex(Rfc6962.rootOf(hashes, 0, n)),
                    "root of the first " + n + " leaves");
        }
    }

    @Test
    void everyPublishedAndDerivedInclusionProofVerifies() {
        byte[][] hashes = Vectors.leaves().stream().map(Rfc6962::leafHash).toArray(byte[][]::new);
        for (JsonNode p : V.get("inclusion_proofs")) {
            assertTrue(ProofVerifier.verifyInclusion(p.get("leaf_index").asLong(), p.get("tree_size").asLong(),
                    Vectors.bytes(p.get("leaf_hash_hex").asText()), Vectors.list(p.get("proof_hex")), Vectors.bytes(p.get("root_hex").asText())),
                    "published inclusion proof " + p);
        }
        for (JsonNode p : V.get("derived").get("inclusion_all")) {
            int index = p.get("leaf_index").asInt();
            int size = p.get("tree_size").asInt();
            assertTrue(ProofVerifier.verifyInclusion(index, size, hashes[index], Vectors.list(p.get("proof_hex")),
                    Rfc6962.rootOf(hashes, 0, size)), "derived inclusion proof of leaf " + index + " in " + size);
        }
    }

    @Test
    void everyPublishedAndDerivedConsistencyProofVerifies() {
        byte[][] hashes = Vectors.leaves().stream().map(Rfc6962::leafHash).toArray(byte[][]::new);
        for (JsonNode p : V.get("consistency_proofs")) {
            assertTrue(ProofVerifier.verifyConsistency(p.get("size1").asLong(), p.get("size2").asLong(), Vectors.list(p.get("proof_hex")),
                    Vectors.bytes(p.get("root1_hex").asText()), Vectors.bytes(p.get("root2_hex").asText())), "published consistency proof " + p);
        }
        for (JsonNode p : V.get("derived").get("consistency_all")) {
            int m = p.get("size1").asInt();
            int n = p.get("size2").asInt();
            assertTrue(ProofVerifier.verifyConsistency(m, n, Vectors.list(p.get("proof_hex")), Rfc6962.rootOf(hashes, 0, m),
                    Rfc6962.rootOf(hashes, 0, n)), "derived consistency proof " + m + " -> " + n);
        }
    }

    @Test
    void everyInclusionProbeIsJudgedAsPublished() {
        int accepted = 0;
        int rejected = 0;
        for (JsonNode p : V.get("probes").get("inclusion")) {
            boolean ok = ProofVerifier.verifyInclusion(p.get("leaf_index").asLong(), p.get("tree_size").asLong(),
                    Vectors.bytes(p.get("leaf_hash_hex").asText()),
                    p.get("proof_is_null").asBoolean() ? null : Vectors.list(p.get("proof_hex")), Vectors.bytes(p.get("root_hex").asText()));
            assertEquals(!p.get("want_err").asBoolean(), ok, p.get("file").asText() + ": " + p.get("desc").asText());
            if (ok) accepted++; else rejected++;
        }
        assertEquals(6, accepted, "positive inclusion probes");
        assertEquals(92, rejected, "negative inclusion probes");
    }

    @Test
    void everyConsistencyProbeIsJudgedAsPublished() {
        int accepted = 0;
        int rejected = 0;
        for (JsonNode p : V.get("probes").get("consistency")) {
            boolean ok = ProofVerifier.verifyConsistency(p.get("size1").asLong(), p.get("size2").asLong(),
                    p.get("proof_is_null").asBoolean() ? null : Vectors.list(p.get("proof_hex")),
                    Vectors.bytes(p.get("root1_hex").asText()), Vectors.bytes(p.get("root2_hex").asText()));
            assertEquals(!p.get("want_err").asBoolean(), ok, p.get("file").asText() + ": " + p.get("desc").asText());
            if (ok) accepted++; else rejected++;
        }
        assertEquals(6, accepted, "positive consistency probes");
        assertEquals(92, rejected, "negative consistency probes");
    }
}
