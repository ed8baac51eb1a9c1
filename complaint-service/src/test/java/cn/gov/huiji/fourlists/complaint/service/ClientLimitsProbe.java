package cn.gov.huiji.fourlists.complaint.service;

import java.time.Duration;

/** Builds limits for tests (the constructor is package-private). */
public record ClientLimitsProbe(int perMinute) {
    public ClientLimits limits() {
        return new ClientLimits(perMinute, 5, Duration.ofMinutes(15));
    }

    /** Limits whose wrong-code window is {@code window}, to see expired keys swept. */
    public static ClientLimits withFailureWindow(Duration window) {
        return new ClientLimits(10, 5, window);
    }

    public static int keys(ClientLimits limits) {
        return limits.keys();
    }

    public static int sweepAbove() {
        return ClientLimits.SWEEP_ABOVE;
    }
}
