package cn.gov.huiji.fourlists.workbench.service;

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
 */
public record InboxItem(String kind, String title, String step, LocalDate due, boolean overdue, String link) {
}
