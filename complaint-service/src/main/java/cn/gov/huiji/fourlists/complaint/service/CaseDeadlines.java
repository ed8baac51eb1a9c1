package cn.gov.huiji.fourlists.complaint.service;

import cn.gov.huiji.fourlists.complaint.domain.CaseState;
import cn.gov.huiji.fourlists.complaint.domain.ComplaintCase;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;

/**
 * The time limits of R-CMP-4 watched without anyone asking: hourly, each warning and overdue flag once per step, also
 * with several instances scanning at the same moment (Art. 31: a warning traced twice would be counted twice).
 */
@ApplicationScoped
public class CaseDeadlines {

    private static final Logger LOG = Logger.getLogger(CaseDeadlines.class);

    private final CaseTraces caseTraces;
    private final CaseCalendar calendar;
    private final EntityManager em;

    public CaseDeadlines(CaseTraces caseTraces, CaseCalendar calendar, EntityManager em) {
        this.caseTraces = caseTraces;
        this.calendar = calendar;
        this.em = em;
    }

    @Scheduled(identity = "case-deadlines", every = "1h", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            scanDeadlines(calendar.today());
        } catch (RuntimeException e) {
            LOG.warnf("case deadline scan failed, the next run makes it up: %s", e.getMessage());
        }
    }

    /** What a case calls for on a day: a warning or an overdue flag of its current step, not raised before. */
    private record Due(String step, LocalDate due, boolean overdue) {
    }

    /**
     * Warnings one working day before a step is due, overdue flags after; each once per step (as for adjustments).
     * A case that calls for one is claimed first: its row is locked and read again ({@code select … for update}), so a
     * second instance scanning at the same moment waits for the first to commit and then sees the step already raised,
     * and a handler's step taken meanwhile is seen too. Cases are claimed in id order, so two scans never deadlock.
     */
    @Transactional
    public int scanDeadlines(LocalDate today) {
        int raised = 0;
        List<ComplaintCase> open = ComplaintCase.list("state in ?1", Sort.by("id"),
                List.of(CaseState.RECEIVED, CaseState.ACCEPTED, CaseState.ASSIGNED));
        for (ComplaintCase c : open) {
            if (due(c, today) == null) {
                continue;
            }
            em.refresh(c, LockModeType.PESSIMISTIC_WRITE);
            Due d = due(c, today);
            if (d == null) {
                continue; // raised by another instance meanwhile, or the case moved on
            }
            if (d.overdue()) {
                c.overdueStep = d.step();
                caseTraces.record(Actor.SYSTEM, ComplaintEvents.CASE_DEADLINE_MISSED, c, e -> e.withDue(d.step(), d.due()));
            } else {
                c.warnedStep = d.step();
                caseTraces.record(Actor.SYSTEM, ComplaintEvents.CASE_DEADLINE_WARNED, c, e -> e.withDue(d.step(), d.due()));
            }
            raised++;
        }
        return raised;
    }

    /** The warning or flag the case calls for on {@code today}, or null when none is due or it was raised already. */
    private Due due(ComplaintCase c, LocalDate today) {
        boolean open = c.state == CaseState.RECEIVED || c.state == CaseState.ACCEPTED || c.state == CaseState.ASSIGNED;
        String step = c.state == CaseState.RECEIVED ? "accept" : "answer";
        LocalDate due = c.state == CaseState.RECEIVED ? c.acceptDue : c.answerDue;
        if (!open || due == null) {
            return null;
        }
        return switch (calendar.stateOf(due, today)) {
            case OVERDUE -> step.equals(c.overdueStep) ? null : new Due(step, due, true);
            case DUE_SOON -> step.equals(c.warnedStep) ? null : new Due(step, due, false);
            case PENDING -> null;
        };
    }
}
