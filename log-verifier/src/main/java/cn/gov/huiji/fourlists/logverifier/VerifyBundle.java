package cn.gov.huiji.fourlists.logverifier;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;

/**
 * Checks a proof bundle offline, with no network (核验单项证明). Usage:
 * <pre>
 *   java -jar log-verifier-cli.jar verify-bundle FILE [--public-key key.pem]
 * </pre>
 * Exit 0: the bundle proves the item version. Exit 1: it does not, and the message says which check failed.
 * Exit 2: the bundle could not be read.
 */
public final class VerifyBundle {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private VerifyBundle() {
    }

    /** What a verified bundle proves. */
    public record Proven(String item, int version, long leafIndex, String committedAt, long treeSize, long signedAt) {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path file = null;
        Path publicKey = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--public-key" -> publicKey = Path.of(args[++i]);
                    default -> {
                        if (file != null || args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        file = Path.of(args[i]);
                    }
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("the bundle FILE is required");
            }
        } catch (RuntimeException e) {
            err.println("usage: java -jar log-verifier-cli.jar verify-bundle FILE [--public-key FILE]");
            err.println(e.getMessage());
            return 2;
        }
        ProofBundle bundle;
        PublicKey pinned;
        try {
            bundle = JSON.readValue(Files.readString(file), ProofBundle.class);
            pinned = publicKey == null ? null : TreeHead.publicKeyFromPem(Files.readString(publicKey));
        } catch (IOException | RuntimeException e) {
            err.println("ERROR: the bundle could not be read: " + e.getMessage());
            return 2;
        }
        try {
            Proven proven = verify(bundle, pinned);
            out.println(pinned != null ? "public key: " + publicKey + " (pinned)"
                    : "public key: taken from the bundle (pin the bureau's published key with --public-key for a stronger check)");
            out.println("leaf " + proven.leafIndex() + " commits item " + proven.item() + " version " + proven.version()
                    + ", recorded at " + proven.committedAt());
            out.println("the audit path leads to the signed head of size " + proven.treeSize() + ", signed "
                    + Instant.ofEpochMilli(proven.signedAt()));
            out.println("OK: the bundle proves what the list said. 证明核验通过。");
            return 0;
        } catch (VerifyLog.VerificationFailure e) {
            err.println("FAILED: " + e.getMessage());
            err.println("核验失败：该证明不能证明此事项版本。");
            return 1;
        }
    }

    /** Checks every link from the content to the signed head; the failure names the first broken one. */
    public static Proven verify(ProofBundle bundle, PublicKey pinnedKey) throws VerifyLog.VerificationFailure {
        if (!ProofBundle.FORMAT.equals(bundle.format())) {
            throw new VerifyLog.VerificationFailure("not a proof bundle of format " + ProofBundle.FORMAT);
        }
        byte[] leaf;
        JsonNode opened;
        JsonNode envelope;
        try {
            leaf = Base64.getDecoder().decode(bundle.leaf());
            opened = PublicLeaf.openedContent(leaf);
            envelope = PublicLeaf.parse(leaf);
        } catch (IllegalArgumentException e) {
            throw new VerifyLog.VerificationFailure("leaf " + bundle.leafIndex() + ": " + e.getMessage());
        }
        if (!ProofBundle.ITEM_VERSION_TYPES.contains(envelope.path("type").asText())
                || !("item/" + bundle.item()).equals(envelope.path("subject").asText())) {
            throw new VerifyLog.VerificationFailure("leaf " + bundle.leafIndex() + " is not the publication of item " + bundle.item());
        }
        JsonNode data = opened.path("data");
        if (!bundle.item().equals(data.path("code").asText()) || data.path("version").asInt(-1) != bundle.version()) {
            throw new VerifyLog.VerificationFailure("leaf " + bundle.leafIndex() + " commits version " + data.path("version").asText()
                    + " of " + data.path("code").asText() + ", not version " + bundle.version() + " of " + bundle.item());
        }
        if (!data.equals(bundle.content())) {
            throw new VerifyLog.VerificationFailure("the bundle's content differs from what leaf " + bundle.leafIndex() + " commits");
        }
        TreeHead head = bundle.treeHead();
        if (head == null || bundle.auditPath() == null || !ProofVerifier.verifyInclusion(bundle.leafIndex(), head.treeSize(),
                Rfc6962.leafHash(leaf), bundle.auditPath().stream().map(Rfc6962::unhex).toList(), head.root())) {
            throw new VerifyLog.VerificationFailure("leaf " + bundle.leafIndex() + ": the audit path does not lead to the tree head's root");
        }
        PublicKey key;
        try {
            key = pinnedKey != null ? pinnedKey : TreeHead.publicKeyFromPem(bundle.publicKey());
        } catch (IllegalArgumentException e) {
            throw new VerifyLog.VerificationFailure("the bundle's public key: " + e.getMessage());
        }
        if (!head.verify(key)) {
            throw new VerifyLog.VerificationFailure("the tree head of size " + head.treeSize() + " has no valid signature by "
                    + (pinnedKey != null ? "the pinned key" : "the bundle's key"));
        }
        return new Proven(bundle.item(), bundle.version(), bundle.leafIndex(), envelope.path("time").asText(), head.treeSize(), head.timestamp());
    }
}
