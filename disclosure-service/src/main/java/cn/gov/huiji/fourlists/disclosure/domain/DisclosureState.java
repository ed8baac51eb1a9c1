package cn.gov.huiji.fourlists.disclosure.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a decision's disclosure stands (Art. 8); only PUBLISHED is in public view. */
@Schema(description = "Disclosure state: RECEIVED 待公示, PUBLISHED 公示中, EXPIRED 已到期撤下, CANCELLED 已取消公示")
public enum DisclosureState {
    RECEIVED("待公示"),
    PUBLISHED("公示中"),
    EXPIRED("已到期撤下"),
    CANCELLED("已取消公示");

    public final String nameZh;

    DisclosureState(String nameZh) {
        this.nameZh = nameZh;
    }
}
