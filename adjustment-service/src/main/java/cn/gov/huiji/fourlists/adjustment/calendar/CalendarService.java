package cn.gov.huiji.fourlists.adjustment.calendar;

import cn.gov.huiji.fourlists.kernel.calendar.HolidayNotice;
import cn.gov.huiji.fourlists.kernel.calendar.OutsideCalendarException;
import cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.problem.Problem;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.security.ActorResolver;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The working-day calendar in force: the shipped notices plus every notice the admin loaded since
 * (the latest revision of a year wins). Reloaded after each load and every minute, so instances agree.
 */
@ApplicationScoped
public class CalendarService {

    private final EntityManager em;
    private final TraceRecorder traces;
    private final ActorResolver actors;
    private final ObjectMapper json;
    private volatile WorkingDayCalendar calendar;

    public CalendarService(EntityManager em, TraceRecorder traces, ActorResolver actors, ObjectMapper json) {
        this.em = em;
        this.traces = traces;
        this.actors = actors;
        this.json = json;
    }

    /** A deadline with the calendar version it was computed with (R-ADJ-3). */
    public record Deadline(LocalDate from, int workingDays, LocalDate due, String calendarVersion) {
    }

    public WorkingDayCalendar current() {
        WorkingDayCalendar c = calendar;
        return c != null ? c : reload();
    }

    public Deadline deadline(LocalDate from, int workingDays) {
        WorkingDayCalendar c = current();
        try {
            return new Deadline(from, workingDays, c.addWorkingDays(from, workingDays), c.version());
        } catch (OutsideCalendarException e) {
            throw ProblemException.of(422, "outside-calendar", "Outside the loaded calendar", "超出已载入的工作日历",
                    "No State Council holiday notice is loaded for " + e.year() + " (loaded: " + c.years()
                            + "); the deadline cannot be computed without guessing.",
                    "尚未载入 " + e.year() + " 年国务院节假日安排通知（已载入：" + c.years() + "），无法计算期限。");
        }
    }

    /** Picks up notices another instance loaded. */
    @Scheduled(every = "60s", delayed = "60s", identity = "calendar-refresh")
    void refresh() {
        reload();
    }

    @Transactional
    public synchronized WorkingDayCalendar reload() {
        List<HolidayNotice> notices = new ArrayList<>(WorkingDayCalendar.shippedNotices());
        long revision = 0;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select revision, notice from holiday_notice_revision order by revision").getResultList();
        for (Object[] row : rows) {
            revision = ((Number) row[0]).longValue();
            try {
                notices.add(json.readValue((String) row[1], HolidayNotice.class)); // later revisions replace earlier ones
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored holiday notice revision " + revision + " is unreadable", e);
            }
        }
        calendar = new WorkingDayCalendar("cal-r" + revision, notices);
        return calendar;
    }

    /**
     * Loads (or corrects) one year's notice: validated, stored as a new revision, traced. Call {@link #reload()}
     * after it committed to put it in force.
     */
    @Transactional
    public long load(int year, HolidayNotice notice) {
        List<String> problems = new ArrayList<>(notice.problems());
        if (notice.year() != year) {
            problems.add(0, "year: the notice is for " + notice.year() + ", not " + year);
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(new Problem(Problem.TYPE_PREFIX + "validation", "Invalid holiday notice", "节假日安排通知有误",
                    400, String.join("; ", problems), "通知内容有误：" + String.join("；", problems), null,
                    problems.stream().map(p -> new Problem.FieldError(p.substring(0, p.indexOf(':')), p.substring(p.indexOf(':') + 2),
                            p.substring(p.indexOf(':') + 2))).toList(), List.of()));
        }
        String body;
        try {
            body = json.writeValueAsString(notice);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        long revision = ((Number) em.createNativeQuery("""
                        insert into holiday_notice_revision (year, document, notice, loaded_by, loaded_at)
                        values (?1, ?2, ?3, ?4, ?5) returning revision""")
                .setParameter(1, year).setParameter(2, notice.document()).setParameter(3, body)
                .setParameter(4, actors.current().userId()).setParameter(5, OffsetDateTime.now(ZoneOffset.UTC))
                .getSingleResult()).longValue();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("year", year);
        data.put("document", notice.document());
        data.put("calendarVersion", "cal-r" + revision);
        data.put("notice", notice); // public data: other services apply the same notice
        traces.record("fourlists.adjustment.calendar.notice-loaded", "calendar/" + year, data);
        return revision;
    }
}
