package cn.gov.huiji.fourlists.adjustment.service;

import cn.gov.huiji.fourlists.adjustment.domain.AdjustmentRequest;
import cn.gov.huiji.fourlists.adjustment.domain.AdjustmentWorkflow;
import cn.gov.huiji.fourlists.adjustment.domain.RequestAction;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** How sections keep their deadlines (R-ADJ-4, Art. 29, 31), and what each person must act on next. */
@ApplicationScoped
public class OversightService {

    private final EntityManager em;
    private final RequestService requests;
    private final cn.gov.huiji.fourlists.kernel.calendar.CalendarInForce calendars;
    private final Clock clock;

    public OversightService(EntityManager em, RequestService requests, cn.gov.huiji.fourlists.kernel.calendar.CalendarInForce calendars,
                            Clock clock) {
        this.calendars = calendars;
        this.em = em;
        this.requests = requests;
        this.clock = clock;
    }

    /**
     * One section's record: its requests, those published without ever being overdue, those returned at least
     * once, those overdue at least once, and applications made after the 3 working days of Art. 26(1).
     */
    public record SectionStats(String section, long requests, long published, long onTime, long returned, long overdue,
                               long appliedLate) {
    }

    public List<SectionStats> bySection() {
        return bySection(null);
    }

    /** Per section: all requests, or those drafted in {@code month} (bureau time) when given. */
    @SuppressWarnings("unchecked")
    public List<SectionStats> bySection(java.time.YearMonth month) {
        var query = em.createNativeQuery("""
                select r.section_code,
                       count(*),
                       count(*) filter (where r.state = 'PUBLISHED'),
                       count(*) filter (where r.state = 'PUBLISHED' and not exists
                           (select 1 from deadline_notice n where n.request_id = r.id and n.kind = 'OVERDUE')),
                       count(*) filter (where exists (select 1 from request_transition t where t.request_id = r.id
                                                      and t.action in ('RETURN', 'SEND_BACK'))),
                       count(*) filter (where exists (select 1 from deadline_notice n where n.request_id = r.id and n.kind = 'OVERDUE')),
                       count(*) filter (where r.applied_late)
                from adjustment_request r""" + (month == null ? "" : " where r.created_at >= :from and r.created_at < :to")
                + " group by r.section_code order by r.section_code");
        if (month != null) {
            query.setParameter("from", cn.gov.huiji.fourlists.kernel.time.BureauClock.startOf(month))
                    .setParameter("to", cn.gov.huiji.fourlists.kernel.time.BureauClock.startOf(month.plusMonths(1)));
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new SectionStats((String) r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]))).toList();
    }

    /** A request the caller must act on, with what they may do, whether it is late and the working days left. */
    public record Task(AdjustmentRequest request, List<RequestAction> actions, boolean overdue, Integer workingDaysLeft,
                       String calendarVersion) {
    }

    /** The caller's inbox: requests awaiting an action the caller may take, most urgent (earliest due) first. */
    public List<Task> tasksFor(Actor actor) {
        LocalDate today = cn.gov.huiji.fourlists.kernel.time.BureauClock.today(clock);
        var calendar = calendars.current();
        return requests.visibleTo(actor).stream()
                .map(r -> new Task(r, AdjustmentWorkflow.allowed(r.state).stream()
                        .filter(a -> AdjustmentWorkflow.refusal(AdjustmentWorkflow.transition(r.state, a).orElseThrow(), actor,
                                r.section, r.applicantForSeparation()).isEmpty()).toList(),
                        r.dueDate != null && today.isAfter(r.dueDate),
                        r.dueDate == null ? null : calendar.workingDaysLeft(today, r.dueDate), calendar.version()))
                .filter(t -> !t.actions().isEmpty())
                .sorted(Comparator.comparing((Task t) -> t.request().dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(t -> t.request().createdAt))
                .toList();
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
