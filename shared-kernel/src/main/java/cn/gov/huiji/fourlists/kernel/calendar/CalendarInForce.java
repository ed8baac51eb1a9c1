package cn.gov.huiji.fourlists.kernel.calendar;

import cn.gov.huiji.fourlists.kernel.persistence.SqlValues;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one working-day calendar of the suite (R-ADJ-3), as this service holds it: the shipped notices plus every
 * revision in its table {@code holiday_notice_revision}. The owner, adjustment-service, writes that table when the
 * admin loads a notice and records {@link NoticeLoaded}; every other service that counts deadlines keeps a replica of
 * the same revisions, fed by that event ({@link #adopt}) and, once after start, by the owner's API
 * ({@code fourlists.calendar.owner-url}), so a service that starts later or missed events catches up. The version
 * {@code cal-rN} (N the highest revision) thus names the same notices in every service.
 * <p>
 * Whenever a service sees a new version it recomputes its open {@link WorkingDayCalendar#PROVISIONAL} due dates
 * through every {@link ProvisionalDeadlines} it has, in the same transaction.
 * Present only where {@code fourlists.calendar.enabled=true} (the services that count deadlines).
 */
@ApplicationScoped
@IfBuildProperty(name = "fourlists.calendar.enabled", stringValue = "true")
public class CalendarInForce {

    private static final Logger LOG = Logger.getLogger(CalendarInForce.class);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @ConfigMapping(prefix = "fourlists.calendar")
    public interface CalendarConfig {
        /** Build time: this service counts deadlines and keeps the calendar's table. */
        @WithDefault("false")
        boolean enabled();

        /** The calendar owner's base address (adjustment-service), for the catch-up; absent in the owner itself. */
        Optional<URI> ownerUrl();
    }

    private final EntityManager em;
    private final Instance<ProvisionalDeadlines> recomputers;
    private final CalendarConfig config;
    private volatile WorkingDayCalendar calendar;
    private volatile long checkedAt;
    private volatile boolean caughtUp;

    public CalendarInForce(EntityManager em, Instance<ProvisionalDeadlines> recomputers, CalendarConfig config) {
        this.em = em;
        this.recomputers = recomputers;
        this.config = config;
    }

    /**
     * The calendar in force, never older than {@link #STALE_AFTER_NANOS} behind the table: with several instances a
     * notice adopted by one of them counts on the others within a second, not at their next refresh.
     */
    public WorkingDayCalendar current() {
        WorkingDayCalendar c = calendar;
        if (c == null) {
            return reload();
        }
        long now = System.nanoTime();
        if (now - checkedAt > STALE_AFTER_NANOS) {
            checkedAt = now;
            String stored = QuarkusTransaction.joiningExisting().call(() -> NoticeLoaded.version(((Number) em.createNativeQuery(
                    "select coalesce(max(revision), 0) from holiday_notice_revision").getSingleResult()).longValue()));
            if (!stored.equals(c.version())) {
                return reload();
            }
        }
        return c;
    }

    static final long STALE_AFTER_NANOS = Duration.ofSeconds(1).toNanos();

    /** A due date on the calendar in force; provisional where a year's notice is missing, never a failure. */
    public Deadline deadline(LocalDate from, int workingDays) {
        return current().deadline(from, workingDays);
    }

    /**
     * Reads the revisions; when the version changed, recomputes the provisional due dates in this transaction
     * (joined when the caller has one: a load or an adopted event commits with its recomputations).
     */
    @Transactional
    public synchronized WorkingDayCalendar reload() {
        List<HolidayNotice> notices = new ArrayList<>(WorkingDayCalendar.shippedNotices());
        long revision = 0;
        for (NoticeLoaded r : revisions()) {
            revision = r.revision();
            notices.add(r.notice()); // a later revision of a year replaces the earlier one
        }
        WorkingDayCalendar next = new WorkingDayCalendar(NoticeLoaded.version(revision), notices);
        WorkingDayCalendar before = calendar;
        if (before == null || !before.version().equals(next.version())) {
            int changed = 0;
            for (ProvisionalDeadlines r : recomputers) {
                changed += r.recompute(next);
            }
            if (before != null || changed > 0) {
                LOG.infof("working-day calendar %s in force (years %s); %d provisional due date(s) recomputed",
                        next.version(), next.years(), changed);
            }
        }
        calendar = next;
        checkedAt = System.nanoTime();
        return next;
    }

    /** Every loaded revision, oldest first: what the owner publishes and a replica holds. */
    @SuppressWarnings("unchecked")
    public List<NoticeLoaded> revisions() {
        List<Object[]> rows = em.createNativeQuery(
                "select revision, year, document, notice, loaded_at from holiday_notice_revision order by revision").getResultList();
        List<NoticeLoaded> list = new ArrayList<>();
        for (Object[] row : rows) {
            long revision = ((Number) row[0]).longValue();
            HolidayNotice notice;
            try {
                notice = JSON.readValue((String) row[3], HolidayNotice.class);
            } catch (IOException e) {
                throw new IllegalStateException("stored holiday notice revision " + revision + " is unreadable", e);
            }
            list.add(new NoticeLoaded(((Number) row[1]).intValue(), (String) row[2], revision, NoticeLoaded.version(revision),
                    notice, SqlValues.offsetDateTime(row[4])));
        }
        return list;
    }

    /**
     * A replica takes a revision the owner published (from its event or its API): stored once whatever the number of
     * deliveries, then put in force. Returns whether it was new here.
     */
    @Transactional
    public boolean adopt(NoticeLoaded loaded, String loadedBy) {
        List<String> problems = loaded.notice() == null ? List.of("notice: missing") : loaded.notice().problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("holiday notice revision " + loaded.revision() + " is invalid: " + problems);
        }
        int inserted = em.createNativeQuery("""
                        insert into holiday_notice_revision (revision, year, document, notice, loaded_by, loaded_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (revision) do nothing""")
                .setParameter(1, loaded.revision()).setParameter(2, loaded.year()).setParameter(3, loaded.document())
                .setParameter(4, TraceEventCodec.toJson(loaded.notice())).setParameter(5, loadedBy == null ? "owner" : loadedBy)
                .setParameter(6, loaded.loadedAt() == null ? OffsetDateTime.now() : loaded.loadedAt()).executeUpdate();
        reload();
        return inserted == 1;
    }

    /** Picks up notices another instance stored; a replica first catches up from the owner's API until that succeeds once. */
    @Scheduled(identity = "calendar-refresh", every = "${fourlists.calendar.refresh-interval:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            if (!caughtUp && config.ownerUrl().isPresent()) {
                caughtUp = catchUp(config.ownerUrl().get());
            }
            reload();
        } catch (RuntimeException e) {
            LOG.warnf("calendar refresh failed, will retry: %s", e.getMessage());
        }
    }

    /** Adopts every revision the owner lists at {@code GET /api/v1/calendar/revisions}; false when the owner did not answer. */
    public boolean catchUp(URI owner) {
        List<NoticeLoaded> published;
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build().send(
                    HttpRequest.newBuilder(owner.resolve("/api/v1/calendar/revisions")).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.debugf("calendar owner %s answered %d; the topic or a later try will bring its notices", owner, response.statusCode());
                return false;
            }
            published = JSON.readValue(response.body(), new TypeReference<List<NoticeLoaded>>() { });
        } catch (IOException e) {
            LOG.debugf("calendar owner %s not reachable (%s); the topic or a later try will bring its notices", owner, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        int adopted = 0;
        for (NoticeLoaded loaded : published) {
            adopted += adopt(loaded, "catch-up") ? 1 : 0;
        }
        LOG.infof("calendar caught up from %s: %d revision(s) listed, %d new here", owner, published.size(), adopted);
        return true;
    }
}
