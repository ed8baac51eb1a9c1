package cn.gov.huiji.fourlists.complaint;

import cn.gov.huiji.fourlists.complaint.service.ClientLimits;
import cn.gov.huiji.fourlists.complaint.service.ClientLimitsProbe;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-CMP-5 with several instances of complaint-service behind a load balancer: the intake and wrong-code limits are
 * counted once for all of them (in the service's database), and neither the service's memory nor the table grows with
 * the number of clients or case numbers tried. Each {@link ClientLimits} object here is one more instance.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SharedClientLimitsTest {

    /** Clients of this run only: the database outlives a test method. */
    static final String RUN = UUID.randomUUID().toString();

    @Inject
    DataSource db;

    static String client(String address) {
        return address + "#" + RUN;
    }

    @Test
    void intakeIsLimitedPerClientWithAWait() {
        var limits = new ClientLimitsProbe(db, 2).limits();
        assertTrue(limits.admitIntake(client("198.51.100.1")).isEmpty());
        assertTrue(limits.admitIntake(client("198.51.100.1")).isEmpty());
        var wait = limits.admitIntake(client("198.51.100.1"));
        assertTrue(wait.isPresent() && wait.get().compareTo(Duration.ofSeconds(1)) >= 0
                && wait.get().compareTo(Duration.ofMinutes(1)) <= 0, "the third within a minute waits, at most the minute: " + wait);
        assertTrue(limits.admitIntake(client("198.51.100.2")).isEmpty(), "other clients are not affected");
    }

    @Test
    void twoInstancesCountOneIntakeLimitPerClient() {
        ClientLimits a = new ClientLimitsProbe(db, 10).limits(), b = new ClientLimitsProbe(db, 10).limits();
        String citizen = client("198.51.100.10");
        for (int i = 0; i < 10; i++) {
            ClientLimits instance = i % 2 == 0 ? a : b; // round robin, as HAProxy spreads the submissions
            assertTrue(instance.admitIntake(citizen).isEmpty(), "submission " + (i + 1) + " of 10 a minute is let through");
        }
        Optional<Duration> onA = a.admitIntake(citizen), onB = b.admitIntake(citizen);
        assertTrue(onA.isPresent() && onB.isPresent(),
                "the 11th and 12th within the minute wait on both instances, not 10 more on each: " + onA + " " + onB);
        assertTrue(onB.get().compareTo(Duration.ofSeconds(1)) >= 0 && onB.get().compareTo(Duration.ofMinutes(1)) <= 0,
                "the wait is the rest of the minute: " + onB.get());
        assertTrue(b.admitIntake(client("198.51.100.11")).isEmpty(), "another client is not affected");
    }

    @Test
    void twoInstancesCountingAtTheSameMomentLetThroughExactlyTheLimit() throws Exception {
        String citizen = client("198.51.100.20");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> instances = new ArrayList<>();
            for (int n = 0; n < 2; n++) {
                ClientLimits instance = new ClientLimitsProbe(db, 10).limits();
                Callable<Integer> submissions = () -> {
                    start.await();
                    int admitted = 0;
                    for (int i = 0; i < 25; i++) {
                        admitted += instance.admitIntake(citizen).isEmpty() ? 1 : 0;
                    }
                    return admitted;
                };
                instances.add(pool.submit(submissions));
            }
            start.countDown();
            int first = instances.get(0).get(), second = instances.get(1).get();
            assertEquals(10, first + second, "50 submissions at once over two instances: exactly the limit of 10 goes through ("
                    + first + " + " + second + ")");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void wrongCodesOnEitherInstanceThrottleTrackingOnBothUntilTheWindowPasses() throws InterruptedException {
        ClientLimits a = ClientLimitsProbe.withFailureWindow(db, 5, Duration.ofSeconds(2));
        ClientLimits b = ClientLimitsProbe.withFailureWindow(db, 5, Duration.ofSeconds(2));
        String guesser = client("203.0.113.30"), caseNo = "TS-2026-" + RUN;
        for (int i = 0; i < 5; i++) {
            assertTrue((i % 2 == 0 ? a : b).trackingThrottled(guesser, caseNo).isEmpty(), "wrong code " + (i + 1) + " of 5 is answered");
            (i % 2 == 0 ? a : b).wrongCode(guesser, caseNo);
        }
        Optional<Duration> onA = a.trackingThrottled(guesser, caseNo), onB = b.trackingThrottled(guesser, caseNo);
        assertTrue(onA.isPresent() && onB.isPresent(), "5 wrong codes over two instances throttle tracking on both: " + onA + " " + onB);
        assertTrue(onA.get().compareTo(Duration.ofSeconds(2)) <= 0, "the wait ends with the window: " + onA.get());
        assertTrue(a.trackingThrottled(client("203.0.113.31"), caseNo).isEmpty(), "another client is not punished for the guessing");
        assertTrue(a.trackingThrottled(guesser, caseNo + "-other").isEmpty(), "nor is another case");
        Thread.sleep(2_100);
        assertTrue(b.trackingThrottled(guesser, caseNo).isEmpty(), "once the window has passed, tracking is answered again");
    }

    @Test
    void theLimitsStayBoundedWhateverCaseNumbersAreTried() throws SQLException {
        ClientLimits limits = ClientLimitsProbe.withFailureWindow(db, 5, Duration.ofMillis(1));
        long before = rows();
        for (int i = 0; i < 2_000; i++) {
            assertTrue(limits.trackingThrottled(client("203.0.113.9"), "TS-2026-" + i).isEmpty());
        }
        assertEquals(before, rows(), "asking about a case keeps nothing");
        for (int i = 0; i < 3_000; i++) {
            limits.wrongCode(client("203.0.113.9"), "TS-2026-" + i); // each wrong code's window (1 ms) passes almost at once
        }
        long after = rows();
        assertTrue(after <= before + ClientLimitsProbe.purgeBatch(), "rows whose window has passed are purged as new ones come: "
                + "3000 wrong codes for 3000 cases left " + (after - before) + " rows more, at most " + ClientLimitsProbe.purgeBatch()
                + " are allowed");
    }

    @Test
    void theServiceKeepsNothingPerClientInMemory() {
        Set<Class<?>> allowed = Set.of(DataSource.class, int.class, Duration.class);
        for (Field f : ClientLimits.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                assertTrue(allowed.contains(f.getType()), "ClientLimits holds only the data source and the configured limits, "
                        + "nothing that grows with the clients; found " + f.getType().getSimpleName() + " " + f.getName());
            }
        }
    }

    long rows() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from client_limit")) {
            r.next();
            return r.getLong(1);
        }
    }
}
