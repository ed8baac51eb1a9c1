package cn.gov.huiji.fourlists.disclosure.domain;

import cn.gov.huiji.fourlists.kernel.events.DisclosureEvents;
import cn.gov.huiji.fourlists.kernel.events.DisclosureEvents.DecisionChanged;
import cn.gov.huiji.fourlists.kernel.events.EventType;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import cn.gov.huiji.fourlists.kernel.trace.Actor;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static cn.gov.huiji.fourlists.disclosure.domain.DecisionAction.CANCEL;
import static cn.gov.huiji.fourlists.disclosure.domain.DecisionAction.CORRECT;
import static cn.gov.huiji.fourlists.disclosure.domain.DecisionAction.EXPIRE;
import static cn.gov.huiji.fourlists.disclosure.domain.DecisionAction.FLAG_MISSED;
import static cn.gov.huiji.fourlists.disclosure.domain.DecisionAction.PUBLISH;
import static cn.gov.huiji.fourlists.disclosure.domain.DecisionAction.RESTORE;
import static cn.gov.huiji.fourlists.disclosure.domain.DecisionAction.WARN;
import static cn.gov.huiji.fourlists.disclosure.domain.DisclosureState.CANCELLED;
import static cn.gov.huiji.fourlists.disclosure.domain.DisclosureState.EXPIRED;
import static cn.gov.huiji.fourlists.disclosure.domain.DisclosureState.PUBLISHED;
import static cn.gov.huiji.fourlists.disclosure.domain.DisclosureState.RECEIVED;

/**
 * The disclosure of a decision (Art. 8) in one table, in the shape of the adjustment workflow: which action is allowed
 * in which state, to whom, where it leads, whether it needs a reason, which event it records and what the change feed
 * says of it. A decision is RECEIVED (待公示) → PUBLISHED (公示中) by the legal section after checking it for state
 * and trade secrets and personal privacy → EXPIRED (已到期撤下) at its 公示截止期, or CANCELLED (已取消公示) by the
 * legal section with a reason → PUBLISHED again by 恢复公示 with a reason (not after the 公示截止期: the service checks
 * the date). A correction keeps the state and, when the decision is public, republishes it. Nothing else decides a
 * transition. The receipt itself is no transition: it creates the decision, RECEIVED, with DECISION_RECEIVED.
 */
public final class DisclosureWorkflow {

    /**
     * One allowed step.
     *
     * @param roles  who may take it; empty for the service's own scans ({@link Actor#SYSTEM})
     * @param reason whether the step must carry a reason (who, when and why are kept)
     * @param change what the change feed says of it; null when the public view does not change
     */
    public record Transition(DisclosureState from, DecisionAction action, DisclosureState to, Set<String> roles, boolean reason,
                             EventType<DecisionChanged> event, DisclosureChange change) {
    }

    /** Who sends and corrects decisions: the case-handling systems (integration client) and the legal section. */
    public static final Set<String> SENDERS = Set.of(Roles.INTEGRATION, Roles.LEGAL);
    private static final Set<String> LEGAL = Set.of(Roles.LEGAL);
    private static final Set<String> SYSTEM = Set.of();
    private static final Map<DisclosureState, Map<DecisionAction, Transition>> TABLE = new EnumMap<>(DisclosureState.class);

    static {
        add(RECEIVED, CORRECT, RECEIVED, SENDERS, true, DisclosureEvents.DECISION_CORRECTED, null);
        add(RECEIVED, PUBLISH, PUBLISHED, LEGAL, false, DisclosureEvents.DECISION_PUBLISHED, DisclosureChange.PUBLISHED);
        add(RECEIVED, WARN, RECEIVED, SYSTEM, false, DisclosureEvents.DEADLINE_WARNED, null);
        add(RECEIVED, FLAG_MISSED, RECEIVED, SYSTEM, false, DisclosureEvents.DEADLINE_MISSED, null);
        // A correction of a public decision republishes it: it stays public, the feed says CORRECTED.
        add(PUBLISHED, CORRECT, PUBLISHED, SENDERS, true, DisclosureEvents.DECISION_CORRECTED, DisclosureChange.CORRECTED);
        add(PUBLISHED, EXPIRE, EXPIRED, SYSTEM, false, DisclosureEvents.DECISION_EXPIRED, DisclosureChange.EXPIRED);
        add(PUBLISHED, CANCEL, CANCELLED, LEGAL, true, DisclosureEvents.DECISION_CANCELLED, DisclosureChange.CANCELLED);
        // A cancelled decision may be set right before it is shown again.
        add(CANCELLED, CORRECT, CANCELLED, SENDERS, true, DisclosureEvents.DECISION_CORRECTED, null);
        add(CANCELLED, RESTORE, PUBLISHED, LEGAL, true, DisclosureEvents.DECISION_RESTORED, DisclosureChange.RESTORED);
    }

    private DisclosureWorkflow() {
    }

    private static void add(DisclosureState from, DecisionAction action, DisclosureState to, Set<String> roles, boolean reason,
                            EventType<DecisionChanged> event, DisclosureChange change) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(DecisionAction.class))
                .put(action, new Transition(from, action, to, roles, reason, event, change));
    }

    public static Optional<Transition> transition(DisclosureState from, DecisionAction action) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
    }

    /** The actions allowed in a state, for the 409 answer. */
    public static List<DecisionAction> allowed(DisclosureState from) {
        return List.copyOf(TABLE.getOrDefault(from, Map.of()).keySet());
    }

    /** Whether {@code actor} may take the step: a person by role, a scan only as the service itself. */
    public static boolean mayAct(Transition t, Actor actor) {
        if (t.roles().isEmpty()) {
            return Actor.SYSTEM.userId().equals(actor.userId());
        }
        return actor.roles().stream().anyMatch(t.roles()::contains);
    }
}
