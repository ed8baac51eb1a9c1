package cn.gov.huiji.fourlists.kernel.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Working days under the State Council's holiday notices (R-ADJ-3): every deadline of the notice counts them
 * (Art. 26: 3 working days to apply, 2 to review, 2 to resubmit). A day is a working day when it is a weekday
 * the notice does not give off, or a weekend day the notice makes a working day. Years without a loaded notice
 * are never guessed at. Immutable; {@link #version()} names the notices it was built from.
 */
public final class WorkingDayCalendar {

    /** The notices shipped with the software (2024–2026); later years are loaded at run time. */
    public static final List<Integer> SHIPPED_YEARS = List.of(2024, 2025, 2026);

    private final String version;
    private final Map<Integer, HolidayNotice> notices;
    private final Set<LocalDate> daysOff = new HashSet<>();
    private final Set<LocalDate> workingWeekendDays = new HashSet<>();

    public WorkingDayCalendar(String version, Collection<HolidayNotice> notices) {
        this.version = version;
        Map<Integer, HolidayNotice> byYear = new TreeMap<>();
        for (HolidayNotice notice : notices) {
            List<String> problems = notice.problems();
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("holiday notice " + notice.year() + " is invalid: " + problems);
            }
            byYear.put(notice.year(), notice); // a later notice for the same year replaces the earlier one
        }
        this.notices = Map.copyOf(byYear);
        for (HolidayNotice notice : this.notices.values()) {
            daysOff.addAll(notice.expandedDaysOff());
            workingWeekendDays.addAll(notice.workingWeekendDays());
        }
    }

    /** The calendar of the shipped notices. */
    public static WorkingDayCalendar shipped(String version) {
        return new WorkingDayCalendar(version, shippedNotices());
    }

    public static List<HolidayNotice> shippedNotices() {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<HolidayNotice> list = new ArrayList<>();
        for (int year : SHIPPED_YEARS) {
            try (InputStream in = WorkingDayCalendar.class.getResourceAsStream("/calendar/" + year + ".json")) {
                list.add(json.readValue(in, HolidayNotice.class));
            } catch (IOException e) {
                throw new UncheckedIOException("shipped holiday notice " + year + " is unreadable", e);
            }
        }
        return list;
    }

    public String version() {
        return version;
    }

    public Set<Integer> years() {
        return notices.keySet();
    }

    public boolean isWorkingDay(LocalDate day) {
        requireYear(day);
        if (workingWeekendDays.contains(day)) {
            return true;
        }
        if (daysOff.contains(day)) {
            return false;
        }
        return isWeekday(day);
    }

    private static boolean isWeekday(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** Whether a notice for {@code year} is part of this calendar. */
    public boolean covers(int year) {
        return notices.containsKey(year);
    }

    /** The calendar version of a due date counted, in part, on weekdays only: a year whose notice is not loaded yet. */
    public static final String PROVISIONAL = "provisional";

    /**
     * The due date of a step: the N-th working day strictly after {@code from}, with the version of this calendar.
     * Where the count runs into a year whose notice is not loaded yet, the days of that year are counted on weekdays
     * only and the deadline is {@link #PROVISIONAL}: the citizen's or the clerk's request never fails on a missing
     * notice, and the date is recomputed when the notice arrives (R-ADJ-3).
     */
    public Deadline deadline(LocalDate from, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays must be at least 1");
        }
        boolean provisional = !notices.containsKey(from.getYear());
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            boolean known = notices.containsKey(day.getYear());
            provisional |= !known;
            if (known ? isWorkingDay(day) : isWeekday(day)) {
                counted++;
            }
        }
        return new Deadline(from, workingDays, day, provisional ? PROVISIONAL : version, provisional);
    }

    /** The N-th working day strictly after {@code from} (N ≥ 1): e.g. Art. 26(1)'s "within 3 working days". */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays must be at least 1");
        }
        requireYear(from);
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Working days left until {@code due}, seen on {@code today}: the working days after today up to and including the
     * due date (0: due today), or minus the working days since it passed; null when a year between them has no notice
     * loaded yet, so no one is shown a count the calendar cannot give (the inbox's "还剩 N 个工作日").
     */
    public Integer workingDaysLeft(LocalDate today, LocalDate due) {
        LocalDate from = due.isBefore(today) ? due : today;
        LocalDate to = due.isBefore(today) ? today : due;
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!covers(year)) {
                return null;
            }
        }
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days++;
            }
        }
        return due.isBefore(today) ? -days : days;
    }

    /** The working day before {@code due}: when a warning is due (R-ADJ-4: warned one working day ahead). */
    public LocalDate previousWorkingDay(LocalDate due) {
        LocalDate day = due.minusDays(1);
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** Where a step stands against its due date (R-ADJ-4, R-CMP-4): warned one working day ahead, overdue after. */
    public enum DeadlineState { PENDING, DUE_SOON, OVERDUE }

    /**
     * The state of a step due on {@code due}, seen on {@code today}. For a year whose notice is not loaded yet the
     * warning comes the calendar day before, so a missing notice never silences it.
     */
    public DeadlineState stateOf(LocalDate due, LocalDate today) {
        if (today.isAfter(due)) {
            return DeadlineState.OVERDUE;
        }
        LocalDate warnFrom;
        try {
            warnFrom = previousWorkingDay(due);
        } catch (OutsideCalendarException e) {
            warnFrom = due.minusDays(1);
        }
        return today.isBefore(warnFrom) ? DeadlineState.PENDING : DeadlineState.DUE_SOON;
    }

    private void requireYear(LocalDate day) {
        if (!notices.containsKey(day.getYear())) {
            throw new OutsideCalendarException(day.getYear());
        }
    }
}
