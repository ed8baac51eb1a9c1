package cn.gov.huiji.fourlists.workbench.service;

import cn.gov.huiji.fourlists.workbench.config.WorkbenchConfig;
import cn.gov.huiji.fourlists.workbench.domain.Notification;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
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

    public NotificationMail(Mailer mailer, StaffDirectory directory, WorkbenchConfig config) {
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

    /** Mails one notification to all its addressees; records when it went out, or why not. */
    public void send(UUID id) {
        Notification n = QuarkusTransaction.requiringNew().call(() -> Notification.findById(id));
        String error = null;
        try {
            for (StaffDirectory.Addressee a : directory.addressees(n.addressee())) {
                mailer.send(Mail.withText(a.email(), "[四单一网工作台] " + n.title, text(n)));
            }
        } catch (RuntimeException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warnf("notification %s not mailed yet (attempt %d): %s", n.id, n.mailAttempts + 1, error);
        }
        String failure = error;
        QuarkusTransaction.requiringNew().run(() -> {
            Notification stored = Notification.findById(id);
            stored.mailAttempts++;
            stored.mailError = failure;
            if (failure == null) {
                stored.mailedAt = Instant.now();
            }
        });
    }

    String text(Notification n) {
        return n.title + "\n\n" + n.body + "\n\n办理入口：" + config.baseUrl() + n.link
                + "\n\n—— 郑州市惠济区安全生产监督管理局 四单一网工作台\n本邮件由系统自动发送，请勿回复；请登录工作台办理。\n";
    }
}
