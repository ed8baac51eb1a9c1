package cn.gov.huiji.fourlists.kernel.trace;

import java.util.List;

/**
 * Who performed a duty action (Art. 7, 10: 全程留痕): the staff id, their roles and their section, and the account's
 * stable subject (the token's {@code sub}), which a rename of the user name does not change: separation of duties
 * compares subjects. Only staff ids ever enter a trace; members of the public appear as {@link #ANONYMOUS}.
 */
public record Actor(String userId, List<String> roles, String section,
                    @com.fasterxml.jackson.annotation.JsonIgnore @org.eclipse.microprofile.openapi.annotations.media.Schema(hidden = true) String subject) {

    /** An actor whose subject is its user id (the service itself, the public, tests). */
    public Actor(String userId, List<String> roles, String section) {
        this(userId, roles, section, userId);
    }

    /** A member of the public or another unauthenticated caller. */
    public static final Actor ANONYMOUS = new Actor("anonymous", List.of(), null);
    /** The service itself, e.g. a scheduler finding an overdue step. */
    public static final Actor SYSTEM = new Actor("system", List.of(), null);

    public Actor {
        roles = roles == null ? List.of() : List.copyOf(roles);
        subject = subject == null ? userId : subject;
    }

    /** Roles as the comma-separated CloudEvents extension value. */
    public String rolesAsString() {
        return String.join(",", roles);
    }

    public static Actor of(String userId, String roles, String section) {
        List<String> list = roles == null || roles.isBlank() ? List.of() : List.of(roles.split(","));
        return new Actor(userId, list, section);
    }
}
