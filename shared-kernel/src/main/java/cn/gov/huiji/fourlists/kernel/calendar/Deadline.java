package cn.gov.huiji.fourlists.kernel.calendar;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * A due date with the calendar it was counted on (R-ADJ-3): {@code cal-rN} names the notices in force (revision N of
 * the loaded notices), {@value WorkingDayCalendar#PROVISIONAL} a date counted on weekdays only because a year's notice
 * is not loaded yet (暂按工作日计算，待国务院节假日安排公布后重算).
 */
@Schema(description = "A deadline counted in working days (期限), with the calendar version it used")
public record Deadline(
        @Schema(description = "Start date, the count begins the day after (起算日)", examples = "2026-12-30") LocalDate from,
        @Schema(description = "Working days counted (工作日数)", examples = "5") int workingDays,
        @Schema(description = "The due date (截止日期)", examples = "2027-01-06") LocalDate due,
        @Schema(description = "Calendar version: cal-rN, or provisional (暂按工作日计算)", examples = "cal-r0") String calendarVersion,
        @Schema(description = "Counted on weekdays only for a year whose holiday notice is not loaded yet; recomputed when it is "
                + "(暂按工作日计算，待国务院节假日安排公布后重算)") boolean provisional) {
}
