package cn.gov.huiji.fourlists.complaint.service;

import cn.gov.huiji.fourlists.complaint.domain.CaseWorkflow.Limit;
import cn.gov.huiji.fourlists.kernel.calendar.CalendarInForce;
import cn.gov.huiji.fourlists.kernel.calendar.Deadline;
import cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar;
import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The bureau's day and the time limits of R-CMP-4, counted on the suite's one working-day calendar (the replica of
 * adjustment-service's, {@link CalendarInForce}): a notice loaded there reaches complaints too.
 */
@ApplicationScoped
public class CaseCalendar {

    /** The "calendar version" of a limit counted in calendar days (the answer's, {@link Limit#ANSWER}). */
    public static final String CALENDAR_DAYS = "calendar-days";

    private final CalendarInForce calendars;
    private final Clock clock;

    public CaseCalendar(CalendarInForce calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    public LocalDate today() {
        return BureauClock.today(clock);
    }

    /** Provisional, never a failure, when the 5 working days run into a year whose notice is not loaded yet. */
    public Deadline acceptDue(LocalDate received) {
        return calendars.deadline(received, Limit.ACCEPT.days);
    }

    public WorkingDayCalendar.DeadlineState stateOf(LocalDate due, LocalDate today) {
        return calendars.current().stateOf(due, today);
    }
}
