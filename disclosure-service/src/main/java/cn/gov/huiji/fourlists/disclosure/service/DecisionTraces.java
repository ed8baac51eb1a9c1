package cn.gov.huiji.fourlists.disclosure.service;

import cn.gov.huiji.fourlists.disclosure.domain.Decision;
import cn.gov.huiji.fourlists.disclosure.domain.DisclosureChange;
import cn.gov.huiji.fourlists.disclosure.domain.DisclosureState;
import cn.gov.huiji.fourlists.kernel.events.DisclosureEvents.DecisionChanged;
import cn.gov.huiji.fourlists.kernel.events.EventType;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Every step of a decision leaves, in the caller's transaction, its trace (what the public log may hold: never a
 * certificate number), its row in {@code decision_step} (who, when, why, for staff) and, when the public view
 * changes, its entry in the change feed ({@code disclosure_change}).
 */
@ApplicationScoped
public class DecisionTraces {

    private final TraceRecorder traces;
    private final EntityManager em;

    public DecisionTraces(TraceRecorder traces, EntityManager em) {
        this.traces = traces;
        this.em = em;
    }

    /** What the trace of a decision says, as it stands now. */
    public static DecisionChanged data(Decision d, String reason) {
        return new DecisionChanged(d.id, d.kind.name(), d.version, d.documentNo, d.decisionDate, d.partyName,
                d.partyCategory.name(), d.partyCreditCode, d.itemCode, d.state.name(), d.dueDate, d.calendarVersion,
                d.disclosureEnd, reason);
    }

    /**
     * Records a step taken on {@code d} (already in its new state): the trace, the step and, if {@code change} is
     * given, the feed entry.
     *
     * @param action the step's name in decision_step (RECEIVE, PUBLISH, CORRECT, WARN, FLAG_MISSED, EXPIRE, CANCEL, RESTORE)
     * @param from   the state before, null at receipt
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, EventType<DecisionChanged> type, Decision d, String action, DisclosureState from,
                       String reason, DisclosureChange change) {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        traces.record(actor, type, d.id, data(d, reason));
        em.flush(); // the decision's row first: the step and the feed entry refer to it
        em.createNativeQuery("""
                        insert into decision_step (decision_id, action, from_state, to_state, version, reason, actor, at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, d.id).setParameter(2, action).setParameter(3, from == null ? null : from.name())
                .setParameter(4, d.state.name()).setParameter(5, d.version).setParameter(6, reason)
                .setParameter(7, actor.userId()).setParameter(8, at).executeUpdate();
        if (change != null) {
            em.createNativeQuery("insert into disclosure_change (decision_id, kind, change, at) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, d.id).setParameter(2, d.kind.name()).setParameter(3, change.name()).setParameter(4, at)
                    .executeUpdate();
        }
    }
}
