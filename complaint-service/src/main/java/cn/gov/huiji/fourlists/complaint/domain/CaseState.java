package cn.gov.huiji.fourlists.complaint.domain;

/** Where a case stands (R-CMP-4); the public sees these with their Chinese names. */
public enum CaseState {
    RECEIVED("已接收"),
    ACCEPTED("已受理"),
    NOT_ACCEPTED("不予受理"),
    ASSIGNED("办理中"),
    ANSWERED("已答复"),
    CLOSED("已办结");

    public final String nameZh;

    CaseState(String nameZh) {
        this.nameZh = nameZh;
    }
}
