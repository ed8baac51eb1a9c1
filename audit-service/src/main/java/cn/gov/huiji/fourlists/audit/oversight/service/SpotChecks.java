package cn.gov.huiji.fourlists.audit.oversight.service;

import cn.gov.huiji.fourlists.audit.log.MerkleLog;
import cn.gov.huiji.fourlists.audit.log.TreeHeads;
import cn.gov.huiji.fourlists.audit.oversight.config.SpotCheckConfig;
import cn.gov.huiji.fourlists.audit.oversight.domain.Finding;
import cn.gov.huiji.fourlists.audit.oversight.domain.FindingKind;
import cn.gov.huiji.fourlists.audit.oversight.domain.SpotCheck;
import cn.gov.huiji.fourlists.audit.oversight.domain.SpotCheckMember;
import cn.gov.huiji.fourlists.audit.oversight.domain.SpotCheckPopulation;
import cn.gov.huiji.fourlists.audit.oversight.domain.SpotCheckState;
import cn.gov.huiji.fourlists.kernel.events.AuditEvents;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import cn.gov.huiji.fourlists.logverifier.Rfc6962;
import cn.gov.huiji.fourlists.logverifier.SpotCheckDraw;
import cn.gov.huiji.fourlists.logverifier.TreeHead;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Spot checks nobody can rig (日常抽查, Art. 21; 纪检组抽查监管, Art. 29; R-ADJ-6). The discipline group announces the
 * population and the size of a future signed tree head; once the log has signed that head, the sample is drawn from
 * its signature with {@link SpotCheckDraw}, reading the population from the public leaves exactly as an outsider
 * reads them from /api/v1/log/entries. Every announcement, draw and finding is traced in the same transaction.
 */
@ApplicationScoped
public class SpotChecks {

    /** Leaves read per round trip while the population is counted. */
    static final int LEAF_FETCH_SIZE = 2000;

    private final EntityManager em;
    private final MerkleLog log;
    private final TreeHeads heads;
    private final TraceRecorder traces;
    private final SpotCheckConfig config;

    public SpotChecks(EntityManager em, MerkleLog log, TreeHeads heads, TraceRecorder traces, SpotCheckConfig config) {
        this.em = em;
        this.log = log;
        this.heads = heads;
        this.traces = traces;
        this.config = config;
    }

    /** What the discipline group announces; {@code seedTreeSize} null for the configured distance ahead. */
    public record Announcement(String title, SpotCheckPopulation population, LocalDate from, LocalDate to, int sampleSize,
                               Long seedTreeSize) {
    }

    /** What an examiner states about a sampled object. */
    public record FindingFacts(String object, FindingKind kind, String section, String person, List<Long> traceIndexes,
                               List<String> documents, String evidence) {
    }

    /** A check as read: the check, its sample in rank order (empty until drawn) and the findings, oldest first. */
    public record Read(SpotCheck check, List<SpotCheckMember> sample, List<Finding> findings) {

        public List<Finding> findingsOn(String object) {
            return findings.stream().filter(f -> f.object.equals(object)).toList();
        }
    }

