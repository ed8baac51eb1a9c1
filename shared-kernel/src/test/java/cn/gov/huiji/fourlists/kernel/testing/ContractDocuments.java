package cn.gov.huiji.fourlists.kernel.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The contract documents stored under {@code deploy/contracts/}: a test compares what the running code publishes with
 * the stored copy, so that a change to a contract is a visible diff in the same commit. With
 * {@code -Dfourlists.contracts.write=true} the test writes the copy anew instead.
 */
public final class ContractDocuments {

    private ContractDocuments() {
    }

    /** {@code relative} is under deploy/contracts, seen from a module folder (the tests' working directory). */
    public static void check(String relative, String published, String howToRegenerate) {
        Path stored = Path.of("../deploy/contracts").resolve(relative);
        try {
            if (Boolean.getBoolean("fourlists.contracts.write")) {
                Files.createDirectories(stored.getParent());
                Files.writeString(stored, published, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(stored)) {
                fail("deploy/contracts/" + relative + " is missing; write it with " + howToRegenerate);
            }
            String expected = Files.readString(stored, StandardCharsets.UTF_8);
            if (!expected.equals(published)) {
                fail("deploy/contracts/" + relative + " differs from what the code publishes (first difference at line "
                        + firstDifference(expected, published) + "). If the change is meant, write it anew with "
                        + howToRegenerate + " and commit both, so the change is a visible diff.");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static int firstDifference(String a, String b) {
        String[] x = a.split("\n", -1), y = b.split("\n", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) {
                return i + 1;
            }
        }
        return Math.min(x.length, y.length) + 1;
    }
}
