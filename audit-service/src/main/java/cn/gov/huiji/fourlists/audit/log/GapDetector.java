package cn.gov.huiji.fourlists.audit.log;

import cn.gov.huiji.fourlists.kernel.events.AuditEvents;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Finds traces that never arrived (漏报, R-AUD-3, Art. 29): every source numbers its events 1, 2, 3… without
 * gaps, so a missing number is a missing trace. Events of one source travel on several partitions and may
 * arrive out of order, so a number counts as missing only once a later one has been stored for a grace period.
 */
@ApplicationScoped
public class GapDetector {

    private final EntityManager em;
    private final LogConfig config;
    private final TraceRecorder traces;
    private final AtomicLong open = new AtomicLong();

    public GapDetector(EntityManager em, LogConfig config, TraceRecorder traces, MeterRegistry metrics) {
        this.em = em;
        this.config = config;
        this.traces = traces;
        metrics.gauge("fourlists.trace.gaps.open", open);
    }

    /** A run of missing sequence numbers of one source. */
    public record Gap(String source, long firstMissing, long lastMissing, OffsetDateTime detectedAt, OffsetDateTime resolvedAt) {
    }

    /** Records new gaps and closes filled ones, each with a trace event; returns the gaps still open. */
    @Transactional
    public long check() {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("""
                        with ordered as (
                            select source, sequence, received_at,
                                   lag(sequence) over (partition by source order by sequence) as previous
                            from trace_entry)
                        select source, coalesce(previous, 0) + 1, sequence - 1 from ordered
                        where sequence - coalesce(previous, 0) > 1
                          and received_at < now() - make_interval(secs => ?1)""")
                .setParameter(1, config.gapGraceSeconds()).getResultList();
        for (Object[] row : found) {
            String source = (String) row[0];
            long first = ((Number) row[1]).longValue();
            long last = ((Number) row[2]).longValue();
            int inserted = em.createNativeQuery("""
                            insert into trace_gap (source, first_missing, last_missing, detected_at)
                            values (?1, ?2, ?3, now()) on conflict do nothing""")
                    .setParameter(1, source).setParameter(2, first).setParameter(3, last).executeUpdate();
            if (inserted == 1) {
                traces.record(Actor.SYSTEM, AuditEvents.GAP_DETECTED, source, new AuditEvents.GapChanged(source, first, last));
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> openGaps = em.createNativeQuery("""
                        select g.id, g.source, g.first_missing, g.last_missing,
                               (select count(*) from trace_entry t where t.source = g.source
                                  and t.sequence between g.first_missing and g.last_missing)
                        from trace_gap g where g.resolved_at is null""").getResultList();
        long stillOpen = 0;
        for (Object[] row : openGaps) {
            long first = ((Number) row[2]).longValue();
            long last = ((Number) row[3]).longValue();
            if (((Number) row[4]).longValue() == last - first + 1) {
                // Claimed by the conditional update: with two instances checking at once, the second waits for the
                // first's row lock, then finds the gap resolved and traces nothing (a detection is claimed likewise by
                // the unique key of trace_gap and "on conflict do nothing" above).
                int claimed = em.createNativeQuery("update trace_gap set resolved_at = now() where id = ?1 and resolved_at is null")
                        .setParameter(1, row[0]).executeUpdate();
                if (claimed == 1) {
                    traces.record(Actor.SYSTEM, AuditEvents.GAP_RESOLVED, row[1], new AuditEvents.GapChanged((String) row[1], first, last));
                }
            } else {
                stillOpen++;
            }
        }
        open.set(stillOpen);
        return stillOpen;
    }

    @Transactional
    public List<Gap> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select source, first_missing, last_missing, detected_at, resolved_at from trace_gap
                order by detected_at desc, source limit 1000""").getResultList();
        return rows.stream().map(r -> new Gap((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                toTime(r[3]), toTime(r[4]))).toList();
    }

    private static OffsetDateTime toTime(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

}
