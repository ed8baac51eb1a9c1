package cn.gov.huiji.fourlists.complaint.service;

import cn.gov.huiji.fourlists.complaint.domain.CaseState;
import cn.gov.huiji.fourlists.complaint.domain.ComplaintCase;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/** The time limits of R-CMP-4 watched without anyone asking: hourly, each warning and overdue flag once per step. */
@ApplicationScoped
public class CaseDeadlines {

    private final CaseTraces caseTraces;
    private final CaseCalendar calendar;

    public CaseDeadlines(CaseTraces caseTraces, CaseCalendar calendar) {
        this.caseTraces = caseTraces;
        this.calendar = calendar;
    }

    @Scheduled(identity = "case-deadlines", every = "1h", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        scanDeadlines(calendar.today());
    }

    /** Warnings one working day before a step is due, overdue flags after; each once per step (as for adjustments). */
    @Transactional
    public int scanDeadlines(LocalDate today) {
        int raised = 0;
        List<ComplaintCase> open = ComplaintCase.list("state in ?1", List.of(CaseState.RECEIVED, CaseState.ACCEPTED, CaseState.ASSIGNED));
        for (ComplaintCase c : open) {
            String step = c.state == CaseState.RECEIVED ? "accept" : "answer";
            LocalDate due = c.state == CaseState.RECEIVED ? c.acceptDue : c.answerDue;
            if (due == null) {
                continue;
            }
            switch (calendar.stateOf(due, today)) {
                case OVERDUE -> {
                    if (!step.equals(c.overdueStep)) {
                        c.overdueStep = step;
                        caseTraces.record(Actor.SYSTEM, ComplaintEvents.CASE_DEADLINE_MISSED, c, e -> e.withDue(step, due));
                        raised++;
                    }
                }
                case DUE_SOON -> {
                    if (!step.equals(c.warnedStep)) {
                        c.warnedStep = step;
                        caseTraces.record(Actor.SYSTEM, ComplaintEvents.CASE_DEADLINE_WARNED, c, e -> e.withDue(step, due));
                        raised++;
                    }
                }
                case PENDING -> { }
            }
        }
        return raised;
    }

}