    /**
     * Announces a check. The population is frozen at the latest signed head (issued now if the log grew), and the seed
     * head must lie beyond the log's present size: its signature cannot be known yet, by the bureau or the group.
     */
    @Transactional
    public SpotCheck announce(Announcement a, Actor actor) {
        if (a.to().isBefore(a.from())) {
            throw ProblemException.invalid("to", "the period ends before it begins", "抽查期间的结束日期早于开始日期");
        }
        // issueIfGrown locks the log's state until this transaction ends: the size read here is the size signed
        heads.issueIfGrown();
        TreeHead head = heads.current();
        long size = log.size();
        long seedTreeSize = a.seedTreeSize() != null ? a.seedTreeSize() : size + config.seedDistance();
        if (seedTreeSize <= size) {
            throw ProblemException.of(422, "seed-not-in-future", "Seed head not in the future", "种子树头须在将来",
                    "The seed tree head must be of a size the log has not reached: the log has " + size + " entries, "
                            + seedTreeSize + " was asked. Name a size above " + size + ", or none for " + (size + config.seedDistance()) + ".",
                    "种子树头的规模须大于日志现有条数：日志现有 " + size + " 条，所填为 " + seedTreeSize + "。请填写大于 " + size
                            + " 的数，或不填（默认 " + (size + config.seedDistance()) + "）。");
        }
        SpotCheck check = new SpotCheck();
        check.id = UUID.randomUUID();
        check.title = a.title().strip();
        check.population = a.population();
        check.from = a.from();
        check.to = a.to();
        check.sampleSize = a.sampleSize();
        check.populationTreeSize = head.treeSize();
        check.seedTreeSize = seedTreeSize;
        check.algorithm = SpotCheckDraw.ALGORITHM;
        check.state = SpotCheckState.ANNOUNCED;
        check.announcedAt = now();
        check.announcedBy = actor.userId();
        check.announcementTraceId = traces.record(actor, AuditEvents.SPOT_CHECK_ANNOUNCED, check.id,
                new AuditEvents.SpotCheckAnnounced(check.id, check.title, check.population.name(), check.from, check.to,
                        check.sampleSize, check.populationTreeSize, check.seedTreeSize, check.algorithm));
        check.persist();
        return check;
    }

