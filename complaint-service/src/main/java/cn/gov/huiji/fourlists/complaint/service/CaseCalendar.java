package cn.gov.huiji.fourlists.complaint.service;

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

    /** Art. 9: accept or refuse within 5 working days of receipt. */
    public static final int ACCEPT_WORKING_DAYS = 5;
    /** An answer within 60 days of acceptance, counted in calendar days (自然日): no holiday notice is involved. */
    public static final int ANSWER_DAYS = 60;
    /** One extension of at most 30 days. */
    public static final int MAX_EXTENSION_DAYS = 30;
    /** The "calendar version" of a limit counted in calendar days. */
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
        return calendars.deadline(received, ACCEPT_WORKING_DAYS);
    }

    public WorkingDayCalendar.DeadlineState stateOf(LocalDate due, LocalDate today) {
        return calendars.current().stateOf(due, today);
    }
}
