package cn.gov.huiji.fourlists.complaint.domain;

/** The fixed reasons for not accepting a case (R-CMP-4). */
public enum NotAcceptedReason {
    DUPLICATE("重复投诉举报"),
    NO_CLEAR_TARGET_OR_FACTS("无明确对象或事实"),
    BELONGS_TO_PETITION("属于信访程序"),
    BELONGS_TO_RECONSIDERATION("属于行政复议程序"),
    BELONGS_TO_LITIGATION("属于诉讼程序");

    public final String nameZh;

    NotAcceptedReason(String nameZh) {
        this.nameZh = nameZh;
    }
}