    /**
     * Draws the sample once the seed head exists; drawing again answers the stored draw (no second trace). The row is
     * locked, so two draws at once make one.
     */
    @Transactional
    public Read draw(UUID id, Actor actor) {
        SpotCheck check = SpotCheck.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (check == null) {
            throw notFound(id);
        }
        if (check.state == SpotCheckState.SAMPLED) {
            return read(check);
        }
        TreeHead seedHead = headOfSize(check.seedTreeSize).orElseThrow(() -> {
            long size = log.size();
            if (size > check.seedTreeSize) {
                return ProblemException.of(409, "seed-head-missed", "The seed head was never signed", "种子树头未签发",
                        "The log grew to " + size + " entries without a signed head of exactly " + check.seedTreeSize
                                + " entries; this check cannot be drawn. Announce it again.",
                        "日志已增至 " + size + " 条，但未签发规模恰为 " + check.seedTreeSize + " 的树头，本次抽查无法抽取，请重新公告。");
            }
            return ProblemException.of(409, "seed-head-not-yet", "Seed head not yet signed", "种子树头尚未产生",
                    "The log has " + size + " entries; the draw awaits the signed tree head of " + check.seedTreeSize
                            + " entries. Try again when the log has reached it.",
                    "种子树头尚未产生：日志现有 " + size + " 条，抽取需等待规模为 " + check.seedTreeSize + " 的签名树头，请届时再抽取。");
        });
        // The announcement must sit in the log before the seed head: that order is what proves, to anyone, that the
        // seed was unknown when the check was announced (log-verifier spot-check checks the same).
        long announcedAt = leafIndexOf(check.announcementTraceId).orElse(Long.MAX_VALUE);
        if (announcedAt >= check.seedTreeSize) {
            throw ProblemException.of(409, "announcement-not-before-seed", "Announcement logged too late", "公告入日志晚于种子树头",
                    "The announcement of spot check " + check.id + " is not among the first " + check.seedTreeSize
                            + " entries of the log, so nobody could verify that it preceded its seed head. Announce it again with a larger seed size.",
                    "本次抽查公告未写入日志前 " + check.seedTreeSize + " 条，无法证明公告早于种子树头，请以更大的种子树头规模重新公告。");
        }
        byte[] seed = SpotCheckDraw.seed(seedHead.signature());
        Set<String> population = population(check);
        List<String> sample = SpotCheckDraw.sample(seed, population, check.sampleSize);
        List<SpotCheckMember> members = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            members.add(new SpotCheckMember(i + 1, sample.get(i), SpotCheckDraw.rankHex(seed, sample.get(i))));
        }
        insert(check.id, members);
        check.seed = Rfc6962.hex(seed);
        check.seedHeadSignature = seedHead.signature();
        check.seedHeadTimestamp = seedHead.timestamp();
        check.seedHeadRoot = seedHead.rootHash();
        check.populationCount = population.size();
        check.sampledAt = now();
        check.state = SpotCheckState.SAMPLED;
        check.sampledTraceId = traces.record(actor, AuditEvents.SPOT_CHECK_SAMPLED, check.id, new AuditEvents.SpotCheckSampled(
                check.id, check.seedTreeSize, check.seed, check.populationCount, sample, check.algorithm));
        return new Read(check, members, List.of());
    }

    @Transactional
    public Finding record(UUID checkId, FindingFacts facts, Actor actor) {
        SpotCheck check = sampled(checkId);
        Finding finding = new Finding();
        finding.id = UUID.randomUUID();
        finding.checkId = check.id;
        finding.recordedAt = now();
        apply(check, finding, facts, actor);
        finding.persist();
        traces.record(actor, AuditEvents.FINDING_RECORDED, check.id, changed(finding));
        return finding;
    }

    @Transactional
    public Finding revise(UUID findingId, FindingFacts facts, Actor actor) {
        Finding finding = Finding.findById(findingId, LockModeType.PESSIMISTIC_WRITE);
        if (finding == null) {
            throw ProblemException.notFound("Finding", "抽查发现", findingId.toString());
        }
        apply(sampled(finding.checkId), finding, facts, actor);
        finding.revisedAt = now();
        traces.record(actor, AuditEvents.FINDING_REVISED, finding.checkId, changed(finding));
        return finding;
    }

    /** Every check, newest first. */
    @Transactional
    public List<Read> all() {
        return SpotCheck.<SpotCheck>listAll(Sort.descending("announcedAt").and("id")).stream().map(this::read).toList();
    }

    @Transactional
    public Read one(UUID id) {
        SpotCheck check = SpotCheck.findById(id);
        if (check == null) {
            throw notFound(id);
        }
        return read(check);
    }

    /** The leaf index at which the announcement's trace entered the public log, once it has. */
    @Transactional
    public Optional<Long> leafIndexOf(UUID eventId) {
        if (eventId == null) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("""
                        select l.leaf_index from trace_entry t join log_leaf l on l.trace_entry_id = t.id where t.event_id = ?1""")
                .setParameter(1, eventId).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).findFirst();
    }

    private Read read(SpotCheck check) {
        return new Read(check, members(check.id), Finding.list("checkId = ?1", Sort.by("recordedAt").and("id"), check.id));
    }

    private SpotCheck sampled(UUID checkId) {
        SpotCheck check = SpotCheck.findById(checkId);
        if (check == null) {
            throw notFound(checkId);
        }
        if (check.state != SpotCheckState.SAMPLED) {
            throw ProblemException.of(409, "not-yet-sampled", "Not drawn yet", "尚未抽取样本",
                    "Spot check " + checkId + " has not been drawn: findings are recorded on the objects of its sample.",
                    "抽查 " + checkId + " 尚未抽取样本；抽查发现须针对样本中的对象记录。");
        }
        return check;
    }

    private void apply(SpotCheck check, Finding finding, FindingFacts facts, Actor actor) {
        if (members(check.id).stream().noneMatch(m -> m.object().equals(facts.object()))) {
            throw ProblemException.of(422, "not-in-sample", "Not in the sample", "不在样本中",
                    facts.object() + " is not in the sample of spot check " + check.id + "; a finding is recorded on a sampled object.",
                    "对象 " + facts.object() + " 不在抽查 " + check.id + " 的样本中；抽查发现只能针对样本中的对象记录。");
        }
        List<Long> indexes = facts.traceIndexes() == null ? List.of() : facts.traceIndexes();
        long size = log.size();
        for (int i = 0; i < indexes.size(); i++) {
            if (indexes.get(i) >= size) {
                throw ProblemException.invalid("traceIndexes[" + i + "]", "the log has only " + size + " entries (0 … " + (size - 1) + ")",
                        "日志只有 " + size + " 条（序号 0 至 " + (size - 1) + "）");
            }
        }
        finding.object = facts.object();
        finding.kind = facts.kind();
        finding.section = blankToNull(facts.section());
        finding.person = blankToNull(facts.person());
        finding.traceIndexes = indexes.stream().distinct().sorted().toArray(Long[]::new);
        finding.documents = (facts.documents() == null ? List.<String>of() : facts.documents()).stream().map(String::strip).toArray(String[]::new);
        finding.evidence = facts.evidence().strip();
        finding.examiner = actor.userId();
    }

    static AuditEvents.FindingChanged changed(Finding f) {
        return new AuditEvents.FindingChanged(f.id, f.checkId, f.object, f.kind.name(), f.section, f.person,
                List.of(f.traceIndexes), List.of(f.documents), f.evidence, f.examiner);
    }

    /**
     * The population, from the public leaves 0 … populationTreeSize - 1 in log order: the bytes /api/v1/log/entries
     * serves, never the stored events, so the bureau counts exactly what an outsider counts. Streamed with a cursor.
     */
    private Set<String> population(SpotCheck check) {
        return em.unwrap(Session.class).doReturningWork(db -> {
            try (PreparedStatement q = db.prepareStatement(
                    "select leaf from log_leaf where leaf_index < ? order by leaf_index")) {
                q.setFetchSize(LEAF_FETCH_SIZE);
                q.setLong(1, check.populationTreeSize);
                try (ResultSet rs = q.executeQuery()) {
                    return SpotCheckDraw.population(check.population.name(), check.from, check.to, check.populationTreeSize,
                            () -> leaves(rs));
                }
            }
        });
    }

    private static Iterator<byte[]> leaves(ResultSet rs) {
        return new Iterator<>() {
            Boolean ahead;

            @Override
            public boolean hasNext() {
                if (ahead == null) {
                    try {
                        ahead = rs.next();
                    } catch (SQLException e) {
                        throw new IllegalStateException("reading the log's leaves failed", e);
                    }
                }
                return ahead;
            }

            @Override
            public byte[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ahead = null;
                try {
                    return rs.getBytes(1);
                } catch (SQLException e) {
                    throw new IllegalStateException("reading the log's leaves failed", e);
                }
            }
        };
    }

    /** The earliest signed head of exactly this size (normally the only one). */
    private Optional<TreeHead> headOfSize(long treeSize) {
        List<?> rows = em.createNativeQuery("""
                        select tree_size, root_hash, timestamp_ms, signature from tree_head
                        where tree_size = ?1 order by timestamp_ms limit 1""")
                .setParameter(1, treeSize).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new TreeHead(((Number) r[0]).longValue(), Rfc6962.hex((byte[]) r[1]),
                ((Number) r[2]).longValue(), Base64.getEncoder().encodeToString((byte[]) r[3]))).findFirst();
    }

    private List<SpotCheckMember> members(UUID checkId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select position, object, rank from spot_check_member where check_id = ?1 order by position")
                .setParameter(1, checkId).getResultList();
        return rows.stream().map(r -> new SpotCheckMember(((Number) r[0]).intValue(), (String) r[1], (String) r[2])).toList();
    }

    private void insert(UUID checkId, List<SpotCheckMember> members) {
        for (SpotCheckMember m : members) {
            em.createNativeQuery("insert into spot_check_member (check_id, position, object, rank) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, checkId).setParameter(2, m.position()).setParameter(3, m.object()).setParameter(4, m.rank())
                    .executeUpdate();
        }
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Spot check", "抽查", id.toString());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
