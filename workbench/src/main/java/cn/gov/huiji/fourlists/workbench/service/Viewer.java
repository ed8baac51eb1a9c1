package cn.gov.huiji.fourlists.workbench.service;

import java.util.Set;

/** The signed-in user as notifications address people: user name, realm roles, section. */
public record Viewer(String username, Set<String> roles, String section) {

    public boolean sees(Recipient to) {
        return to.reaches(username, roles, section);
    }

    /** Section staff are told what their section owes (clerks and the head, Art. 24). */
    public boolean sectionStaff() {
        return roles.contains("clerk") || roles.contains("section-head");
    }
}
