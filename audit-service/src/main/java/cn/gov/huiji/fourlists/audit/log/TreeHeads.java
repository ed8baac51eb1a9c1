package cn.gov.huiji.fourlists.audit.log;

import cn.gov.huiji.fourlists.logverifier.Rfc6962;
import cn.gov.huiji.fourlists.logverifier.TreeHead;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Issues and keeps signed tree heads. Every head ever issued stays readable. */
@ApplicationScoped
public class TreeHeads {

    private final EntityManager em;
    private final MerkleLog log;
    private final SigningKey key;

    private final Timer issuing;

    public TreeHeads(EntityManager em, MerkleLog log, SigningKey key, MeterRegistry metrics) {
        this.em = em;
        this.log = log;
        this.key = key;
        this.issuing = Timer.builder("fourlists.log.tree_head.issue")
                .description("Time to compute the root, sign and store a tree head").register(metrics);
    }

    /** Issues a head for the current size when the log grew since the last head (or none was issued yet). */
    @Transactional
    public Optional<TreeHead> issueIfGrown() {
        Timer.Sample sample = Timer.start();
        Optional<TreeHead> head = issue();
        head.ifPresent(h -> sample.stop(issuing));
        return head;
    }

    private Optional<TreeHead> issue() {
        // lock the log's state so the size we sign is the size the root is computed for
        long size = ((Number) em.createNativeQuery("select tree_size from log_state where id = 1 for update").getSingleResult()).longValue();
        Optional<TreeHead> last = latest();
        if (last.isPresent() && last.get().treeSize() >= size) {
            return Optional.empty();
        }
        long timestamp = Math.max(System.currentTimeMillis(), last.map(h -> h.timestamp() + 1).orElse(0L));
        TreeHead head = key.sign(timestamp, size, log.root(size));
        em.createNativeQuery("insert into tree_head (tree_size, timestamp_ms, root_hash, signature, key_id, issued_at) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, head.treeSize()).setParameter(2, head.timestamp()).setParameter(3, head.root())
                .setParameter(4, Base64.getDecoder().decode(head.signature())).setParameter(5, key.keyId())
                .setParameter(6, OffsetDateTime.ofInstant(Instant.ofEpochMilli(timestamp), ZoneOffset.UTC))
                .executeUpdate();
        return Optional.of(head);
    }

    @Transactional
    public Optional<TreeHead> latest() {
        List<?> rows = em.createNativeQuery("select tree_size, root_hash, timestamp_ms, signature from tree_head order by timestamp_ms desc limit 1")
                .getResultList();
        return rows.stream().map(r -> toHead((Object[]) r)).findFirst();
    }

    /** The latest head, issuing the first one if the log has none yet. */
    @Transactional
    public TreeHead current() {
        return latest().orElseGet(() -> issue().orElseThrow());
    }

    /**
     * The heads of exactly {@code treeSize} entries, oldest first: normally one, as the log signs each size at most
     * once. A spot check's seed is the signature of the first (Art. 21, R-ADJ-6).
     */
    @Transactional
    public List<TreeHead> ofSize(long treeSize) {
        return em.createNativeQuery("select tree_size, root_hash, timestamp_ms, signature from tree_head where tree_size = ?1 order by timestamp_ms")
                .setParameter(1, treeSize).getResultList().stream().map(r -> toHead((Object[]) r)).toList();
    }

    @Transactional
    public List<TreeHead> issuedBetween(OffsetDateTime from, OffsetDateTime to, int limit) {
        return em.createNativeQuery("""
                        select tree_size, root_hash, timestamp_ms, signature from tree_head
                        where issued_at >= ?1 and issued_at < ?2 order by timestamp_ms limit ?3""")
                .setParameter(1, from).setParameter(2, to).setParameter(3, limit)
                .getResultList().stream().map(r -> toHead((Object[]) r)).toList();
    }

    private static TreeHead toHead(Object[] row) {
        return new TreeHead(((Number) row[0]).longValue(), Rfc6962.hex((byte[]) row[1]), ((Number) row[2]).longValue(),
                Base64.getEncoder().encodeToString((byte[]) row[3]));
    }
}
