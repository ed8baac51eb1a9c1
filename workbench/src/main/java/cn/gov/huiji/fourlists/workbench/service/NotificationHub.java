package cn.gov.huiji.fourlists.workbench.service;

import cn.gov.huiji.fourlists.workbench.domain.Notification;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open notification streams (server-sent events): a new notification goes at once to every page it concerns.
 * <p>
 * With several workbench instances the Kafka partitions are shared among them, so the instance that stores a
 * notification is often not the one holding the addressee's page. Each instance therefore also relays, every second,
 * what any instance stored lately ({@link #relayStored}); a notification goes to a page once, whichever path is first.
 */
@ApplicationScoped
public class NotificationHub {

    /** Rows stored up to this long before the previous look are read again, so a slow commit is not missed. */
    static final Duration OVERLAP = Duration.ofSeconds(10);

    /** What a page receives: enough to show the notice and count it, never more than the list page shows. */
    public record Live(UUID id, String title, String body, String link, String due) {
        static Live of(Notification n) {
            return new Live(n.id, n.title, n.body, n.link, n.due == null ? null : n.due.toString());
        }
    }

    private record Listener(Viewer viewer, MultiEmitter<? super Live> emitter) {
    }

    private final Map<UUID, Listener> listeners = new ConcurrentHashMap<>();
    /** Notifications already shown, with when they were stored; forgotten once older than twice the overlap. */
    private final Map<UUID, Instant> shown = new ConcurrentHashMap<>();
    private volatile Instant lookedAt = Instant.now();

    public Multi<Live> stream(Viewer viewer) {
        return Multi.createFrom().emitter(emitter -> {
            UUID key = UUID.randomUUID();
            listeners.put(key, new Listener(viewer, emitter));
            emitter.onTermination(() -> listeners.remove(key));
        });
    }

    /** Shows a notification on the open pages it concerns, unless it has been shown already. */
    public void publish(Notification n) {
        if (shown.putIfAbsent(n.id, n.createdAt) == null) {
            listeners.values().stream().filter(l -> l.viewer().sees(n.addressee())).forEach(l -> l.emitter().emit(Live.of(n)));
        }
    }

    @Scheduled(identity = "notification-relay", every = "${fourlists.workbench.live-every:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayStored() {
        Instant now = Instant.now();
        Instant since = lookedAt.minus(OVERLAP);
        lookedAt = now;
        shown.values().removeIf(stored -> stored.isBefore(since.minus(OVERLAP)));
        if (listeners.isEmpty()) {
            return; // a page opened later lists what is stored; only what comes after it is pushed
        }
        List<Notification> stored = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find(
                "createdAt >= ?1 order by createdAt", since).list());
        stored.forEach(this::publish);
    }

    int listening() {
        return listeners.size();
    }
}
