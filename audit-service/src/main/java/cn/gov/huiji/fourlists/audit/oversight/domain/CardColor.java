package cn.gov.huiji.fourlists.audit.oversight.domain;

/** 黄牌: a time limit was warned of; 红牌: it was missed (Art. 31: warnings and overdue steps are measured). */
public enum CardColor {
    YELLOW("黄牌"),
    RED("红牌");

    public final String nameZh;

    CardColor(String nameZh) {
        this.nameZh = nameZh;
    }
}
