package cn.gov.huiji.fourlists.logverifier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-ADJ-6, Art. 21: an outsider recomputes a spot check from the public log endpoints alone and compares it with
 * what the bureau published; a tampered sample fails, a seed head still in the future cannot be checked yet.
 */
class SpotCheckTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final UUID CHECK = UUID.fromString("5b0f4c1e-7a2d-4e3b-9c1d-2f6a8e0b4d17");
    static final KeyPair KEY;

    static {
        try {
            KEY = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A log as audit-service serves it: leaves, the heads issued, and the public spot-check page (or none). */
    static final class FakeLog {
        final List<byte[]> leaves = new ArrayList<>();
        final List<TreeHead> heads = new ArrayList<>();
        String publicPage;
        long clock = 1_764_900_000_000L;
        int sequence;

        int append(String type, String subject, String time, ObjectNode data, boolean published) {
            ObjectNode event = JSON.createObjectNode();
            event.put("specversion", "1.0");
            event.put("id", UUID.nameUUIDFromBytes(("event-" + sequence).getBytes(StandardCharsets.UTF_8)).toString());
            event.put("source", type.startsWith("fourlists.audit") ? "fourlists/audit-service" : "fourlists/adjustment-service");
            event.put("type", type);
            event.put("subject", subject);
            event.put("time", time);
            event.put("datacontenttype", "application/json");
            event.put("sequence", String.format("%019d", ++sequence));
            event.put("actorid", "discipline-zhao");
            event.put("actorroles", "discipline");
            event.put("datadigest", "sha256:00");
            event.set("data", data);
            leaves.add(PublicLeaf.of(event, PublicLeafTest.salt(), PublicLeafTest.salt(), published));
            return leaves.size() - 1;
        }

        TreeHead head() {
            byte[][] hashes = leaves.stream().map(Rfc6962::leafHash).toArray(byte[][]::new);
            clock += 2_000;
            TreeHead head = TreeHead.sign(clock, leaves.size(), Rfc6962.rootOf(hashes, 0, hashes.length), KEY.getPrivate());
            heads.add(head);
            return head;
        }

        HttpServer serve() throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", this::answer);
            server.start();
            return server;
        }

        private void answer(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = new HashMap<>();
            String raw = exchange.getRequestURI().getRawQuery();
            if (raw != null) {
                for (String pair : raw.split("&")) {
                    String[] kv = pair.split("=", 2);
                    query.put(kv[0], kv.length > 1 ? kv[1] : "");
                }
            }
            int status = 200;
            String body;
            switch (path) {
                case "/api/v1/log/public-key" -> body = TreeHead.toPem(KEY.getPublic());
                case "/api/v1/log/tree-head" -> body = JSON.writeValueAsString(heads.get(heads.size() - 1));
                case "/api/v1/log/tree-heads" -> body = JSON.writeValueAsString(heads.stream()
                        .filter(h -> !query.containsKey("treeSize") || h.treeSize() == Long.parseLong(query.get("treeSize"))).toList());
                case "/api/v1/log/entries" -> {
                    long start = Long.parseLong(query.get("start"));
                    long end = Math.min(Long.parseLong(query.get("end")), heads.get(heads.size() - 1).treeSize() - 1);
                    ArrayNode entries = JSON.createArrayNode();
                    for (long i = start; i <= end; i++) {
                        entries.addObject().put("index", i).put("leaf", Base64.getEncoder().encodeToString(leaves.get((int) i)));
                    }
                    ObjectNode page = JSON.createObjectNode();
                    page.set("entries", entries);
                    body = JSON.writeValueAsString(page);
                }
                default -> {
                    if (path.equals("/api/v1/oversight/public/spot-checks/" + CHECK) && publicPage != null) {
                        body = publicPage;
                    } else {
                        status = 404;
                        body = "{\"status\":404}";
                    }
                }
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }
    }

    HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    static final Set<String> POPULATION = Set.of("request/r1", "request/r2", "request/r3", "request/r4");

    /**
     * Leaves 0…5: five drafted requests (r5 drafted in 2027, outside the period) and a submission; leaf 6 the
     * announcement (population frozen at 6, seed head at 9); leaves 7, 8 other traces; the head of size 9.
     */
    static FakeLog announced(long seedTreeSize) {
        FakeLog log = new FakeLog();
        for (int i = 1; i <= 4; i++) {
            log.append("fourlists.adjustment.request.drafted", "request/r" + i, "2026-10-0" + i + "T02:00:00Z", JSON.createObjectNode(), false);
        }
        log.append("fourlists.adjustment.request.drafted", "request/r5", "2027-01-02T02:00:00Z", JSON.createObjectNode(), false);
        log.append("fourlists.adjustment.request.submitted", "request/r1", "2026-10-03T02:00:00Z", JSON.createObjectNode(), false);
        log.head();
        ObjectNode announcement = JSON.createObjectNode();
        announcement.put("id", CHECK.toString()).put("title", "2026年第四季度清单调整抽查").put("population", "ADJUSTMENT_REQUESTS")
                .put("from", "2026-10-01").put("to", "2026-12-31").put("sampleSize", 3).put("populationTreeSize", 6)
                .put("seedTreeSize", seedTreeSize).put("algorithm", SpotCheckDraw.ALGORITHM);
        log.append(SpotCheck.ANNOUNCED, "spot-check/" + CHECK, "2026-12-05T02:00:00Z", announcement, true);
        log.append("fourlists.adjustment.request.reviewed", "request/r2", "2026-12-05T03:00:00Z", JSON.createObjectNode(), false);
        log.head();
        return log;
    }

    /**
     * The announced log grown to the seed head of size 9, with a sample published in leaf 9 (spot-check.sampled) and
     * on the public page; {@code leafSample} and {@code pageSample} turn the true sample into what gets published.
     */
    static FakeLog drawn(UnaryOperator<List<String>> leafSample, UnaryOperator<List<String>> pageSample) {
        FakeLog log = announced(9);
        log.append("fourlists.adjustment.request.reviewed", "request/r3", "2026-12-05T04:00:00Z", JSON.createObjectNode(), false);
        TreeHead seedHead = log.head();
        byte[] seed = SpotCheckDraw.seed(seedHead.signature());
        List<String> truth = SpotCheckDraw.sample(seed, POPULATION, 3);
        ObjectNode sampled = JSON.createObjectNode();
        sampled.put("id", CHECK.toString()).put("seedTreeSize", 9).put("seed", Rfc6962.hex(seed)).put("populationCount", 4)
                .put("algorithm", SpotCheckDraw.ALGORITHM);
        leafSample.apply(truth).forEach(sampled.putArray("sample")::add);
        log.append(SpotCheck.SAMPLED, "spot-check/" + CHECK, "2026-12-05T05:00:00Z", sampled, true);
        log.head();
        ObjectNode page = JSON.createObjectNode();
        page.put("id", CHECK.toString()).put("state", "SAMPLED").put("seed", Rfc6962.hex(seed)).put("populationCount", 4);
        ArrayNode items = page.putArray("sample");
        pageSample.apply(truth).forEach(object -> items.addObject().put("object", object).put("rank", SpotCheckDraw.rankHex(seed, object)));
        log.publicPage = page.toString();
        return log;
    }

    /** The sample the algorithm gives for this log's seed head, drawn from the population it should find. */
    static List<String> truth(FakeLog log) {
        TreeHead seedHead = log.heads.stream().filter(h -> h.treeSize() == 9).findFirst().orElseThrow();
        return SpotCheckDraw.sample(SpotCheckDraw.seed(seedHead.signature()), POPULATION, 3);
    }

    /** One published object swapped for a population member that was not drawn. */
    static List<String> swapLast(List<String> sample) {
        List<String> tampered = new ArrayList<>(sample);
        tampered.set(2, POPULATION.stream().filter(m -> !sample.contains(m)).findFirst().orElseThrow());
        return tampered;
    }

    record Run(int exit, String text) {
    }

    Run spotCheck(FakeLog log) throws IOException {
        server = log.serve();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = VerifyLog.run(new String[]{"spot-check", "--log", "http://127.0.0.1:" + server.getAddress().getPort(), "--check", CHECK.toString()},
                print, print);
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theRecomputationFromThePublicLogMatchesWhatTheBureauPublished() throws Exception {
        FakeLog log = drawn(UnaryOperator.identity(), UnaryOperator.identity());
        Run run = spotCheck(log);
        assertEquals(0, run.exit(), run.text());
        assertTrue(run.text().contains("公告 / announcement: leaf 6"), run.text());
        assertTrue(run.text().contains("种子树头 / seed head: size 9"), run.text());
        assertTrue(run.text().contains("种子 / seed: " + Rfc6962.hex(SpotCheckDraw.seed(log.heads.get(2).signature()))),
                "the seed is SHA-256 of the signature of the head of size 9:\n" + run.text());
        assertTrue(run.text().contains("总体 / population: 4 distinct objects"),
                "r5 lies outside the period and leaf 5 is another type, so the population is r1…r4:\n" + run.text());
        List<String> truth = truth(log);
        for (int i = 0; i < truth.size(); i++) {
            assertTrue(run.text().contains("  " + (i + 1) + ". " + truth.get(i) + "  rank"),
                    "sample line " + (i + 1) + " must name " + truth.get(i) + ":\n" + run.text());
        }
        assertTrue(run.text().contains("published sample in log leaf 9 日志中公布的样本: MATCH 一致"), run.text());
        assertTrue(run.text().contains("public spot-check page 公开抽查页面: MATCH 一致"), run.text());
    }

    @Test
    void aTamperedPublishedSampleIsCaught() throws Exception {
        Run page = spotCheck(drawn(UnaryOperator.identity(), SpotCheckTest::swapLast));
        assertEquals(1, page.exit(), page.text());
        assertTrue(page.text().contains("public spot-check page 公开抽查页面: MISMATCH 不一致"), page.text());
        assertTrue(page.text().contains("published sample in log leaf 9 日志中公布的样本: MATCH 一致"), page.text());
        stop();

        Run leaf = spotCheck(drawn(SpotCheckTest::swapLast, SpotCheckTest::swapLast));
        assertEquals(1, leaf.exit(), leaf.text());
        assertTrue(leaf.text().contains("published sample in log leaf 9 日志中公布的样本: MISMATCH 不一致"), leaf.text());
    }

    @Test
    void aSeedHeadStillInTheFutureCannotBeCheckedYet() throws Exception {
        Run run = spotCheck(announced(9)); // the log stands at 8 entries
        assertEquals(2, run.exit(), run.text());
        assertTrue(run.text().contains("the seed head does not exist yet: the log has 8 entries, the draw awaits the signed head of size 9"), run.text());
        assertTrue(run.text().contains("种子树头尚未产生"), run.text());
    }

    @Test
    void aSeedHeadThatWasKnownBeforeTheAnnouncementIsRefused() throws Exception {
        Run run = spotCheck(announced(6)); // the head of size 6 was issued before the announcement at leaf 6
        assertEquals(1, run.exit(), run.text());
        assertTrue(run.text().contains("does not lie after the announcement at leaf 6"), run.text());
    }

    @Test
    void aSeedHeadWithAForgedSignatureFails() throws Exception {
        FakeLog log = drawn(UnaryOperator.identity(), UnaryOperator.identity());
        TreeHead seedHead = log.heads.get(2);
        byte[] signature = Base64.getDecoder().decode(seedHead.signature());
        signature[0] ^= 1;
        log.heads.set(2, new TreeHead(seedHead.treeSize(), seedHead.rootHash(), seedHead.timestamp(), Base64.getEncoder().encodeToString(signature)));
        Run run = spotCheck(log);
        assertEquals(1, run.exit(), run.text());
        assertTrue(run.text().contains("the tree head of size 9 signed") && run.text().contains("has no valid signature"), run.text());
    }
}
