package cn.gov.huiji.fourlists.audit.oversight.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An accountability record (问责, Art. 29, 31) against a section (科室（队）) and, where named, a person: the facts (the
 * findings of spot checks and the cards they rest on), the basis, the measure, and the decision with its date and
 * document. Entered by the discipline group only; every change is traced.
 */
@Entity
@Table(name = "accountability")
public class Accountability extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountabilityState state;

    @Column(nullable = false)
    public String section;

    /** The staff id of the person held to account; null when only the section is. */
    public String person;

    @Column(nullable = false)
    public String facts;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "uuid[]")
    public UUID[] findings = new UUID[0];

    /** Card ids (see Card.id): stable, so they name the same card however often it is derived. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] cards = new String[0];

    @Column(nullable = false)
    public String basis;

    /** A {@link Measure} code or a configured one. */
    @Column(nullable = false)
    public String measure;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "decision_document")
    public String decisionDocument;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
