package cn.gov.huiji.fourlists.complaint.domain;

/** What the public sends (Art. 9): its case numbers start with the prefix, e.g. TS-2026-000123. */
public enum CaseKind {
    /** 投诉 */
    COMPLAINT("TS", "投诉"),
    /** 举报 */
    REPORT("JB", "举报"),
    /** 意见建议 — also on how the lists are made and run */
    SUGGESTION("JY", "意见建议");

    public final String prefix;
    public final String nameZh;

    CaseKind(String prefix, String nameZh) {
        this.prefix = prefix;
        this.nameZh = nameZh;
    }
}
