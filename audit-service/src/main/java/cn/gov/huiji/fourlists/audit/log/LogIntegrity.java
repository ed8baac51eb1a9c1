package cn.gov.huiji.fourlists.audit.log;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Compares the stored traces with the leaves of the log (R-AUD-2, R-AUD-3; 漏报 in the log itself, Art. 29): every
 * trace entry up to the log's watermark ({@code log_state.last_trace_id}) must have exactly one leaf, so the number of
 * entries up to the watermark equals the tree size and no entry below it lacks a leaf. A trace committed after a
 * higher id was integrated would otherwise never enter the log and nobody would notice (issue 18: two audit-service
 * instances). TraceStore prevents that (ingest batches commit in id order); this check proves it, and what it finds
 * {@link MerkleLog#integrate()} appends to the log.
 * <p>
 * The check is incremental: entries below {@link #verifiedUpTo} are known to be integrated, and that stays so (trace
 * entries are never deleted, and a new entry always gets a higher id than every id handed out before). The verified
 * prefix only advances over entries stored more than {@link LogConfig#integritySettleSeconds()} ago, so an entry of a
 * transaction still open when the window was checked is still looked at when it commits. An instance starts from 0:
 * its first check reads the whole log once.
 */
@ApplicationScoped
public class LogIntegrity {

    private static final Logger LOG = Logger.getLogger(LogIntegrity.class);

    /** How many unintegrated trace ids a report names (the count is always complete). */
    static final int MAX_LISTED = 100;

    private final EntityManager em;
    private final LogConfig config;
    private final AtomicLong unintegratedGauge = new AtomicLong();

    private long verifiedUpTo;
    private long verifiedCount;
    private volatile Report last;

    public LogIntegrity(EntityManager em, LogConfig config, MeterRegistry metrics) {
        this.em = em;
        this.config = config;
        metrics.gauge("fourlists.log.unintegrated", unintegratedGauge);
    }

    /**
     * What a check found.
     *
     * @param lastTraceId          the log's watermark: the highest trace entry id integrated in order
     * @param treeSize             the number of leaves
     * @param storedUpToWatermark  trace entries stored with an id up to the watermark
     * @param unintegrated         of those, how many have no leaf
     * @param unintegratedTraceIds the first of them (at most 100), by id
     * @param consistent           every stored entry up to the watermark has its leaf and there are no more leaves
     */
    @Schema(name = "LogIntegrityReport", description = "Stored traces compared with the log's leaves (日志完整性核对)")
    public record Report(OffsetDateTime checkedAt, long lastTraceId, long treeSize, long storedUpToWatermark,
                         long unintegrated, List<Long> unintegratedTraceIds, boolean consistent) {
    }

    /** Checks the entries not yet verified up to the watermark; returns and keeps the report. */
    @Transactional
    public synchronized Report check() {
        Report report = em.unwrap(Session.class).doReturningWork(this::check);
        last = report;
        unintegratedGauge.set(report.unintegrated());
        if (!report.consistent()) {
            LOG.warnf("the log misses stored traces: %d entries up to trace id %d, %d leaves, %d without a leaf (first: %s);"
                            + " integration appends them", report.storedUpToWatermark(), report.lastTraceId(), report.treeSize(),
                    report.unintegrated(), report.unintegratedTraceIds());
        }
        return report;
    }

    /** The latest report of this instance, checking now if it has none yet. */
    public Report latest() {
        Report report = last;
        return report != null ? report : check();
    }

    /** The unintegrated trace entries the latest check found (for integration to append), by id. */
    List<Long> unintegrated() {
        Report report = last;
        return report == null ? List.of() : report.unintegratedTraceIds();
    }

    private Report check(Connection db) throws SQLException {
        long watermark;
        long treeSize;
        // Shared lock on the log's state: no integration commits while we count, so entries and leaves are compared at
        // one point of the log (integration and tree heads wait for the few milliseconds of an incremental check).
        try (PreparedStatement q = db.prepareStatement("select tree_size, last_trace_id from log_state where id = 1 for share");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            treeSize = rs.getLong(1);
            watermark = rs.getLong(2);
        }
        if (watermark < verifiedUpTo) {
            verifiedUpTo = 0; // the watermark was set back by hand: verify from the start again
            verifiedCount = 0;
        }
        long from = verifiedUpTo;
        long windowStored;
        long settled;
        try (PreparedStatement q = db.prepareStatement("""
                select count(*), coalesce(max(id) filter (where received_at < now() - make_interval(secs => ?)), ?)
                from trace_entry where id > ? and id <= ?""")) {
            q.setInt(1, config.integritySettleSeconds());
            q.setLong(2, from);
            q.setLong(3, from);
            q.setLong(4, watermark);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                windowStored = rs.getLong(1);
                settled = rs.getLong(2);
            }
        }
        long unintegrated;
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("""
                select t.id, count(*) over () from trace_entry t
                where t.id > ? and t.id <= ? and not exists (select 1 from log_leaf l where l.trace_entry_id = t.id)
                order by t.id limit ?""")) {
            q.setLong(1, from);
            q.setLong(2, watermark);
            q.setInt(3, MAX_LISTED);
            try (ResultSet rs = q.executeQuery()) {
                unintegrated = 0;
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    unintegrated = rs.getLong(2);
                }
            }
        }
        long stored = verifiedCount + windowStored;
        // Advance the verified prefix over settled entries, never past the first entry without a leaf.
        long advanceTo = ids.isEmpty() ? settled : Math.min(settled, ids.get(0) - 1);
        if (advanceTo > from) {
            try (PreparedStatement q = db.prepareStatement("select count(*) from trace_entry where id > ? and id <= ?")) {
                q.setLong(1, from);
                q.setLong(2, advanceTo);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    verifiedCount += rs.getLong(1);
                }
            }
            verifiedUpTo = advanceTo;
        }
        return new Report(OffsetDateTime.now(ZoneOffset.UTC), watermark, treeSize, stored, unintegrated, List.copyOf(ids),
                unintegrated == 0 && stored == treeSize);
    }
}
