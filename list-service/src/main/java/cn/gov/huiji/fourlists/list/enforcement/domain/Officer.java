package cn.gov.huiji.fourlists.list.enforcement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * An enforcement officer and their certificate (执法人员, Art. 19, R-LIST-9) as the register holds them now. Each
 * change makes an {@link OfficerVersion}; the certificate's status is its dated history ({@link OfficerStatusChange}).
 */
@Entity
@Table(name = "enforcement_officer")
public class Officer extends PanacheEntityBase {

    /** 执法证号. */
    @Id
    @Column(name = "certificate_no")
    public String certificateNo;

    @Embedded
    public OfficerFields fields = new OfficerFields();

    /** The number of the version in force. */
    @Column(nullable = false)
    public int version;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;
}
