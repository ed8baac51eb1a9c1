package cn.gov.huiji.fourlists.audit.log;

import cn.gov.huiji.fourlists.logverifier.Rfc6962;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The Merkle tree over the stored traces. Integration appends trace entries as leaves in the order they were
 * stored, writing the leaf and every perfect subtree it completes; reading a root or a proof fetches the
 * O(log n) subtree hashes it needs in one query.
 */
@ApplicationScoped
public class MerkleLog {

    private final EntityManager em;
    private final LogConfig config;

    public MerkleLog(EntityManager em, LogConfig config) {
        this.em = em;
        this.config = config;
    }

    /** One leaf: its index and exact bytes. */
    public record Leaf(long index, byte[] bytes) {
    }

    /** Integrates up to one batch of stored trace entries; returns how many leaves were added. */
    @Transactional
    public int integrate() {
        return em.unwrap(Session.class).doReturningWork(this::integrate);
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
        List<long[]> ids = new ArrayList<>();
        List<byte[]> leaves = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("select id, payload from trace_entry where id > ? order by id limit ?")) {
            q.setLong(1, lastTraceId);
            q.setInt(2, config.integrateBatch());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(new long[]{rs.getLong(1)});
                    leaves.add(CanonicalJson.canonicalize(rs.getString(2)));
                }
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
        try (PreparedStatement leafInsert = db.prepareStatement("insert into log_leaf (leaf_index, trace_entry_id, leaf) values (?, ?, ?)");
             PreparedStatement nodeInsert = db.prepareStatement("insert into merkle_node (level, node_index, hash) values (?, ?, ?)")) {
            for (int i = 0; i < ids.size(); i++) {
                long index = size + i;
                leafInsert.setLong(1, index);
                leafInsert.setLong(2, ids.get(i)[0]);
                leafInsert.setBytes(3, leaves.get(i));
                leafInsert.addBatch();
                TreeMath.append(nodes, index, Rfc6962.leafHash(leaves.get(i)), (key, hash) -> {
                    written.put(TreeMath.key((int) key[0], key[1]), hash);
                    try {
                        nodeInsert.setShort(1, (short) key[0]);
                        nodeInsert.setLong(2, key[1]);
                        nodeInsert.setBytes(3, hash);
                        nodeInsert.addBatch();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            leafInsert.executeBatch();
            nodeInsert.executeBatch();
        }
        try (PreparedStatement update = db.prepareStatement("update log_state set tree_size = ?, last_trace_id = ? where id = 1")) {
            update.setLong(1, size + ids.size());
            update.setLong(2, ids.get(ids.size() - 1)[0]);
            update.executeUpdate();
        }
        return ids.size();
    }

    @Transactional
    public long size() {
        return ((Number) em.createNativeQuery("select tree_size from log_state where id = 1").getSingleResult()).longValue();
    }

    @Transactional
    public byte[] root(long treeSize) {
        return compute(nodes -> TreeMath.root(nodes, treeSize));
    }

    @Transactional
    public List<byte[]> inclusionProof(long index, long treeSize) {
        return compute(nodes -> TreeMath.inclusionProof(nodes, index, treeSize));
    }

    @Transactional
    public List<byte[]> consistencyProof(long from, long to) {
        return compute(nodes -> TreeMath.consistencyProof(nodes, from, to));
    }

    @Transactional
    public byte[] leafHash(long index) {
        return compute(nodes -> nodes.node(0, index));
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
        Set<Long> keys = new HashSet<>();
        byte[] placeholder = new byte[Rfc6962.HASH_SIZE];
        computation.apply((level, index) -> {
            keys.add(TreeMath.key(level, index));
            return placeholder;
        });
        Map<Long, byte[]> nodes = em.unwrap(Session.class).doReturningWork(db -> fetch(db, keys));
        return computation.apply(TreeMath.of(nodes));
    }

    private static Map<Long, byte[]> fetch(Connection db, Set<Long> keys) throws SQLException {
        Map<Long, byte[]> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        StringBuilder sql = new StringBuilder("select level, node_index, hash from merkle_node where (level, node_index) in (");
        boolean first = true;
        for (long key : keys) {
            // numbers we computed ourselves, never caller text
            sql.append(first ? "" : ",").append('(').append(key >>> 58).append(',').append(key & ((1L << 58) - 1)).append(')');
            first = false;
        }
        sql.append(')');
        try (PreparedStatement q = db.prepareStatement(sql.toString()); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                out.put(TreeMath.key(rs.getInt(1), rs.getLong(2)), rs.getBytes(3));
            }
        }
        return out;
    }
}
