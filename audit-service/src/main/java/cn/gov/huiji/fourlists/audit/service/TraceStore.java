package cn.gov.huiji.fourlists.audit.service;

import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Stores each trace event exactly once, however often Kafka delivers it (R-AUD-3). A batch of records is
 * stored in one transaction: either all of it or, after a failure, none (and Kafka delivers it again).
 * <p>
 * Batches are stored one at a time, under {@link #INGEST_LOCK}, so trace entry ids commit in the order they are
 * handed out. The Merkle log integrates entries above the highest id it has integrated (MerkleLog); with two
 * audit-service instances ingesting (issue 18), a batch that took lower ids but committed after a higher batch was
 * integrated would otherwise stay out of the log for good. The lock is transaction-scoped and taken once per batch
 * (a polled batch of up to max.poll.records), after the records are parsed: instances wait for each other only
 * for one set-based insert and the commit. LogIntegrity checks that no entry below the watermark lacks its leaf.
 */
@ApplicationScoped
public class TraceStore {

    private static final Logger LOG = Logger.getLogger(TraceStore.class);

    /** The PostgreSQL advisory lock key of trace_entry inserts ("fl-trace" in ASCII). */
    static final long INGEST_LOCK = 0x666c2d7472616365L;

    public enum Outcome { STORED, DUPLICATE, REJECTED }

    /** A record of the batch that was not stored, by its place in the batch, and why. */
    public record Rejection(int index, String reason) {
    }

    /** What a batch came to: how many records had each outcome, and the rejected ones. */
    public record Ingested(Map<Outcome, Integer> counts, List<Rejection> rejected) {
    }

    private final EntityManager em;

    public TraceStore(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Outcome ingest(String payload) {
        return ingestAll(List.of(payload)).counts().entrySet().stream().filter(e -> e.getValue() > 0).findFirst().orElseThrow().getKey();
    }

    /** Stores a batch; returns how many records had each outcome, and which were rejected and why. */
    @Transactional
    public Ingested ingestAll(List<String> payloads) {
        return em.unwrap(Session.class).doReturningWork(db -> ingestAll(db, payloads));
    }

    private Ingested ingestAll(Connection db, List<String> payloads) throws SQLException {
        List<Rejection> rejected = new ArrayList<>();
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            outcomes.put(o, 0);
        }
        List<TraceEvent> events = new ArrayList<>(payloads.size());
        List<String> readable = new ArrayList<>(payloads.size());
        List<Integer> places = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            String payload = payloads.get(i);
            try {
                events.add(TraceEventCodec.read(payload));
                readable.add(payload);
                places.add(i);
            } catch (IllegalArgumentException e) {
                reject(db, "unreadable: " + e.getMessage(), payload);
                rejected.add(new Rejection(i, "unreadable: " + e.getMessage()));
                outcomes.merge(Outcome.REJECTED, 1, Integer::sum);
            }
        }
        if (events.isEmpty()) {
            return new Ingested(outcomes, rejected);
        }
        Timestamp now = Timestamp.from(Instant.now());
        int n = events.size();
        UUID[] ids = new UUID[n];
        String[] sources = new String[n];
        Long[] sequences = new Long[n];
        String[] types = new String[n];
        String[] subjects = new String[n];
        java.time.OffsetDateTime[] times = new java.time.OffsetDateTime[n];
        String[] actors = new String[n];
        String[] roles = new String[n];
        String[] sections = new String[n];
        String[] digests = new String[n];
        String[] bodies = new String[n];
        for (int i = 0; i < n; i++) {
            TraceEvent event = events.get(i);
            ids[i] = UUID.fromString(event.id());
            sources[i] = event.source();
            sequences[i] = event.sequence();
            types[i] = event.type();
            subjects[i] = event.subject() == null ? "" : event.subject();
            times[i] = event.time() == null ? now.toInstant().atOffset(java.time.ZoneOffset.UTC) : event.time();
            actors[i] = event.actorid() == null ? "unknown" : event.actorid();
            roles[i] = event.actorroles();
            sections[i] = event.actorsection();
            digests[i] = event.datadigest();
            bodies[i] = readable.get(i);
        }
        // Ids commit in the order they are handed out: the lock is held until this transaction ends (see above).
        try (PreparedStatement lock = db.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, INGEST_LOCK);
            lock.execute();
        }
        // One statement for the whole batch, in batch order; it answers with the ids it stored.
        Set<UUID> insertedIds = new HashSet<>();
        try (PreparedStatement insert = db.prepareStatement("""
                insert into trace_entry (event_id, source, sequence, type, subject, occurred_at, actor_id,
                                         actor_roles, actor_section, data_digest, payload, received_at)
                select e.event_id, e.source, e.sequence, e.type, e.subject, e.occurred_at, e.actor_id, e.actor_roles,
                       e.actor_section, e.data_digest, e.payload, ?
                from unnest(?::uuid[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::timestamptz[],
                                          ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) with ordinality
                                   as e(event_id, source, sequence, type, subject, occurred_at, actor_id, actor_roles,
                                        actor_section, data_digest, payload, ord)
                order by ord
                on conflict do nothing
                returning event_id""")) {
            insert.setTimestamp(1, now);
            insert.setArray(2, db.createArrayOf("uuid", ids));
            insert.setArray(3, db.createArrayOf("text", sources));
            insert.setArray(4, db.createArrayOf("int8", sequences));
            insert.setArray(5, db.createArrayOf("text", types));
            insert.setArray(6, db.createArrayOf("text", subjects));
            insert.setArray(7, db.createArrayOf("timestamptz", times));
            insert.setArray(8, db.createArrayOf("text", actors));
            insert.setArray(9, db.createArrayOf("text", roles));
            insert.setArray(10, db.createArrayOf("text", sections));
            insert.setArray(11, db.createArrayOf("text", digests));
            insert.setArray(12, db.createArrayOf("text", bodies));
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    insertedIds.add(rs.getObject(1, UUID.class));
                }
            }
        }
        int[] inserted = new int[n];
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            // the first occurrence of a stored id is the stored one; a repeat within the batch is a redelivery
            inserted[i] = insertedIds.contains(ids[i]) && seen.add(ids[i]) ? 1 : 0;
        }
        List<Integer> notInserted = new ArrayList<>();
        for (int i = 0; i < inserted.length; i++) {
            if (inserted[i] == 1) {
                outcomes.merge(Outcome.STORED, 1, Integer::sum);
            } else {
                notInserted.add(i);
            }
        }
        if (!notInserted.isEmpty()) {
            Set<UUID> stored = storedIds(db, notInserted.stream().map(i -> UUID.fromString(events.get(i).id())).toList());
            for (int i : notInserted) {
                TraceEvent event = events.get(i);
                if (stored.contains(UUID.fromString(event.id()))) {
                    outcomes.merge(Outcome.DUPLICATE, 1, Integer::sum); // a redelivery: already stored
                } else {
                    // another event already holds this source's sequence number: keep it for the discipline group
                    String reason = "sequence " + event.sequence() + " of " + event.source() + " is already taken by another event";
                    reject(db, reason, readable.get(i));
                    rejected.add(new Rejection(places.get(i), reason));
                    outcomes.merge(Outcome.REJECTED, 1, Integer::sum);
                }
            }
        }
        return new Ingested(outcomes, rejected);
    }

    private static Set<UUID> storedIds(Connection db, List<UUID> ids) throws SQLException {
        Set<UUID> found = new HashSet<>();
        try (PreparedStatement q = db.prepareStatement("select event_id from trace_entry where event_id = any (?)")) {
            q.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return found;
    }

    private static void reject(Connection db, String reason, String payload) throws SQLException {
        LOG.warnf("trace event rejected: %s", reason);
        try (PreparedStatement insert = db.prepareStatement("insert into rejected_event (received_at, reason, payload) values (now(), ?, ?)")) {
            insert.setString(1, reason);
            insert.setString(2, payload);
            insert.executeUpdate();
        }
    }
}
