package cn.gov.huiji.fourlists.kernel.calendar;

/**
 * What a service does when a calendar with more notices comes into force: recompute every open due date it stored
 * as {@value WorkingDayCalendar#PROVISIONAL} that the new calendar now covers, each change traced, in the caller's
 * transaction. Implementations claim their rows (FOR UPDATE SKIP LOCKED) so that two instances trace each change once.
 */
public interface ProvisionalDeadlines {

    /** Recomputes on {@code calendar}; returns how many due dates changed. */
    int recompute(WorkingDayCalendar calendar);
}
