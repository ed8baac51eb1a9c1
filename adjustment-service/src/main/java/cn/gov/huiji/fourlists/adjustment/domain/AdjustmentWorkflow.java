package cn.gov.huiji.fourlists.adjustment.domain;

import cn.gov.huiji.fourlists.kernel.events.EventType;
import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.security.Roles;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.gov.huiji.fourlists.adjustment.domain.RequestAction.APPROVE;
import static cn.gov.huiji.fourlists.adjustment.domain.RequestAction.CONFIRM;
import static cn.gov.huiji.fourlists.adjustment.domain.RequestAction.PASS_REVIEW;
import static cn.gov.huiji.fourlists.adjustment.domain.RequestAction.PUBLISH;
import static cn.gov.huiji.fourlists.adjustment.domain.RequestAction.REPORT;
import static cn.gov.huiji.fourlists.adjustment.domain.RequestAction.RETURN;
import static cn.gov.huiji.fourlists.adjustment.domain.RequestAction.SEND_BACK;
import static cn.gov.huiji.fourlists.adjustment.domain.RequestAction.SUBMIT;
import static cn.gov.huiji.fourlists.adjustment.domain.RequestState.APPROVED;
import static cn.gov.huiji.fourlists.adjustment.domain.RequestState.CONFIRMED;
import static cn.gov.huiji.fourlists.adjustment.domain.RequestState.DRAFT;
import static cn.gov.huiji.fourlists.adjustment.domain.RequestState.PUBLISHED;
import static cn.gov.huiji.fourlists.adjustment.domain.RequestState.REPORTED;
import static cn.gov.huiji.fourlists.adjustment.domain.RequestState.RETURNED;
import static cn.gov.huiji.fourlists.adjustment.domain.RequestState.STUDY;
import static cn.gov.huiji.fourlists.adjustment.domain.RequestState.SUBMITTED;

/**
 * The whole state machine of Art. 26 in one table: which action is allowed in which state, to whom, where it
 * leads, what it must carry and which deadline it starts. Nothing else decides a transition.
 */
public final class AdjustmentWorkflow {

    /** What a transition needs besides the role. */
    public enum Requirement { NONE, REASONS, MEETING_REFERENCE }

    /**
     * One allowed step.
     *
     * @param dueWorkingDays working days until the next step is due, or 0 when the law sets no limit
     * @param ownSectionOnly the actor must belong to the request's section (the applying section acts)
     * @param event          the event the step records (declared in the shared contract)
     */
    public record Transition(RequestState from, RequestAction action, RequestState to, List<String> roles,
                             Requirement requirement, int dueWorkingDays, boolean ownSectionOnly,
                             EventType<AdjustmentEvents.RequestStepTaken> event) {
    }

    private static final Map<RequestState, Map<RequestAction, Transition>> TABLE = new EnumMap<>(RequestState.class);

    static {
        List<String> section = List.of(Roles.CLERK, Roles.SECTION_HEAD);
        // Art. 26(1)-(2): the section applies; the legal section reviews within 2 working days.
        add(DRAFT, SUBMIT, SUBMITTED, section, Requirement.NONE, 2, true, AdjustmentEvents.REQUEST_SUBMITTED);
        // Art. 26(2): a returned request comes back within 2 working days, to be reviewed again within 2.
        add(RETURNED, SUBMIT, SUBMITTED, section, Requirement.NONE, 2, true, AdjustmentEvents.REQUEST_SUBMITTED);
        add(SUBMITTED, PASS_REVIEW, STUDY, List.of(Roles.LEGAL), Requirement.NONE, 0, false, AdjustmentEvents.REQUEST_REVIEW_PASSED);
        add(SUBMITTED, RETURN, RETURNED, List.of(Roles.LEGAL), Requirement.REASONS, 2, false, AdjustmentEvents.REQUEST_RETURNED);
        // Art. 26(3): the leaders study; a decision names the meeting that took it.
        add(STUDY, APPROVE, APPROVED, List.of(Roles.LEADER), Requirement.MEETING_REFERENCE, 0, false, AdjustmentEvents.REQUEST_APPROVED);
        add(STUDY, RETURN, RETURNED, List.of(Roles.LEADER), Requirement.REASONS, 2, false, AdjustmentEvents.REQUEST_RETURNED);
        // Art. 26(4): the legal section reports; the district office confirms or sends back.
        add(APPROVED, REPORT, REPORTED, List.of(Roles.LEGAL), Requirement.NONE, 0, false, AdjustmentEvents.REQUEST_REPORTED);
        add(REPORTED, CONFIRM, CONFIRMED, List.of(Roles.DISTRICT_OFFICE), Requirement.NONE, 0, false, AdjustmentEvents.REQUEST_CONFIRMED);
        add(REPORTED, SEND_BACK, RETURNED, List.of(Roles.DISTRICT_OFFICE), Requirement.REASONS, 2, false, AdjustmentEvents.REQUEST_SENT_BACK);
        // Art. 26(5): the legal section checks and publishes; the list changes.
        add(CONFIRMED, PUBLISH, PUBLISHED, List.of(Roles.LEGAL), Requirement.NONE, 0, false, AdjustmentEvents.REQUEST_PUBLISHED);
    }

    private AdjustmentWorkflow() {
    }

    private static void add(RequestState from, RequestAction action, RequestState to, List<String> roles,
                            Requirement requirement, int dueWorkingDays, boolean ownSectionOnly,
                            EventType<AdjustmentEvents.RequestStepTaken> event) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(RequestAction.class))
                .put(action, new Transition(from, action, to, roles, requirement, dueWorkingDays, ownSectionOnly, event));
    }

    public static Optional<Transition> transition(RequestState from, RequestAction action) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
    }

    /** The actions allowed in a state, for the 409 answer and the inbox. */
    public static List<RequestAction> allowed(RequestState state) {
        return List.copyOf(TABLE.getOrDefault(state, Map.of()).keySet());
    }

    /** Why an actor may not take a step; the workflow's only word on who acts. */
    public enum Refusal { ROLE, OTHER_SECTION, OWN_REQUEST }

    /**
     * Empty when the actor may take the step on a request of {@code section} drafted by the account {@code applicant}
     * (its subject).
     * The applying section's steps are its own; every other step is refused to the request's author (R-ADJ-5).
     */
    public static Optional<Refusal> refusal(Transition t, cn.gov.huiji.fourlists.kernel.trace.Actor actor, String section,
                                            String applicant) {
        if (actor.roles().stream().noneMatch(t.roles()::contains)) {
            return Optional.of(Refusal.ROLE);
        }
        if (t.ownSectionOnly()) {
            return section.equals(actor.section()) ? Optional.empty() : Optional.of(Refusal.OTHER_SECTION);
        }
        // The account's subject, not its changeable user name: a renamed author is still the author.
        return applicant.equals(actor.subject()) ? Optional.of(Refusal.OWN_REQUEST) : Optional.empty();
    }
}
