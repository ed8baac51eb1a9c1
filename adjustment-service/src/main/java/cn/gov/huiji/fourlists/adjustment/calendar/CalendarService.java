package cn.gov.huiji.fourlists.adjustment.calendar;

import cn.gov.huiji.fourlists.adjustment.service.RecomputedDueDates;
import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.calendar.CalendarInForce;
import cn.gov.huiji.fourlists.kernel.calendar.Deadline;
import cn.gov.huiji.fourlists.kernel.calendar.HolidayNotice;
import cn.gov.huiji.fourlists.kernel.calendar.NoticeLoaded;
import cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.problem.Problem;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.security.ActorResolver;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * adjustment-service owns the suite's working-day calendar (R-ADJ-3): the admin loads or corrects a year's notice
 * here; it is stored as a new revision and recorded as {@link NoticeLoaded}, which every other service that counts
 * deadlines applies as the same revision ({@link CalendarInForce}).
 */
@ApplicationScoped
public class CalendarService {

    private final EntityManager em;
    private final TraceRecorder traces;
    private final ActorResolver actors;
    private final CalendarInForce calendars;
    private final Clock clock;
    private final RecomputedDueDates recomputed;

    public CalendarService(EntityManager em, TraceRecorder traces, ActorResolver actors, CalendarInForce calendars, Clock clock,
                           RecomputedDueDates recomputed) {
        this.em = em;
        this.traces = traces;
        this.actors = actors;
        this.calendars = calendars;
        this.clock = clock;
        this.recomputed = recomputed;
    }

    /** A load's outcome: the revision stored, the calendar it put in force, and the due dates it counted again here. */
    public record Load(NoticeLoaded notice, WorkingDayCalendar calendar, List<RecomputedDueDates.Recomputed> recomputed) {
    }

    /**
     * The public calculator: a deadline counted into a year whose notice is not loaded is a 422, never a guess,
     * unless the caller asks for the provisional count (weekdays only for that year).
     */
    public Deadline deadline(LocalDate from, int workingDays, boolean provisionalAllowed) {
        Deadline due = calendars.deadline(from, workingDays);
        if (due.provisional() && !provisionalAllowed) {
            WorkingDayCalendar c = calendars.current();
            int missing = c.covers(from.getYear()) ? due.due().getYear() : from.getYear();
            throw ProblemException.of(422, "outside-calendar", "Outside the loaded calendar", "超出已载入的工作日历",
                    "No State Council holiday notice is loaded for " + missing + " (loaded: " + c.years()
                            + "); the deadline cannot be computed without guessing. Ask with provisional=true for a count on weekdays only.",
                    "尚未载入 " + missing + " 年国务院节假日安排通知（已载入：" + c.years()
                            + "），无法准确计算期限；如需暂按工作日（周一至周五）计算，请加参数 provisional=true。");
        }
        return due;
    }

    /**
     * Loads (or corrects) one year's notice: validated, stored as a new revision, traced as {@link NoticeLoaded}
     * and put in force in the same transaction, with every open provisional due date recomputed. The recomputation
     * runs inside this transaction ({@link CalendarInForce#reload} joins it), so what it changed is known here; other
     * services recompute theirs when they adopt the revision, and are not part of this answer.
     */
    @Transactional
    public Load load(int year, HolidayNotice notice) {
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
        OffsetDateTime now = OffsetDateTime.now(clock);
        long revision = ((Number) em.createNativeQuery("""
                        insert into holiday_notice_revision (year, document, notice, loaded_by, loaded_at)
                        values (?1, ?2, ?3, ?4, ?5) returning revision""")
                .setParameter(1, year).setParameter(2, notice.document()).setParameter(3, TraceEventCodec.toJson(notice))
                .setParameter(4, actors.current().userId()).setParameter(5, now)
                .getSingleResult()).longValue();
        // Public data: every service applies the same notice as the same revision.
        NoticeLoaded loaded = new NoticeLoaded(year, notice.document(), revision, NoticeLoaded.version(revision), notice, now);
        traces.record(AdjustmentEvents.CALENDAR_NOTICE_LOADED, year, loaded);
        WorkingDayCalendar inForce = calendars.reload();
        return new Load(loaded, inForce, recomputed.list());
    }
}
