package cn.gov.huiji.fourlists.disclosure.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 许可类别 (XK_XKLB), coded 01..06 by one integration in this order. */
@Schema(description = "许可类别 (XK_XKLB): GENERAL 普通, SPECIAL 特许, RECOGNITION 认可, APPROVAL 核准, REGISTRATION 登记, OTHER 其他")
public enum LicenceCategory {
    GENERAL("普通"),
    SPECIAL("特许"),
    RECOGNITION("认可"),
    APPROVAL("核准"),
    REGISTRATION("登记"),
    OTHER("其他");

    public final String nameZh;

    LicenceCategory(String nameZh) {
        this.nameZh = nameZh;
    }
}
