package cn.gov.huiji.fourlists.audit.log;

import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.events.EventCatalogue;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import cn.gov.huiji.fourlists.logverifier.PublicLeaf;
import cn.gov.huiji.fourlists.logverifier.Rfc6962;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The Merkle tree over the stored traces (log 2). Integration appends each trace entry, in the order they were
 * stored, as its public leaf (envelope and salted commitments, {@link PublicLeaf}; the salts stay here), writing the leaf and every perfect subtree it completes; reading a root or a proof fetches the
 * O(log n) subtree hashes it needs in one query.
 * <p>
 * With several audit-service instances (issue 18) integration reads the entries above the watermark
 * ({@code log_state.last_trace_id}) under the log's row lock, so two instances never integrate the same entry. That an
 * entry below the watermark cannot still commit is TraceStore's part: it stores each batch under one lock, so ids
 * commit in order. Should an entry nevertheless turn up below the watermark without a leaf (a writer that bypassed
 * the lock, a watermark set by hand), {@link LogIntegrity} reports it and integration appends it with the next batch:
 * every stored trace enters the log exactly once (log_leaf.trace_entry_id is unique besides).
 */
@ApplicationScoped
public class MerkleLog {

    /** Nodes from this level up are cached: they never change, there are few of them, and every proof reads them. */
    static final int CACHED_FROM_LEVEL = 8;

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(MerkleLog.class);

    private final EntityManager em;
    private final LogConfig config;
    private final LogIntegrity integrity;
    private final Map<Long, byte[]> upperNodes = new java.util.concurrent.ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final javax.sql.DataSource dataSource;
    /** The largest log size this instance has read: the log only grows, so a proof up to it needs no size check. */
    private final java.util.concurrent.atomic.AtomicLong knownSize = new java.util.concurrent.atomic.AtomicLong();

    public MerkleLog(EntityManager em, javax.sql.DataSource dataSource, LogConfig config, LogIntegrity integrity) {
        this.em = em;
        this.dataSource = dataSource;
        this.config = config;
        this.integrity = integrity;
    }

    /** One leaf: its index and exact bytes. */
    public record Leaf(long index, byte[] bytes) {
    }

    /**
     * Integrates up to one batch of stored trace entries; returns how many leaves were added. A batch never crosses
     * a pending checkpoint ({@link #pendingCheckpoint}): at one it adds nothing until the head of exactly that size is
     * issued (LogScheduler does so at once), because that head's signature seeds a spot check (Art. 21).
     */
    @Transactional
    public int integrate() {
        return em.unwrap(Session.class).doReturningWork(this::integrate);
    }

    /**
     * Whether the log stands exactly at a pending checkpoint: a spot check awaits the head of the current size and
     * no head of that size exists yet.
     */
    @Transactional
    public boolean atPendingCheckpoint() {
        return em.unwrap(Session.class).doReturningWork(db -> {
            long size;
            try (PreparedStatement q = db.prepareStatement("select tree_size from log_state where id = 1");
                 ResultSet rs = q.executeQuery()) {
                rs.next();
                size = rs.getLong(1);
            }
            return pendingCheckpoint(db, size) == size;
        });
    }

