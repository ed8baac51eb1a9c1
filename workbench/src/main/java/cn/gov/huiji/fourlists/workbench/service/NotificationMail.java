package cn.gov.huiji.fourlists.workbench.service;

import cn.gov.huiji.fourlists.workbench.config.WorkbenchConfig;
import cn.gov.huiji.fourlists.workbench.domain.Notification;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Sends each notification by e-mail to the address in every addressee's Keycloak profile. Mail goes out after the
 * notification is stored, so a mail server or Keycloak that is down delays the e-mail but loses nothing; a
 * notification that still cannot be mailed after the configured attempts stays in the workbench with the reason.
 */
@ApplicationScoped
public class NotificationMail {

    private static final Logger LOG = Logger.getLogger(NotificationMail.class);

    private final Mailer mailer;
    private final StaffDirectory directory;
    private final WorkbenchConfig config;

    private final EntityManager db;

    public NotificationMail(Mailer mailer, StaffDirectory directory, WorkbenchConfig config, EntityManager db) {
        this.db = db;
        this.mailer = mailer;
        this.directory = directory;
        this.config = config;
    }

    /** The first retry waits this long; each later one twice as long as the one before, up to {@link #LONGEST_WAIT}. */
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(30);

    @Scheduled(every = "${fourlists.workbench.mail.every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendPending() {
        due(Instant.now(), 50).forEach(this::send);
    }

    /** The oldest notifications whose mail is due at {@code now}: not mailed, not given up, not waiting after a failure. */
    public List<UUID> due(Instant now, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find(
                        "mailedAt is null and mailAttempts < ?1 and createdAt > ?2 and (nextMailAt is null or nextMailAt <= ?3)"
                                + " order by createdAt",
                        config.mail().maxAttempts(), now.minus(2, ChronoUnit.DAYS), now).page(0, limit).list()
                .stream().map(n -> n.id).toList());
    }

    /**
     * How long to wait after the given number of failed attempts: 5 s, 10 s, 20 s ... at most 30 min. A Keycloak or
     * mail server that is restarting (or still starting, as the services do not wait for Keycloak) is then retried
     * over minutes instead of the notification being given up within half a minute.
     */
    public static Duration waitAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failedAttempts - 1, 20);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /**
     * Mails one notification to all its addressees and records when it went out, or why not. The notification's row
     * stays locked while its mail goes out, and another instance skips a locked row: with several workbench instances
     * each notification is mailed once.
     */
    public void send(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> {
            Notification n = claim(id);
            if (n == null) {
                return; // mailed already, or another instance is mailing it now
            }
            try {
                for (StaffDirectory.Addressee a : directory.addressees(n.addressee())) {
                    mailer.send(Mail.withText(a.email(), "[四单一网工作台] " + n.title, text(n)));
                }
                n.mailedAt = Instant.now();
                n.mailError = null;
            } catch (RuntimeException e) {
                n.mailError = e.getClass().getSimpleName() + ": " + e.getMessage();
                n.nextMailAt = Instant.now().plus(waitAfter(n.mailAttempts + 1));
                LOG.warnf("notification %s not mailed yet (attempt %d, next not before %s): %s", n.id, n.mailAttempts + 1,
                        n.nextMailAt, n.mailError);
            }
            n.mailAttempts++;
        });
    }

    private Notification claim(UUID id) {
        List<?> free = db.createNativeQuery("select id from notification where id = ?1 and mailed_at is null for update skip locked")
                .setParameter(1, id).getResultList();
        return free.isEmpty() ? null : Notification.findById(id);
    }

    String text(Notification n) {
        return n.title + "\n\n" + n.body + "\n\n办理入口：" + config.baseUrl() + n.link
                + "\n\n—— 郑州市惠济区安全生产监督管理局 四单一网工作台\n本邮件由系统自动发送，请勿回复；请登录工作台办理。\n";
    }
}
