package cn.gov.huiji.fourlists.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The audit log's benchmark (issue: tamper-evident log). Two parts, chosen by the first argument:
 * <ul>
 *   <li>{@code ingest N}: with audit-service stopped, N trace events are produced to list-events; audit-service
 *   is started and the time from its first stored event to the N-th leaf integrated into the tree is measured.
 *   The deploy/bench script then runs Kafka's ConsumerPerformance over the same N records on the same broker.</li>
 *   <li>{@code proofs URL DB-URL SIZE}: against an audit-service instance whose database holds a tree of SIZE
 *   leaves, the latency of inclusion proofs, consistency proofs and tree-head reads, next to a trivial endpoint.</li>
 * </ul>
 */
public final class AuditLogBenchmark {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String DB = "jdbc:postgresql://127.0.0.1:5433/";
    static final int GROWTH = 64;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "produce" -> produce(Integer.parseInt(args[1]), args[2]);
            case "await-ingest" -> awaitIngest(Integer.parseInt(args[1]), args[2]);
            case "fill-tree" -> fillTree(args[1], Long.parseLong(args[2]));
            case "proofs" -> proofs(args[1], args[2], Long.parseLong(args[3]), Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException("produce | await-ingest | fill-tree | proofs");
        }
    }

    /** What owns list-events: audit-service stores only events its source signed on the topic it owns (issue 13). */
    static final String SOURCE = "fourlists/list-service";

    /**
     * Produces n item events of run {@code run}, signed with list-service's local key as its outbox would sign them,
     * keyed by subject, acks=all. Their sequences start far above list-service's own (at run × 10^6), so they never
     * take a number list-service will use; audit-service reports the jump as a gap: run this on a scratch suite.
     */
    static void produce(int n, String run) throws Exception {
        java.security.PrivateKey key = cn.gov.huiji.fourlists.kernel.trace.Ed25519KeyFiles.readPrivate(
                java.nio.file.Path.of("run/keys/events/list-service.pk8"));
        long base = Long.parseLong(run) * 1_000_000L;
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        long start = System.nanoTime();
        int bytes = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (int i = 1; i <= n; i++) {
                String subject = "item/bench-" + run + "-" + (i % 1000);
                String event = cn.gov.huiji.fourlists.kernel.trace.EventSignature.sign(event(SOURCE, base + i, subject), key);
                bytes += event.length();
                producer.send(new ProducerRecord<>("list-events", subject, event));
            }
            producer.flush();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("produced %d trace events (avg %d bytes) to list-events in %.2f s (%.0f events/s)%n",
                n, bytes / n, seconds, n / seconds);
    }

    static String event(String source, long sequence, String subject) throws Exception {
        ObjectNode data = JSON.createObjectNode().put("code", subject.substring(5)).put("list", "POWER")
                .put("name", "对生产经营单位未按照规定对从业人员进行安全生产教育和培训的处罚").put("category", "行政处罚").put("section", "hazchem");
        String dataJson = JSON.writeValueAsString(data);
        ObjectNode e = JSON.createObjectNode();
        e.put("specversion", "1.0").put("id", UUID.randomUUID().toString()).put("source", source)
                .put("type", "fourlists.list.item.loaded").put("subject", subject).put("time", Instant.now().toString())
                .put("datacontenttype", "application/json").put("sequence", sequence).put("actorid", "legal")
                .put("actorroles", "legal").put("actorsection", "legal")
                .put("datadigest", "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(dataJson.getBytes(StandardCharsets.UTF_8))));
        e.set("data", data);
        return JSON.writeValueAsString(e);
    }

    /** Waits for run {@code run}'s n events to be stored and integrated; prints the ingest rate. */
    static void awaitIngest(int n, String run) throws Exception {
        String ofRun = "subject like 'item/bench-" + run + "-%'";
        try (Connection db = DriverManager.getConnection(DB + "audit_service", "fourlists", "fourlists")) {
            long first = 0;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20);
            while (System.nanoTime() < deadline) {
                long stored = count(db, "select count(*) from trace_entry where " + ofRun);
                if (first == 0 && stored > 0) {
                    first = System.nanoTime();
                }
                long unintegrated = count(db, "select count(*) from trace_entry t where t." + ofRun
                        + " and not exists (select 1 from log_leaf l where l.trace_entry_id = t.id)");
                if (stored == n && unintegrated == 0) {
                    double seconds = (System.nanoTime() - first) / 1e9;
                    System.out.printf("audit-service stored and integrated %d events in %.2f s: %.0f events/s%n", n, seconds, n / seconds);
                    System.out.printf("INGEST_EVENTS_PER_SECOND=%.0f%n", n / seconds);
                    return;
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("audit-service did not ingest " + n + " events in 20 minutes");
        }
    }

    static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Gives the scratch database a tree of {@code size} leaves: every perfect subtree's node row, with stand-in
     * hashes (SHA-256 of level and index) — latency depends on which rows a proof reads, not on their values.
     */
    static void fillTree(String database, long size) throws SQLException {
        try (Connection db = DriverManager.getConnection(DB + database, "fourlists", "fourlists"); Statement s = db.createStatement()) {
            long have = count(db, "select tree_size from log_state where id = 1");
            if (have >= size) {
                System.out.printf("scratch tree already has %d leaves%n", have);
                return;
            }
            long start = System.nanoTime();
            long nodesFor = size + GROWTH; // nodes for a few more leaves, so the head can be timed as the tree grows
            for (int level = 0; (nodesFor >> level) > 0; level++) {
                s.execute("insert into merkle_node (level, node_index, hash) select " + level + ", i, sha256(int8send(i) || int2send("
                        + level + "::int2)) from generate_series(0, " + ((nodesFor >> level) - 1) + ") i on conflict do nothing");
            }
            s.execute("update log_state set tree_size = " + size + ", last_trace_id = 9223372036854775806 where id = 1");
            s.execute("analyze merkle_node");
            System.out.printf("filled a tree of %d leaves in %.1f s%n", size, (System.nanoTime() - start) / 1e9);
        }
    }

    /** Latency of proofs and heads at the tree's size, one request at a time, after a warm-up. */
    static void proofs(String base, String database, long size, int requests) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Random random = new Random(1);
        // wait for the scheduler to issue a head over the whole tree
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!get(http, base + "/api/v1/log/tree-head").contains("\"treeSize\":" + size)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no tree head over " + size + " leaves");
            }
            Thread.sleep(200);
        }
        String[] kinds = {"trivial /q/health/live", "inclusion proof", "consistency proof", "tree head"};
        for (int round = 0; round < 2; round++) { // round 0 warms up the JIT and caches
            for (String kind : kinds) {
                long[] nanos = new long[requests];
                for (int i = 0; i < requests; i++) {
                    String url = switch (kind) {
                        case "inclusion proof" -> base + "/api/v1/log/proof/inclusion?index=" + (long) (random.nextDouble() * size) + "&treeSize=" + size;
                        case "consistency proof" -> base + "/api/v1/log/proof/consistency?from=" + (1 + (long) (random.nextDouble() * (size - 1))) + "&to=" + size;
                        case "tree head" -> base + "/api/v1/log/tree-head";
                        default -> base + "/q/health/live";
                    };
                    long t = System.nanoTime();
                    get(http, url);
                    nanos[i] = System.nanoTime() - t;
                }
                if (round == 1) {
                    System.out.printf("%-24s at %,d leaves: %s%n", kind, size, Figures.summary(nanos));
                }
            }
        }
        // Grow the tree leaf by leaf and let the scheduler sign a head each time: the cost of a fresh head at this size.
        try (Connection db = DriverManager.getConnection(DB + database, "fourlists", "fourlists"); Statement s = db.createStatement()) {
            for (int grow = 1; grow <= 5; grow++) {
                s.execute("update log_state set tree_size = " + (size + grow) + " where id = 1");
                while (!get(http, base + "/api/v1/log/tree-head").contains("\"treeSize\":" + (size + grow))) {
                    Thread.sleep(100);
                }
            }
            s.execute("update log_state set tree_size = " + size + " where id = 1");
        }
        String metrics = get(http, base + "/q/metrics");
        double sum = 0;
        double count = 0;
        for (String line : metrics.lines().toList()) {
            if (line.startsWith("fourlists_log_tree_head_issue_seconds_sum")) {
                sum = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            } else if (line.startsWith("fourlists_log_tree_head_issue_seconds_count")) {
                count = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        System.out.printf("signing a fresh tree head at ~%,d leaves (root + Ed25519 + insert, server-side timer): mean %.2f ms over %.0f heads%n",
                size, 1000 * sum / Math.max(1, count), count);
    }

    static String get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
