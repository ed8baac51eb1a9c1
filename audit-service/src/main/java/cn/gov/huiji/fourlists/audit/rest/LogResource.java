package cn.gov.huiji.fourlists.audit.rest;

import cn.gov.huiji.fourlists.audit.log.GapDetector;
import cn.gov.huiji.fourlists.audit.log.LogIntegrity;
import cn.gov.huiji.fourlists.audit.log.MerkleLog;
import cn.gov.huiji.fourlists.audit.log.SigningKey;
import cn.gov.huiji.fourlists.audit.log.TreeHeads;
import cn.gov.huiji.fourlists.audit.service.TraceFilter;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.logverifier.Rfc6962;
import cn.gov.huiji.fourlists.logverifier.TreeHead;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

/** The public, read-only face of the tamper-evident log, in the manner of Certificate Transparency (RFC 6962). */
@Path("/api/v1/log")
@Tag(name = "Tamper-evident log", description = "An RFC 6962 Merkle tree over every stored trace (防篡改履职痕迹日志, Art. 7, 10, 29). "
        + "Public and read-only: anyone can check that no trace was changed, dropped or slipped in afterwards. "
        + "Leaf i (format fourlists-leaf/2) is the RFC 8785 canonical JSON of the i-th stored trace's public envelope (id, source, "
        + "type, subject, time, sequence) with salted SHA-256 commitments to who acted and to the data; only published content "
        + "(a list item as in force, a section's name) is opened. Staff ids and free text never enter the public log. "
        + "Log 2 started on 2026-12-04 with a new key (see docs/log-2-migration.md). Leaf hash = SHA-256(0x00 || leaf), "
        + "node hash = SHA-256(0x01 || left || right). Run the log-verifier command to check it all.")
public class LogResource {

    static final int MAX_ENTRIES = 1000;

    private final MerkleLog log;
    private final TreeHeads heads;
    private final SigningKey key;
    private final GapDetector gaps;
    private final LogIntegrity integrity;

    public LogResource(MerkleLog log, TreeHeads heads, SigningKey key, GapDetector gaps, LogIntegrity integrity) {
        this.log = log;
        this.heads = heads;
        this.key = key;
        this.gaps = gaps;
        this.integrity = integrity;
    }

    @GET
    @Path("/tree-head")
    @Operation(summary = "The latest signed tree head (最新签名树头)",
            description = "treeSize, rootHash (hex), timestamp (ms since the epoch) and signature (base64): Ed25519 over exactly "
                    + "50 bytes, big-endian: version (1 byte, 0), signature_type (1 byte, 1 = tree_hash), timestamp (8 bytes, "
                    + "unsigned ms since 1970-01-01T00:00:00Z), tree_size (8 bytes, unsigned), root hash (32 bytes) — the "
                    + "TreeHeadSignature layout of RFC 6962 §3.5. Verify with the key from /api/v1/log/public-key.")
    public TreeHead treeHead() {
        return heads.current();
    }

