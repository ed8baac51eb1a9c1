package cn.gov.huiji.fourlists.audit.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One stored trace of a duty action (痕迹, Art. 7, 10); written once, never changed. */
@Entity
@Table(name = "trace_entry")
public class TraceEntry extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "event_id")
    public UUID eventId;

    public String source;
    public long sequence;
    public String type;
    public String subject;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    @Column(name = "actor_id")
    public String actorId;

    @Column(name = "actor_roles")
    public String actorRoles;

    @Column(name = "actor_section")
    public String actorSection;

    @Column(name = "data_digest")
    public String dataDigest;

    /** The event exactly as it was received. */
    public String payload;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
}
