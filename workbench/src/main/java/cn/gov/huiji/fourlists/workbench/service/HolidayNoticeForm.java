package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year's holiday notice of the State Council General Office (国务院办公厅关于…年部分节假日安排的通知) as the admin
 * types it: one holiday a line, a single day or "first 至 last"; the weekend days that are working days (调休上班).
 * Becomes the body of adjustment-service's PUT /api/v1/calendar/notices/{year}, which checks the notice itself
 * (dates in the year, working days on weekends, no day both off and working); the form checks the same first, so the
 * admin reads in Chinese which line of what they typed is wrong.
 */
public record HolidayNoticeForm(String year, String document, String daysOff, String workingWeekendDays) {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    /** What may stand between the dates of a range or a list: 至, 到, ~, dashes, commas, spaces. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s至到~～,，、;；—–-]*");

    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    /** The notice as JSON, or what the admin must correct first (in Chinese). */
    public record Parsed(int year, ObjectNode body, List<String> problems) {
    }

    public Parsed parse() {
        List<String> problems = new ArrayList<>();
        int y = 0;
        String yearText = year == null ? "" : year.strip();
        if (!yearText.matches("\\d{4}")) {
            problems.add("年度应为四位数字，例如 2027。");
        } else {
            y = Integer.parseInt(yearText);
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("year", y);
        LawChangeForm.putIf(body, "document", document);
        ArrayNode off = body.putArray("daysOff");
        Set<LocalDate> daysOffTaken = new HashSet<>();
        String[] lines = daysOff == null ? new String[0] : daysOff.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<LocalDate> dates = dates(lines[i], "放假安排第 " + (i + 1) + " 行", problems);
            if (dates == null) {
                continue;
            }
            if (dates.size() == 1 || dates.size() == 2) {
                LocalDate first = dates.get(0);
                LocalDate last = dates.get(dates.size() - 1);
                if (last.isBefore(first)) {
                    problems.add("放假安排第 " + (i + 1) + " 行的结束日早于起始日。");
                } else if (y != 0 && (first.getYear() != y || last.getYear() != y)) {
                    problems.add("放假安排第 " + (i + 1) + " 行不在 " + y + " 年内（跨年的假期请分别在各年度的通知中载入）。");
                } else {
                    first.datesUntil(last.plusDays(1)).forEach(daysOffTaken::add);
                }
                off.addArray().add(first.toString()).add(last.toString());
            } else {
                problems.add("放假安排第 " + (i + 1) + " 行应为一天，或“起始日 至 结束日”。");
            }
        }
        ArrayNode working = body.putArray("workingWeekendDays");
        if (workingWeekendDays != null && !workingWeekendDays.isBlank()) {
            List<LocalDate> dates = dates(workingWeekendDays, "调休上班日", problems);
            if (dates != null) {
                for (LocalDate d : dates) {
                    if (y != 0 && d.getYear() != y) {
                        problems.add("调休上班日 " + d + " 不在 " + y + " 年内。");
                    } else if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                        problems.add("调休上班日 " + d + " 是" + WEEKDAYS[d.getDayOfWeek().getValue() - 1] + "，不是周末。");
                    } else if (daysOffTaken.contains(d)) {
                        problems.add("调休上班日 " + d + " 同时列在放假安排中。");
                    }
                    working.add(d.toString());
                }
            }
        }
        return new Parsed(y, body, problems);
    }

    /** The dates in the text, in order; null (and a problem) when anything else is there or a date does not exist. */
    private static List<LocalDate> dates(String text, String where, List<String> problems) {
        List<LocalDate> dates = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        int end = 0;
        while (m.find()) {
            if (!SEPARATORS.matcher(text.substring(end, m.start())).matches()) {
                problems.add(where + "有无法识别的内容“" + text.substring(end, m.start()).strip() + "”，日期请写作 YYYY-MM-DD。");
                return null;
            }
            String[] parts = m.group().split("-");
            try {
                dates.add(LocalDate.parse(String.format("%s-%02d-%02d", parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]))));
            } catch (DateTimeParseException e) {
                problems.add(where + "的“" + m.group() + "”不是有效日期。");
                return null;
            }
            end = m.end();
        }
        if (!SEPARATORS.matcher(text.substring(end)).matches()) {
            problems.add(where + "有无法识别的内容“" + text.substring(end).strip() + "”，日期请写作 YYYY-MM-DD。");
            return null;
        }
        return dates;
    }
}
