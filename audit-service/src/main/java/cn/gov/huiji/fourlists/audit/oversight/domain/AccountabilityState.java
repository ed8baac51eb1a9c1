package cn.gov.huiji.fourlists.audit.oversight.domain;

/** Where an accountability record (问责, Art. 29, 31) stands. */
public enum AccountabilityState {
    RECORDED("已登记"),
    DECIDED("已决定"),
    WITHDRAWN("已撤销");

    public final String nameZh;

    AccountabilityState(String nameZh) {
        this.nameZh = nameZh;
    }
}
