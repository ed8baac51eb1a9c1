package cn.gov.huiji.fourlists.disclosure.service;

import cn.gov.huiji.fourlists.disclosure.domain.Decision;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionAction;
import cn.gov.huiji.fourlists.disclosure.domain.DisclosureState;
import cn.gov.huiji.fourlists.disclosure.domain.DisclosureWorkflow;
import cn.gov.huiji.fourlists.kernel.persistence.SqlValues;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The disclosure's time limits watched without anyone asking (Art. 8, R-LIST-11; like R-ADJ-4): a decision still
 * RECEIVED is warned one working day before it is due (7 working days after its decision date) and flagged once the
 * day has passed; a public decision is withdrawn on its 公示截止期 (EXPIRED, traced, a change-feed entry), on that day
 * and not a day earlier. Each step is claimed by one conditional update ({@code … where warned_at is null returning
 * id}), so it happens once, also with two instances running or a scan repeated.
 */
@ApplicationScoped
public class DisclosureDeadlines {

    private static final Logger LOG = Logger.getLogger(DisclosureDeadlines.class);

    private final EntityManager em;
    private final DecisionCalendar calendar;
    private final DecisionTraces traces;

    public DisclosureDeadlines(EntityManager em, DecisionCalendar calendar, DecisionTraces traces) {
        this.em = em;
        this.calendar = calendar;
        this.traces = traces;
    }

    /** What one scan did. */
    public record Scan(int warned, int missed, int withdrawn) {
    }

    @Scheduled(identity = "disclosure-deadlines", every = "${fourlists.disclosure.scans.interval:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        LocalDate today = calendar.today();
        try {
            Scan withdrawn = withdrawExpired(today);
            Scan deadlines = scanDeadlines(today);
            if (withdrawn.withdrawn() + deadlines.warned() + deadlines.missed() > 0) {
                LOG.infof("disclosure scan of %s: %d withdrawn at 公示截止期, %d warned, %d overdue", today,
                        withdrawn.withdrawn(), deadlines.warned(), deadlines.missed());
            }
        } catch (RuntimeException e) {
            LOG.warnf("disclosure scan failed, the next run makes it up: %s", e.getMessage());
        }
    }

    /** Both scans as on {@code today}. */
    public Scan scan(LocalDate today) {
        Scan withdrawn = withdrawExpired(today);
        Scan deadlines = scanDeadlines(today);
        return new Scan(deadlines.warned(), deadlines.missed(), withdrawn.withdrawn());
    }

    /**
     * Withdraws every public decision whose 公示截止期 is {@code today} or earlier: the 公示截止期 is the first day it is
     * no longer shown (the public reads hide it from that day even before this scan has run).
     */
    @Transactional
    public Scan withdrawExpired(LocalDate today) {
        DisclosureWorkflow.Transition t = DisclosureWorkflow.transition(DisclosureState.PUBLISHED, DecisionAction.EXPIRE).orElseThrow();
        @SuppressWarnings("unchecked")
        List<UUID> claimed = em.createNativeQuery("""
                        update decision set state = ?1, expired_at = ?2, revision = revision + 1
                        where state = ?3 and disclosure_end <= ?4
                        returning id""")
                .setParameter(1, t.to().name()).setParameter(2, OffsetDateTime.now(calendar.clock()))
                .setParameter(3, t.from().name()).setParameter(4, today).getResultList();
        for (UUID id : claimed) {
            Decision d = Decision.byId(id);
            traces.record(Actor.SYSTEM, t.event(), d, t.action().name(), t.from(), null, t.change());
        }
        return new Scan(0, 0, claimed.size());
    }

    /** Warns the decisions due on the next working day and flags those past due, each once. */
    @Transactional
    public Scan scanDeadlines(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> open = em.createNativeQuery("""
                        select id, due_date from decision
                        where state = ?1 and (warned_at is null or missed_at is null)""")
                .setParameter(1, DisclosureState.RECEIVED.name()).getResultList();
        int warned = 0;
        int missed = 0;
        for (Object[] row : open) {
            UUID id = (UUID) row[0];
            LocalDate due = SqlValues.localDate(row[1]);
            switch (calendar.stateOf(due, today)) {
                case OVERDUE -> missed += raise(id, DecisionAction.FLAG_MISSED, "missed_at");
                case DUE_SOON -> warned += raise(id, DecisionAction.WARN, "warned_at");
                case PENDING -> { }
            }
        }
        return new Scan(warned, missed, 0);
    }

    /** Claims the step on the decision (its column still empty, the decision still RECEIVED) and traces it. */
    private int raise(UUID id, DecisionAction action, String column) {
        DisclosureWorkflow.Transition t = DisclosureWorkflow.transition(DisclosureState.RECEIVED, action).orElseThrow();
        List<?> claimed = em.createNativeQuery("update decision set " + column + " = ?1, revision = revision + 1 "
                        + "where id = ?2 and state = ?3 and " + column + " is null returning id")
                .setParameter(1, OffsetDateTime.now(calendar.clock())).setParameter(2, id).setParameter(3, t.from().name())
                .getResultList();
        if (claimed.isEmpty()) {
            return 0; // raised before, by another instance or an earlier run, or published meanwhile
        }
        traces.record(Actor.SYSTEM, t.event(), Decision.byId(id), action.name(), t.from(), null, t.change());
        return 1;
    }
}
