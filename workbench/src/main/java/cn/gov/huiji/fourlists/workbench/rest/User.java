package cn.gov.huiji.fourlists.workbench.rest;

import io.quarkus.security.identity.SecurityIdentity;

import java.util.List;
import java.util.Map;

/** Who is signed in, as every page's header shows it: the user name and their roles in Chinese. */
public record User(String name, List<String> roles) {

    static final Map<String, String> ROLE_NAMES = Map.of("clerk", "科室经办人", "section-head", "科室负责人",
            "legal", "法制科", "leader", "分管领导", "district-office", "区编办", "discipline", "纪检组", "complaint-handler", "投诉举报受理人",
            "auditor", "审计", "admin", "系统管理员", "integration", "外部系统");

    static User of(SecurityIdentity identity) {
        return new User(identity.getPrincipal().getName(), identity.getRoles().stream().filter(ROLE_NAMES::containsKey)
                .map(ROLE_NAMES::get).sorted().toList());
    }
}
