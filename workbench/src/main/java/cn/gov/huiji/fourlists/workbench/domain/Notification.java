package cn.gov.huiji.fourlists.workbench.domain;

import cn.gov.huiji.fourlists.workbench.service.Recipient;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A notification (待办提醒): one event's prompt to one user, section or role, kept until read. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "event_id")
    public String eventId;
    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind")
    public Recipient.Kind recipientKind;
    public String recipient;
    public String title;
    public String body;
    public String link;
    public LocalDate due;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "mailed_at")
    public Instant mailedAt;
    @Column(name = "mail_attempts")
    public int mailAttempts;
    @Column(name = "mail_error")
    public String mailError;
    /** Not before this instant is the next mail attempt made (after a failed one); null: at the next round. */
    @Column(name = "next_mail_at")
    public Instant nextMailAt;

    public Recipient addressee() {
        return new Recipient(recipientKind, recipient);
    }
}
