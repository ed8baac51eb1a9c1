package cn.gov.huiji.fourlists.disclosure.service;

import cn.gov.huiji.fourlists.disclosure.domain.Decision;
import cn.gov.huiji.fourlists.disclosure.domain.DisclosureState;
import cn.gov.huiji.fourlists.kernel.calendar.Deadline;
import cn.gov.huiji.fourlists.kernel.calendar.ProvisionalDeadlines;
import cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar;
import cn.gov.huiji.fourlists.kernel.events.DisclosureEvents;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * R-ADJ-3 for disclosures: a decision dated in late December before the next year's holiday notice was out has its
 * due date counted on weekdays only; when the notice comes into force it is counted again from the decision date,
 * traced. Decisions are claimed with SKIP LOCKED, so two instances trace each change once.
 */
@ApplicationScoped
public class ProvisionalDisclosureDues implements ProvisionalDeadlines {

    private final EntityManager em;
    private final DecisionTraces traces;

    public ProvisionalDisclosureDues(EntityManager em, DecisionTraces traces) {
        this.em = em;
        this.traces = traces;
    }

    @Override
    @SuppressWarnings("unchecked")
    public int recompute(WorkingDayCalendar calendar) {
        List<UUID> ids = em.createNativeQuery("""
                        select id from decision where calendar_version = ?1 and state = ?2 for update skip locked""")
                .setParameter(1, WorkingDayCalendar.PROVISIONAL).setParameter(2, DisclosureState.RECEIVED.name()).getResultList();
        int changed = 0;
        for (UUID id : ids) {
            Decision d = Decision.findById(id);
            Deadline due = calendar.deadline(d.decisionDate, DecisionCalendar.DISCLOSURE_WORKING_DAYS);
            if (due.provisional()) {
                continue;
            }
            LocalDate before = d.dueDate;
            d.dueDate = due.due();
            d.calendarVersion = due.calendarVersion();
            if (!before.equals(due.due())) {
                d.warnedAt = null; // warned against the provisional date: warn again against the real one
                d.missedAt = null;
            }
            traces.record(Actor.SYSTEM, DisclosureEvents.DUE_RECOMPUTED, d, "RECOUNT", d.state, null, null);
            changed++;
        }
        return changed;
    }
}
