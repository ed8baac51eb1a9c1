package cn.gov.huiji.fourlists.audit;

import cn.gov.huiji.fourlists.audit.log.MerkleLog;
import cn.gov.huiji.fourlists.audit.log.TreeHeads;
import cn.gov.huiji.fourlists.audit.service.TraceStore;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents;
import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import cn.gov.huiji.fourlists.logverifier.VerifyLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-AUD-2, R-CMP-3 (issue 13): the public log holds the envelope and commitments only; what auditors read is checked
 * against the leaf; a published item version comes with a proof anyone checks offline.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class PublicLogHoldsNothingPrivateTest {

    @Inject
    TraceStore store;
    @Inject
    MerkleLog log;
    @Inject
    TreeHeads heads;
    @Inject
    EntityManager em;

    static final String REASON = "核实举报人王小明的联系电话";

    String reveal(String caseNo, long sequence) {
        return TraceEventCodec.write(new TraceEvent("1.0", UUID.randomUUID().toString(), "fourlists/private-test",
                ComplaintEvents.CASE_IDENTITY_REVEALED.name(), "case/" + caseNo, OffsetDateTime.now(ZoneOffset.UTC), "application/json",
                sequence, "handler-zhao", "complaint-handler", "office", TraceEventCodec.digest("{}"),
                TraceEventCodec.parseTree("{\"caseNo\":\"" + caseNo + "\",\"reason\":\"" + REASON + "\"}")));
    }

    void integrateAll() {
        while (log.integrate() > 0) {
            // integrate everything stored
        }
    }

    List<String> decodedLeaves() {
        long size = log.size();
        List<String> leaves = given().queryParam("start", 0).queryParam("end", size - 1).get("/api/v1/log/entries")
                .then().statusCode(200).extract().jsonPath().getList("entries.leaf", String.class);
        return leaves.stream().map(l -> new String(Base64.getDecoder().decode(l), StandardCharsets.UTF_8)).toList();
    }

    @Test
    void aRevealLeavesNeitherTheHandlerNorTheReasonInThePublicLog() {
        store.ingest(reveal("TS-2026-900001", 1));
        integrateAll();
        List<String> leaves = decodedLeaves();
        assertTrue(leaves.stream().anyMatch(l -> l.contains("case/TS-2026-900001")), "the reveal's envelope is in the public log");
        for (String leaf : leaves) {
            for (String secret : List.of(REASON, "王小明", "handler-zhao", "\"reason\"")) {
                assertFalse(leaf.contains(secret), "a public leaf holds '" + secret + "': " + leaf);
            }
        }
    }

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void whatAuditorsReadIsCheckedAgainstTheLeafAndAnEditedTraceShowsAsAMismatch() throws Exception {
        store.ingest(reveal("TS-2026-900002", 2));
        given().queryParam("subject", "case/TS-2026-900002").get("/api/v1/traces").then().statusCode(200)
                .body("items[0].integrity", equalTo("NOT_YET_LOGGED"));
        integrateAll();
        given().queryParam("subject", "case/TS-2026-900002").get("/api/v1/traces").then().statusCode(200)
                .body("items[0].integrity", equalTo("VERIFIED")).body("items[0].data.reason", equalTo(REASON))
                .body("items[0].actor.userId", equalTo("handler-zhao"));

        // what only the tables' owner could do (never the service): switch the trigger off and change who acted
        try (java.sql.Connection db = EmbeddedPostgresResource.asOwner(); java.sql.Statement s = db.createStatement()) {
            s.execute("alter table trace_entry disable trigger trace_entry_append_only");
            s.execute("update trace_entry set payload = replace(payload, 'handler-zhao', 'handler-qian') where subject = 'case/TS-2026-900002'");
            s.execute("alter table trace_entry enable trigger trace_entry_append_only");
        }
        given().queryParam("subject", "case/TS-2026-900002").get("/api/v1/traces").then().statusCode(200)
                .body("items[0].integrity", equalTo("MISMATCH"));
    }

    @Test
    void aPublishedItemVersionComesWithAProofBundleTheVerifierAcceptsOffline() throws Exception {
        String code = "410108-PROOF-" + (System.nanoTime() % 100000);
        store.ingest(TraceEventCodec.write(new TraceEvent("1.0", UUID.randomUUID().toString(), "fourlists/proof-test",
                ListEvents.ITEM_LOADED.name(), "item/" + code, OffsetDateTime.parse("2026-12-01T02:00:00Z"), "application/json", 1,
                "legal-li", "legal", "legal", TraceEventCodec.digest("{}"),
                TraceEventCodec.parseTree("{\"code\":\"" + code + "\",\"version\":1,\"name\":\"危险化学品经营许可\"}"))));
        integrateAll();
        given().get("/api/v1/items/" + code + "/versions/1/proof").then().statusCode(404).body("type", org.hamcrest.Matchers.endsWith("not-yet-logged"));
        heads.issueIfGrown();
        given().get("/api/v1/items/" + code + "/versions/2/proof").then().statusCode(404).contentType("application/problem+json");

        String bundle = given().get("/api/v1/items/" + code + "/versions/1/proof").then().statusCode(200)
                .body("content.name", equalTo("危险化学品经营许可")).extract().asString();
        assertFalse(bundle.contains("legal-li"), "the bundle must not name who published: " + bundle);
        Path file = Files.createTempFile("proof", ".json");
        Files.writeString(file, bundle);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = VerifyLog.run(new String[]{"verify-bundle", file.toString()}, print, print);
        assertEquals(0, exit, out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("item " + code + " version 1, recorded at 2026-12-01T02:00:00Z"),
                out.toString(StandardCharsets.UTF_8));

        Files.writeString(file, bundle.replace("危险化学品经营许可", "烟花爆竹经营许可"));
        out.reset();
        assertEquals(1, VerifyLog.run(new String[]{"verify-bundle", file.toString()}, print, print),
                "an edited bundle must fail: " + out.toString(StandardCharsets.UTF_8));
        Files.delete(file);
    }
}
