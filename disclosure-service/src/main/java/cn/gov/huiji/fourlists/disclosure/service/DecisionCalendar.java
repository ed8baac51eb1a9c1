package cn.gov.huiji.fourlists.disclosure.service;

import cn.gov.huiji.fourlists.kernel.calendar.CalendarInForce;
import cn.gov.huiji.fourlists.kernel.calendar.Deadline;
import cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar;
import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The bureau's day and the disclosure's time limit, counted on the suite's one working-day calendar (the replica of
 * adjustment-service's, {@link CalendarInForce}): a decision is public within 7 working days of its decision date
 * (the district's 双公示 rules under Art. 8).
 */
@ApplicationScoped
public class DecisionCalendar {

    /** Working days from the decision date within which it must be public. */
    public static final int DISCLOSURE_WORKING_DAYS = 7;

    private final CalendarInForce calendars;
    private final Clock clock;

    public DecisionCalendar(CalendarInForce calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    public LocalDate today() {
        return BureauClock.today(clock);
    }

    public Clock clock() {
        return clock;
    }

    /** Provisional, never a failure, when the 7 working days run into a year whose notice is not loaded yet. */
    public Deadline disclosureDue(LocalDate decisionDate) {
        return calendars.deadline(decisionDate, DISCLOSURE_WORKING_DAYS);
    }

    public WorkingDayCalendar current() {
        return calendars.current();
    }

    public WorkingDayCalendar.DeadlineState stateOf(LocalDate due, LocalDate today) {
        return calendars.current().stateOf(due, today);
    }
}
