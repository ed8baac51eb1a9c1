package cn.gov.huiji.fourlists.workbench.service;

import cn.gov.huiji.fourlists.workbench.domain.Notification;
import cn.gov.huiji.fourlists.workbench.domain.RequestDrafter;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Keeps the notifications: one per event and addressee, shown to whoever it reaches, read per user. */
@ApplicationScoped
public class NotificationCenter {

    private static final String VISIBLE = "(n.recipientKind = USER and n.recipient = :user)"
            + " or (n.recipientKind = ROLE and n.recipient in :roles)"
            + " or (n.recipientKind = SECTION and n.recipient = :section and :staff = true)";

    private final EntityManager db;
    private final NotificationHub hub;

    public NotificationCenter(EntityManager db, NotificationHub hub) {
        this.db = db;
        this.hub = hub;
    }

    /** Records what an authentic event asks of whom, then shows it at once on the open pages it concerns. */
    public List<Notification> take(JsonNode event) {
        List<Notification> created = QuarkusTransaction.requiringNew().call(() -> record(event));
        created.forEach(hub::publish);
        return created;
    }

    List<Notification> record(JsonNode event) {
        NotificationRules.drafted(event).ifPresent(d -> {
            if (RequestDrafter.findById(d[0]) == null) {
                RequestDrafter r = new RequestDrafter();
                r.requestId = d[0];
                r.username = d[1];
                r.persist();
            }
        });
        String eventId = event.path("id").asText();
        List<Notification> created = new java.util.ArrayList<>();
        for (Notice notice : NotificationRules.of(event, id -> Optional.ofNullable(RequestDrafter.<RequestDrafter>findById(id))
                .map(r -> r.username))) {
            boolean known = Notification.count("eventId = ?1 and recipientKind = ?2 and recipient = ?3 and title = ?4", eventId,
                    notice.to().kind(), notice.to().name(), notice.title()) > 0;
            if (known) {
                continue; // Kafka delivers at least once
            }
            Notification n = new Notification();
            n.id = UUID.randomUUID();
            n.eventId = eventId;
            n.recipientKind = notice.to().kind();
            n.recipient = notice.to().name();
            n.title = notice.title();
            n.body = notice.text();
            n.link = notice.link();
            n.due = notice.due();
            n.createdAt = Instant.now();
            n.persist();
            created.add(n);
        }
        return created;
    }

    /** The newest notifications the viewer receives, with whether they read each. */
    @Transactional
    public List<Seen> latest(Viewer viewer, int limit) {
        List<Notification> list = Notification.find("from Notification n where " + VISIBLE + " order by n.createdAt desc", params(viewer))
                .page(0, limit).list();
        Set<UUID> read = readOf(viewer, list.stream().map(n -> n.id).toList());
        return list.stream().map(n -> Seen.of(n, read.contains(n.id))).toList();
    }

    /** A notification as the list shows it: when it came, in the bureau's time. */
    public record Seen(UUID id, String title, String body, String link, String created, String due, boolean read) {
        static Seen of(Notification n, boolean read) {
            return new Seen(n.id, n.title, n.body, n.link, java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .format(n.createdAt.atZone(cn.gov.huiji.fourlists.kernel.time.BureauClock.ZONE)),
                    n.due == null ? null : n.due.toString(), read);
        }
    }

    @Transactional
    public long unread(Viewer viewer) {
        return db.createQuery("select count(n) from Notification n where (" + VISIBLE + ") and not exists"
                        + " (select 1 from NotificationRead r where r.notificationId = n.id and r.username = :user)", Long.class)
                .setParameter("user", viewer.username()).setParameter("roles", roles(viewer))
                .setParameter("section", String.valueOf(viewer.section())).setParameter("staff", viewer.sectionStaff())
                .getSingleResult();
    }

    /** Marks one notification read for the viewer; false when it is not theirs. */
    @Transactional
    public boolean markRead(Viewer viewer, UUID id) {
        Notification n = Notification.findById(id);
        if (n == null || !viewer.sees(n.addressee())) {
            return false;
        }
        markReadAll(viewer, List.of(n));
        return true;
    }

    @Transactional
    public int markAllRead(Viewer viewer) {
        List<Notification> list = Notification.find("from Notification n where " + VISIBLE, params(viewer)).list();
        return markReadAll(viewer, list);
    }

    private int markReadAll(Viewer viewer, List<Notification> list) {
        Set<UUID> read = readOf(viewer, list.stream().map(n -> n.id).toList());
        int marked = 0;
        for (Notification n : list) {
            if (!read.contains(n.id)) {
                db.persist(new cn.gov.huiji.fourlists.workbench.domain.NotificationRead(n.id, viewer.username(), Instant.now()));
                marked++;
            }
        }
        return marked;
    }

    private Set<UUID> readOf(Viewer viewer, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.createQuery("select r.notificationId from NotificationRead r where r.username = :user and r.notificationId in :ids",
                UUID.class).setParameter("user", viewer.username()).setParameter("ids", ids).getResultList());
    }

    private static io.quarkus.panache.common.Parameters params(Viewer viewer) {
        return io.quarkus.panache.common.Parameters.with("user", viewer.username()).and("roles", roles(viewer))
                .and("section", String.valueOf(viewer.section())).and("staff", viewer.sectionStaff());
    }

    private static Set<String> roles(Viewer viewer) {
        Set<String> roles = new HashSet<>(viewer.roles());
        roles.add(""); // an empty IN list is not valid SQL
        return roles;
    }
}
