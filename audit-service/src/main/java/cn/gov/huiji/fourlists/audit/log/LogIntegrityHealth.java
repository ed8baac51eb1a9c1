package cn.gov.huiji.fourlists.audit.log;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The log's integrity as a health check in its own group, /q/health/group/log-integrity: DOWN while a stored trace up
 * to the watermark has no leaf. Not part of readiness or liveness: an instance that finds a hole in the log must go on
 * serving (and integrating what it found), not be taken out of the load balancer.
 */
@HealthGroup("log-integrity")
@ApplicationScoped
public class LogIntegrityHealth implements HealthCheck {

    private final LogIntegrity integrity;

    public LogIntegrityHealth(LogIntegrity integrity) {
        this.integrity = integrity;
    }

    @Override
    public HealthCheckResponse call() {
        LogIntegrity.Report report = integrity.latest();
        return HealthCheckResponse.named("tamper-evident log: every stored trace has its leaf")
                .status(report.consistent())
                .withData("checkedAt", report.checkedAt().toString())
                .withData("lastTraceId", report.lastTraceId())
                .withData("treeSize", report.treeSize())
                .withData("storedUpToWatermark", report.storedUpToWatermark())
                .withData("unintegrated", report.unintegrated())
                .build();
    }
}
