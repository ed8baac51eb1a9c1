package cn.gov.huiji.fourlists.list.enforcement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One change of a certificate's status, from its date (R-LIST-9: 有效 / 注销 / 暂扣 with the date and reason of each
 * change). Kept as recorded (the table refuses updates and deletes): the status on a day is the latest change dated
 * on or before that day.
 */
@Entity
@Table(name = "enforcement_officer_status")
public class OfficerStatusChange extends PanacheEntityBase {

    /** Also the order of changes recorded for the same date: the later one counts. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "certificate_no", nullable = false)
    public String certificateNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OfficerStatus status;

    /** The day from which the status holds. */
    @Column(name = "status_date", nullable = false)
    public LocalDate date;

    public String reason;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
