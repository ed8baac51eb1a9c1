package cn.gov.huiji.fourlists.list.enforcement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * What the officer register said of a certificate from one change to the next: a certificate check for a past day
 * answers with the record then in force (its term, unit and category then), not with a later renewal or transfer.
 */
@Entity
@Table(name = "enforcement_officer_version")
@IdClass(OfficerVersion.Key.class)
public class OfficerVersion extends PanacheEntityBase {

    public record Key(String certificateNo, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "certificate_no")
    public String certificateNo;

    @Id
    public int version;

    @Embedded
    public OfficerFields fields = new OfficerFields();

    /** When the register began and stopped saying this (null: it still does). */
    @Column(name = "recorded_from", nullable = false)
    public OffsetDateTime recordedFrom;

    @Column(name = "recorded_to")
    public OffsetDateTime recordedTo;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /** What changed, in Chinese, e.g. 变更：有效期止; null for the registration. */
    public String reason;
}
