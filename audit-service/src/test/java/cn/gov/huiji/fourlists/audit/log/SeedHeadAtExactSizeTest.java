package cn.gov.huiji.fourlists.audit.log;

import cn.gov.huiji.fourlists.audit.service.TraceStore;
import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.SignedEvents;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import cn.gov.huiji.fourlists.logverifier.Rfc6962;
import cn.gov.huiji.fourlists.logverifier.SpotCheckDraw;
import cn.gov.huiji.fourlists.logverifier.TreeHead;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-ADJ-6, Art. 21: a spot check's seed is the signature of the head of exactly its seedTreeSize, so the log never
 * integrates past that size before the head is signed, signs it at once, and then goes on.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SeedHeadAtExactSizeTest {

    static final String SOURCE = "fourlists/checkpoint-test";

    @Inject
    TraceStore store;
    @Inject
    MerkleLog log;
    @Inject
    TreeHeads heads;
    @Inject
    LogScheduler scheduler;
    @Inject
    EntityManager em;

    long sequence;

    void store(int count) {
        for (int i = 0; i < count; i++) {
            long seq = ++sequence;
            store.ingest(SignedEvents.sign(TraceEventCodec.write(new TraceEvent("1.0", UUID.randomUUID().toString(), SOURCE,
                    ListEvents.ITEM_LOADED.name(), "item/checkpoint-" + seq, OffsetDateTime.of(2026, 12, 5, 2, 0, 0, 0, ZoneOffset.UTC),
                    "application/json", seq, "legal", "legal", "legal", TraceEventCodec.digest("{}"), TraceEventCodec.parseTree("{\"code\":\"1\"}")))));
        }
    }

    void announceCheckpoint(UUID id, long populationTreeSize, long seedTreeSize) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into spot_check (id, title, population, from_date, to_date, sample_size, population_tree_size,
                            seed_tree_size, algorithm, state, announced_at, announced_by, announcement_trace_id)
                        values (?1, '检查点测试（checkpoint test）', 'PUBLISHED_ITEMS', date '2026-12-01', date '2026-12-31', 3, ?2, ?3, ?4,
                            'ANNOUNCED', now(), 'discipline', ?5)""")
                .setParameter(1, id).setParameter(2, populationTreeSize).setParameter(3, seedTreeSize)
                .setParameter(4, SpotCheckDraw.ALGORITHM).setParameter(5, UUID.randomUUID()).executeUpdate());
    }

    /** Another test's checkpoint just ahead would stop the log first: go past it (the scheduler signs it on the way). */
    long sizeWithNoOtherCheckpointWithin(long distance) {
        scheduler.integrate();
        long size = log.size();
        while (QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from spot_check where seed_tree_size > ?1 and seed_tree_size <= ?2")
                .setParameter(1, log.size()).setParameter(2, log.size() + distance).getSingleResult()).longValue()) > 0) {
            store(1);
            scheduler.integrate();
            size = log.size();
        }
        return size;
    }

    @Test
    void integrationStopsAtTheSeedSizeTheHeadOfExactlyThatSizeIsSignedAndTheLogGoesOn() {
        long start = sizeWithNoOtherCheckpointWithin(3);
        long seedTreeSize = start + 3;
        announceCheckpoint(UUID.randomUUID(), Math.max(0, start - 1), seedTreeSize);
        store(7); // one batch would take all seven and jump over the seed size

        assertEquals(3, log.integrate(), "the batch must end at the seed size " + seedTreeSize + ", not take all 7 stored traces");
        assertEquals(0, log.integrate(), "at the seed size nothing more is integrated until its head is signed");
        assertEquals(seedTreeSize, log.size());
        assertTrue(log.atPendingCheckpoint(), "the log stands at a pending checkpoint");
        assertEquals(0, given().queryParam("treeSize", seedTreeSize).get("/api/v1/log/tree-heads").then().statusCode(200)
                .extract().jsonPath().getList("$").size(), "no head of the seed size yet");

        scheduler.integrate();

        List<TreeHead> seedHeads = given().queryParam("treeSize", seedTreeSize).get("/api/v1/log/tree-heads").then().statusCode(200)
                .extract().jsonPath().getList("$", TreeHead.class);
        assertEquals(1, seedHeads.size(), "the scheduler signs exactly one head of the seed size: " + seedHeads);
        TreeHead seedHead = seedHeads.get(0);
        assertEquals(seedTreeSize, seedHead.treeSize());
        String pem = given().get("/api/v1/log/public-key").then().statusCode(200).extract().asString();
        assertTrue(seedHead.verify(TreeHead.publicKeyFromPem(pem)), "the seed head must verify with the published key");
        List<String> leaves = given().queryParam("start", 0).queryParam("end", seedTreeSize - 1).get("/api/v1/log/entries")
                .then().statusCode(200).extract().jsonPath().getList("entries.leaf", String.class);
        byte[][] hashes = leaves.stream().map(l -> Rfc6962.leafHash(Base64.getDecoder().decode(l))).toArray(byte[][]::new);
        assertArrayEquals(Rfc6962.rootOf(hashes, 0, hashes.length), seedHead.root(),
                "the seed head's root is the root of the first " + seedTreeSize + " entries");
        assertEquals(seedHeads, heads.ofSize(seedTreeSize));

        assertEquals(start + 7, log.size(), "after the seed head the log takes the rest of the stored traces");
        assertFalse(log.atPendingCheckpoint(), "the checkpoint is passed");
        heads.issueIfGrown();
        List<TreeHead> later = given().queryParam("treeSize", start + 7).get("/api/v1/log/tree-heads").then().statusCode(200)
                .extract().jsonPath().getList("$", TreeHead.class);
        assertEquals(1, later.size(), "?treeSize answers only the head of exactly that size: " + later);
        assertEquals(start + 7, later.get(0).treeSize());
    }
}
