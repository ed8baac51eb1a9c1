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
 * One immutable version of a body's record: what the register said from {@code validFrom} until {@code validTo}
 * (like an item's versions, R-LIST-3), so that {@code asOf} answers what was registered and published on a day.
 */
@Entity
@Table(name = "enforcement_body_version")
@IdClass(EnforcementBodyVersion.Key.class)
public class EnforcementBodyVersion extends PanacheEntityBase {

    public record Key(String creditCode, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "credit_code")
    public String creditCode;

    @Id
    public int version;

    @Embedded
    public BodyFields fields = new BodyFields();

    @Column(name = "valid_from", nullable = false)
    public OffsetDateTime validFrom;

    @Column(name = "valid_to")
    public OffsetDateTime validTo;

    /** Why the version was made, when the change has one (a withdrawal's reason). */
    public String reason;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
