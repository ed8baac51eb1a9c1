package cn.gov.huiji.fourlists.audit.oversight.domain;

/** What a card (电子监察 黄牌/红牌, Art. 29, 31) is about: which duty had a time limit. */
public enum CardKind {
    /** A step of the five stages of an adjustment (Art. 26). */
    ADJUSTMENT_STEP("清单调整环节"),
    /** A section's duty to apply after a law it cites changed (Art. 25(2), R-LIST-10). */
    LAW_CHANGE_OBLIGATION("法律法规立改废调整义务"),
    /** Accepting or not accepting a complaint (受理投诉, Art. 9). */
    COMPLAINT_ACCEPT("投诉举报受理"),
    /** Answering an accepted complaint. */
    COMPLAINT_ANSWER("投诉举报答复"),
    /** Publishing a licensing or penalty decision (双公示, Art. 8). */
    DISCLOSURE("行政许可、行政处罚公示"),
    /** An enforcement officer's certificate (持证上岗, Art. 19). */
    OFFICER_CERTIFICATE("执法证有效期");

    public final String nameZh;

    CardKind(String nameZh) {
        this.nameZh = nameZh;
    }
}
