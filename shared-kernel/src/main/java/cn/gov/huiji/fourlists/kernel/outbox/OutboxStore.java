package cn.gov.huiji.fourlists.kernel.outbox;

import cn.gov.huiji.fourlists.kernel.trace.EventSignatures;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relay's database side: numbering, claiming and marking outbox entries, and measuring what waits.
 * Several instances of a service share one database, so every step here is safe when two relays run at once.
 */
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
        // read only now, under the counter's lock: what another relay numbered before us is committed and not seen again
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

    /**
     * Claims the next numbered, unsent entries for the caller's transaction, in sequence order, and returns those this
     * relay may publish now. The rows stay locked ({@code FOR UPDATE}) until the caller commits, after it published
     * them, waited for the broker and marked the acknowledged ones sent; another relay skips them ({@code SKIP
     * LOCKED}), so two live relays never publish the same entry. A relay that dies loses its connection, PostgreSQL
     * rolls its transaction back and the entries are free again: no lease to expire, no entry stuck.
     * <p>
     * Order across relays: Kafka keys the record by subject, so one subject's events stay in order only if they are
     * sent in sequence order. A relay therefore leaves out (unpublished, still locked until it commits, then free) every
     * claimed entry of a subject that has an earlier unsent entry outside its claim — one another relay holds, or one
     * released unacknowledged. That later entry goes out in a following batch, after the earlier one was sent. Entries of
     * different subjects may be published by two relays at the same time and in any order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claim claim(int batchSize) {
        @SuppressWarnings("unchecked")
        List<OutboxEntry> claimed = em.createNativeQuery("""
                        select * from outbox_entry
                        where sequence is not null and sent_at is null
                        order by sequence
                        limit ?1
                        for update skip locked""", OutboxEntry.class)
                .setParameter(1, batchSize).getResultList();
        if (claimed.isEmpty()) {
            return new Claim(0, claimed);
        }
        // The claim is the first lockable entries in sequence order, so an unsent entry below our last one that we do
        // not hold is held by another relay (or was just released unacknowledged): our later entries of its subject wait.
        Set<String> subjects = new LinkedHashSet<>();
        List<Long> ids = claimed.stream().map(e -> e.id).toList();
        claimed.forEach(e -> subjects.add(e.subject));
        @SuppressWarnings("unchecked")
        List<Object[]> heldElsewhere = em.createNativeQuery("""
                        select subject, min(sequence) from outbox_entry
                        where sequence is not null and sent_at is null and sequence < :last
                          and subject in (:subjects) and id not in (:ids)
                        group by subject""")
                .setParameter("last", claimed.get(claimed.size() - 1).sequence)
                .setParameter("subjects", subjects).setParameter("ids", ids).getResultList();
        if (heldElsewhere.isEmpty()) {
            return new Claim(claimed.size(), claimed);
        }
        Map<String, Long> firstElsewhere = new HashMap<>();
        for (Object[] row : heldElsewhere) {
            firstElsewhere.put((String) row[0], ((Number) row[1]).longValue());
        }
        return new Claim(claimed.size(), claimed.stream()
                .filter(e -> !firstElsewhere.containsKey(e.subject) || e.sequence < firstElsewhere.get(e.subject))
                .toList());
    }

    /**
     * A relay's claim: how many entries it locked, and those it may publish now, in sequence order (the others wait
     * for an earlier entry of their subject that is not in the claim).
     */
    public record Claim(int size, List<OutboxEntry> publishable) {
    }

    /** Marks entries sent, in the transaction that claimed them (so the claim ends with the mark). */
    @Transactional
    public void markSent(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        OutboxEntry.update("sentAt = ?1 where id in ?2", OffsetDateTime.now(ZoneOffset.UTC), ids);
    }

    /**
     * How many entries are not sent yet (numbered or not). Counts the partial index {@code outbox_entry_unsent} (every
     * row with {@code sent_at is null}), not the table that keeps every event ever sent: cheap while the relay keeps up.
     */
    @Transactional
    public long backlog() {
        return ((Number) em.createNativeQuery("select count(*) from outbox_entry where sent_at is null")
                .getSingleResult()).longValue();
    }

    /**
     * How long the oldest unsent entry has waited since it was written, zero when none waits. Two index look-ups: the
     * first numbered unsent entry (publication order) and the first unnumbered one (numbering follows the id), the older
     * of the two.
     */
    @Transactional
    public Duration oldestUnsentAge() {
        Object oldest = em.createNativeQuery("""
                        select min(occurred_at) from (
                          (select occurred_at from outbox_entry where sequence is null order by id limit 1)
                          union all
                          (select occurred_at from outbox_entry where sent_at is null and sequence is not null
                           order by sequence limit 1)) first_waiting""")
                .getSingleResult();
        if (oldest == null) {
            return Duration.ZERO;
        }
        // occurred_at was taken from the system clock by TraceRecorder, so measure against the same clock
        Duration age = Duration.between(toInstant(oldest), Instant.now());
        return age.isNegative() ? Duration.ZERO : age;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    static TraceEvent toEvent(OutboxEntry entry, String source) {
        return new TraceEvent(TraceEvent.SPEC_VERSION, entry.eventId.toString(), source, entry.type, entry.subject,
                entry.occurredAt, TraceEvent.CONTENT_TYPE, entry.sequence, entry.actorId,
                entry.actorRoles.isEmpty() ? null : entry.actorRoles, entry.actorSection,
                TraceEventCodec.digest(entry.data), TraceEventCodec.parseTree(entry.data));
    }
}
