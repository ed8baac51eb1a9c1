package cn.gov.huiji.fourlists.list;

import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.outbox.OutboxEntry;
import cn.gov.huiji.fourlists.kernel.outbox.OutboxGauges;
import cn.gov.huiji.fourlists.kernel.outbox.OutboxRelay;
import cn.gov.huiji.fourlists.kernel.outbox.OutboxStore;
import cn.gov.huiji.fourlists.kernel.outbox.TraceConfig;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 18: two instances of a service relay one outbox (Art. 7, 10: 全程留痕, every trace reaches the log once).
 * Each relay here is a second {@link OutboxRelay} over the service's own {@link OutboxStore} and database, with its own
 * transactions and an emitter that captures what it would hand to Kafka.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class OutboxRelaysOnOneDatabaseTest {

    @Inject
    OutboxStore store;
    @Inject
    TraceConfig config;
    @Inject
    TraceRecorder traces;
    @Inject
    MeterRegistry metrics;

    /** Publication order over all capturing emitters: the order in which records would reach their partition. */
    static final AtomicLong CLOCK = new AtomicLong();
    static final ScheduledExecutorService BROKER = Executors.newScheduledThreadPool(2);

    @AfterAll
    static void stopBroker() {
        BROKER.shutdownNow();
    }

    @Test
    void twoRelaysPublishEveryEntryOnceGaplessAndInSubjectOrder() throws Exception {
        drain();
        assertEquals(0.0, gauge(OutboxGauges.BACKLOG), "nothing waits after a full relay run");
        assertEquals(0.0, gauge(OutboxGauges.OLDEST_AGE), "the age is 0 when nothing waits");

        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> subjects = new ArrayList<>();
        for (int s = 0; s < 7; s++) {
            subjects.add(run + "-" + s);
        }
        Instant before = Instant.now();
        List<UUID> written = new CopyOnWriteArrayList<>(write(subjects, 20)); // 7 subjects × 20 = 140 entries
        Thread.sleep(300);
        assertEquals(140.0, gauge(OutboxGauges.BACKLOG), "the backlog counts the unsent entries");
        double age = gauge(OutboxGauges.OLDEST_AGE);
        Duration sinceFirstWrite = Duration.between(before, Instant.now());
        assertTrue(age >= 0.3 && age <= sinceFirstWrite.toNanos() / 1e9,
                "the age is the time since the oldest unsent entry was written: " + age + " s, written "
                        + sinceFirstWrite + " ago and not touched for 0.3 s");
        String page = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertEquals(140.0, scraped(page, "fourlists_outbox_backlog"), "the backlog on /q/metrics");
        assertTrue(scraped(page, "fourlists_outbox_oldest_age_seconds") >= 0.3, "the age in seconds on /q/metrics");

        // Two relays with small batches and a broker that takes a few milliseconds to acknowledge, so their batches
        // overlap; a writer keeps adding entries meanwhile, as the service's requests would.
        Capture a = new Capture(Ack.LATER);
        Capture b = new Capture(Ack.LATER);
        ExecutorService instances = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<?> writer = instances.submit(() -> {
                start.await();
                written.addAll(write(subjects, 20));
                return null;
            });
            List<Future<Integer>> relays = new ArrayList<>();
            for (Capture capture : List.of(a, b)) {
                OutboxRelay relay = new OutboxRelay(store, batchOf(10), capture);
                relays.add(instances.submit(() -> {
                    start.await();
                    return relayUntilEmpty(relay, () -> writer.isDone());
                }));
            }
            start.countDown();
            writer.get(60, TimeUnit.SECONDS);
            for (Future<Integer> relay : relays) {
                relay.get(60, TimeUnit.SECONDS);
            }
        } finally {
            instances.shutdownNow();
        }

        assertTrue(a.sent.size() > 0 && b.sent.size() > 0,
                "both relays took part: " + a.sent.size() + " and " + b.sent.size() + " events");
        List<Sent> all = new ArrayList<>(a.sent);
        all.addAll(b.sent);
        Map<String, Long> perEvent = all.stream().collect(Collectors.groupingBy(s -> s.event().id(), Collectors.counting()));
        perEvent.forEach((id, n) -> assertEquals(1L, n, "event " + id + " was published " + n + " times by two live relays"));
        for (UUID id : written) {
            assertTrue(perEvent.containsKey(id.toString()), "written entry " + id + " was never published");
        }
        assertEquals(280, all.stream().filter(s -> subjects.contains(s.key().substring("section/".length()))).count(),
                "the two relays together published all 280 entries of this run");
        assertSubjectOrder(all);
        assertGapless();
        assertEquals(0.0, gauge(OutboxGauges.BACKLOG), "nothing waits after both relays ran");
        assertEquals(0.0, gauge(OutboxGauges.OLDEST_AGE), "the age is 0 again");
    }

    @Test
    void aBatchOneRelayHoldsIsSkippedByTheOtherAndItsSubjectsWaitBehindIt() throws Exception {
        drain();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String x = run + "-x";
        String y = run + "-y";
        String z = run + "-z";
        // x1 y1 | x2 z1 z2 y2: the first relay claims the first two and holds them while the broker has not answered
        List<UUID> ids = new ArrayList<>();
        for (String subject : List.of(x, y, x, z, z, y)) {
            ids.addAll(write(List.of(subject), 1));
        }
        Capture held = new Capture(Ack.ON_RELEASE);
        OutboxRelay first = new OutboxRelay(store, batchOf(2), held);
        ExecutorService instance = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> firstRun = instance.submit(first::relayPending);
            assertTrue(held.received(2, 30), "the first relay published its batch and waits for the broker");

            Capture free = new Capture(Ack.NOW);
            int published = new OutboxRelay(store, batchOf(10), free).relayPending();

            assertEquals(List.of(ids.get(0), ids.get(1)), eventIds(held.sent), "the first relay holds x1 and y1");
            assertEquals(List.of(ids.get(3), ids.get(4)), eventIds(free.sent),
                    "the second relay skips the held x1, y1 and publishes z1, z2, but keeps x2 and y2 back: published "
                            + eventIds(free.sent));
            assertEquals(2, published);

            held.release();
            firstRun.get(30, TimeUnit.SECONDS);
            new OutboxRelay(store, batchOf(10), free).relayPending();
            List<Sent> all = new ArrayList<>(held.sent);
            all.addAll(free.sent);
            assertEquals(ids.stream().sorted().toList(), eventIds(all).stream().sorted().toList(),
                    "each of the six entries was published once");
            assertSubjectOrder(all);
        } finally {
            held.release();
            instance.shutdownNow();
        }
    }

    @Test
    void aRelayThatFailsOrDiesReleasesItsClaimAndTheSameBytesGoOutLater() throws Exception {
        drain();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<UUID> ids = write(List.of(run + "-a", run + "-b"), 2);

        Capture refused = new Capture(Ack.NEVER);
        assertEquals(0, new OutboxRelay(store, batchOf(10), refused).relayPending(), "the broker refused everything");
        assertEquals(4.0, gauge(OutboxGauges.BACKLOG), "unacknowledged entries stay unsent, to be retried");

        // A relay whose process dies while it holds its batch: PostgreSQL ends its session, and with it the claim.
        Capture dying = new Capture(Ack.ON_RELEASE);
        ExecutorService instance = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> dyingRun = instance.submit(() -> new OutboxRelay(store, batchOf(10), dying).relayPending());
            assertTrue(dying.received(4, 30), "the relay published its batch and waits for the broker");
            assertEquals(1, terminateClaimingSession(), "one session holds the claim");

            Capture survivor = new Capture(Ack.NOW);
            relayUntilEmpty(new OutboxRelay(store, batchOf(10), survivor), () -> true);
            assertEquals(ids, eventIds(survivor.sent), "the surviving relay publishes what the dead one held, in order");
            for (int i = 0; i < ids.size(); i++) {
                assertEquals(refused.sent.get(i).payload(), survivor.sent.get(i).payload(),
                        "a re-publication sends exactly the frozen, signed bytes");
            }
            dying.release();
            try {
                dyingRun.get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException expected) {
                // its transaction is gone: it cannot mark anything sent
            }
        } finally {
            dying.release();
            instance.shutdownNow();
        }
        assertEquals(0.0, gauge(OutboxGauges.BACKLOG), "nothing waits after the survivor's run");
        assertGapless();
    }

    // --- the parts ---

    /** Records one event per subject round, {@code rounds} times, ten to a transaction; returns their ids in order. */
    List<UUID> write(List<String> subjects, int rounds) {
        List<UUID> ids = new ArrayList<>();
        List<String> todo = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            todo.addAll(subjects);
        }
        for (int from = 0; from < todo.size(); from += 10) {
            List<String> chunk = todo.subList(from, Math.min(todo.size(), from + 10));
            ids.addAll(QuarkusTransaction.requiringNew().call(() -> chunk.stream()
                    .map(subject -> traces.record(Actor.SYSTEM, ListEvents.SECTION_REGISTERED, subject,
                            new ListEvents.SectionChanged(subject, "科室")))
                    .toList()));
        }
        return ids;
    }

    /** Relays until the outbox is empty and {@code writesDone}; returns how many events this relay published. */
    int relayUntilEmpty(OutboxRelay relay, java.util.function.BooleanSupplier writesDone) throws InterruptedException {
        int published = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            int n = relay.relayPending();
            published += n;
            if (writesDone.getAsBoolean() && store.backlog() == 0) {
                return published;
            }
            if (n == 0) {
                Thread.sleep(2); // the other relay holds what is left, or an entry waits for its subject's earlier one
            }
        }
        fail("the outbox did not empty within a minute; backlog " + store.backlog());
        return published;
    }

    /** Empties the outbox of what other tests left, so the figures here are this test's own. */
    void drain() throws InterruptedException {
        relayUntilEmpty(new OutboxRelay(store, batchOf(200), new Capture(Ack.NOW)), () -> true);
    }

    double gauge(String name) {
        return metrics.get(name).gauge().value();
    }

    static double scraped(String page, String metric) {
        return page.lines().filter(l -> l.startsWith(metric + " ") || l.startsWith(metric + "{"))
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError(metric + " is not on /q/metrics"));
    }

    /** Per subject, events went out in sequence order and in the order they were written. */
    static void assertSubjectOrder(Collection<Sent> all) {
        Map<String, List<Sent>> bySubject = all.stream().sorted(Comparator.comparingLong(Sent::at))
                .collect(Collectors.groupingBy(Sent::key, java.util.LinkedHashMap::new, Collectors.toList()));
        bySubject.forEach((subject, sent) -> {
            List<Long> sequences = sent.stream().map(s -> s.event().sequence()).toList();
            assertEquals(sequences.stream().sorted().toList(), sequences,
                    "the events of " + subject + " reached Kafka out of sequence order: " + sequences);
        });
    }

    /** Every entry of this source numbered 1, 2, 3… without a gap or a number twice. */
    static void assertGapless() {
        List<Long> sequences = QuarkusTransaction.requiringNew().call(() ->
                OutboxEntry.<OutboxEntry>list("order by sequence").stream().map(e -> e.sequence).toList());
        for (int i = 0; i < sequences.size(); i++) {
            assertEquals(i + 1L, sequences.get(i), "sequence numbers of one source must run 1, 2, 3… without gaps");
        }
    }

    static List<UUID> eventIds(List<Sent> sent) {
        return sent.stream().map(s -> UUID.fromString(s.event().id())).toList();
    }

    /** Ends the database session of the relay that holds a claim, as PostgreSQL does when that process dies. */
    static int terminateClaimingSession() throws Exception {
        try (Connection db = EmbeddedPostgresResource.asOwner();
             PreparedStatement q = db.prepareStatement("""
                     select count(pg_terminate_backend(pid)) from (
                       select distinct pid from pg_locks
                       where relation = 'outbox_entry'::regclass and mode = 'RowShareLock' and granted
                         and pid <> pg_backend_pid()) claiming""");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    TraceConfig batchOf(int batch) {
        TraceConfig base = config;
        return new TraceConfig() {
            public String source() { return base.source(); }
            public String topic() { return base.topic(); }
            public Signing signing() { return base.signing(); }
            public Outbox outbox() {
                return new Outbox() {
                    public boolean relayEnabled() { return true; }
                    public String pollInterval() { return base.outbox().pollInterval(); }
                    public String initialDelay() { return base.outbox().initialDelay(); }
                    public int batchSize() { return batch; }
                    public int publishTimeoutSeconds() { return 30; }
                };
            }
        };
    }

    /** One record handed to "Kafka": when, its key, its exact bytes and the event. */
    record Sent(long at, String key, String payload, TraceEvent event) {
    }

    enum Ack { NOW, LATER, ON_RELEASE, NEVER }

    /** An emitter in place of the Kafka channel: keeps what it was given and acknowledges as the broker would. */
    static final class Capture implements Emitter<String> {
        final List<Sent> sent = new CopyOnWriteArrayList<>();
        private final Ack ack;
        private final CountDownLatch released = new CountDownLatch(1);
        private final List<Message<?>> waiting = new CopyOnWriteArrayList<>();

        Capture(Ack ack) {
            this.ack = ack;
        }

        @Override
        public <M extends Message<? extends String>> void send(M message) {
            OutgoingKafkaRecordMetadata<?> kafka = message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow();
            sent.add(new Sent(CLOCK.incrementAndGet(), String.valueOf(kafka.getKey()), message.getPayload(),
                    TraceEventCodec.read(message.getPayload())));
            switch (ack) {
                case NOW -> message.ack();
                case LATER -> BROKER.schedule(() -> { message.ack(); }, 3, TimeUnit.MILLISECONDS);
                case NEVER -> message.nack(new IllegalStateException("the broker refused the record"));
                case ON_RELEASE -> {
                    if (released.getCount() == 0) {
                        message.ack();
                    } else {
                        waiting.add(message);
                    }
                }
            }
        }

        /** Whether {@code n} records arrived within {@code seconds}. */
        boolean received(int n, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (sent.size() < n && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            return sent.size() >= n;
        }

        /** The broker answers: everything held is acknowledged, and what comes later at once. */
        void release() {
            released.countDown();
            waiting.forEach(Message::ack);
            waiting.clear();
        }

        @Override
        public CompletionStage<Void> send(String payload) {
            throw new UnsupportedOperationException("the relay sends messages with Kafka metadata");
        }

        @Override
        public void complete() {
        }

        @Override
        public void error(Exception e) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean hasRequests() {
            return true;
        }
    }
}
