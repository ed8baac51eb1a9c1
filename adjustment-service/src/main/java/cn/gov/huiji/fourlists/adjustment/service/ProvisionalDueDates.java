package cn.gov.huiji.fourlists.adjustment.service;

import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.persistence.SqlValues;
import cn.gov.huiji.fourlists.adjustment.domain.AdjustmentRequest;
import cn.gov.huiji.fourlists.adjustment.domain.RequestState;
import cn.gov.huiji.fourlists.kernel.calendar.Deadline;
import cn.gov.huiji.fourlists.kernel.calendar.ProvisionalDeadlines;
import cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * R-ADJ-3: when a year's holiday notice comes into force, every open step and law-change obligation whose due date
 * was counted provisionally is counted again on it; each changed due date is traced (who: the system; what: before
 * and after, with the calendar version) and kept for the transaction ({@link RecomputedDueDates}), so the notice's load
 * answers with what it changed. Rows are claimed with SKIP LOCKED, so two instances trace each change once.
 */
@ApplicationScoped
public class ProvisionalDueDates implements ProvisionalDeadlines {

    private final EntityManager em;
    private final TraceRecorder traces;
    private final RecomputedDueDates recomputed;

    public ProvisionalDueDates(EntityManager em, TraceRecorder traces, RecomputedDueDates recomputed) {
        this.em = em;
        this.traces = traces;
        this.recomputed = recomputed;
    }

    @Override
    public int recompute(WorkingDayCalendar calendar) {
        return requests(calendar) + obligations(calendar);
    }

    @SuppressWarnings("unchecked")
    private int requests(WorkingDayCalendar calendar) {
        List<UUID> ids = em.createNativeQuery("""
                        select id from adjustment_request
                        where due_calendar_version = ?1 and state <> ?2 and due_from is not null
                        for update skip locked""")
                .setParameter(1, WorkingDayCalendar.PROVISIONAL).setParameter(2, RequestState.PUBLISHED.name()).getResultList();
        int changed = 0;
        for (UUID id : ids) {
            AdjustmentRequest r = AdjustmentRequest.findById(id);
            Deadline due = calendar.deadline(r.dueFrom, r.dueWorkingDays);
            if (due.provisional()) {
                continue; // still a year without a notice on the way
            }
            LocalDate before = r.dueDate;
            r.setDue(due);
            if (r.state == RequestState.DRAFT) {
                r.applicationDue = due.due(); // Art. 26(1): the draft's due date is the application's
            }
            traces.record(Actor.SYSTEM, AdjustmentEvents.REQUEST_DUE_RECOMPUTED, r.id, new AdjustmentEvents.RequestDueRecomputed(
                    r.id, r.state.name(), r.section, before, due.due(), due.calendarVersion()));
            recomputed.add(new RecomputedDueDates.Recomputed(RecomputedDueDates.Kind.REQUEST, r.id, r.targetItemCode, r.section,
                    before, due.due(), due.calendarVersion()));
            changed++;
        }
        return changed;
    }

    @SuppressWarnings("unchecked")
    private int obligations(WorkingDayCalendar calendar) {
        List<Object[]> rows = em.createNativeQuery("""
                        select id, due_from, due_date, section_code, item_code from adjustment_obligation
                        where calendar_version = ?1 and state = 'OPEN' and due_from is not null
                        for update skip locked""")
                .setParameter(1, WorkingDayCalendar.PROVISIONAL).getResultList();
        int changed = 0;
        for (Object[] row : rows) {
            Deadline due = calendar.deadline(SqlValues.localDate(row[1]), WorkflowService.APPLICATION_WORKING_DAYS);
            if (due.provisional()) {
                continue;
            }
            em.createNativeQuery("update adjustment_obligation set due_date = ?1, calendar_version = ?2 where id = ?3")
                    .setParameter(1, due.due()).setParameter(2, due.calendarVersion()).setParameter(3, row[0]).executeUpdate();
            traces.record(Actor.SYSTEM, AdjustmentEvents.OBLIGATION_DUE_RECOMPUTED, row[0], new AdjustmentEvents.ObligationDueRecomputed(
                    (UUID) row[0], (String) row[4], (String) row[3], SqlValues.localDate(row[2]), due.due(), due.calendarVersion()));
            recomputed.add(new RecomputedDueDates.Recomputed(RecomputedDueDates.Kind.OBLIGATION, (UUID) row[0], (String) row[4],
                    (String) row[3], SqlValues.localDate(row[2]), due.due(), due.calendarVersion()));
            changed++;
        }
        return changed;
    }
}
