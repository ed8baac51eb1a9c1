package cn.gov.huiji.fourlists.workbench.service;

/**
 * Who a notification is for: one staff member (by user name), a section (its clerks and its head), or everyone who
 * holds a role (the legal section, the leaders, the district office, the complaint handlers).
 */
public record Recipient(Kind kind, String name) {

    public enum Kind { USER, SECTION, ROLE }

    public static Recipient user(String name) {
        return new Recipient(Kind.USER, name);
    }

    public static Recipient section(String code) {
        return new Recipient(Kind.SECTION, code);
    }

    public static Recipient role(String role) {
        return new Recipient(Kind.ROLE, role);
    }

    /** Whether a signed-in user with these roles and this section is meant. Sections are told through their staff. */
    public boolean reaches(String user, java.util.Collection<String> roles, String userSection) {
        return switch (kind) {
            case USER -> name.equals(user);
            case ROLE -> roles.contains(name);
            case SECTION -> name.equals(userSection) && (roles.contains("clerk") || roles.contains("section-head"));
        };
    }
}
