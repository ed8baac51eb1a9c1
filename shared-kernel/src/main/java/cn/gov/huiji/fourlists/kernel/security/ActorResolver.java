package cn.gov.huiji.fourlists.kernel.security;

import cn.gov.huiji.fourlists.kernel.trace.Actor;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;

/** Turns the caller's identity into the {@link Actor} of a trace: staff id, roles and section. */
@ApplicationScoped
public class ActorResolver {

    /** The token claim (a Keycloak user attribute) that names the user's section (科室（队）). */
    public static final String SECTION_CLAIM = "section";

    private final Instance<SecurityIdentity> identity;

    public ActorResolver(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    public Actor current() {
        if (!Arc.container().requestContext().isActive()) {
            return Actor.SYSTEM; // schedulers and consumers act as the service itself
        }
        SecurityIdentity id = identity.get();
        if (id == null || id.isAnonymous()) {
            return Actor.ANONYMOUS;
        }
        List<String> roles = id.getRoles().stream().sorted().toList();
        String subject = id.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null ? jwt.getSubject()
                : id.getPrincipal().getName();
        return new Actor(id.getPrincipal().getName(), roles, section(id), subject);
    }

    /** The caller's section, from the token claim or (in tests) the identity attribute. */
    public static String section(SecurityIdentity id) {
        if (id.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(SECTION_CLAIM);
            if (claim != null) {
                return claim.toString().replace("\"", "");
            }
        }
        Object attribute = id.getAttribute(SECTION_CLAIM);
        return attribute == null ? null : attribute.toString();
    }
}
