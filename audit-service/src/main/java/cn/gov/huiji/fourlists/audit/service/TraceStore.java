package cn.gov.huiji.fourlists.audit.service;

import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Stores each trace event exactly once, however often Kafka delivers it (R-AUD-3). */
@ApplicationScoped
public class TraceStore {

    private static final Logger LOG = Logger.getLogger(TraceStore.class);

    public enum Outcome { STORED, DUPLICATE, REJECTED }

    private final EntityManager em;

    public TraceStore(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Outcome ingest(String payload) {
        TraceEvent event;
        try {
            event = TraceEventCodec.read(payload);
        } catch (IllegalArgumentException e) {
            return reject("unreadable: " + e.getMessage(), payload);
        }
        int inserted = em.createNativeQuery("""
                        insert into trace_entry (event_id, source, sequence, type, subject, occurred_at, actor_id,
                                                 actor_roles, actor_section, data_digest, payload, received_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                        on conflict do nothing""")
                .setParameter(1, UUID.fromString(event.id()))
                .setParameter(2, event.source())
                .setParameter(3, event.sequence())
                .setParameter(4, event.type())
                .setParameter(5, event.subject() == null ? "" : event.subject())
                .setParameter(6, event.time() == null ? OffsetDateTime.now(ZoneOffset.UTC) : event.time())
                .setParameter(7, event.actorid() == null ? "unknown" : event.actorid())
                .setParameter(8, event.actorroles())
                .setParameter(9, event.actorsection())
                .setParameter(10, event.datadigest())
                .setParameter(11, payload)
                .setParameter(12, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        if (inserted == 1) {
            return Outcome.STORED;
        }
        long sameId = ((Number) em.createNativeQuery("select count(*) from trace_entry where event_id = ?1")
                .setParameter(1, UUID.fromString(event.id())).getSingleResult()).longValue();
        if (sameId == 1) {
            return Outcome.DUPLICATE; // a redelivery: already stored
        }
        // Another event already holds this source's sequence number: keep both sides for the discipline group.
        return reject("sequence " + event.sequence() + " of " + event.source() + " is already taken by another event", payload);
    }

    private Outcome reject(String reason, String payload) {
        LOG.warnf("trace event rejected: %s", reason);
        em.createNativeQuery("insert into rejected_event (received_at, reason, payload) values (?1, ?2, ?3)")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC)).setParameter(2, reason).setParameter(3, payload)
                .executeUpdate();
        return Outcome.REJECTED;
    }
}
