package cn.gov.huiji.fourlists.disclosure.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 行政相对人类别 (XK_XDR_LB, CF_XDR_LB) as the credit platforms take it. */
@Schema(description = "行政相对人类别 (XK_XDR_LB / CF_XDR_LB): LEGAL_ENTITY 法人及非法人组织, NATURAL_PERSON 自然人, "
        + "INDIVIDUAL_BUSINESS 个体工商户")
public enum PartyCategory {
    LEGAL_ENTITY("法人及非法人组织"),
    NATURAL_PERSON("自然人"),
    INDIVIDUAL_BUSINESS("个体工商户");

    public final String nameZh;

    PartyCategory(String nameZh) {
        this.nameZh = nameZh;
    }

    /** A natural person has no 统一社会信用代码 and is identified by a certificate; everyone else by the credit code. */
    public boolean needsCreditCode() {
        return this != NATURAL_PERSON;
    }
}
