package cn.gov.huiji.fourlists.adjustment.service;

import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.calendar.CalendarInForce;
import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.adjustment.domain.AdjustmentRequest;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds due and overdue steps without anyone asking (R-ADJ-4, Art. 29, 31): a warning one working day before
 * a step is due, an overdue flag once the day has passed. Each is raised once, also with two instances running.
 */
@ApplicationScoped
public class DeadlineWatcher {

    private static final Logger LOG = Logger.getLogger(DeadlineWatcher.class);

    private final EntityManager em;
    private final CalendarInForce calendars;
    private final LawChangeService lawChanges;
    private final TraceRecorder traces;
    private final Clock clock;

    public DeadlineWatcher(EntityManager em, CalendarInForce calendars, LawChangeService lawChanges, TraceRecorder traces, Clock clock) {
        this.em = em;
        this.calendars = calendars;
        this.lawChanges = lawChanges;
        this.traces = traces;
        this.clock = clock;
    }

    @Scheduled(identity = "deadline-watch", every = "${fourlists.deadlines.scan-interval:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            scan(BureauClock.today(clock));
        } catch (RuntimeException e) {
            LOG.warnf("deadline scan failed, will retry: %s", e.getMessage());
        }
    }

    /** Raises what is due on {@code today}; returns how many warnings and overdue flags it raised. */
    @Transactional
    public int scan(LocalDate today) {
        List<AdjustmentRequest> pending = AdjustmentRequest.list("dueDate is not null and state <> ?1",
                cn.gov.huiji.fourlists.adjustment.domain.RequestState.PUBLISHED);
        int raised = 0;
        for (AdjustmentRequest r : pending) {
            switch (calendars.current().stateOf(r.dueDate, today)) {
                case OVERDUE -> raised += raise(r, "OVERDUE", today);
                case DUE_SOON -> raised += raise(r, "WARNING", today);
                case PENDING -> { }
            }
        }
        return raised + lawChanges.flagOverdue(today); // R-LIST-10: a missed obligation is overdue like any step
    }

    private int raise(AdjustmentRequest r, String kind, LocalDate today) {
        int inserted = em.createNativeQuery("""
                        insert into deadline_notice (request_id, due_date, kind, step_state, raised_at)
                        values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, r.id).setParameter(2, r.dueDate).setParameter(3, kind).setParameter(4, r.state.name())
                .setParameter(5, OffsetDateTime.now(clock)).executeUpdate();
        if (inserted == 0) {
            return 0; // raised before, here or by another instance
        }
        traces.record(Actor.SYSTEM, "OVERDUE".equals(kind) ? AdjustmentEvents.DEADLINE_MISSED : AdjustmentEvents.DEADLINE_WARNED,
                r.id, new AdjustmentEvents.RequestDeadline(r.id, r.state.name(), r.section, r.dueDate, r.dueCalendarVersion, today));
        return 1;
    }
}
