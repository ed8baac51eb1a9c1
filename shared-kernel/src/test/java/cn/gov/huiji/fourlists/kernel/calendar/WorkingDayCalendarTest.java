package cn.gov.huiji.fourlists.kernel.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-ADJ-3: deadlines count working days under the State Council's notices, weekend working days included. */
class WorkingDayCalendarTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.shipped("test");

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    void due(String from, int days, String expected) {
        assertEquals(d(expected), CALENDAR.addWorkingDays(d(from), days), days + " working day(s) after " + from);
    }

    @Test
    void theWorkingDaysLeftSkipTheHolidaysCountBackwardsWhenLateAndAreUnknownWithoutANotice() {
        assertEquals(0, CALENDAR.workingDaysLeft(d("2025-09-30"), d("2025-09-30")), "due today");
        assertEquals(1, CALENDAR.workingDaysLeft(d("2025-09-30"), d("2025-10-09")), "1–8 October are off");
        assertEquals(2, CALENDAR.workingDaysLeft(d("2025-09-26"), d("2025-09-29")), "Sunday 28th is a working day");
        assertEquals(-1, CALENDAR.workingDaysLeft(d("2025-10-09"), d("2025-09-30")), "one working day late");
        assertEquals(null, CALENDAR.workingDaysLeft(d("2026-12-30"), d("2027-01-05")), "2027's notice is not loaded: no count");
    }

    @Test
    void nationalDay2025IsSkippedAndItsWeekendWorkingDaysCount() {
        due("2025-09-26", 1, "2025-09-28"); // Sat 27th off, Sun 28th a working day
        due("2025-09-30", 1, "2025-10-09"); // 1–8 October off
        due("2025-09-30", 3, "2025-10-11"); // Art. 26(1): three working days end on Saturday 11 October, a working day
        assertFalse(CALENDAR.isWorkingDay(d("2025-10-08")), "8 October 2025 is a day off");
        assertTrue(CALENDAR.isWorkingDay(d("2025-10-11")), "Saturday 11 October 2025 is a working day");
    }

    @Test
    void springFestival2026IsSkipped() {
        due("2026-02-13", 1, "2026-02-14"); // Saturday 14 February is a working day
        due("2026-02-13", 2, "2026-02-24"); // 15–23 February off
        due("2026-02-27", 1, "2026-02-28"); // Saturday 28 February is a working day
        due("2026-02-26", 2, "2026-02-28");
    }

    @Test
    void theYearsJoinAtNewYear() {
        due("2025-12-31", 1, "2026-01-04"); // 1–3 January 2026 off, Sunday 4th a working day
        due("2024-02-09", 1, "2024-02-18"); // Spring Festival 2024, Sunday 18th a working day
        due("2024-12-31", 1, "2025-01-02");
    }

    @Test
    void anOrdinaryWeekendIsOff() {
        due("2026-11-20", 1, "2026-11-23"); // Friday → Monday
        due("2026-11-20", 2, "2026-11-24"); // Art. 26(2): review within 2 working days
    }

    @Test
    void aYearWithoutANoticeIsNeverGuessed() {
        assertEquals(2027, assertThrows(OutsideCalendarException.class, () -> CALENDAR.addWorkingDays(d("2026-12-31"), 1)).year());
        assertThrows(OutsideCalendarException.class, () -> CALENDAR.addWorkingDays(d("2023-12-29"), 1));
        assertThrows(OutsideCalendarException.class, () -> CALENDAR.isWorkingDay(d("2027-06-01")));
    }

    @Test
    void aDueDateInAYearWithoutANoticeIsProvisionalNotRefused() {
        Deadline inYear = CALENDAR.deadline(d("2026-12-24"), 5);
        assertEquals(d("2026-12-31"), inYear.due());
        assertFalse(inYear.provisional(), "Thursday 24 December 2026: five working days end on the 31st, inside 2026");
        assertEquals("test", inYear.calendarVersion());

        Deadline acrossNewYear = CALENDAR.deadline(d("2026-12-30"), 5);
        assertEquals(d("2027-01-06"), acrossNewYear.due(), "31 Dec, then 2027's weekdays 1, 4, 5 and 6 January");
        assertTrue(acrossNewYear.provisional());
        assertEquals(WorkingDayCalendar.PROVISIONAL, acrossNewYear.calendarVersion());

        Deadline fromUnloadedYear = CALENDAR.deadline(d("2030-06-07"), 1);
        assertEquals(d("2030-06-10"), fromUnloadedYear.due(), "Friday → Monday, weekdays only");
        assertTrue(fromUnloadedYear.provisional());
    }

    @Test
    void aProvisionalDueDateIsCountedExactlyOnceTheNoticeIsLoaded() {
        List<HolidayNotice> notices = new java.util.ArrayList<>(WorkingDayCalendar.shippedNotices());
        notices.add(new HolidayNotice(2027, "国办发明电〔2026〕（示例）", List.of(List.of(d("2027-01-01"), d("2027-01-03"))), List.of()));
        Deadline exact = new WorkingDayCalendar("cal-r1", notices).deadline(d("2026-12-30"), 5);
        assertEquals(d("2027-01-07"), exact.due());
        assertFalse(exact.provisional());
        assertEquals("cal-r1", exact.calendarVersion());
    }

    @Test
    void aNewYearsNoticeExtendsTheCalendar() {
        HolidayNotice y2027 = new HolidayNotice(2027, "国办发明电〔2026〕（示例）",
                List.of(List.of(d("2027-01-01"), d("2027-01-03"))), List.of());
        List<HolidayNotice> notices = new java.util.ArrayList<>(WorkingDayCalendar.shippedNotices());
        notices.add(y2027);
        WorkingDayCalendar extended = new WorkingDayCalendar("v2", notices);
        assertEquals(d("2027-01-04"), extended.addWorkingDays(d("2026-12-31"), 1));
        assertEquals("v2", extended.version());
    }

    @Test
    void aNoticeWithAWeekdayAsWeekendWorkingDayOrDatesOfAnotherYearIsRefused() {
        HolidayNotice bad = new HolidayNotice(2027, "x", List.of(List.of(d("2026-12-31"), d("2027-01-02"))), List.of(d("2027-01-04")));
        List<String> problems = bad.problems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("daysOff[0]")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("workingWeekendDays[0]")), problems.toString());
        assertThrows(IllegalArgumentException.class, () -> new WorkingDayCalendar("bad", List.of(bad)));
    }

    @Test
    void theWarningFallsOnTheWorkingDayBeforeTheDueDate() {
        assertEquals(d("2025-09-30"), CALENDAR.previousWorkingDay(d("2025-10-09")));
        assertEquals(d("2026-02-14"), CALENDAR.previousWorkingDay(d("2026-02-24")));
    }

    @Test
    void aStepIsWarnedOneWorkingDayAheadAndOverdueAfterEvenInAYearWithoutANotice() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        assertEquals(WorkingDayCalendar.DeadlineState.PENDING, CALENDAR.stateOf(monday, LocalDate.of(2026, 11, 26)));
        assertEquals(WorkingDayCalendar.DeadlineState.DUE_SOON, CALENDAR.stateOf(monday, LocalDate.of(2026, 11, 27)),
                "the working day before a Monday is the Friday");
        assertEquals(WorkingDayCalendar.DeadlineState.DUE_SOON, CALENDAR.stateOf(monday, monday));
        assertEquals(WorkingDayCalendar.DeadlineState.OVERDUE, CALENDAR.stateOf(monday, LocalDate.of(2026, 12, 1)));
        LocalDate in2027 = LocalDate.of(2027, 2, 8);
        assertEquals(WorkingDayCalendar.DeadlineState.PENDING, CALENDAR.stateOf(in2027, LocalDate.of(2027, 2, 6)));
        assertEquals(WorkingDayCalendar.DeadlineState.DUE_SOON, CALENDAR.stateOf(in2027, LocalDate.of(2027, 2, 7)),
                "without the year's notice the warning comes the calendar day before, not never");
    }
}
