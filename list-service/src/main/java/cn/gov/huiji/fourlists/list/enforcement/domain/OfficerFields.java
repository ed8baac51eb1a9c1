package cn.gov.huiji.fourlists.list.enforcement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the register says of an officer and their certificate (R-LIST-9), the same in the record and in each of its
 * versions. Deliberately without a personal identity number: the register is published and never holds one.
 */
@Embeddable
public class OfficerFields {

    @Column(nullable = false)
    public String name;

    /** The unit (a registered enforcement body, Art. 17) the officer enforces for: its 统一社会信用代码. */
    @Column(name = "unit_credit_code", nullable = false)
    public String unitCreditCode;

    /** 执法类别, e.g. 安全生产监管执法: must be the unit's for the officer to act for it. */
    @Column(nullable = false)
    public String category;

    /** 执法区域, e.g. 惠济区. */
    @Column(nullable = false)
    public String area;

    /** 发证机关. */
    @Column(name = "issuing_authority", nullable = false)
    public String issuingAuthority;

    /** First and last day of the certificate's validity, both inclusive. */
    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    public LocalDate validTo;

    public OfficerFields copy() {
        OfficerFields f = new OfficerFields();
        f.name = name;
        f.unitCreditCode = unitCreditCode;
        f.category = category;
        f.area = area;
        f.issuingAuthority = issuingAuthority;
        f.validFrom = validFrom;
        f.validTo = validTo;
        return f;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OfficerFields f && Objects.equals(name, f.name) && Objects.equals(unitCreditCode, f.unitCreditCode)
                && Objects.equals(category, f.category) && Objects.equals(area, f.area)
                && Objects.equals(issuingAuthority, f.issuingAuthority) && Objects.equals(validFrom, f.validFrom)
                && Objects.equals(validTo, f.validTo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, unitCreditCode, category, area, issuingAuthority, validFrom, validTo);
    }
}
