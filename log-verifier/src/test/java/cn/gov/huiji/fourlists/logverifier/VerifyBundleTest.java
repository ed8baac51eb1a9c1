package cn.gov.huiji.fourlists.logverifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A proof bundle proves an item version offline, and every broken link is named. */
class VerifyBundleTest {

    static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exit, String text) {
    }

    static Run verify(ProofBundle bundle, String... extra) throws Exception {
        Path file = Files.createTempFile("bundle", ".json");
        Files.writeString(file, JSON.writeValueAsString(bundle));
        String[] args = new String[2 + extra.length];
        args[0] = "verify-bundle";
        args[1] = file.toString();
        System.arraycopy(extra, 0, args, 2, extra.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = VerifyLog.run(args, print, print);
        Files.delete(file);
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }

    /** RFC 6962 §2.1.1 PATH(m, D[n]). */
    static List<byte[]> path(int m, byte[][] hashes, int lo, int hi) {
        List<byte[]> out = new ArrayList<>();
        if (hi - lo <= 1) {
            return out;
        }
        int k = (int) Rfc6962.splitPoint(hi - lo);
        if (m < k) {
            out.addAll(path(m, hashes, lo, lo + k));
            out.add(Rfc6962.rootOf(hashes, lo + k, hi));
        } else {
            out.addAll(path(m - k, hashes, lo + k, hi));
            out.add(Rfc6962.rootOf(hashes, lo, lo + k));
        }
        return out;
    }

    static final KeyPair KEY;

    static {
        try {
            KEY = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A log of five leaves whose leaf 3 publishes version 2 of an item. */
    static ProofBundle bundle() throws Exception {
        JsonNode item = JSON.readTree("""
                {"specversion":"1.0","id":"00000000-0000-4000-8000-000000000003","source":"fourlists/list-service",
                 "type":"fourlists.list.item.adjusted","subject":"item/410108-AJ-XK-001","time":"2026-12-01T02:00:00Z",
                 "sequence":"0000000000000000007","actorid":"legal-li","actorroles":"legal","datadigest":"sha256:ab",
                 "data":{"code":"410108-AJ-XK-001","version":2,"name":"危险化学品经营许可","status":"PUBLISHED"}}""");
        byte[][] leaves = new byte[5][];
        for (int i = 0; i < 5; i++) {
            ObjectNode other = item.deepCopy();
            other.put("id", "00000000-0000-4000-8000-00000000000" + i);
            leaves[i] = PublicLeaf.of(i == 3 ? item : other, PublicLeafTest.salt(), PublicLeafTest.salt(), true);
        }
        byte[][] hashes = new byte[5][];
        for (int i = 0; i < 5; i++) {
            hashes[i] = Rfc6962.leafHash(leaves[i]);
        }
        TreeHead head = TreeHead.sign(1_764_000_000_000L, 5, Rfc6962.rootOf(hashes, 0, 5), KEY.getPrivate());
        return new ProofBundle(ProofBundle.FORMAT, "410108-AJ-XK-001", 2, item.get("data"), 3, Base64.getEncoder().encodeToString(leaves[3]),
                path(3, hashes, 0, 5).stream().map(Rfc6962::hex).toList(), head, TreeHead.toPem(KEY.getPublic()));
    }

    @Test
    void aSoundBundleProvesTheVersionAndSinceWhen() throws Exception {
        Run run = verify(bundle());
        assertEquals(0, run.exit(), run.text());
        assertTrue(run.text().contains("item 410108-AJ-XK-001 version 2, recorded at 2026-12-01T02:00:00Z"), run.text());
    }

    @Test
    void anEditedContentAWrongVersionABrokenPathOrAnotherKeyFails() throws Exception {
        ProofBundle good = bundle();
        ObjectNode edited = good.content().deepCopy();
        edited.put("name", "烟花爆竹经营许可");
        assertFailure(new ProofBundle(good.format(), good.item(), good.version(), edited, good.leafIndex(), good.leaf(), good.auditPath(),
                good.treeHead(), good.publicKey()), "content differs");
        assertFailure(new ProofBundle(good.format(), good.item(), 1, good.content(), good.leafIndex(), good.leaf(), good.auditPath(),
                good.treeHead(), good.publicKey()), "not version 1");
        assertFailure(new ProofBundle(good.format(), good.item(), good.version(), good.content(), 2, good.leaf(), good.auditPath(),
                good.treeHead(), good.publicKey()), "audit path does not lead");
        Path pinned = Files.createTempFile("other", ".pem");
        Files.writeString(pinned, TreeHead.toPem(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic()));
        Run other = verify(good, "--public-key", pinned.toString());
        assertEquals(1, other.exit(), other.text());
        assertTrue(other.text().contains("no valid signature by the pinned key"), other.text());
    }

    static void assertFailure(ProofBundle bundle, String expected) throws Exception {
        Run run = verify(bundle);
        assertEquals(1, run.exit(), run.text());
        assertTrue(run.text().contains(expected), "expected '" + expected + "' in:\n" + run.text());
    }
}
