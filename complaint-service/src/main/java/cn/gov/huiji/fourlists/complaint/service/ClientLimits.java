package cn.gov.huiji.fourlists.complaint.service;

import cn.gov.huiji.fourlists.complaint.config.ComplaintConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Abuse limits kept per client in memory (per instance): intake per minute, and wrong query codes per client and
 * case (R-CMP-5: repeated wrong codes are throttled). The answer is how long to wait (Retry-After).
 * Bounded: a lookup never creates an entry, and once the maps hold {@link #SWEEP_ABOVE} keys, keys whose window has
 * passed are swept, so a stream of random case numbers cannot grow them. Sharing the limits across instances belongs
 * to the scale-out work.
 */
@ApplicationScoped
public class ClientLimits {

    private final int intakePerMinute;
    private final int maxFailures;
    private final long failureWindowNanos;
    private final Map<String, Deque<Long>> intake = new ConcurrentHashMap<>();
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();
    static final int SWEEP_ABOVE = 10_000;

    @jakarta.inject.Inject
    public ClientLimits(ComplaintConfig config) {
        this(config.intake().perMinute(), config.tracking().maxFailures(), config.tracking().failureWindow());
    }

    ClientLimits(int intakePerMinute, int maxFailures, Duration failureWindow) {
        this.intakePerMinute = intakePerMinute;
        this.maxFailures = maxFailures;
        this.failureWindowNanos = failureWindow.toNanos();
    }

    /** Counts a submission; empty when allowed, else the wait. */
    public Optional<Duration> admitIntake(String client) {
        sweepIfLarge(intake, Duration.ofMinutes(1).toNanos());
        return admit(intake, client, intakePerMinute, Duration.ofMinutes(1).toNanos(), true);
    }

    /** Whether tracking this case is throttled for this client; empty when allowed. */
    public Optional<Duration> trackingThrottled(String client, String caseNo) {
        Deque<Long> q = failures.get(client + "|" + caseNo); // asking never creates an entry
        return q == null ? Optional.empty() : admit(failures, client + "|" + caseNo, maxFailures, failureWindowNanos, false);
    }

    public void wrongCode(String client, String caseNo) {
        sweepIfLarge(failures, failureWindowNanos);
        Deque<Long> q = failures.computeIfAbsent(client + "|" + caseNo, k -> new ArrayDeque<>());
        synchronized (q) {
            q.addLast(System.nanoTime());
        }
    }

    /** How many keys the limits hold now (for the tests of the bound). */
    int keys() {
        return intake.size() + failures.size();
    }

    /** Drops every key whose window has passed, once a map has grown past {@link #SWEEP_ABOVE} keys. */
    private static void sweepIfLarge(Map<String, Deque<Long>> map, long window) {
        if (map.size() <= SWEEP_ABOVE) {
            return;
        }
        long now = System.nanoTime();
        map.entrySet().removeIf(e -> {
            Deque<Long> q = e.getValue();
            synchronized (q) {
                while (!q.isEmpty() && now - q.peekFirst() > window) {
                    q.pollFirst();
                }
                return q.isEmpty();
            }
        });
    }

    private static Optional<Duration> admit(Map<String, Deque<Long>> map, String key, int limit, long window, boolean count) {
        long now = System.nanoTime();
        Deque<Long> q = map.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (q) {
            while (!q.isEmpty() && now - q.peekFirst() > window) {
                q.pollFirst();
            }
            if (q.size() >= limit) {
                long wait = window - (now - q.peekFirst());
                return Optional.of(Duration.ofNanos(Math.max(wait, 1_000_000_000L)));
            }
            if (count) {
                q.addLast(now);
            }
        }
        return Optional.empty();
    }
}
