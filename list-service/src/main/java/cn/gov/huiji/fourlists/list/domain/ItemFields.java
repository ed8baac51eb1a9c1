package cn.gov.huiji.fourlists.list.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** What an item says (Art. 4, 22): held by the item in force and copied, unchanged, into each of its versions. */
@Embeddable
public class ItemFields {

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

    public ItemFields copy() {
        ItemFields c = new ItemFields();
        c.list = list;
        c.name = name;
        c.category = category;
        c.section = section;
        c.legalBasis = legalBasis;
        c.status = status;
        return c;
    }
}
