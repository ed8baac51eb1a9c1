package cn.gov.huiji.fourlists.disclosure.config;

import io.smallrye.config.ConfigMapping;

/**
 * The bureau as a disclosed decision names it: the deciding authority (许可机关 XK_XKJG, 处罚机关 CF_CFJG) and the unit
 * that sends the data (数据来源单位 XK_LYDW, CF_SJLY), with their 统一社会信用代码. The bureau is both.
 */
@ConfigMapping(prefix = "fourlists.disclosure.bureau")
public interface BureauConfig {

    String name();

    String creditCode();
}
