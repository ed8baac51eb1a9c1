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

    @Scheduled(every = "${fourlists.workbench.mail.every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendPending() {
        List<UUID> pending = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find(
                        "mailedAt is null and mailAttempts < ?1 and createdAt > ?2 order by createdAt",
                        config.mail().maxAttempts(), Instant.now().minus(2, ChronoUnit.DAYS)).page(0, 50).list()
                .stream().map(n -> n.id).toList());
        pending.forEach(this::send);
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
                LOG.warnf("notification %s not mailed yet (attempt %d): %s", n.id, n.mailAttempts + 1, n.mailError);
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
