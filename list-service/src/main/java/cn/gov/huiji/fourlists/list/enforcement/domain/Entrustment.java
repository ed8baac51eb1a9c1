package cn.gov.huiji.fourlists.list.enforcement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An entrustment (行政执法委托, Art. 18): the entrusting body gives the entrusted organisation some of its items for a
 * term, by a document. Outside the term or the items it gives no authority; a revocation ends it from its date.
 */
@Entity
@Table(name = "entrustment")
public class Entrustment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "entrusted_credit_code", nullable = false)
    public String entrustedCreditCode;

    @Column(name = "entrusting_credit_code", nullable = false)
    public String entrustingCreditCode;

    /** The entrusted powers: codes of items the entrusting body implements. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "item_codes", nullable = false, columnDefinition = "text[]")
    public String[] itemCodes = new String[0];

    /** The term, both days included. */
    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    public LocalDate validTo;

    @Column(name = "document_no", nullable = false)
    public String documentNo;

    @Column(name = "document_date", nullable = false)
    public LocalDate documentDate;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    /** The day from which a revocation ends the entrustment (no authority on or after it). */
    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    @Column(name = "revoked_reason")
    public String revokedReason;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;
}