    /**
     * The smallest seed size of a spot check (R-ADJ-6, Art. 21) at or beyond {@code size} whose head is still to
     * be issued, or -1 when there is none. The seed is the signature of the head of exactly that size, so the log
     * must stop there until it is signed: a batch that jumped past it would leave the check without a seed.
     * <p>
     * Heads are issued in order of growing size and never above the log's size, so the only head that could exist
     * at a checkpoint C &ge; size is one of size C = size, and it is then the latest head: one indexed read of the
     * latest head replaces a search of every head by size.
     */
    static long pendingCheckpoint(Connection db, long size) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("""
                select min(seed_tree_size) from spot_check
                where seed_tree_size > ?
                   or (seed_tree_size = ? and coalesce((select tree_size from tree_head order by timestamp_ms desc limit 1), -1) <> ?)""")) {
            q.setLong(1, size);
            q.setLong(2, size);
            q.setLong(3, size);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                long checkpoint = rs.getLong(1);
                return rs.wasNull() ? -1 : checkpoint;
            }
        }
    }

    private int integrate(Connection db) throws SQLException {
        long size;
        long lastTraceId;
        try (PreparedStatement lock = db.prepareStatement("select tree_size, last_trace_id from log_state where id = 1 for update");
             ResultSet rs = lock.executeQuery()) {
            rs.next();
            size = rs.getLong(1);
            lastTraceId = rs.getLong(2);
        }
        int batch = config.integrateBatch();
        long checkpoint = pendingCheckpoint(db, size);
        if (checkpoint == size) {
            return 0; // the head of this size seeds a spot check: LogScheduler issues it, then integration goes on
        }
        if (checkpoint > size) {
            batch = (int) Math.min(batch, checkpoint - size);
        }
        List<long[]> ids = new ArrayList<>();
        List<byte[]> leaves = new ArrayList<>();
        List<byte[]> actorSalts = new ArrayList<>();
        List<byte[]> dataSalts = new ArrayList<>();
        List<Long> missed = integrity.unintegrated();
        if (!missed.isEmpty()) {
            // Entries the integrity check found below the watermark without a leaf, checked again under the lock.
            try (PreparedStatement q = db.prepareStatement("""
                    select t.id, t.payload, t.type from trace_entry t
                    where t.id = any (?) and t.id <= ? and not exists (select 1 from log_leaf l where l.trace_entry_id = t.id)
                    order by t.id limit ?""")) {
                q.setArray(1, db.createArrayOf("int8", missed.toArray()));
                q.setLong(2, lastTraceId);
                q.setInt(3, batch);
                read(q, ids, leaves, actorSalts, dataSalts);
            }
            if (!ids.isEmpty()) {
                LOG.warnf("integrating %d stored trace(s) found below the log's watermark without a leaf: %s", ids.size(),
                        ids.stream().map(i -> i[0]).toList());
            }
        }
        if (ids.size() < batch) {
            try (PreparedStatement q = db.prepareStatement("select id, payload, type from trace_entry where id > ? order by id limit ?")) {
                q.setLong(1, lastTraceId);
                q.setInt(2, batch - ids.size());
                read(q, ids, leaves, actorSalts, dataSalts);
            }
        }
        if (ids.isEmpty()) {
            return 0;
        }
        Map<Long, byte[]> written = new HashMap<>();
        NodeSource nodes = (level, index) -> {
            byte[] hash = written.get(TreeMath.key(level, index));
            if (hash != null) {
                return hash;
            }
            try {
                return fetch(db, Set.of(TreeMath.key(level, index))).get(TreeMath.key(level, index));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        int n = ids.size();
        Long[] leafIndexes = new Long[n];
        Long[] traceIds = new Long[n];
        String[] leafHex = new String[n];
        String[] actorSaltHex = new String[n];
        String[] dataSaltHex = new String[n];
        List<Short> nodeLevels = new ArrayList<>(2 * n);
        List<Long> nodeIndexes = new ArrayList<>(2 * n);
        List<String> nodeHex = new ArrayList<>(2 * n);
        HexFormat hex = HexFormat.of();
        for (int i = 0; i < n; i++) {
            leafIndexes[i] = size + i;
            traceIds[i] = ids.get(i)[0];
            leafHex[i] = hex.formatHex(leaves.get(i));
            actorSaltHex[i] = hex.formatHex(actorSalts.get(i));
            dataSaltHex[i] = hex.formatHex(dataSalts.get(i));
            TreeMath.append(nodes, size + i, Rfc6962.leafHash(leaves.get(i)), (key, hash) -> {
                written.put(TreeMath.key((int) key[0], key[1]), hash);
                nodeLevels.add((short) key[0]);
                nodeIndexes.add(key[1]);
                nodeHex.add(hex.formatHex(hash));
            });
        }
        // Set-based inserts: one statement per table for the whole batch.
        try (PreparedStatement leafInsert = db.prepareStatement("""
                insert into log_leaf (leaf_index, trace_entry_id, leaf, actor_salt, data_salt)
                select i, t, decode(l, 'hex'), decode(a, 'hex'), decode(d, 'hex')
                from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[]) as x(i, t, l, a, d)""");
             PreparedStatement nodeInsert = db.prepareStatement("""
                insert into merkle_node (level, node_index, hash)
                select l, i, decode(h, 'hex') from unnest(?::smallint[], ?::bigint[], ?::text[]) as x(l, i, h)""")) {
            leafInsert.setArray(1, db.createArrayOf("int8", leafIndexes));
            leafInsert.setArray(2, db.createArrayOf("int8", traceIds));
            leafInsert.setArray(3, db.createArrayOf("text", leafHex));
            leafInsert.setArray(4, db.createArrayOf("text", actorSaltHex));
            leafInsert.setArray(5, db.createArrayOf("text", dataSaltHex));
            leafInsert.executeUpdate();
            nodeInsert.setArray(1, db.createArrayOf("int2", nodeLevels.toArray()));
            nodeInsert.setArray(2, db.createArrayOf("int8", nodeIndexes.toArray()));
            nodeInsert.setArray(3, db.createArrayOf("text", nodeHex.toArray()));
            nodeInsert.executeUpdate();
        }
        try (PreparedStatement update = db.prepareStatement("update log_state set tree_size = ?, last_trace_id = ? where id = 1")) {
            update.setLong(1, size + ids.size());
            // the entries above the watermark come last and in id order; entries found below it leave it where it is
            update.setLong(2, Math.max(lastTraceId, ids.get(ids.size() - 1)[0]));
            update.executeUpdate();
        }
        return ids.size();
    }

    /** Reads trace entries (id, payload, type) as public leaves under fresh salts. */
    private void read(PreparedStatement q, List<long[]> ids, List<byte[]> leaves, List<byte[]> actorSalts, List<byte[]> dataSalts)
            throws SQLException {
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                ids.add(new long[]{rs.getLong(1)});
                byte[] actorSalt = salt();
                byte[] dataSalt = salt();
                actorSalts.add(actorSalt);
                dataSalts.add(dataSalt);
                leaves.add(PublicLeaf.of(TraceEventCodec.parseTree(rs.getString(2)), actorSalt, dataSalt,
                        EventCatalogue.isPublishedContent(rs.getString(3))));
            }
        }
    }

    private byte[] salt() {
        byte[] salt = new byte[PublicLeaf.SALT_SIZE];
        random.nextBytes(salt);
        return salt;
    }

    @Transactional
    public long size() {
        return readSize();
    }

    /** The committed size, read straight from the pool (in the caller's transaction when there is one). */
    private long readSize() {
        try (Connection db = dataSource.getConnection();
             PreparedStatement q = db.prepareStatement("select tree_size from log_state where id = 1");
             ResultSet rs = q.executeQuery()) {
            long size = rs.next() ? rs.getLong(1) : 0;
            knownSize.accumulateAndGet(size, Math::max);
            return size;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the log's size", e);
        }
    }

    @Transactional
    public byte[] root(long treeSize) {
        return compute(nodes -> TreeMath.root(nodes, treeSize));
    }

    /** An audit path with the leaf's hash, checked against the log's size, in one transaction. */
    public record Inclusion(byte[] leafHash, List<byte[]> path) {
    }

    /**
     * Issue 19: no transaction and, for a size this instance has seen, no size query: the nodes a proof reads are
     * written once, with the size that covers them, and never change, so one statement reads a consistent set.
     */
    public Inclusion inclusion(long index, long treeSize) {
        requireSize("treeSize", treeSize);
        if (index >= treeSize) {
            throw ProblemException.invalid("index", "must be below treeSize", "必须小于 treeSize");
        }
        return compute(nodes -> new Inclusion(nodes.node(0, index), TreeMath.inclusionProof(nodes, index, treeSize)));
    }

    /** Like {@link #inclusion}: one statement, no transaction. */
    public List<byte[]> consistency(long from, long to) {
        requireSize("to", to);
        if (from > to) {
            throw ProblemException.invalid("from", "must not exceed to", "不能大于 to");
        }
        return compute(nodes -> TreeMath.consistencyProof(nodes, from, to));
    }

    private void requireSize(String field, long treeSize) {
        if (treeSize <= knownSize.get()) {
            return;
        }
        long size = readSize();
        if (treeSize > size) {
            throw ProblemException.invalid(field, "the log has only " + size + " entries", "日志只有 " + size + " 条");
        }
    }

    /** Leaves [start, end], inclusive, as stored. */
    @Transactional
    public List<Leaf> leaves(long start, long end) {
        return em.unwrap(Session.class).doReturningWork(db -> {
            List<Leaf> out = new ArrayList<>();
            try (PreparedStatement q = db.prepareStatement(
                    "select leaf_index, leaf from log_leaf where leaf_index between ? and ? order by leaf_index")) {
                q.setLong(1, start);
                q.setLong(2, end);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Leaf(rs.getLong(1), rs.getBytes(2)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Runs a tree computation twice: first to learn which nodes it reads (with placeholder hashes), then on
     * those nodes fetched in one query. Node hashes never change, so the two runs read the same nodes.
     */
    private <T> T compute(Function<NodeSource, T> computation) {
        Set<Long> missing = new HashSet<>();
        byte[] placeholder = new byte[Rfc6962.HASH_SIZE];
        computation.apply((level, index) -> {
            long key = TreeMath.key(level, index);
            if (!upperNodes.containsKey(key)) {
                missing.add(key);
            }
            return placeholder;
        });
        Map<Long, byte[]> fetched;
        if (missing.isEmpty()) {
            fetched = Map.of();
        } else {
            // the pool's connection: in a caller's transaction the one enlisted in it, else one statement on its own
            try (Connection db = dataSource.getConnection()) {
                fetched = fetch(db, missing);
            } catch (SQLException e) {
                throw new IllegalStateException("reading the log's nodes", e);
            }
        }
        fetched.forEach((key, hash) -> {
            if ((key >>> 58) >= CACHED_FROM_LEVEL) {
                upperNodes.put(key, hash);
            }
        });
        return computation.apply((level, index) -> {
            long key = TreeMath.key(level, index);
            byte[] hash = fetched.get(key);
            if (hash == null) {
                hash = upperNodes.get(key);
            }
            if (hash == null) {
                throw new IllegalStateException("node (" + level + ", " + index + ") is not stored");
            }
            return hash;
        });
    }

    private static Map<Long, byte[]> fetch(Connection db, Set<Long> keys) throws SQLException {
        Map<Long, byte[]> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        Short[] levels = new Short[keys.size()];
        Long[] indexes = new Long[keys.size()];
        int i = 0;
        for (long key : keys) {
            levels[i] = (short) (key >>> 58);
            indexes[i++] = key & ((1L << 58) - 1);
        }
        try (PreparedStatement q = db.prepareStatement("""
                select m.level, m.node_index, m.hash
                from unnest(?::smallint[], ?::bigint[]) as k(level, node_index)
                join merkle_node m on m.level = k.level and m.node_index = k.node_index""")) {
            q.setArray(1, db.createArrayOf("int2", levels));
            q.setArray(2, db.createArrayOf("int8", indexes));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.put(TreeMath.key(rs.getInt(1), rs.getLong(2)), rs.getBytes(3));
                }
            }
        }
        return out;
    }
}
