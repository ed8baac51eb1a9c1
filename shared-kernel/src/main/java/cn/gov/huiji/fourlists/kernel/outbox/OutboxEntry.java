package cn.gov.huiji.fourlists.kernel.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One trace event waiting in the transactional outbox. It is written in the transaction of the change it
 * records, so it exists exactly when the change committed. The relay later gives it its per-source
 * sequence, freezes its wire form in {@link #payload} and publishes it.
 */
@Entity
@Table(name = "outbox_entry")
public class OutboxEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String subject;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "actor_id", nullable = false)
    public String actorId;

    @Column(name = "actor_roles", nullable = false)
    public String actorRoles;

    @Column(name = "actor_section")
    public String actorSection;

    @Column(nullable = false)
    public String data;

    /** Assigned by the relay, in publication order, without gaps. */
    public Long sequence;

    /** The exact bytes published; frozen once so a re-publication after a crash is identical. */
    public String payload;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
}
