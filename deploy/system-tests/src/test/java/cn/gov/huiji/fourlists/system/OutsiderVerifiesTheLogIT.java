package cn.gov.huiji.fourlists.system;

import cn.gov.huiji.fourlists.logverifier.VerifyLog;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-AUD-2, run last: after every other scenario has left its traces, the standalone verifier checks the live
 * log as an outsider would; after a superuser alters one stored leaf (trigger disabled), it fails and names it.
 */
@Order(Integer.MAX_VALUE)
class OutsiderVerifiesTheLogIT {

    record Result(int exit, String text) {
    }

    static Result verify(String... extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = new String[2 + extra.length];
        args[0] = "--log";
        args[1] = Suite.AUDIT;
        System.arraycopy(extra, 0, args, 2, extra.length);
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = VerifyLog.run(args, print, print);
        return new Result(exit, out.toString(StandardCharsets.UTF_8));
    }

    /** Waits until a signed head covers every stored trace. */
    static long awaitHeadCoveringAllTraces() throws SQLException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long stored;
        long head;
        do {
            Suite.sleep(500);
            try (Connection db = Suite.database("audit_service"); Statement s = db.createStatement();
                 ResultSet rs = s.executeQuery("select count(*) from trace_entry")) {
                rs.next();
                stored = rs.getLong(1);
            }
            head = RestAssured.get(Suite.AUDIT + "/api/v1/log/tree-head").then().statusCode(200).extract().jsonPath().getLong("treeSize");
        } while (head < stored && System.nanoTime() < deadline);
        assertEquals(stored, head, "a signed tree head must come to cover every stored trace");
        return head;
    }

    @Test
    void theVerifierPassesAndThenNamesTheLeafASuperuserAltered() throws Exception {
        long size = awaitHeadCoveringAllTraces();
        assertTrue(size > 5, "the earlier scenarios must have left traces in the log, found " + size);
        Path pem = Files.createTempFile("log-key", ".pem");
        Path head = Files.createTempFile("head", ".json");
        Files.writeString(pem, RestAssured.get(Suite.AUDIT + "/api/v1/log/public-key").then().statusCode(200).extract().asString());

        Result ok = verify("--public-key", pem.toString(), "--save-head", head.toString(), "--inclusion-checks", "500");
        assertEquals(0, ok.exit(), "the verifier must pass on the untouched log:\n" + ok.text());

        // a leaf in the first half, but near the start: the verifier locates it by checking leaves in order
        long victim = Math.min(size / 2, 40);
        byte[] original = leaf(victim);
        setLeaf(victim, new String(original, StandardCharsets.UTF_8).replaceFirst("\"actorCommitment\":\"[0-9a-f]{8}", "\"actorCommitment\":\"deadbeef")
                .getBytes(StandardCharsets.UTF_8));
        try {
            Result failed = verify("--public-key", pem.toString(), "--saved-head", head.toString());
            assertEquals(1, failed.exit(), "the verifier must fail on an altered leaf:\n" + failed.text());
            assertTrue(failed.text().contains("leaf " + victim + " "), "the verifier must name leaf " + victim + ":\n" + failed.text());
        } finally {
            setLeaf(victim, original);
        }
        Result again = verify("--public-key", pem.toString(), "--saved-head", head.toString());
        assertEquals(0, again.exit(), "with the leaf restored the log verifies again:\n" + again.text());
    }

    /**
     * 可验证: the portal offers each published item version's proof bundle; the verifier checks it offline against the
     * pinned key, and it proves what the list said and since when.
     */
    @Test
    void aPublishedItemVersionIsProvenOfflineFromTheBundleThePortalOffers() throws Exception {
        awaitHeadCoveringAllTraces();
        var item = RestAssured.get(Suite.LIST + "/api/v1/lists/power/items?size=1").then().statusCode(200).extract().jsonPath();
        String code = item.getString("items[0].code");
        int version = item.getInt("items[0].version");
        String page = RestAssured.get(Suite.PORTAL + "/items/" + code).then().statusCode(200).extract().asString();
        String link = "/items/" + code + "/versions/" + version + "/proof";
        assertTrue(page.contains("href=\"" + link + "\""), "the item page links its proof (可验证): " + link);

        String bundle = RestAssured.get(Suite.PORTAL + link).then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")).extract().asString();
        Path file = Files.createTempFile("proof-" + code, ".json");
        Path pem = Files.createTempFile("log-key", ".pem");
        Files.writeString(file, bundle);
        Files.writeString(pem, RestAssured.get(Suite.AUDIT + "/api/v1/log/public-key").then().statusCode(200).extract().asString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = VerifyLog.run(new String[]{"verify-bundle", file.toString(), "--public-key", pem.toString()}, print, print);
        String said = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, "the portal's proof bundle must verify offline:\n" + said);
        assertTrue(said.contains("item " + code + " version " + version + ", recorded at "), said);
        System.out.println("[proof bundle " + code + " v" + version + ", checked offline]\n" + said);
    }

    static byte[] leaf(long index) throws SQLException {
        try (Connection db = Suite.database("audit_service");
             PreparedStatement q = db.prepareStatement("select leaf from log_leaf where leaf_index = ?")) {
            q.setLong(1, index);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), "leaf " + index + " exists");
                return rs.getBytes(1);
            }
        }
    }

    /** What a superuser (here the tables' owner) could do: switch the append-only trigger off and rewrite a leaf. */
    static void setLeaf(long index, byte[] bytes) throws SQLException {
        try (Connection db = Suite.database("audit_service")) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement();
                 PreparedStatement u = db.prepareStatement("update log_leaf set leaf = ? where leaf_index = ?")) {
                s.execute("alter table log_leaf disable trigger log_leaf_append_only");
                u.setBytes(1, bytes);
                u.setLong(2, index);
                assertEquals(1, u.executeUpdate());
                s.execute("alter table log_leaf enable trigger log_leaf_append_only");
            }
            db.commit();
        }
    }
}
