package cn.gov.huiji.fourlists.complaint.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One published complaint channel (投诉渠道, Art. 9, 28). */
@Entity
@Table(name = "complaint_channel")
public class ComplaintChannel extends PanacheEntityBase {

    @Id
    @Enumerated(EnumType.STRING)
    public ChannelKind kind;

    /** The number, address or URL. */
    @Column(nullable = false)
    public String value;

    /** When it is answered, e.g. 工作日 8:30–12:00, 14:30–17:30. */
    @Column(name = "service_hours")
    public String serviceHours;
}
