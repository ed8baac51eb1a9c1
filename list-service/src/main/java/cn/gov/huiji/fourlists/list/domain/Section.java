package cn.gov.huiji.fourlists.list.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A section or brigade of the bureau (科室（队）): each owns its list items (Art. 24). */
@Entity
@Table(name = "section")
public class Section extends PanacheEntityBase {

    @Id
    public String code;

    /** The official Chinese name, e.g. 危险化学品安全监督管理科. */
    @Column(nullable = false)
    public String name;

    /** The person first responsible for the section's lists (第一责任人, Art. 24). */
    @Column(name = "head_name")
    public String headName;
}
