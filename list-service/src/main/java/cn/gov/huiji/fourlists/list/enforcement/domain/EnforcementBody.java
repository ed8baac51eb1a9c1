package cn.gov.huiji.fourlists.list.enforcement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** An enforcement body (执法主体, Art. 17–18) as the register holds it now; its history is in its versions. */
@Entity
@Table(name = "enforcement_body")
public class EnforcementBody extends PanacheEntityBase {

    /** 统一社会信用代码 (GB 32100). */
    @Id
    @Column(name = "credit_code")
    public String creditCode;

    @Embedded
    public BodyFields fields = new BodyFields();

    /** The number of the version in force. */
    @Column(nullable = false)
    public int version;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;
}
