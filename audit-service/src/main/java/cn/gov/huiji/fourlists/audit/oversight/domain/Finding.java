package cn.gov.huiji.fourlists.audit.oversight.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What an examiner of the discipline group found on one sampled object (漏报、瞒报、虚报, Art. 29), with the evidence:
 * leaf indexes of traces in the public log, documents, and the examiner's text. A revision overwrites the row; each
 * wording stays in the traces.
 */
@Entity
@Table(name = "finding")
public class Finding extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "check_id")
    public UUID checkId;

    public String object;

    @Enumerated(EnumType.STRING)
    public FindingKind kind;

    /** The section (科室（队）) the finding is against; null when against no one. */
    public String section;

    /** The staff member the finding is against; null when against no one in particular. */
    public String person;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "trace_indexes", columnDefinition = "bigint[]")
    public Long[] traceIndexes = new Long[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "documents", columnDefinition = "text[]")
    public String[] documents = new String[0];

    public String evidence;

    public String examiner;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Column(name = "revised_at")
    public OffsetDateTime revisedAt;
}
