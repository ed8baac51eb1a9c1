package cn.gov.huiji.fourlists.complaint.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One disclosure of what is sealed in a case, with the reason as the handler gave it (kept here, never traced). */
@Entity
@Table(name = "case_disclosure")
public class CaseDisclosureRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    /** IDENTITY or ATTACHMENT. */
    @Column(nullable = false)
    public String what;

    @Column(name = "attachment_id")
    public UUID attachmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", nullable = false)
    public DisclosureReason reasonCode;

    @Column(nullable = false)
    public String reason;

    @Column(name = "reason_digest", nullable = false)
    public String reasonDigest;

    @Column(name = "disclosed_by", nullable = false)
    public String disclosedBy;

    @Column(name = "disclosed_at", nullable = false)
    public OffsetDateTime disclosedAt;
}
