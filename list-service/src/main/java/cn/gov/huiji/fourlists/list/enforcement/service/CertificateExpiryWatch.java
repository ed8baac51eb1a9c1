package cn.gov.huiji.fourlists.list.enforcement.service;

import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import cn.gov.huiji.fourlists.list.config.OfficerConfig;
import cn.gov.huiji.fourlists.list.enforcement.domain.Officer;
import cn.gov.huiji.fourlists.list.enforcement.domain.OfficerStatus;
import cn.gov.huiji.fourlists.list.enforcement.domain.OfficerStatusChange;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Warns of certificates about to end and flags those that have ended (R-LIST-9), without anyone asking: a daily scan
 * (and one at start-up and after each change of the register) traces CERTIFICATE_EXPIRING 30 and 7 calendar days before a valid certificate's last day
 * and CERTIFICATE_LAPSED once the day has passed. Each warning is claimed in a table before it is traced, so it is
 * traced once even with several instances; a renewed certificate (a new last day) is warned again.
 */
@ApplicationScoped
public class CertificateExpiryWatch {

    private static final Logger LOG = Logger.getLogger(CertificateExpiryWatch.class);

    /** The claim's threshold for a lapsed certificate. */
    static final int LAPSED = 0;

    private final EntityManager em;
    private final TraceRecorder traces;
    private final OfficerRegister officers;
    private final OfficerConfig config;
    private final Clock clock;

    public CertificateExpiryWatch(EntityManager em, TraceRecorder traces, OfficerRegister officers, OfficerConfig config,
                                  Clock clock) {
        this.em = em;
        this.traces = traces;
        this.officers = officers;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "certificate-expiry", cron = "${fourlists.officers.expiry-scan-cron:" + OfficerConfig.DEFAULT_CRON + "}",
            timeZone = "Asia/Shanghai", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        run();
    }

    void atStartup(@Observes StartupEvent started) {
        if (config.expiryScanAtStartup()) {
            run();
        }
    }

    /**
     * Runs the scan now, after a registration, a renewal or an import committed: a certificate entered close to its
     * end is warned at once. A failure is logged and left to the next scheduled scan; the register change stands.
     */
    public void scanNow() {
        run();
    }

    private void run() {
        try {
            int raised = scan(BureauClock.today(clock));
            LOG.debugf("certificate expiry scan: %d warning(s)", raised);
        } catch (RuntimeException e) {
            LOG.warnf("certificate expiry scan failed, will run again at the next schedule: %s", e.getMessage());
        }
    }

    /**
     * Raises what is due on {@code today} (the bureau's day) for the certificates 有效 today; returns how many
     * warnings and lapse flags it traced. Of the thresholds a certificate has reached, only the nearest is warned of
     * (a certificate registered 5 days before its end is warned at 7 days, not also at 30).
     */
    @Transactional
    public int scan(LocalDate today) {
        List<Integer> thresholds = config.expiryWarningDays().stream().filter(d -> d > 0).distinct().sorted().toList();
        int horizon = thresholds.isEmpty() ? 0 : thresholds.get(thresholds.size() - 1);
        @SuppressWarnings("unchecked")
        List<String> near = em.createNativeQuery("""
                        select o.certificate_no from enforcement_officer o
                        where o.valid_to <= ?1 and not exists (select 1 from certificate_expiry_claim c
                            where c.certificate_no = o.certificate_no and c.valid_to = o.valid_to and c.threshold = ?2)
                        order by o.certificate_no""")
                .setParameter(1, today.plusDays(horizon)).setParameter(2, LAPSED).getResultList();
        if (near.isEmpty()) {
            return 0;
        }
        Map<String, List<OfficerStatusChange>> histories = officers.histories(near);
        int raised = 0;
        for (Officer o : Officer.<Officer>list("certificateNo in ?1", near)) {
            OfficerStatus status = CertificateValidity.statusOn(
                    OfficerRegister.changes(histories.getOrDefault(o.certificateNo, List.of())), today);
            if (status != OfficerStatus.VALID) {
                continue; // a revoked or suspended certificate is not used: nothing to warn of
            }
            int daysLeft = (int) ChronoUnit.DAYS.between(today, o.fields.validTo);
            Optional<Integer> threshold = daysLeft < 0 ? Optional.of(LAPSED)
                    : thresholds.stream().filter(t -> daysLeft <= t).findFirst();
            if (threshold.isPresent() && claim(o, threshold.get())) {
                traces.record(Actor.SYSTEM, daysLeft < 0 ? ListEvents.CERTIFICATE_LAPSED : ListEvents.CERTIFICATE_EXPIRING,
                        o.certificateNo, new ListEvents.CertificateExpiry(o.certificateNo, o.fields.name,
                                o.fields.unitCreditCode, o.fields.validTo, daysLeft));
                raised++;
            }
        }
        return raised;
    }

    /** True when this scan is the first to claim the warning (here or in another instance). */
    private boolean claim(Officer o, int threshold) {
        return em.createNativeQuery("""
                        insert into certificate_expiry_claim (certificate_no, threshold, valid_to, claimed_at)
                        values (?1, ?2, ?3, ?4) on conflict do nothing""")
                .setParameter(1, o.certificateNo).setParameter(2, threshold).setParameter(3, o.fields.validTo)
                .setParameter(4, OffsetDateTime.now(clock)).executeUpdate() == 1;
    }
}
