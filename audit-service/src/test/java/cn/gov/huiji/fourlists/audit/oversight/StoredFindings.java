package cn.gov.huiji.fourlists.audit.oversight;

import cn.gov.huiji.fourlists.audit.log.MerkleLog;
import cn.gov.huiji.fourlists.audit.log.TreeHeads;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Findings as the spot checks store them (finding table, issue 17), written straight into the tables so that the
 * accountability and assessment tests do not depend on drawing a sample.
 */
final class StoredFindings {

    private StoredFindings() {
    }

    /**
     * One finding of this kind against the section, recorded at the given instant, on a check of its own. The check's
     * seed head lies in the past of the log (size 1, the log is integrated beyond it first), so it never holds up
     * integration nor awaits a head (MerkleLog stops at a pending seed size).
     */
    static UUID finding(EntityManager em, MerkleLog log, TreeHeads heads, String section, String kind, String recordedAt) {
        integrateAll(log, heads);
        if (log.size() < 2) {
            throw new IllegalStateException("the log must hold at least 2 leaves before a test spot check seeded at size 1");
        }
        UUID check = UUID.randomUUID();
        UUID finding = UUID.randomUUID();
        String object = "request/" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    insert into spot_check (id, title, population, from_date, to_date, sample_size, population_tree_size,
                                            seed_tree_size, algorithm, state, announced_at, announced_by, announcement_trace_id)
                    values (?1, '测试抽查', 'ADJUSTMENT_REQUESTS', date '2026-01-01', date '2026-12-31', 1, 0,
                            1, 'fourlists-spot-check/1', 'ANNOUNCED', now(), 'discipline', ?2)""")
                    .setParameter(1, check).setParameter(2, UUID.randomUUID()).executeUpdate();
            em.createNativeQuery("insert into spot_check_member (check_id, position, object, rank) values (?1, 1, ?2, ?3)")
                    .setParameter(1, check).setParameter(2, object).setParameter(3, "0".repeat(64)).executeUpdate();
            em.createNativeQuery("""
                    insert into finding (id, check_id, object, kind, section, person, evidence, examiner, recorded_at)
                    values (?1, ?2, ?3, ?4, ?5, 'clerk', '测试证据', 'discipline', ?6)""")
                    .setParameter(1, finding).setParameter(2, check).setParameter(3, object).setParameter(4, kind)
                    .setParameter(5, section).setParameter(6, OffsetDateTime.parse(recordedAt)).executeUpdate();
        });
        return finding;
    }

    /** Integrates every stored trace, signing on the way any head a spot check awaits, as the scheduler would. */
    static void integrateAll(MerkleLog log, TreeHeads heads) {
        for (int round = 0; round < 10_000; round++) {
            if (log.integrate() == 0) {
                if (!log.atPendingCheckpoint()) {
                    return;
                }
                heads.issueIfGrown();
            }
        }
    }
}
