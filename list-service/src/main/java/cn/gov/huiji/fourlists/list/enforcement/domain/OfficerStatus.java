package cn.gov.huiji.fourlists.list.enforcement.domain;

/** The state of an officer's enforcement certificate (执法证, Art. 19): 有效, 注销 or 暂扣. */
public enum OfficerStatus {
    VALID("有效", "valid"),
    /** 注销: the certificate is cancelled for good; a later return to enforcement needs a new certificate. */
    REVOKED("注销", "revoked"),
    /** 暂扣: held back for a time, e.g. during a disciplinary inquiry; it may be restored (VALID again). */
    SUSPENDED("暂扣", "suspended");

    public final String zh;
    public final String en;

    OfficerStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }
}
