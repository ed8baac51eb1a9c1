package cn.gov.huiji.fourlists.adjustment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of a request through the stages: who took it, when and why. */
@Entity
@Table(name = "request_transition")
public class RequestTransition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false)
    public RequestState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    public RequestState to;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestAction action;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_roles", nullable = false)
    public String actorRoles;

    public String comment;

    @Column(name = "meeting_reference")
    public String meetingReference;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "calendar_version")
    public String calendarVersion;
}
