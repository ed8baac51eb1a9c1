package cn.gov.huiji.fourlists.audit.log;

import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.logverifier.ProofBundle;
import cn.gov.huiji.fourlists.logverifier.PublicLeaf;
import cn.gov.huiji.fourlists.logverifier.Rfc6962;
import cn.gov.huiji.fourlists.logverifier.TreeHead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Proof bundles for published item versions (可验证): the leaf that opened the version, its audit path and the
 * latest signed head, so anyone can prove offline what the list said and since when.
 */
@ApplicationScoped
public class ItemProofs {

    private final EntityManager em;
    private final MerkleLog log;
    private final TreeHeads heads;
    private final SigningKey key;

    public ItemProofs(EntityManager em, MerkleLog log, TreeHeads heads, SigningKey key) {
        this.em = em;
        this.log = log;
        this.heads = heads;
        this.key = key;
    }

    @Transactional
    public ProofBundle bundle(String code, int version) {
        List<?> rows = em.createNativeQuery("""
                        select l.leaf_index, l.leaf from trace_entry t left join log_leaf l on l.trace_entry_id = t.id
                        where t.subject = ?1 and t.type in ('fourlists.list.item.loaded', 'fourlists.list.item.adjusted')
                          and (t.payload::jsonb -> 'data' ->> 'version') = ?2
                        order by t.id limit 1""")
                .setParameter(1, "item/" + code).setParameter(2, String.valueOf(version)).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Item version", "事项版本", code + " v" + version);
        }
        Object[] row = (Object[]) rows.get(0);
        TreeHead head = heads.latest().orElse(null);
        if (row[0] == null || head == null || head.treeSize() <= ((Number) row[0]).longValue()) {
            throw ProblemException.of(404, "not-yet-logged", "Not yet in a signed tree head", "尚未纳入已签名的日志",
                    "Item " + code + " version " + version + " is recorded but not yet under a signed tree head; try again in a minute.",
                    "事项 " + code + " 第 " + version + " 版已记录，尚未纳入已签名的树头，请一分钟后再试。");
        }
        long index = ((Number) row[0]).longValue();
        byte[] leaf = (byte[]) row[1];
        MerkleLog.Inclusion inclusion = log.inclusion(index, head.treeSize());
        if (!Arrays.equals(Rfc6962.leafHash(leaf), inclusion.leafHash())) {
            throw new IllegalStateException("leaf " + index + " differs from the tree's node: the log's tables were altered");
        }
        return new ProofBundle(ProofBundle.FORMAT, code, version, PublicLeaf.openedContent(leaf).get("data"), index,
                Base64.getEncoder().encodeToString(leaf), inclusion.path().stream().map(Rfc6962::hex).toList(), head, key.publicKeyPem());
    }
}
