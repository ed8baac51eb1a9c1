package cn.gov.huiji.fourlists.workbench.rest;

import io.quarkus.security.identity.SecurityIdentity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is signed in, as every page's header shows it: the user name, their roles in Chinese, and the menu of the
 * screens their roles open. The menu only saves clicks: each service still decides what the user may see and do.
 */
public record User(String name, List<String> roles, List<MenuEntry> menu) {

    static final Map<String, String> ROLE_NAMES = Map.of("clerk", "科室经办人", "section-head", "科室负责人",
            "legal", "法制科", "leader", "分管领导", "district-office", "区编办", "discipline", "纪检组", "complaint-handler", "投诉举报受理人",
            "auditor", "审计", "admin", "系统管理员", "integration", "外部系统");

    /** One entry of the main menu: where, its name, and the roles it serves (empty: everyone). */
    public record MenuEntry(String path, String label, Set<String> roles) {
    }

    /** Every screen of the workbench, in the order of the menu. */
    static final List<MenuEntry> SCREENS = List.of(
            new MenuEntry("/", "待办", Set.of()),
            new MenuEntry("/requests", "调整申请", Set.of("clerk", "section-head", "legal", "leader", "district-office", "discipline")),
            new MenuEntry("/cases", "投诉举报", Set.of("complaint-handler", "section-head", "clerk", "discipline", "leader")),
            new MenuEntry("/law-changes", "法律变更", Set.of("legal", "clerk", "section-head", "leader", "discipline")),
            // 双公示 (Art. 8): the legal section publishes; leaders, the discipline group and the auditors read
            new MenuEntry("/decisions", "双公示", Set.of("legal", "leader", "discipline", "auditor")),
            new MenuEntry("/legal", "法制科", Set.of("legal")),
            // the registers of Art. 17–19, kept by the legal section (admin too, as list-service allows)
            new MenuEntry("/bodies", "执法主体", Set.of("legal", "admin")),
            new MenuEntry("/officers", "执法人员", Set.of("legal", "admin")),
            new MenuEntry("/traces", "留痕查询", Set.of("auditor", "discipline")),
            new MenuEntry("/stats", "统计", Set.of("legal", "leader", "discipline", "auditor", "complaint-handler")),
            // 电子监察 (Art. 29, 31): the discipline group supervises; leaders and auditors read; a section's staff read their own cards
            new MenuEntry("/oversight", "电子监察", Set.of("discipline", "leader", "auditor", "section-head", "legal", "clerk")),
            new MenuEntry("/admin", "系统管理", Set.of("admin")));

    /** The signed-in user as notifications address people; the section comes from the ID token's section claim. */
    static cn.gov.huiji.fourlists.workbench.service.Viewer viewer(SecurityIdentity identity) {
        Object section = identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken jwt ? jwt.getClaim("section") : null;
        return new cn.gov.huiji.fourlists.workbench.service.Viewer(identity.getPrincipal().getName(), Set.copyOf(identity.getRoles()),
                section == null ? null : section.toString().replace("\"", ""));
    }

    static User of(SecurityIdentity identity) {
        Set<String> held = identity.getRoles();
        return new User(identity.getPrincipal().getName(), held.stream().filter(ROLE_NAMES::containsKey)
                .map(ROLE_NAMES::get).sorted().toList(),
                SCREENS.stream().filter(s -> s.roles().isEmpty() || s.roles().stream().anyMatch(held::contains)).toList());
    }
}
