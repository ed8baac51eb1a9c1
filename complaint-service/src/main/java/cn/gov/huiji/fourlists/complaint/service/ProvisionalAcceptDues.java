package cn.gov.huiji.fourlists.complaint.service;

import cn.gov.huiji.fourlists.complaint.domain.CaseState;
import cn.gov.huiji.fourlists.complaint.domain.CaseWorkflow;
import cn.gov.huiji.fourlists.complaint.domain.ComplaintCase;
import cn.gov.huiji.fourlists.kernel.calendar.Deadline;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents;
import cn.gov.huiji.fourlists.kernel.calendar.ProvisionalDeadlines;
import cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar;
import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * R-CMP-4 with R-ADJ-3: a case received in late December before the next year's holiday notice was out has an
 * acceptance deadline counted on weekdays only; when the notice comes into force it is counted again from the day of
 * receipt, and each change is traced. Cases are claimed with SKIP LOCKED, so two instances trace each change once.
 */
@ApplicationScoped
public class ProvisionalAcceptDues implements ProvisionalDeadlines {

    private final EntityManager em;
    private final CaseTraces caseTraces;

    public ProvisionalAcceptDues(EntityManager em, CaseTraces caseTraces) {
        this.em = em;
        this.caseTraces = caseTraces;
    }

    @Override
    @SuppressWarnings("unchecked")
    public int recompute(WorkingDayCalendar calendar) {
        List<UUID> ids = em.createNativeQuery("""
                        select id from complaint_case where calendar_version = ?1 and state = ?2 for update skip locked""")
                .setParameter(1, WorkingDayCalendar.PROVISIONAL).setParameter(2, CaseState.RECEIVED.name()).getResultList();
        int changed = 0;
        for (UUID id : ids) {
            ComplaintCase c = ComplaintCase.findById(id);
            LocalDate received = BureauClock.dayOf(c.receivedAt.toInstant());
            Deadline due = calendar.deadline(received, CaseWorkflow.Limit.ACCEPT.days);
            if (due.provisional()) {
                continue;
            }
            LocalDate before = c.acceptDue;
            c.acceptDue = due.due();
            c.calendarVersion = due.calendarVersion();
            if (!before.equals(due.due())) {
                c.warnedStep = null; // warned against the provisional date: warn again against the real one
            }
            caseTraces.record(Actor.SYSTEM, ComplaintEvents.CASE_DUE_RECOMPUTED, c,
                    e -> e.withDue("accept", due.due()).withRecount(before, due.calendarVersion()));
            changed++;
        }
        return changed;
    }
}
