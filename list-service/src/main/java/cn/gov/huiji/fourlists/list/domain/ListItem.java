package cn.gov.huiji.fourlists.list.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One item of a list (权责事项), identified by its code. */
@Entity
@Table(name = "list_item")
public class ListItem extends PanacheEntityBase {

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "list_kind", nullable = false)
    public ListKind list;

    @Column(nullable = false)
    public String name;

    /** e.g. 行政许可, 行政处罚 (the set stays open: R-LIST-2). */
    @Column(nullable = false)
    public String category;

    @Column(name = "section_code", nullable = false)
    public String section;

    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(nullable = false)
    public String status;

    @Column(name = "loaded_at", nullable = false)
    public OffsetDateTime loadedAt;

    @Column(name = "loaded_by", nullable = false)
    public String loadedBy;
}
