package cn.gov.huiji.fourlists.audit.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An export of traces, frozen at the entries stored when it was made so it reads the same later. */
@Entity
@Table(name = "trace_export")
public class TraceExport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;

    public String subject;

    @Column(name = "subject_prefix")
    public String subjectPrefix;

    public String actor;

    /** The actor's section (科室（队）) the traces were filtered by. */
    public String section;

    public String type;

    @Column(name = "from_time")
    public OffsetDateTime from;

    @Column(name = "to_time")
    public OffsetDateTime to;

    /** The highest entry id included. */
    @Column(name = "up_to_entry")
    public long upToEntry;

    @Column(name = "entry_count")
    public long entryCount;
}
