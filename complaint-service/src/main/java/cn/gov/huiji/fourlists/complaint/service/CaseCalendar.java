package cn.gov.huiji.fourlists.complaint.service;

import cn.gov.huiji.fourlists.complaint.config.ComplaintConfig;
import cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.ZoneId;

/** The bureau's day and the time limits of R-CMP-4, counted on the shared working-day calendar. */
@ApplicationScoped
public class CaseCalendar {

    /** Art. 9: accept or refuse within 5 working days of receipt. */
    public static final int ACCEPT_WORKING_DAYS = 5;
    /** An answer within 60 days of acceptance. */
    public static final int ANSWER_DAYS = 60;
    /** One extension of at most 30 days. */
    public static final int MAX_EXTENSION_DAYS = 30;

    private final ComplaintConfig config;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.shipped("shipped");

    public CaseCalendar(ComplaintConfig config) {
        this.config = config;
    }

    public LocalDate today() {
        return config.clock().today().orElseGet(() -> LocalDate.now(ZoneId.of("Asia/Shanghai")));
    }

    public LocalDate acceptDue(LocalDate received) {
        return calendar.addWorkingDays(received, ACCEPT_WORKING_DAYS);
    }

    public WorkingDayCalendar.DeadlineState stateOf(LocalDate due, LocalDate today) {
        return calendar.stateOf(due, today);
    }

    public String version() {
        return calendar.version();
    }
}
