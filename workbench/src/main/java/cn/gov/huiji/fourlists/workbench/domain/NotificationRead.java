package cn.gov.huiji.fourlists.workbench.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** That one user read one notification (a role's or a section's notice is read by each of its people). */
@Entity
@Table(name = "notification_read")
@IdClass(NotificationRead.Key.class)
public class NotificationRead {

    public static class Key implements Serializable {
        public UUID notificationId;
        public String username;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(notificationId, k.notificationId)
                    && java.util.Objects.equals(username, k.username);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(notificationId, username);
        }
    }

    @Id
    @Column(name = "notification_id")
    public UUID notificationId;
    @Id
    public String username;
    @Column(name = "read_at")
    public Instant readAt;

    protected NotificationRead() {
    }

    public NotificationRead(UUID notificationId, String username, Instant readAt) {
        this.notificationId = notificationId;
        this.username = username;
        this.readAt = readAt;
    }
}
