package cn.gov.huiji.fourlists.kernel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One year's holiday notice of the State Council General Office (国务院办公厅关于…年部分节假日安排的通知):
 * the days off and the weekend days that are working days (调休上班).
 *
 * @param year               the calendar year the notice governs
 * @param document           its document number or title, e.g. 国办发明电〔2024〕12号
 * @param daysOff            inclusive ranges [first, last] of days off
 * @param workingWeekendDays Saturdays and Sundays that are working days
 */
public record HolidayNotice(int year, String document, List<List<LocalDate>> daysOff, List<LocalDate> workingWeekendDays) {

    public HolidayNotice {
        daysOff = daysOff == null ? List.of() : daysOff.stream().map(List::copyOf).toList();
        workingWeekendDays = workingWeekendDays == null ? List.of() : List.copyOf(workingWeekendDays);
    }

    /** Every day off the notice names, expanded from its ranges. */
    public Set<LocalDate> expandedDaysOff() {
        Set<LocalDate> days = new TreeSet<>();
        for (List<LocalDate> range : daysOff) {
            for (LocalDate d = range.get(0); !d.isAfter(range.get(1)); d = d.plusDays(1)) {
                days.add(d);
            }
        }
        return days;
    }

    /** What is wrong with the notice, field by field; empty when it can be loaded. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            problems.add("year: must be between 2000 and 2100");
        }
        if (document == null || document.isBlank()) {
            problems.add("document: the notice's document number or title is required");
        }
        for (int i = 0; i < daysOff.size(); i++) {
            List<LocalDate> range = daysOff.get(i);
            if (range.size() != 2 || range.get(0) == null || range.get(1) == null) {
                problems.add("daysOff[" + i + "]: a range is [first, last]");
            } else if (range.get(1).isBefore(range.get(0))) {
                problems.add("daysOff[" + i + "]: last is before first");
            } else if (range.get(0).getYear() != year || range.get(1).getYear() != year) {
                problems.add("daysOff[" + i + "]: outside " + year);
            }
        }
        Set<LocalDate> off = problems.isEmpty() ? expandedDaysOff() : Set.of();
        for (int i = 0; i < workingWeekendDays.size(); i++) {
            LocalDate d = workingWeekendDays.get(i);
            if (d == null || d.getYear() != year) {
                problems.add("workingWeekendDays[" + i + "]: outside " + year);
            } else if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                problems.add("workingWeekendDays[" + i + "]: " + d + " is a " + d.getDayOfWeek() + ", not a weekend day");
            } else if (off.contains(d)) {
                problems.add("workingWeekendDays[" + i + "]: " + d + " is also a day off");
            }
        }
        return problems;
    }
}
