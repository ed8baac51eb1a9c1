package cn.gov.huiji.fourlists.complaint.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a handler needs what is sealed (Art. 30): the code that goes into the trace; the text stays in this service. */
@Schema(description = "Why what is sealed is needed (查看理由类别): VERIFY_FACTS 核实举报线索, CONTACT_SUBMITTER 联系举报人, "
        + "REWARD 兑现举报奖励, REFER_TO_AUTHORITY 移送有权机关, OTHER 其他")
public enum DisclosureReason {
    VERIFY_FACTS("核实举报线索"),
    CONTACT_SUBMITTER("联系举报人"),
    REWARD("兑现举报奖励"),
    REFER_TO_AUTHORITY("移送有权机关"),
    OTHER("其他");

    public final String nameZh;

    DisclosureReason(String nameZh) {
        this.nameZh = nameZh;
    }
}
