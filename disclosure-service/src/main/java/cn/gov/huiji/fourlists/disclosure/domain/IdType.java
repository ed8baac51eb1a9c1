package cn.gov.huiji.fourlists.disclosure.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 证件类型 (XK_XDR_ZJLX, XK_FR_ZJLX, CF_XDR_ZJLX, CF_FR_ZJLX), coded 01..05 by one integration in this order. */
@Schema(description = "证件类型: ID_CARD 身份证, PASSPORT 护照, HK_MACAO_PASS 港澳居民来往内地通行证, TAIWAN_PASS 台湾居民来往大陆通行证, "
        + "FOREIGN_PERMANENT_RESIDENT 外国人永久居留身份证")
public enum IdType {
    ID_CARD("身份证"),
    PASSPORT("护照"),
    HK_MACAO_PASS("港澳居民来往内地通行证"),
    TAIWAN_PASS("台湾居民来往大陆通行证"),
    FOREIGN_PERMANENT_RESIDENT("外国人永久居留身份证");

    public final String nameZh;

    IdType(String nameZh) {
        this.nameZh = nameZh;
    }
}
