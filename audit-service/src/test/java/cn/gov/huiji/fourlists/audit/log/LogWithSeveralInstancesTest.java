package cn.gov.huiji.fourlists.audit.log;

import cn.gov.huiji.fourlists.audit.service.TraceStore;
import cn.gov.huiji.fourlists.kernel.events.AuditEvents;
import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import cn.gov.huiji.fourlists.kernel.testing.SignedEvents;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, R-AUD-2, R-AUD-3: with several audit-service instances storing and integrating at once, every stored trace
 * enters the log exactly once whatever the order of commits, the integrity check compares stored traces with leaves
 * and names a trace the log missed, and a gap is traced once however many instances look for it.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class LogWithSeveralInstancesTest {

    static final String SOURCE = "fourlists/instances-test";

    @Inject
    TraceStore store;
    @Inject
    MerkleLog log;
    @Inject
    LogScheduler scheduler;
    @Inject
    LogIntegrity integrity;
    @Inject
    GapDetector gaps;
    @Inject
    EntityManager em;

    static long sequence;

    static String event(String source, long seq) {
        return SignedEvents.sign(TraceEventCodec.write(new TraceEvent("1.0", UUID.randomUUID().toString(), source,
                ListEvents.ITEM_LOADED.name(), "item/instances-" + seq, OffsetDateTime.of(2026, 12, 5, 3, 0, 0, 0, ZoneOffset.UTC),
                "application/json", seq, "legal", "legal", "legal", TraceEventCodec.digest("{}"), TraceEventCodec.parseTree("{\"code\":\"1\"}"))));
    }

    static String eventId(String payload) {
        return TraceEventCodec.read(payload).id();
    }

    long traceId(String payload) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select id from trace_entry where event_id = ?1").setParameter(1, UUID.fromString(eventId(payload))).getSingleResult()).longValue());
    }

    long leavesOf(long traceId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from log_leaf where trace_entry_id = ?1").setParameter(1, traceId).getSingleResult()).longValue());
    }

    long watermark() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select last_trace_id from log_state where id = 1").getSingleResult()).longValue());
    }

    /** Integrates whatever is stored (past any spot-check checkpoint, which the scheduler signs on the way). */
    void integrateAll() {
        scheduler.integrate();
    }

    @Test
    void twoBatchesStoredAtOnceCommitInIdOrderAndEachTraceIsIntegratedOnce() throws Exception {
        integrateAll();
        String first = event(SOURCE, ++sequence);
        String second = event(SOURCE, ++sequence);
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // Instance 1 stores its batch and has not committed yet; instance 2 stores another batch meanwhile.
            Future<?> one = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                store.ingestAll(List.of(first));
                firstInserted.countDown();
                await(releaseFirst);
            }));
            assertTrue(firstInserted.await(30, TimeUnit.SECONDS), "the first batch was not stored");
            Future<?> two = pool.submit(() -> store.ingestAll(List.of(second)));
            Thread.sleep(500);
            assertFalse(two.isDone(), "a second batch must wait until the first has committed: otherwise its higher ids could "
                    + "be integrated before the first batch's lower ones commit, and those would be skipped for good");
            integrateAll(); // another instance integrates while the first batch is still open
            releaseFirst.countDown();
            one.get(30, TimeUnit.SECONDS);
            two.get(30, TimeUnit.SECONDS);
        } finally {
            releaseFirst.countDown();
            pool.shutdownNow();
        }
        integrateAll();
        long firstId = traceId(first);
        long secondId = traceId(second);
        assertTrue(firstId < secondId, "ids are handed out in commit order: " + firstId + " then " + secondId);
        assertEquals(1, leavesOf(firstId), "the first batch's trace has exactly one leaf");
        assertEquals(1, leavesOf(secondId), "the second batch's trace has exactly one leaf");
        LogIntegrity.Report report = integrity.check();
        assertTrue(report.consistent(), "every stored trace up to the watermark has its leaf: " + report);
    }

    @Test
    void aTraceCommittedBelowTheWatermarkIsReportedAndThenIntegratedOnce() throws Exception {
        integrateAll();
        String late = event(SOURCE, ++sequence);
        String early = event(SOURCE, ++sequence);
        CountDownLatch lateInserted = new CountDownLatch(1);
        CountDownLatch releaseLate = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // A writer that does not go through TraceStore (and so does not take its lock) takes an id and commits late.
            Future<?> writer = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                insertDirectly(late);
                lateInserted.countDown();
                await(releaseLate);
            }));
            assertTrue(lateInserted.await(30, TimeUnit.SECONDS), "the direct insert did not happen");
            store.ingestAll(List.of(early)); // a higher id, committed first
            integrateAll();
            releaseLate.countDown();
            writer.get(30, TimeUnit.SECONDS);
        } finally {
            releaseLate.countDown();
            pool.shutdownNow();
        }
        long lateId = traceId(late);
        assertTrue(lateId < traceId(early) && lateId < watermark(), "the late trace's id lies below the watermark");
        assertEquals(0, leavesOf(lateId), "integration in id order passed it by");

        LogIntegrity.Report found = integrity.check();
        assertFalse(found.consistent(), "the integrity check must report the trace the log missed: " + found);
        assertTrue(found.unintegratedTraceIds().contains(lateId), "it names trace " + lateId + ": " + found);
        assertEquals(found.unintegrated(), found.storedUpToWatermark() - found.treeSize(),
                "stored traces up to the watermark and leaves differ by the traces without a leaf: " + found);
        given().get("/api/v1/log/integrity").then().statusCode(200)
                .body("consistent", equalTo(false)).body("unintegratedTraceIds", hasItem((int) lateId));
        given().get("/q/health/group/log-integrity").then().statusCode(503);
        assertTrue(given().get("/q/metrics").then().statusCode(200).extract().asString().contains("fourlists_log_unintegrated"),
                "the count is a metric");

        integrateAll();
        integrateAll();
        assertEquals(1, leavesOf(lateId), "integration appends the missed trace, once");
        LogIntegrity.Report healed = integrity.check();
        assertTrue(healed.consistent(), "after integration the log holds every stored trace: " + healed);
        given().get("/api/v1/log/integrity").then().statusCode(200).body("consistent", equalTo(true));
        given().get("/q/health/group/log-integrity").then().statusCode(200);
    }

    @Test
    void anEntrySkippedByMovingTheWatermarkIsReported() {
        integrateAll();
        String skipped = event(SOURCE, ++sequence);
        store.ingestAll(List.of(skipped));
        long skippedId = traceId(skipped);
        // What a faulty integration would leave: the watermark past an entry that got no leaf (log_state is mutable).
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update log_state set last_trace_id = ?1 where id = 1").setParameter(1, skippedId).executeUpdate());

        LogIntegrity.Report report = integrity.check();
        assertFalse(report.consistent(), "a stored trace below the watermark without a leaf is reported: " + report);
        assertEquals(List.of(skippedId), report.unintegratedTraceIds(), "exactly the skipped trace is named");
        assertEquals(report.treeSize() + 1, report.storedUpToWatermark(), "one more stored trace than leaves: " + report);

        integrateAll();
        assertEquals(1, leavesOf(skippedId), "integration appends the skipped trace");
        assertTrue(integrity.check().consistent(), "and the log is whole again");
    }

    @Test
    void twoInstancesCheckingForGapsAtOnceTraceEachGapAndItsResolutionOnce() throws Exception {
        String source = "fourlists/gap-instances-" + UUID.randomUUID();
        store.ingestAll(List.of(event(source, 1), event(source, 3)));
        atTheSameMoment(gaps::check);
        assertEquals(List.of(AuditEvents.GAP_DETECTED.name()), gapTraces(source), "the gap is traced once by two instances");

        store.ingestAll(List.of(event(source, 2)));
        atTheSameMoment(gaps::check);
        assertEquals(List.of(AuditEvents.GAP_DETECTED.name(), AuditEvents.GAP_RESOLVED.name()), gapTraces(source),
                "its resolution is traced once by two instances");
        integrateAll();
    }

    static List<String> gapTraces(String source) {
        return OutboxProbe.entriesFor(AuditEvents.GAP_DETECTED.subject(source)).stream().map(e -> e.type).toList();
    }

    /**
     * Runs {@code work} as two instances would at the same moment: the first holds its transaction open, uncommitted,
     * while the second runs into what the first has claimed.
     */
    static <T> List<T> atTheSameMoment(Callable<T> work) throws Exception {
        CountDownLatch firstDone = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<T> first = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                T result = work.call();
                firstDone.countDown();
                await(secondStarted);
                Thread.sleep(500); // the second is now waiting for the rows the first claimed
                return result;
            }));
            if (!firstDone.await(30, TimeUnit.SECONDS)) {
                first.get(1, TimeUnit.SECONDS); // surfaces why the first failed
            }
            Future<T> second = pool.submit(() -> {
                secondStarted.countDown();
                return work.call();
            });
            return List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test's other thread did not come");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void insertDirectly(String payload) {
        TraceEvent e = TraceEventCodec.read(payload);
        em.createNativeQuery("""
                        insert into trace_entry (event_id, source, sequence, type, subject, occurred_at, actor_id, actor_roles,
                                                 actor_section, data_digest, payload, received_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, now())""")
                .setParameter(1, UUID.fromString(e.id())).setParameter(2, e.source()).setParameter(3, e.sequence()).setParameter(4, e.type())
                .setParameter(5, e.subject()).setParameter(6, e.time()).setParameter(7, e.actorid()).setParameter(8, e.actorroles())
                .setParameter(9, e.actorsection()).setParameter(10, e.datadigest()).setParameter(11, payload).executeUpdate();
    }
}
