package cn.gov.huiji.fourlists.audit.oversight.service;

import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import cn.gov.huiji.fourlists.kernel.trace.Actor;

import java.util.Optional;
import java.util.Set;

/**
 * Who reads which section's cards and accountability records. The discipline group supervises (Art. 29), the leaders
 * and auditors read everything; the legal section, a section's head and its clerks read only their own section's
 * (Art. 24: each section is the responsible body for its own lists).
 */
public final class SectionScope {

    static final Set<String> EVERYTHING = Set.of(Roles.DISCIPLINE, Roles.LEADER, Roles.AUDITOR);
    static final Set<String> OWN_SECTION = Set.of(Roles.LEGAL, Roles.SECTION_HEAD, Roles.CLERK);

    private SectionScope() {
    }

    /**
     * The section the caller is confined to, or empty when they read every section; a requested section outside their
     * own is refused.
     *
     * @param requested the section asked for, or null
     * @return the section to read (requested, or the caller's own), or empty for no restriction
     */
    public static Optional<String> of(Actor actor, String requested) {
        if (actor.roles().stream().anyMatch(EVERYTHING::contains)) {
            return Optional.ofNullable(requested);
        }
        if (actor.roles().stream().noneMatch(OWN_SECTION::contains) || actor.section() == null) {
            throw ProblemException.of(403, "forbidden", "Forbidden", "无权查看",
                    "Only the discipline group, leaders, auditors and a section's own staff read this.",
                    "只有纪检组、局领导、审计人员和本科室（队）人员可以查看。");
        }
        if (requested != null && !requested.equals(actor.section())) {
            throw ProblemException.of(403, "forbidden", "Forbidden", "无权查看",
                    "A section's staff read only their own section's cards and accountability records.",
                    "科室（队）人员只能查看本科室（队）的监察记录和问责记录。");
        }
        return Optional.of(actor.section());
    }

    /** Whether the caller may read a record of {@code section}. */
    public static boolean mayRead(Actor actor, String section) {
        if (actor.roles().stream().anyMatch(EVERYTHING::contains)) {
            return true;
        }
        return actor.roles().stream().anyMatch(OWN_SECTION::contains) && actor.section() != null && actor.section().equals(section);
    }
}
