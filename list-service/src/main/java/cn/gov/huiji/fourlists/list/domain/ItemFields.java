package cn.gov.huiji.fourlists.list.domain;

import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    /** The basis as one published text (see {@link ListItemContent#legalBasisText()}). */
    @Column(name = "legal_basis")
    public String legalBasis;

    /** The implementing body's 统一社会信用代码, for the authority check (R-LIST-6). */
    @Column(name = "body_credit_code")
    public String bodyCreditCode;

    /** Everything R-LIST-2 lists, as loaded or adjusted. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "content", columnDefinition = "jsonb")
    public ListItemContent content;

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
        c.bodyCreditCode = bodyCreditCode;
        c.content = content;
        return c;
    }

    /** The fields an item has when its content is {@code content} and it stands with {@code status}. */
    public static ItemFields of(ListKind list, ListItemContent content, String status) {
        ItemFields f = new ItemFields();
        f.list = list;
        f.name = content.name();
        f.category = content.category();
        f.section = content.section();
        f.legalBasis = content.legalBasisText();
        f.bodyCreditCode = content.bodyCreditCode();
        f.content = content.withList(list.name());
        f.status = status;
        return f;
    }
}
