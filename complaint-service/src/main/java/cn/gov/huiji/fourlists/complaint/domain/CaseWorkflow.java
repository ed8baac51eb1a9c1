package cn.gov.huiji.fourlists.complaint.domain;

import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents.CaseChanged;
import cn.gov.huiji.fourlists.kernel.events.EventType;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import cn.gov.huiji.fourlists.kernel.trace.Actor;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static cn.gov.huiji.fourlists.complaint.domain.CaseAction.ACCEPT;
import static cn.gov.huiji.fourlists.complaint.domain.CaseAction.ANSWER;
import static cn.gov.huiji.fourlists.complaint.domain.CaseAction.ASSIGN;
import static cn.gov.huiji.fourlists.complaint.domain.CaseAction.CLOSE;
import static cn.gov.huiji.fourlists.complaint.domain.CaseAction.EXTEND;
import static cn.gov.huiji.fourlists.complaint.domain.CaseAction.NOT_ACCEPT;
import static cn.gov.huiji.fourlists.complaint.domain.CaseAction.REOPEN;
import static cn.gov.huiji.fourlists.complaint.domain.CaseState.ACCEPTED;
import static cn.gov.huiji.fourlists.complaint.domain.CaseState.ANSWERED;
import static cn.gov.huiji.fourlists.complaint.domain.CaseState.ASSIGNED;
import static cn.gov.huiji.fourlists.complaint.domain.CaseState.CLOSED;
import static cn.gov.huiji.fourlists.complaint.domain.CaseState.NOT_ACCEPTED;
import static cn.gov.huiji.fourlists.complaint.domain.CaseState.RECEIVED;

/**
 * The procedure of Art. 9 (R-CMP-4) in one table, in the shape of the adjustment workflow: which action is allowed in
 * which state, to whom, where it leads, what it must carry, whether it may happen only once, which time limit it
 * starts and which event it records. RECEIVED → ACCEPTED or NOT_ACCEPTED (within 5 working days of receipt) → ASSIGNED
 * to a section → ANSWERED (within 60 days of acceptance; one extension of at most 30 days) → CLOSED; a closed case
 * whose submitter was not satisfied is reopened once. Nothing else decides a transition.
 */
public final class CaseWorkflow {

    /** The time limits of the procedure. */
    public enum Limit {
        /** Accept or refuse within 5 working days of receipt (counted on the working-day calendar). */
        ACCEPT(5, true),
        /** Answer within 60 days of acceptance, or of a reopening (calendar days, 自然日). */
        ANSWER(60, false),
        /** One extension of the answer's limit, of at most 30 days. */
        EXTENSION(30, false);

        public final int days;
        public final boolean workingDays;

        Limit(int days, boolean workingDays) {
            this.days = days;
            this.workingDays = workingDays;
        }
    }

    /** What an action must carry or find besides the role. */
    public enum Requirement {
        NONE,
        /** A reason from the fixed list (duplicate, no clear target, belongs to petition, reconsideration or litigation). */
        NOT_ACCEPTED_REASON,
        /** The section that handles the case. */
        SECTION,
        /** The days (1 to {@link Limit#EXTENSION}) and the reason. */
        EXTENSION,
        /** The answer the submitter will read. */
        PUBLIC_ANSWER,
        /** The submitter said they were not satisfied with the answer. */
        UNSATISFIED_FEEDBACK
    }

    /**
     * One allowed step.
     *
     * @param assignedSectionActs besides the roles, the clerks and head of the section the case is assigned to may act
     * @param once                the step may happen only once in a case's life (one extension, one reopening)
     * @param starts              the limit the step starts (or lengthens, for the extension), or null
     */
    public record Transition(CaseState from, CaseAction action, CaseState to, Set<String> roles, boolean assignedSectionActs,
                             Requirement requirement, boolean once, Limit starts, EventType<CaseChanged> event) {
    }

    private static final Set<String> HANDLER = Set.of(Roles.COMPLAINT_HANDLER);
    private static final Map<CaseState, Map<CaseAction, Transition>> TABLE = new EnumMap<>(CaseState.class);

    static {
        add(RECEIVED, ACCEPT, ACCEPTED, false, Requirement.NONE, false, Limit.ANSWER, ComplaintEvents.CASE_ACCEPTED);
        add(RECEIVED, NOT_ACCEPT, NOT_ACCEPTED, false, Requirement.NOT_ACCEPTED_REASON, false, null, ComplaintEvents.CASE_NOT_ACCEPTED);
        add(ACCEPTED, ASSIGN, ASSIGNED, false, Requirement.SECTION, false, null, ComplaintEvents.CASE_ASSIGNED);
        add(ACCEPTED, EXTEND, ACCEPTED, false, Requirement.EXTENSION, true, Limit.EXTENSION, ComplaintEvents.CASE_EXTENDED);
        add(ASSIGNED, ASSIGN, ASSIGNED, false, Requirement.SECTION, false, null, ComplaintEvents.CASE_ASSIGNED);
        add(ASSIGNED, EXTEND, ASSIGNED, false, Requirement.EXTENSION, true, Limit.EXTENSION, ComplaintEvents.CASE_EXTENDED);
        // The assigned section answers, or a handler for it.
        add(ASSIGNED, ANSWER, ANSWERED, true, Requirement.PUBLIC_ANSWER, false, null, ComplaintEvents.CASE_ANSWERED);
        add(ANSWERED, CLOSE, CLOSED, false, Requirement.NONE, false, null, ComplaintEvents.CASE_CLOSED);
        add(CLOSED, REOPEN, ASSIGNED, false, Requirement.UNSATISFIED_FEEDBACK, true, Limit.ANSWER, ComplaintEvents.CASE_REOPENED);
    }

    private CaseWorkflow() {
    }

    private static void add(CaseState from, CaseAction action, CaseState to, boolean assignedSectionActs, Requirement requirement,
                            boolean once, Limit starts, EventType<CaseChanged> event) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(CaseAction.class))
                .put(action, new Transition(from, action, to, HANDLER, assignedSectionActs, requirement, once, starts, event));
    }

    public static Optional<Transition> transition(CaseState from, CaseAction action) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
    }

    /** The actions allowed in a state, as their path segments, for the 409 answer. */
    public static List<String> allowed(CaseState from) {
        return TABLE.getOrDefault(from, Map.of()).keySet().stream().map(CaseAction::path).sorted().toList();
    }

    /** Whether {@code actor} may take the step on a case assigned to {@code section} (null: not yet assigned). */
    public static boolean mayAct(Transition t, Actor actor, String section) {
        if (actor.roles().stream().anyMatch(t.roles()::contains)) {
            return true;
        }
        return t.assignedSectionActs() && section != null && section.equals(actor.section())
                && (actor.roles().contains(Roles.SECTION_HEAD) || actor.roles().contains(Roles.CLERK));
    }
}
