package cn.gov.huiji.fourlists.logverifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The outsider's recomputation of a spot check (抽查样本复核, Art. 21 and 29 of the notice; R-ADJ-6). Usage:
 * <pre>
 *   java -jar log-verifier-cli.jar spot-check --log URL --check UUID [--public-key key.pem]
 * </pre>
 * From the public endpoints of the log alone: finds the announcement of the check in the log, checks that the
 * population was frozen before it and the seed head came after it, verifies the seed head's signature and root
 * against the leaves, and re-derives seed, population and sample with {@link SpotCheckDraw}. It then compares the
 * sample the bureau published (the {@code spot-check.sampled} leaf, and the public spot-check page if it answers).
 * <p>
 * Exit 0: recomputed, and every published version agrees. Exit 1: a published version differs, or a signature or
 * root fails, or the announcement does not precede its seed head. Exit 2: it cannot be checked (yet): usage, network,
 * no announcement, or the seed head has not been issued.
 */
public final class SpotCheck {

    public static final String ANNOUNCED = "fourlists.audit.spot-check.announced";
    public static final String SAMPLED = "fourlists.audit.spot-check.sampled";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Stands for a leaf that belongs to no population: only its index matters to {@link SpotCheckDraw#population}. */
    private static final byte[] OTHER_LEAF = "{}".getBytes(StandardCharsets.UTF_8);

    private final String log;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    SpotCheck(String log, PrintStream out) {
        this.log = log.endsWith("/") ? log.substring(0, log.length() - 1) : log;
        this.out = out;
    }

    /** The check cannot be made (yet); the message says why. */
    static final class NotCheckable extends Exception {
        NotCheckable(String message) {
            super(message);
        }
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String log = null;
        UUID check = null;
        Path publicKey = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--log" -> log = args[++i];
                    case "--check" -> check = UUID.fromString(args[++i]);
                    case "--public-key" -> publicKey = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (log == null || check == null) {
                throw new IllegalArgumentException("--log <audit-service address> and --check <spot check id> are required");
            }
        } catch (RuntimeException e) {
            err.println("usage: java -jar log-verifier-cli.jar spot-check --log URL --check UUID [--public-key FILE]");
            err.println(e.getMessage());
            return 2;
        }
        try {
            boolean agree = new SpotCheck(log, out).recompute(check, publicKey);
            if (agree) {
                out.println("OK: the sample is recomputed from the public log and every published version agrees. 抽查样本复核一致。");
                return 0;
            }
            err.println("FAILED: a published sample differs from the recomputation. 核验失败：公布的抽查样本与复核结果不一致。");
            return 1;
        } catch (VerifyLog.VerificationFailure e) {
            err.println("FAILED: " + e.getMessage());
            err.println("核验失败：抽查的公告、种子树头或日志不可信。");
            return 1;
        } catch (NotCheckable e) {
            err.println("CANNOT CHECK: " + e.getMessage());
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("ERROR: the check could not be made: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }

    /** What the log holds about the check, read in one pass over its leaves. */
    private static final class Scan {
        byte[][] hashes;
        /** Leaves that may count for a population, by index; the others need not be kept. */
        final Map<Integer, byte[]> candidates = new HashMap<>();
        Integer announcedAt;
        byte[] announcement;
        final List<Integer> sampledAt = new ArrayList<>();
        final List<byte[]> sampled = new ArrayList<>();
    }

    /** Returns whether every published sample agrees with the recomputation. */
    boolean recompute(UUID check, Path publicKeyFile) throws IOException, InterruptedException, VerifyLog.VerificationFailure, NotCheckable {
        PublicKey key = TreeHead.publicKeyFromPem(publicKeyFile != null ? Files.readString(publicKeyFile) : get("/api/v1/log/public-key"));
        out.println(publicKeyFile != null ? "public key: " + publicKeyFile + " (pinned)"
                : "public key: fetched from the log (pin it with --public-key for a stronger check)");
        TreeHead latest = JSON.treeToValue(json("/api/v1/log/tree-head"), TreeHead.class);
        if (!latest.verify(key)) {
            throw new VerifyLog.VerificationFailure("the latest tree head of size " + latest.treeSize() + " has no valid signature");
        }
        String subject = "spot-check/" + check;
        Scan scan = scan(latest.treeSize(), subject);
        if (!Arrays.equals(Rfc6962.rootOf(scan.hashes, 0, scan.hashes.length), latest.root())) {
            throw new VerifyLog.VerificationFailure("the " + latest.treeSize() + " entries do not hash to the root of the latest signed head"
                    + " (run the plain log check to find the bad leaf)");
        }
        out.println("log: " + latest.treeSize() + " entries, root matches the latest signed head of " + Instant.ofEpochMilli(latest.timestamp()));

        // 1. the announcement, as the log opened it to everyone
        if (scan.announcement == null) {
            throw new NotCheckable("the log of " + latest.treeSize() + " entries holds no announcement (" + ANNOUNCED + ") of " + subject
                    + ". 日志中没有该抽查的公告。");
        }
        int announcedAt = scan.announcedAt;
        JsonNode announced = opened(announcedAt, scan.announcement);
        String kind = announced.path("population").asText();
        LocalDate from = LocalDate.parse(announced.path("from").asText());
        LocalDate to = LocalDate.parse(announced.path("to").asText());
        int sampleSize = announced.path("sampleSize").asInt();
        long populationTreeSize = announced.path("populationTreeSize").asLong();
        long seedTreeSize = announced.path("seedTreeSize").asLong();
        String algorithm = announced.path("algorithm").asText();
        out.println("公告 / announcement: leaf " + announcedAt + ", \"" + announced.path("title").asText() + "\"; population 总体 " + kind
                + " " + from + " … " + to + " (Asia/Shanghai) over leaves 0…" + (populationTreeSize - 1) + "; sample size 样本量 "
                + sampleSize + "; seed head 种子树头 of size " + seedTreeSize + "; algorithm " + algorithm);
        if (!check.toString().equals(announced.path("id").asText())) {
            throw new VerifyLog.VerificationFailure("leaf " + announcedAt + " announces check " + announced.path("id").asText() + " under subject " + subject);
        }
        if (!SpotCheckDraw.ALGORITHM.equals(algorithm)) {
            throw new NotCheckable("the check uses algorithm " + algorithm + "; this verifier knows " + SpotCheckDraw.ALGORITHM);
        }
        // the population was frozen before the announcement, the seed head came after it: neither side could pick the sample
        if (populationTreeSize > announcedAt) {
            throw new VerifyLog.VerificationFailure("the population counts leaves up to " + populationTreeSize
                    + ", beyond the announcement at leaf " + announcedAt + ": it was not fixed before the draw was announced");
        }
        if (seedTreeSize <= announcedAt) {
            throw new VerifyLog.VerificationFailure("the seed head of size " + seedTreeSize + " does not lie after the announcement at leaf "
                    + announcedAt + ": its signature may have been known when the draw was announced");
        }

        // 2. the seed head: exactly seedTreeSize, signed, and with the root of the first seedTreeSize leaves
        List<TreeHead> seedHeads = new ArrayList<>();
        for (JsonNode node : json("/api/v1/log/tree-heads?treeSize=" + seedTreeSize)) {
            TreeHead head = JSON.treeToValue(node, TreeHead.class);
            if (head.treeSize() == seedTreeSize) { // an older server ignores treeSize and lists every head
                seedHeads.add(head);
            }
        }
        if (seedHeads.isEmpty()) {
            if (latest.treeSize() < seedTreeSize) {
                throw new NotCheckable("the seed head does not exist yet: the log has " + latest.treeSize() + " entries, the draw awaits the signed head of size "
                        + seedTreeSize + ". 种子树头尚未产生：日志现有 " + latest.treeSize() + " 条，需等待规模为 " + seedTreeSize + " 的签名树头。");
            }
            throw new VerifyLog.VerificationFailure("the log grew to " + latest.treeSize() + " entries without a signed head of exactly size "
                    + seedTreeSize + ": the announced checkpoint was not kept");
        }
        if (seedTreeSize > latest.treeSize()) {
            throw new NotCheckable("the seed head of size " + seedTreeSize + " was issued after the latest head read (size " + latest.treeSize()
                    + "); run the check again. 种子树头刚刚产生，请重新运行。");
        }
        seedHeads.sort(Comparator.comparingLong(TreeHead::timestamp));
        TreeHead seedHead = seedHeads.get(0);
        for (TreeHead head : seedHeads) {
            if (!head.verify(key)) {
                throw new VerifyLog.VerificationFailure("the tree head of size " + seedTreeSize + " signed " + Instant.ofEpochMilli(head.timestamp())
                        + " has no valid signature");
            }
        }
        if (seedHeads.size() > 1) {
            out.println("warning: " + seedHeads.size() + " heads of size " + seedTreeSize + " exist; the seed is the earliest one's (警告：同一规模有多个树头)");
        }
        byte[] seedRoot = Rfc6962.rootOf(scan.hashes, 0, (int) seedTreeSize);
        if (!Arrays.equals(seedRoot, seedHead.root())) {
            throw new VerifyLog.VerificationFailure("the first " + seedTreeSize + " entries do not hash to the root of the signed seed head");
        }
        out.println("种子树头 / seed head: size " + seedTreeSize + ", signed " + Instant.ofEpochMilli(seedHead.timestamp()) + ", root "
                + seedHead.rootHash() + ", signature " + seedHead.signature() + " — signature valid, root recomputed from the first "
                + seedTreeSize + " entries");

        // 3. seed, population, sample
        byte[] seed = SpotCheckDraw.seed(seedHead.signature());
        String seedHex = Rfc6962.hex(seed);
        out.println("种子 / seed: " + seedHex + " = SHA-256(signature bytes)");
        Set<String> population = SpotCheckDraw.population(kind, from, to, populationTreeSize, keptLeaves(scan, populationTreeSize));
        out.println("总体 / population: " + population.size() + " distinct objects");
        List<String> sample = SpotCheckDraw.sample(seed, population, sampleSize);
        out.println("样本 / sample: " + sample.size() + " objects, smallest rank SHA-256(seed || object) first");
        for (int i = 0; i < sample.size(); i++) {
            out.println("  " + (i + 1) + ". " + sample.get(i) + "  rank 排序值 " + SpotCheckDraw.rankHex(seed, sample.get(i)));
        }

        // 4. what the bureau published
        boolean agree = true;
        if (scan.sampled.isEmpty()) {
            out.println("log: no published sample (" + SAMPLED + ") yet — 日志中尚无公布的样本");
        }
        for (int i = 0; i < scan.sampled.size(); i++) {
            JsonNode published = opened(scan.sampledAt.get(i), scan.sampled.get(i));
            agree &= compare("published sample in log leaf " + scan.sampledAt.get(i) + " 日志中公布的样本", seedHex, population.size(), sample,
                    published.path("seed").asText(), published.path("populationCount").asInt(-1), texts(published.path("sample")));
        }
        HttpResponse<String> page = send("/api/v1/oversight/public/spot-checks/" + check);
        if (page == null || page.statusCode() != 200) {
            out.println("public spot-check page: " + (page == null ? "not reachable" : "answered " + page.statusCode()) + ", not compared");
        } else {
            JsonNode published = JSON.readTree(page.body());
            if (published.path("seed").isNull() || published.path("seed").isMissingNode()) {
                out.println("public spot-check page: not drawn yet 尚未抽取 (state " + published.path("state").asText() + ")");
            } else {
                List<String> objects = new ArrayList<>();
                published.path("sample").forEach(item -> objects.add(item.path("object").asText()));
                agree &= compare("public spot-check page 公开抽查页面", seedHex, population.size(), sample, published.path("seed").asText(),
                        published.path("populationCount").asInt(-1), objects);
            }
        }
        return agree;
    }

    private boolean compare(String what, String seedHex, int populationCount, List<String> sample,
                            String publishedSeed, int publishedCount, List<String> publishedSample) {
        List<String> differences = new ArrayList<>();
        if (!seedHex.equals(publishedSeed)) {
            differences.add("seed " + publishedSeed + " ≠ " + seedHex);
        }
        if (publishedCount >= 0 && publishedCount != populationCount) {
            differences.add("population " + publishedCount + " ≠ " + populationCount);
        }
        if (!sample.equals(publishedSample)) {
            differences.add("sample " + publishedSample + " ≠ " + sample);
        }
        if (differences.isEmpty()) {
            out.println(what + ": MATCH 一致");
            return true;
        }
        out.println(what + ": MISMATCH 不一致 — " + String.join("; ", differences));
        return false;
    }

    private static JsonNode opened(int index, byte[] leaf) throws VerifyLog.VerificationFailure {
        try {
            return PublicLeaf.openedContent(leaf).path("data");
        } catch (IllegalArgumentException e) {
            throw new VerifyLog.VerificationFailure("leaf " + index + ": " + e.getMessage());
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(node -> list.add(node.asText()));
        return list;
    }

    /** The first {@code size} leaves as the draw reads them; leaves of no population kind stand as an empty object. */
    private static List<byte[]> keptLeaves(Scan scan, long size) {
        return new AbstractList<>() {
            @Override
            public byte[] get(int index) {
                return scan.candidates.getOrDefault(index, OTHER_LEAF);
            }

            @Override
            public int size() {
                return (int) size;
            }
        };
    }

    /** Reads every leaf once, in pages: hashes all, keeps the population candidates and this check's leaves. */
    private Scan scan(long treeSize, String subject) throws IOException, InterruptedException {
        if (treeSize > Integer.MAX_VALUE) {
            throw new IllegalStateException("log too large for one pass");
        }
        Set<String> candidateTypes = new java.util.HashSet<>();
        SpotCheckDraw.KINDS.forEach(kind -> candidateTypes.addAll(SpotCheckDraw.types(kind)));
        Scan scan = new Scan();
        scan.hashes = new byte[(int) treeSize][];
        for (long start = 0; start < treeSize; start += VerifyLog.PAGE) {
            long end = Math.min(treeSize, start + VerifyLog.PAGE) - 1;
            for (JsonNode entry : json("/api/v1/log/entries?start=" + start + "&end=" + end).get("entries")) {
                int index = entry.get("index").asInt();
                if (index < 0 || index >= treeSize) {
                    throw new IllegalStateException("the log returned entry " + index + " outside 0…" + (treeSize - 1));
                }
                byte[] leaf = Base64.getDecoder().decode(entry.get("leaf").asText());
                scan.hashes[index] = Rfc6962.leafHash(leaf);
                JsonNode parsed = PublicLeaf.parse(leaf);
                String type = parsed.path("type").asText();
                if (candidateTypes.contains(type)) {
                    scan.candidates.put(index, leaf);
                } else if (subject.equals(parsed.path("subject").asText())) {
                    if (type.equals(ANNOUNCED) && scan.announcement == null) {
                        scan.announcedAt = index;
                        scan.announcement = leaf;
                    } else if (type.equals(SAMPLED)) {
                        scan.sampledAt.add(index);
                        scan.sampled.add(leaf);
                    }
                }
            }
        }
        for (int i = 0; i < scan.hashes.length; i++) {
            if (scan.hashes[i] == null) {
                throw new IllegalStateException("the log did not return entry " + i);
            }
        }
        return scan;
    }

    private JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(path);
        if (response == null) {
            throw new IOException("GET " + path + ": no answer from " + log);
        }
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(path);
        if (response == null || response.statusCode() != 200) {
            throw new IOException("GET " + path + (response == null ? ": no answer" : " answered " + response.statusCode()));
        }
        return response.body();
    }

    /** The answer, or null when the address cannot be reached. */
    private HttpResponse<String> send(String path) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(log + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
    }
}
