package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;

/**
 * One thing waiting for the user (待办): what it is, what to do, by when, and where to act.
 *
 * @param kind      调整申请 or 投诉举报
 * @param title     what it is about
 * @param step      what is asked of the user, in Chinese
 * @param due       by when (null when no limit runs)
 * @param overdue   whether the limit has passed
 * @param link      where the user acts
 * @param left      how long is left, as people say it (还剩 2 个工作日, 今天到期, 已超期 1 个工作日), or null
 * @param calendar  the working-day calendar the count is on (cal-rN), or null
 */
public record InboxItem(String kind, String title, String step, LocalDate due, boolean overdue, String link, String left,
                        String calendar) {

    /** A count of working days as people say it. */
    static String workingDays(JsonNode left) {
        if (left == null || !left.isInt()) {
            return null;
        }
        int n = left.asInt();
        return n > 0 ? "还剩 " + n + " 个工作日" : n == 0 ? "今天到期" : "已超期 " + (-n) + " 个工作日";
    }

    /** A count of calendar days (an answer's 60 days, R-CMP-4). */
    static String calendarDays(LocalDate due, LocalDate today) {
        long n = java.time.temporal.ChronoUnit.DAYS.between(today, due);
        return n > 0 ? "还剩 " + n + " 日" : n == 0 ? "今天到期" : "已超期 " + (-n) + " 日";
    }
}
