package cn.gov.huiji.fourlists.audit.log;

import cn.gov.huiji.fourlists.audit.domain.TraceEntry;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import cn.gov.huiji.fourlists.logverifier.PublicLeaf;
import cn.gov.huiji.fourlists.logverifier.Rfc6962;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks what auditors read against what the log proves (R-AUD-2): a stored trace counts only when its full event,
 * with the salts kept here, rebuilds its leaf byte for byte and that leaf's hash is the tree's level-0 node. An edit
 * of {@code trace_entry} (or of the salts) after integration then shows as a {@link Integrity#MISMATCH}.
 */
@ApplicationScoped
public class LeafCheck {

    private static final Logger LOG = Logger.getLogger(LeafCheck.class);

    @Schema(description = "Whether the stored trace is the one the public log committed (与日志核对): VERIFIED — it is; "
            + "NOT_YET_LOGGED — stored, but not yet in the log (integration runs every few seconds); "
            + "MISMATCH — it differs from what the log committed: the stored copy was altered (报纪检组)")
    public enum Integrity { VERIFIED, NOT_YET_LOGGED, MISMATCH }

    /** The outcome for one trace: its leaf index (null until logged) and integrity. */
    public record Checked(Long logIndex, Integrity integrity) {
    }

    private final EntityManager em;

    public LeafCheck(EntityManager em) {
        this.em = em;
    }

    public Map<Long, Checked> check(List<TraceEntry> entries) {
        Map<Long, Checked> out = new HashMap<>();
        if (entries.isEmpty()) {
            return out;
        }
        Map<Long, TraceEntry> byId = new HashMap<>();
        entries.forEach(e -> byId.put(e.id, e));
        em.unwrap(Session.class).doWork(db -> {
            try (PreparedStatement q = db.prepareStatement("""
                    select l.trace_entry_id, l.leaf_index, l.leaf, l.actor_salt, l.data_salt, m.hash
                    from log_leaf l left join merkle_node m on m.level = 0 and m.node_index = l.leaf_index
                    where l.trace_entry_id = any (?)""")) {
                q.setArray(1, db.createArrayOf("int8", byId.keySet().toArray()));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        TraceEntry entry = byId.get(rs.getLong(1));
                        long index = rs.getLong(2);
                        byte[] leaf = rs.getBytes(3);
                        boolean sound = rs.getBytes(6) != null && Arrays.equals(Rfc6962.leafHash(leaf), rs.getBytes(6))
                                && commits(leaf, entry.payload, rs.getBytes(4), rs.getBytes(5));
                        if (!sound) {
                            LOG.errorf("trace %d (event %s) does not match leaf %d of the log: the stored copy was altered",
                                    entry.id, entry.eventId, index);
                        }
                        out.put(entry.id, new Checked(index, sound ? Integrity.VERIFIED : Integrity.MISMATCH));
                    }
                }
            }
        });
        entries.forEach(e -> out.putIfAbsent(e.id, new Checked(null, Integrity.NOT_YET_LOGGED)));
        return out;
    }

    private static boolean commits(byte[] leaf, String payload, byte[] actorSalt, byte[] dataSalt) {
        try {
            return PublicLeaf.commitsTo(leaf, TraceEventCodec.parseTree(payload), actorSalt, dataSalt);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
