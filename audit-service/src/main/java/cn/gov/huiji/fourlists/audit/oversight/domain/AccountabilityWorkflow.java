package cn.gov.huiji.fourlists.audit.oversight.domain;

import cn.gov.huiji.fourlists.kernel.events.AuditEvents;
import cn.gov.huiji.fourlists.kernel.events.EventType;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole life of an accountability record in one table (问责, Art. 29, 31): which action is allowed in which state,
 * where it leads and which event it records. Only the discipline group acts (Art. 29); a decided or withdrawn record
 * is never changed again.
 */
public final class AccountabilityWorkflow {

    /** What the discipline group does to a record. */
    public enum Action { REVISE, DECIDE, WITHDRAW }

    public record Transition(AccountabilityState from, Action action, AccountabilityState to,
                             EventType<AuditEvents.AccountabilityChanged> event) {
    }

    /** A new record starts here, traced as recorded. */
    public static final AccountabilityState INITIAL = AccountabilityState.RECORDED;
    public static final EventType<AuditEvents.AccountabilityChanged> RECORDED = AuditEvents.ACCOUNTABILITY_RECORDED;

    private static final Map<AccountabilityState, Map<Action, Transition>> TABLE = new EnumMap<>(AccountabilityState.class);

    static {
        // Before the decision the facts, the basis and the proposed measure may be corrected; each correction is traced.
        add(AccountabilityState.RECORDED, Action.REVISE, AccountabilityState.RECORDED, AuditEvents.ACCOUNTABILITY_REVISED);
        add(AccountabilityState.RECORDED, Action.DECIDE, AccountabilityState.DECIDED, AuditEvents.ACCOUNTABILITY_DECIDED);
        // The kernel declares no event of its own for a withdrawal: it is a revision whose state says WITHDRAWN.
        add(AccountabilityState.RECORDED, Action.WITHDRAW, AccountabilityState.WITHDRAWN, AuditEvents.ACCOUNTABILITY_REVISED);
    }

    private AccountabilityWorkflow() {
    }

    private static void add(AccountabilityState from, Action action, AccountabilityState to,
                            EventType<AuditEvents.AccountabilityChanged> event) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(Action.class)).put(action, new Transition(from, action, to, event));
    }

    public static Optional<Transition> transition(AccountabilityState from, Action action) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
    }

    /** The actions allowed in a state, for the 409 answer. */
    public static List<Action> allowed(AccountabilityState state) {
        return List.copyOf(TABLE.getOrDefault(state, Map.of()).keySet());
    }
}
