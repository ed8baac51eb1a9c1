package cn.gov.huiji.fourlists.list.enforcement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/** What the register says of a body (Art. 17): held by the body and copied, unchanged, into each of its versions. */
@Embeddable
public class BodyFields {

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BodyKind kind;

    /** 执法类别, e.g. 安全生产监管执法: an officer may act for the body only in this category (Art. 19). */
    @Column(name = "enforcement_category", nullable = false)
    public String enforcementCategory;

    /** The law, regulation or entrustment that gives the body its power. */
    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    /** 确认文号: the document by which the body was confirmed as an enforcement body (Art. 17). */
    @Column(name = "confirmation_no")
    public String confirmationNo;

    @Column(name = "confirmation_date")
    public LocalDate confirmationDate;

    /** Published (公告) to the public: only then may it implement a published item (Art. 17). */
    @Column(nullable = false)
    public boolean published;

    public boolean confirmed() {
        return confirmationNo != null && !confirmationNo.isBlank() && confirmationDate != null;
    }

    public BodyFields copy() {
        BodyFields c = new BodyFields();
        c.name = name;
        c.kind = kind;
        c.enforcementCategory = enforcementCategory;
        c.legalBasis = legalBasis;
        c.confirmationNo = confirmationNo;
        c.confirmationDate = confirmationDate;
        c.published = published;
        return c;
    }
}
