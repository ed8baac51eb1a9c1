package cn.gov.huiji.fourlists.kernel.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The kinds of administrative penalty (行政处罚的种类): Art. 9 of the 行政处罚法 as revised in 2021, plus the
 * 2016 wording (Art. 8 of the 2009 text) that old decisions and tables still use.
 */
@Schema(description = "Kind of administrative penalty (行政处罚种类), 行政处罚法 Art. 9 (2021); "
        + "SUSPEND_OR_REVOKE_PERMIT is the 2009 text's kind, accepted for old data")
public enum PenaltyKind {
    WARNING("警告", true),
    CIRCULATED_CRITICISM("通报批评", false),
    FINE("罚款", true),
    CONFISCATE_ILLEGAL_INCOME("没收违法所得", true),
    CONFISCATE_ILLEGAL_PROPERTY("没收非法财物", true),
    SUSPEND_LICENCE("暂扣许可证件", false),
    LOWER_QUALIFICATION("降低资质等级", false),
    REVOKE_LICENCE("吊销许可证件", false),
    RESTRICT_BUSINESS("限制开展生产经营活动", false),
    ORDER_SUSPENSION("责令停产停业", true),
    ORDER_CLOSURE("责令关闭", false),
    RESTRICT_EMPLOYMENT("限制从业", false),
    DETENTION("行政拘留", true),
    SUSPEND_OR_REVOKE_PERMIT("暂扣或者吊销许可证、暂扣或者吊销执照", true),
    OTHER("法律、行政法规规定的其他行政处罚", true);

    private final String label;
    private final boolean in2009Text;

    PenaltyKind(String label, boolean in2009Text) {
        this.label = label;
        this.in2009Text = in2009Text;
    }

    public String label() {
        return label;
    }

    /** Whether the 2009 text of the law (in force in 2016) names this kind. */
    public boolean in2009Text() {
        return in2009Text;
    }

    /** Whether the 2021 text names this kind; only the old combined permit kind is missing from it. */
    public boolean in2021Text() {
        return this != SUSPEND_OR_REVOKE_PERMIT;
    }
}
