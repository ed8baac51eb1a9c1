package cn.gov.huiji.fourlists.complaint.service;

import java.time.Duration;

/** Builds limits for tests (the constructor is package-private). */
public record ClientLimitsProbe(int perMinute) {
    public ClientLimits limits() {
        return new ClientLimits(perMinute, 5, Duration.ofMinutes(15));
    }
}
