package cn.gov.huiji.fourlists.disclosure.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an entry of the change feed says happened to a decision's public view. */
@Schema(description = "Change of the public view: PUBLISHED 公示, CORRECTED 更正, EXPIRED 到期撤下, CANCELLED 取消公示, RESTORED 恢复公示")
public enum DisclosureChange {
    PUBLISHED, CORRECTED, EXPIRED, CANCELLED, RESTORED
}
