package cn.gov.huiji.fourlists.kernel.calendar;

import java.time.OffsetDateTime;

/**
 * The payload of {@code AdjustmentEvents.CALENDAR_NOTICE_LOADED} on {@code adjustment-events}: a year's holiday notice loaded (or corrected) at run time
 * by the calendar's owner, adjustment-service. Every service that counts deadlines applies it as the same revision, so
 * {@code cal-rN} means the same notices everywhere (R-ADJ-3).
 *
 * @param revision        the owner's revision number; the calendar version is {@code cal-r<revision>}
 * @param calendarVersion {@code cal-r<revision>}
 * @param loadedAt        when the owner stored it
 */
public record NoticeLoaded(int year, String document, long revision, String calendarVersion, HolidayNotice notice,
                           OffsetDateTime loadedAt) {

    public static String version(long revision) {
        return "cal-r" + revision;
    }
}
