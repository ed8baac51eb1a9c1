package cn.gov.huiji.fourlists.workbench.service;

import cn.gov.huiji.fourlists.workbench.domain.Notification;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The open notification streams (server-sent events): a new notification goes at once to every page it concerns. */
@ApplicationScoped
public class NotificationHub {

    /** What a page receives: enough to show the notice and count it, never more than the list page shows. */
    public record Live(UUID id, String title, String body, String link, String due) {
        static Live of(Notification n) {
            return new Live(n.id, n.title, n.body, n.link, n.due == null ? null : n.due.toString());
        }
    }

    private record Listener(Viewer viewer, MultiEmitter<? super Live> emitter) {
    }

    private final Map<UUID, Listener> listeners = new ConcurrentHashMap<>();

    public Multi<Live> stream(Viewer viewer) {
        return Multi.createFrom().emitter(emitter -> {
            UUID key = UUID.randomUUID();
            listeners.put(key, new Listener(viewer, emitter));
            emitter.onTermination(() -> listeners.remove(key));
        });
    }

    public void publish(Notification n) {
        listeners.values().stream().filter(l -> l.viewer().sees(n.addressee())).forEach(l -> l.emitter().emit(Live.of(n)));
    }

    int listening() {
        return listeners.size();
    }
}
