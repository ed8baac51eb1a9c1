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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Checks the bureau's trace log from outside (核验履职痕迹日志). Usage:
 * <pre>
 *   java -jar log-verifier-cli.jar --log http://127.0.0.1:8084 [--public-key key.pem]
 *        [--saved-head head.json] [--save-head head.json] [--inclusion-checks N]
 *   java -jar log-verifier-cli.jar verify-bundle FILE [--public-key key.pem]     (see {@link VerifyBundle})
 *   java -jar log-verifier-cli.jar spot-check --log URL --check UUID [--public-key key.pem]   (see {@link SpotCheck})
 * </pre>
 * Exit 0: the log is consistent. Exit 1: it is not, and the first line of the message names the first bad
 * leaf index or tree head. Exit 2: the check could not be made (usage, network, malformed answers).
 */
public final class VerifyLog {

    static final int PAGE = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final PrintStream out;

    VerifyLog(String log, PrintStream out) {
        this.log = log.endsWith("/") ? log.substring(0, log.length() - 1) : log;
        this.out = out;
    }

    /** Thrown when the log fails a check; the message names what failed. */
    public static final class VerificationFailure extends Exception {
        public VerificationFailure(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("verify-bundle")) {
            return VerifyBundle.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        if (args.length > 0 && args[0].equals("spot-check")) {
            return SpotCheck.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        String log = null;
        Path publicKey = null;
        Path savedHead = null;
        Path saveHead = null;
        int inclusionChecks = 64;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--log" -> log = args[++i];
                    case "--public-key" -> publicKey = Path.of(args[++i]);
                    case "--saved-head" -> savedHead = Path.of(args[++i]);
                    case "--save-head" -> saveHead = Path.of(args[++i]);
                    case "--inclusion-checks" -> inclusionChecks = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (log == null) {
                throw new IllegalArgumentException("--log <audit-service address> is required");
            }
        } catch (RuntimeException e) {
            err.println("usage: java -jar log-verifier-cli.jar --log URL [--public-key FILE] [--saved-head FILE] [--save-head FILE] [--inclusion-checks N]");
            err.println("       java -jar log-verifier-cli.jar verify-bundle FILE [--public-key FILE]");
            err.println("       java -jar log-verifier-cli.jar spot-check --log URL --check UUID [--public-key FILE]");
            err.println(e.getMessage());
            return 2;
        }
        VerifyLog verifier = new VerifyLog(log, out);
        try {
            TreeHead head = verifier.verify(publicKey, savedHead, inclusionChecks);
            if (saveHead != null) {
                Files.writeString(saveHead, JSON.writeValueAsString(head));
                out.println("saved the verified head to " + saveHead + " — pass it as --saved-head next time");
            }
            out.println("OK: the log of " + head.treeSize() + " entries is consistent. 日志核验通过。");
            return 0;
        } catch (VerificationFailure e) {
            err.println("FAILED: " + e.getMessage());
            err.println("核验失败：日志与已签名的树头不一致。");
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("ERROR: the check could not be made: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }

    TreeHead verify(Path publicKeyFile, Path savedHeadFile, int inclusionChecks)
            throws IOException, InterruptedException, VerificationFailure {
        PublicKey key = TreeHead.publicKeyFromPem(publicKeyFile != null ? Files.readString(publicKeyFile) : get("/api/v1/log/public-key"));
        out.println(publicKeyFile != null ? "public key: " + publicKeyFile + " (pinned)"
                : "public key: fetched from the log (pin it with --public-key for a stronger check)");

        TreeHead head = JSON.treeToValue(json("/api/v1/log/tree-head"), TreeHead.class);
        if (!head.verify(key)) {
            throw new VerificationFailure("tree head of size " + head.treeSize() + " has no valid signature");
        }
        out.println("tree head: size " + head.treeSize() + ", root " + head.rootHash() + ", signed " + Instant.ofEpochMilli(head.timestamp()));

        byte[][] leafHashes = leafHashes(head.treeSize());
        byte[] root = Rfc6962.rootOf(leafHashes, 0, leafHashes.length);
        if (!java.util.Arrays.equals(root, head.root())) {
            throw new VerificationFailure(firstBadLeaf(head, leafHashes));
        }
        out.println("root recomputed from all " + head.treeSize() + " entries matches the signed head");

        int checks = (int) Math.min(inclusionChecks, head.treeSize());
        for (int i = 0; i < checks; i++) {
            long index = checks == head.treeSize() ? i : (head.treeSize() - 1) * i / Math.max(1, checks - 1);
            if (!inclusionHolds(index, head, leafHashes[(int) index])) {
                throw new VerificationFailure("leaf " + index + ": inclusion proof does not lead to the signed root");
            }
        }
        out.println("inclusion proofs checked: " + checks);

        if (savedHeadFile != null) {
            TreeHead saved = JSON.readValue(Files.readString(savedHeadFile), TreeHead.class);
            if (!saved.verify(key)) {
                throw new VerificationFailure("saved tree head of size " + saved.treeSize() + " has no valid signature");
            }
            if (saved.treeSize() > head.treeSize()) {
                throw new VerificationFailure("tree head of size " + head.treeSize() + " is smaller than the saved head of size "
                        + saved.treeSize() + ": the log shrank");
            }
            JsonNode proof = json("/api/v1/log/proof/consistency?from=" + saved.treeSize() + "&to=" + head.treeSize());
            if (saved.treeSize() > 0 && !ProofVerifier.verifyConsistency(saved.treeSize(), head.treeSize(), hashes(proof.get("proof")), saved.root(), head.root())) {
                throw new VerificationFailure("tree head of size " + head.treeSize() + " is not consistent with the saved head of size "
                        + saved.treeSize() + ": entries were changed or removed");
            }
            out.println("consistent with the saved head of size " + saved.treeSize());
        }
        return head;
    }

    /** The root does not match: the first leaf whose inclusion proof fails is the one that was changed. */
    private String firstBadLeaf(TreeHead head, byte[][] leafHashes) throws IOException, InterruptedException {
        for (long i = 0; i < leafHashes.length; i++) {
            if (!inclusionHolds(i, head, leafHashes[(int) i])) {
                return "leaf " + i + " does not match the signed tree head of size " + head.treeSize()
                        + " (its entry was changed after it was logged)";
            }
        }
        return "tree head of size " + head.treeSize() + ": the entries do not hash to its root";
    }

    private boolean inclusionHolds(long index, TreeHead head, byte[] leafHash) throws IOException, InterruptedException {
        JsonNode proof = json("/api/v1/log/proof/inclusion?index=" + index + "&treeSize=" + head.treeSize());
        return ProofVerifier.verifyInclusion(index, head.treeSize(), leafHash, hashes(proof.get("auditPath")), head.root());
    }

    private byte[][] leafHashes(long treeSize) throws IOException, InterruptedException {
        if (treeSize > Integer.MAX_VALUE) {
            throw new IllegalStateException("log too large for one pass");
        }
        byte[][] hashes = new byte[(int) treeSize][];
        for (long start = 0; start < treeSize; start += PAGE) {
            long end = Math.min(treeSize, start + PAGE) - 1;
            JsonNode entries = json("/api/v1/log/entries?start=" + start + "&end=" + end).get("entries");
            for (JsonNode entry : entries) {
                int index = entry.get("index").asInt();
                hashes[index] = Rfc6962.leafHash(Base64.getDecoder().decode(entry.get("leaf").asText()));
            }
        }
        for (int i = 0; i < hashes.length; i++) {
            if (hashes[i] == null) {
                throw new IllegalStateException("the log did not return entry " + i);
            }
        }
        return hashes;
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> list = new ArrayList<>();
        array.forEach(node -> list.add(Rfc6962.unhex(node.asText())));
        return list;
    }

    private JsonNode json(String path) throws IOException, InterruptedException {
        return JSON.readTree(get(path));
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(log + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }
}
