package cn.gov.huiji.fourlists.complaint.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Raises the warnings and overdue flags of R-CMP-4 hourly (each once per step, see CaseService.scanDeadlines). */
@ApplicationScoped
public class DeadlineScanner {

    private final CaseService cases;
    private final CaseCalendar calendar;

    public DeadlineScanner(CaseService cases, CaseCalendar calendar) {
        this.cases = cases;
        this.calendar = calendar;
    }

    @Scheduled(every = "1h", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan() {
        cases.scanDeadlines(calendar.today());
    }
}
