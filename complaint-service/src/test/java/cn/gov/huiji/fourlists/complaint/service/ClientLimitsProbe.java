package cn.gov.huiji.fourlists.complaint.service;

import javax.sql.DataSource;
import java.time.Duration;

/** Builds limits for tests (the constructor is package-private): each call is one more instance of the service. */
public record ClientLimitsProbe(DataSource db, int perMinute) {
    public ClientLimits limits() {
        return new ClientLimits(db, perMinute, 5, Duration.ofMinutes(15));
    }

    /** Limits whose wrong-code window is {@code window}, to see the window pass and expired rows purged. */
    public static ClientLimits withFailureWindow(DataSource db, int maxFailures, Duration window) {
        return new ClientLimits(db, 10, maxFailures, window);
    }

    public static int purgeBatch() {
        return ClientLimits.PURGE_BATCH;
    }
}
