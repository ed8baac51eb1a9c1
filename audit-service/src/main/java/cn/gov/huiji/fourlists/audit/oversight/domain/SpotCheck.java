package cn.gov.huiji.fourlists.audit.oversight.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A spot check of the discipline group (日常抽查, Art. 21; 纪检组抽查监管, Art. 29): announced with its population and the
 * size of a future signed tree head, then drawn once from that head's signature. The announcement is never rewritten
 * and the draw never redone (trigger guard_spot_check).
 */
@Entity
@Table(name = "spot_check")
public class SpotCheck extends PanacheEntityBase {

    @Id
    public UUID id;

    public String title;

    @Enumerated(EnumType.STRING)
    public SpotCheckPopulation population;

    @Column(name = "from_date")
    public LocalDate from;

    @Column(name = "to_date")
    public LocalDate to;

    @Column(name = "sample_size")
    public int sampleSize;

    /** The population counts the leaves 0 … populationTreeSize - 1: the log as signed when the check was announced. */
    @Column(name = "population_tree_size")
    public long populationTreeSize;

    /** The size of the future signed head whose signature seeds the draw. */
    @Column(name = "seed_tree_size")
    public long seedTreeSize;

    public String algorithm;

    @Enumerated(EnumType.STRING)
    public SpotCheckState state;

    @Column(name = "announced_at")
    public OffsetDateTime announcedAt;

    @Column(name = "announced_by")
    public String announcedBy;

    @Column(name = "announcement_trace_id")
    public UUID announcementTraceId;

    /** Hex SHA-256 of the seed head's signature; null until drawn. */
    public String seed;

    /** The seed head's signature, base64, as /api/v1/log/tree-heads shows it. */
    @Column(name = "seed_head_signature")
    public String seedHeadSignature;

    @Column(name = "seed_head_timestamp")
    public Long seedHeadTimestamp;

    @Column(name = "seed_head_root")
    public String seedHeadRoot;

    @Column(name = "population_count")
    public Integer populationCount;

    @Column(name = "sampled_at")
    public OffsetDateTime sampledAt;

    @Column(name = "sampled_trace_id")
    public UUID sampledTraceId;
}
