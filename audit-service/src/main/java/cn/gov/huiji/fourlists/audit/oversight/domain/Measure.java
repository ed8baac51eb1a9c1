package cn.gov.huiji.fourlists.audit.oversight.domain;

/**
 * The measures the discipline group takes against a section or a person (Art. 29: 视情节轻重追究科室（队）和责任人的责任;
 * Art. 31: 结合局绩效考核办法进行处罚). Others are configured under {@code fourlists.oversight.measures.<CODE>=<label>}.
 */
public enum Measure {
    WARNING_TALK("诫勉谈话"),
    CIRCULATED_CRITICISM("通报批评"),
    WRITTEN_SELF_EXAMINATION("责令书面检查"),
    REMOVED_FROM_ENFORCEMENT("调离执法岗位"),
    REFERRED("移送处理");

    public final String nameZh;

    Measure(String nameZh) {
        this.nameZh = nameZh;
    }
}
