package cn.gov.huiji.fourlists.audit;

import cn.gov.huiji.fourlists.kernel.events.AuditEvents;
import cn.gov.huiji.fourlists.audit.log.GapDetector;
import cn.gov.huiji.fourlists.audit.log.MerkleLog;
import cn.gov.huiji.fourlists.audit.log.TreeHeads;
import cn.gov.huiji.fourlists.audit.service.TraceStore;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import cn.gov.huiji.fourlists.kernel.events.EventCatalogue;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import cn.gov.huiji.fourlists.logverifier.ProofVerifier;
import cn.gov.huiji.fourlists.logverifier.PublicLeaf;
import cn.gov.huiji.fourlists.logverifier.Rfc6962;
import cn.gov.huiji.fourlists.logverifier.TreeHead;
import cn.gov.huiji.fourlists.logverifier.VerifyLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-AUD-2, R-AUD-3: the log outsiders can verify, append-only below the API, with gaps reported. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class TamperEvidentLogTest {

    @Inject
    TraceStore store;
    @Inject
    MerkleLog log;
    @Inject
    TreeHeads heads;
    @Inject
    GapDetector gaps;
    @Inject
    EntityManager em;

    @TestHTTPResource("/")
    URL server;

    void ingest(String source, long... sequences) {
        for (long seq : sequences) {
            store.ingest(StoringTracesOnceTest.event(UUID.randomUUID().toString(), source, seq, "item/log-" + source + "-" + seq));
        }
        while (log.integrate() > 0) {
            // integrate everything stored
        }
    }

    String verifier(int expectedExit, String... extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = new String[2 + extra.length];
        args[0] = "--log";
        args[1] = server.toString();
        System.arraycopy(extra, 0, args, 2, extra.length);
        int exit = VerifyLog.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(expectedExit, exit, "verifier exit code; it said:\n" + text);
        return text;
    }

    @Test
    void outsidersCanCheckHeadsEntriesAndProofsAndTheVerifierNamesATamperedLeaf() throws Exception {
        ingest("fourlists/log-test", 1, 2, 3, 4, 5);
        TreeHead first = heads.issueIfGrown().orElseThrow();
        Path saved = Files.createTempFile("head", ".json");
        verifier(0, "--save-head", saved.toString());

        ingest("fourlists/log-test", 6, 7, 8, 9, 10, 11, 12);
        heads.issueIfGrown();

        JsonPath head = given().get("/api/v1/log/tree-head").then().statusCode(200).extract().jsonPath();
        long size = head.getLong("treeSize");
        TreeHead signed = new TreeHead(size, head.getString("rootHash"), head.getLong("timestamp"), head.getString("signature"));
        String pem = given().get("/api/v1/log/public-key").then().statusCode(200).extract().asString();
        assertTrue(signed.verify(TreeHead.publicKeyFromPem(pem)), "the tree head must verify with the published key");

        List<String> leaves = given().queryParam("start", 0).queryParam("end", size - 1).get("/api/v1/log/entries")
                .then().statusCode(200).extract().jsonPath().getList("entries.leaf", String.class);
        assertEquals(size, leaves.size());
        byte[][] hashes = leaves.stream().map(l -> Rfc6962.leafHash(Base64.getDecoder().decode(l))).toArray(byte[][]::new);
        assertArrayEquals(signed.root(), Rfc6962.rootOf(hashes, 0, hashes.length), "the root recomputed from the entries must match the head");

        Object[] stored = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select t.payload, l.actor_salt, l.data_salt, t.type from trace_entry t join log_leaf l on l.trace_entry_id = t.id where l.leaf_index = 0")
                .getSingleResult());
        assertArrayEquals(PublicLeaf.of(TraceEventCodec.parseTree((String) stored[0]), (byte[]) stored[1], (byte[]) stored[2],
                        EventCatalogue.isPublishedContent((String) stored[3])),
                Base64.getDecoder().decode(leaves.get(0)), "a leaf is the public leaf of the stored event under its salts");

        for (int i = 0; i < size; i++) {
            List<String> path = given().queryParam("index", i).queryParam("treeSize", size).get("/api/v1/log/proof/inclusion")
                    .then().statusCode(200).extract().jsonPath().getList("auditPath", String.class);
            assertTrue(ProofVerifier.verifyInclusion(i, size, hashes[i], path.stream().map(Rfc6962::unhex).toList(), signed.root()),
                    "inclusion proof of leaf " + i);
        }
        List<String> consistency = given().queryParam("from", first.treeSize()).queryParam("to", size).get("/api/v1/log/proof/consistency")
                .then().statusCode(200).extract().jsonPath().getList("proof", String.class);
        assertTrue(ProofVerifier.verifyConsistency(first.treeSize(), size, consistency.stream().map(Rfc6962::unhex).toList(),
                first.root(), signed.root()), "the later head must be consistent with the earlier one");

        String ok = verifier(0, "--saved-head", saved.toString(), "--inclusion-checks", "1000");
        assertTrue(ok.contains("consistent with the saved head"), ok);

        // A superuser disables the trigger and changes leaf 3: the verifier must fail and name leaf 3.
        byte[] original = Base64.getDecoder().decode(leaves.get(3));
        byte[] forged = new String(original, StandardCharsets.UTF_8).replace("fourlists-leaf/2", "fourlists-leaf/X").getBytes(StandardCharsets.UTF_8);
        setLeaf(3, forged);
        try {
            String failed = verifier(1);
            assertTrue(failed.contains("leaf 3 "), "the verifier must name the altered leaf; it said:\n" + failed);
        } finally {
            setLeaf(3, original);
        }
        verifier(0);
        Files.deleteIfExists(saved);
    }

    /** What only the tables' owner could do (never the service): switch the trigger off and rewrite a leaf. */
    static void setLeaf(long index, byte[] bytes) throws java.sql.SQLException {
        try (java.sql.Connection db = EmbeddedPostgresResource.asOwner(); java.sql.Statement s = db.createStatement();
             java.sql.PreparedStatement u = db.prepareStatement("update log_leaf set leaf = ? where leaf_index = ?")) {
            s.execute("alter table log_leaf disable trigger log_leaf_append_only");
            u.setBytes(1, bytes);
            u.setLong(2, index);
            u.executeUpdate();
            s.execute("alter table log_leaf enable trigger log_leaf_append_only");
        }
    }

    static final List<String> REWRITES = List.of("update trace_entry set subject = 'x'", "delete from trace_entry",
            "update log_leaf set leaf = 'x'", "delete from log_leaf", "update merkle_node set hash = 'x'",
            "delete from merkle_node", "update tree_head set tree_size = 0", "delete from tree_head", "truncate log_leaf cascade",
            "truncate trace_entry cascade");

    @Test
    void evenTheTablesOwnerIsRefusedUpdateDeleteAndTruncateByTrigger() throws Exception {
        ingest("fourlists/append-only-test", 1);
        heads.issueIfGrown();
        try (java.sql.Connection db = EmbeddedPostgresResource.asOwner()) {
            for (String sql : REWRITES) {
                try (java.sql.Statement s = db.createStatement()) {
                    java.sql.SQLException refused = assertThrows(java.sql.SQLException.class, () -> s.execute(sql), sql + " must be refused");
                    assertTrue(refused.getMessage().contains("append-only"), sql + " was refused, but not by the trigger: " + refused.getMessage());
                }
            }
        }
    }

    /** Issue 13: the service's own role cannot rewrite the log, nor switch its triggers off. */
    @Test
    void theApplicationRoleCanNeitherRewriteTheLogNorDisableItsTriggers() {
        ingest("fourlists/app-role-test", 1);
        heads.issueIfGrown();
        List<String> attempts = new java.util.ArrayList<>(REWRITES);
        attempts.addAll(List.of("alter table log_leaf disable trigger log_leaf_append_only", "alter table trace_entry disable trigger all",
                "drop trigger trace_entry_append_only on trace_entry"));
        for (String sql : attempts) {
            Exception refused = assertThrows(Exception.class,
                    () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate()), sql + " must be refused");
            Throwable cause = refused;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            assertTrue(cause.getMessage().contains("permission denied") || cause.getMessage().contains("must be owner"),
                    sql + " was refused, but not for want of privilege: " + cause.getMessage());
        }
    }

    @Test
    void aMissingSequenceNumberIsReportedAsAGapUntilItArrives() {
        String source = "fourlists/gap-test";
        ingest(source, 1, 2, 5);
        gaps.check();
        given().get("/api/v1/log/gaps").then().statusCode(200)
                .body("find { it.source == 'fourlists/gap-test' }.firstMissing", equalTo(3))
                .body("find { it.source == 'fourlists/gap-test' }.lastMissing", equalTo(4))
                .body("find { it.source == 'fourlists/gap-test' }.resolvedAt", equalTo(null));
        assertEquals(1, OutboxProbe.entriesFor("source/" + source).size(), "a detected gap leaves a trace event");
        assertEquals(AuditEvents.GAP_DETECTED.name(), OutboxProbe.entriesFor("source/" + source).get(0).type);
        given().get("/q/metrics").then().body(containsString("fourlists_trace_gaps_open"));

        ingest(source, 3, 4);
        gaps.check();
        given().get("/api/v1/log/gaps").then().body("find { it.source == 'fourlists/gap-test' }.resolvedAt", org.hamcrest.Matchers.notNullValue());
        assertEquals(AuditEvents.GAP_RESOLVED.name(), OutboxProbe.entriesFor("source/" + source).get(1).type);
    }

    @Test
    void badProofRequestsAreProblemJsonNamingTheField() {
        ingest("fourlists/bad-request-test", 1);
        given().queryParam("index", 0).queryParam("treeSize", 1_000_000_000).get("/api/v1/log/proof/inclusion")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("treeSize"));
        given().queryParam("index", -1).queryParam("treeSize", 1).get("/api/v1/log/proof/inclusion")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("from", 2).queryParam("to", 1).get("/api/v1/log/proof/consistency")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        given().queryParam("start", 5).queryParam("end", 1).get("/api/v1/log/entries")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("end"));
    }
}