    @GET
    @Path("/tree-heads")
    @Operation(summary = "Every head issued in a time range, or the heads of one size (历史树头)",
            description = "from/to: YYYY-MM-DD or ISO-8601 instants; at most 1,000 heads, oldest first. With treeSize: the heads of "
                    + "exactly that many entries (normally one; an empty list while the log has not been signed at that size), "
                    + "from/to then ignored. A spot check's seed is SHA-256 of the signature of the head of its seedTreeSize "
                    + "(抽查种子树头, Art. 21): the log stops at that size until the head is signed. "
                    + "Recompute a draw with `java -jar log-verifier-cli.jar spot-check --log <url> --check <id>`.")
    @APIResponse(responseCode = "200", description = "Signed tree heads (签名树头)", content = @Content(mediaType = "application/json",
            schema = @Schema(type = SchemaType.ARRAY, implementation = TreeHead.class), examples = @ExampleObject(name = "seed-head", value = """
            [{"treeSize":5160,"rootHash":"c3a1f0…","timestamp":1764900000000,"signature":"q8Vd…Ag=="}]""")))
    public List<TreeHead> treeHeads(@QueryParam("from") String from, @QueryParam("to") String to,
                                    @Parameter(description = "Exact tree size (树头规模): only heads of this many entries", example = "5160")
                                    @QueryParam("treeSize") @Min(0) Long treeSize) {
        if (treeSize != null) {
            return heads.ofSize(treeSize);
        }
        TraceFilter range = TraceFilter.between(from, to);
        return heads.issuedBetween(range.from() == null ? OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC) : range.from(),
                range.to() == null ? OffsetDateTime.now(ZoneOffset.UTC).plusDays(1) : range.to(), 1000);
    }

    @GET
    @Path("/public-key")
    @Produces("application/x-pem-file")
    @Operation(summary = "The Ed25519 public key of the tree heads, as PEM (验签公钥)")
    public String publicKey() {
        return key.publicKeyPem();
    }

    @GET
    @Path("/entries")
    @Operation(summary = "Leaves start…end, inclusive, with their exact bytes in base64 (日志条目)",
            description = "At most 1,000 entries per call; a larger range is cut at start + 999.")
    public Entries entries(@QueryParam("start") @NotNull @Min(0) Long start, @QueryParam("end") @NotNull @Min(0) Long end) {
        long size = log.size();
        if (end < start) {
            throw ProblemException.invalid("end", "must not be below start", "不能小于 start");
        }
        if (start >= size) {
            throw ProblemException.invalid("start", "the log has " + size + " entries", "日志只有 " + size + " 条");
        }
        long last = Math.min(Math.min(end, size - 1), start + MAX_ENTRIES - 1);
        return new Entries(log.leaves(start, last).stream()
                .map(l -> new Entry(l.index(), Base64.getEncoder().encodeToString(l.bytes()))).toList());
    }

    @GET
    @Path("/proof/inclusion")
    @Operation(summary = "Audit path of leaf index in the tree of treeSize, leaf to root, hex (包含证明)")
    public InclusionProof inclusion(@Parameter(description = "0-based leaf index") @QueryParam("index") @NotNull @Min(0) Long index,
                                    @QueryParam("treeSize") @NotNull @Min(1) Long treeSize) {
        MerkleLog.Inclusion proof = log.inclusion(index, treeSize);
        return new InclusionProof(index, treeSize, Rfc6962.hex(proof.leafHash()), proof.path().stream().map(Rfc6962::hex).toList());
    }

    @GET
    @Path("/proof/consistency")
    @Operation(summary = "Consistency proof between the trees of sizes from and to, hex (一致性证明)")
    public ConsistencyProof consistency(@QueryParam("from") @NotNull @Min(1) Long from, @QueryParam("to") @NotNull @Min(1) Long to) {
        return new ConsistencyProof(from, to, log.consistency(from, to).stream().map(Rfc6962::hex).toList());
    }

    @GET
    @Path("/gaps")
    @Operation(summary = "Missing traces: gaps in a source's sequence numbers (漏报)")
    public List<GapDetector.Gap> gaps() {
        return gaps.all();
    }

    @GET
    @Path("/integrity")
    @Operation(summary = "Stored traces compared with the log's leaves (日志完整性核对)",
            description = "Every trace stored with an id up to the log's watermark (lastTraceId) must have exactly one leaf: "
                    + "storedUpToWatermark equals treeSize and no trace is unintegrated. A trace stored but missing from the log "
                    + "would be a 漏报 in the log itself (Art. 29); the service appends what the check finds with its next "
                    + "integration. The report is this instance's latest check (every 10 s); the same figures are the metric "
                    + "fourlists_log_unintegrated and the health group /q/health/group/log-integrity.")
    @APIResponse(responseCode = "200", description = "The latest integrity check (最近一次完整性核对)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = LogIntegrity.Report.class), examples = @ExampleObject(name = "consistent", value = """
            {"checkedAt":"2026-12-05T08:00:10Z","lastTraceId":5160,"treeSize":5160,"storedUpToWatermark":5160,"unintegrated":0,\
            "unintegratedTraceIds":[],"consistent":true}""")))
    public LogIntegrity.Report integrity() {
        return integrity.latest();
    }

    public record Entry(long index, String leaf) {
    }

    public record Entries(List<Entry> entries) {
    }

    public record InclusionProof(long index, long treeSize, String leafHash, List<String> auditPath) {
    }

    public record ConsistencyProof(long from, long to, List<String> proof) {
    }
}
