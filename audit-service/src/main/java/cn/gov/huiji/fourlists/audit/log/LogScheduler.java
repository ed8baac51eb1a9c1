package cn.gov.huiji.fourlists.audit.log;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Keeps the log moving: integrates stored traces, issues a signed head every few seconds while the log grows (and
 * at once when the log stands at a spot check's seed size), finds gaps, compares stored traces with leaves. Several
 * instances may run all of it at once: integration and heads take the log's row lock, gaps and their resolutions are
 * claimed in trace_gap, and the integrity check only reads.
 */
@ApplicationScoped
public class LogScheduler {

    private static final Logger LOG = Logger.getLogger(LogScheduler.class);

    private final MerkleLog log;
    private final TreeHeads heads;
    private final GapDetector gaps;
    private final LogIntegrity integrity;

    public LogScheduler(MerkleLog log, TreeHeads heads, GapDetector gaps, LogIntegrity integrity) {
        this.log = log;
        this.heads = heads;
        this.gaps = gaps;
        this.integrity = integrity;
    }

    @Scheduled(identity = "log-integrate", every = "${fourlists.log.integrate-interval:1s}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void integrate() {
        try {
            boolean more = true;
            while (more) {
                while (log.integrate() > 0) {
                    // keep going while batches come back
                }
                // Integration stops at a spot check's seed size (Art. 21, R-ADJ-6): sign that exact size now, not
                // at the next head tick, so the draw can proceed and the log goes on growing.
                more = log.atPendingCheckpoint() && heads.issueIfGrown().isPresent();
            }
        } catch (RuntimeException e) {
            LOG.warnf("integrating traces into the log failed, will retry: %s", e.getMessage());
        }
    }

    @Scheduled(identity = "log-tree-head", every = "${fourlists.log.head-interval:2s}", delayed = "4s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void issueHead() {
        try {
            heads.issueIfGrown();
        } catch (RuntimeException e) {
            LOG.warnf("issuing a tree head failed, will retry: %s", e.getMessage());
        }
    }

    @Scheduled(identity = "log-gaps", every = "${fourlists.log.gap-check-interval:10s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void findGaps() {
        try {
            gaps.check();
        } catch (RuntimeException e) {
            LOG.warnf("gap check failed, will retry: %s", e.getMessage());
        }
    }

    @Scheduled(identity = "log-integrity", every = "${fourlists.log.integrity-check-interval:10s}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void checkIntegrity() {
        try {
            integrity.check();
        } catch (RuntimeException e) {
            LOG.warnf("log integrity check failed, will retry: %s", e.getMessage());
        }
    }
}
