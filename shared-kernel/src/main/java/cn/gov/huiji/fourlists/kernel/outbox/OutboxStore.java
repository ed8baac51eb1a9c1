package cn.gov.huiji.fourlists.kernel.outbox;

import cn.gov.huiji.fourlists.kernel.trace.EventSignatures;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The relay's database side: numbering, reading and marking outbox entries, each in its own transaction. */
@ApplicationScoped
public class OutboxStore {

    private final EntityManager em;
    private final TraceConfig config;
    private final EventSignatures signatures;

    public OutboxStore(EntityManager em, TraceConfig config, EventSignatures signatures) {
        this.em = em;
        this.config = config;
        this.signatures = signatures;
    }

    /**
     * Gives unnumbered entries the next sequence numbers of this source and freezes their wire form, signed with
     * this service's key.
     * The counter row is locked, so two instances of a service never hand out the same number, and the
     * numbers are committed before anything is published, so a re-publication reuses them.
     */
    @Transactional
    public int assignSequences(int batchSize) {
        String source = config.source();
        em.createNativeQuery("insert into outbox_sequence(source, last_sequence) values (?1, 0) on conflict do nothing")
                .setParameter(1, source).executeUpdate();
        long last = ((Number) em.createNativeQuery(
                        "select last_sequence from outbox_sequence where source = ?1 for update")
                .setParameter(1, source).getSingleResult()).longValue();
        List<OutboxEntry> pending = OutboxEntry.find("sequence is null order by id").page(0, batchSize).list();
        for (OutboxEntry entry : pending) {
            entry.sequence = ++last;
            // frozen and signed once: a re-publication sends exactly these bytes
            entry.payload = signatures.sign(TraceEventCodec.write(toEvent(entry, source)));
        }
        if (!pending.isEmpty()) {
            em.createNativeQuery("update outbox_sequence set last_sequence = ?1 where source = ?2")
                    .setParameter(1, last).setParameter(2, source).executeUpdate();
        }
        return pending.size();
    }

    @Transactional
    public List<OutboxEntry> unsent(int batchSize) {
        return OutboxEntry.find("sequence is not null and sentAt is null order by sequence")
                .page(0, batchSize).list();
    }

    @Transactional
    public void markSent(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        OutboxEntry.update("sentAt = ?1 where id in ?2", OffsetDateTime.now(ZoneOffset.UTC), ids);
    }

    static TraceEvent toEvent(OutboxEntry entry, String source) {
        return new TraceEvent(TraceEvent.SPEC_VERSION, entry.eventId.toString(), source, entry.type, entry.subject,
                entry.occurredAt, TraceEvent.CONTENT_TYPE, entry.sequence, entry.actorId,
                entry.actorRoles.isEmpty() ? null : entry.actorRoles, entry.actorSection,
                TraceEventCodec.digest(entry.data), TraceEventCodec.parseTree(entry.data));
    }
}
