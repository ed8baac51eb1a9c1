package cn.gov.huiji.fourlists.logverifier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-ADJ-6, Art. 21: the draw fourlists-spot-check/1 is exactly the documented algorithm, and anyone can recompute it. */
class SpotCheckDrawTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /*
     * The published test vector (docs/spot-checks.md), computed WITHOUT Java, with the shell:
     *   SIGHEX=$(for i in $(seq 0 63); do printf '%02x' $i; done)          # signature bytes 00 01 … 3f
     *   echo -n $SIGHEX | xxd -r -p | base64 -w0                          # the head's "signature"
     *   SEED=$(echo -n $SIGHEX | xxd -r -p | sha256sum | cut -d' ' -f1)    # the seed
     *   { echo -n $SEED | xxd -r -p; printf '%s' "$m"; } | sha256sum        # rank of member $m
     */
    static final String VECTOR_SIGNATURE = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+Pw==";
    static final String VECTOR_SEED = "fdeab9acf3710362bd2658cdc9a29e8f9c757fcf9811603a8c447cd1d9151108";
    static final List<String> VECTOR_POPULATION = List.of("item/410108-AJ-XK-001", "item/410108-AJ-XK-002", "item/410108-AJ-XK-003",
            "item/410108-AJ-XK-004", "item/410108-AJ-XK-005", "item/410108-AJ-XK-006");
    static final List<String> VECTOR_SAMPLE_OF_3 = List.of("item/410108-AJ-XK-005", "item/410108-AJ-XK-004", "item/410108-AJ-XK-001");
    static final List<String> VECTOR_RANKS_OF_SAMPLE = List.of(
            "0992b2cb886d0b122822329444a0d7567626aebe26938fdac86ce2cf23885ce5",
            "164d2d6df0e12f8c0c64f89f9998d6d2e793cd34a29e50910eaec080f22bda83",
            "a79ef014cc9f5d0ee0c859be1e7c1bf4e96736e1ed66288f45d6282c1230cf23");
    /** A member with Chinese characters pins the UTF-8 encoding of the member. */
    static final String VECTOR_UTF8_MEMBER = "request/惠济区-001";
    static final String VECTOR_UTF8_RANK = "443f376c0dc7b76f286ef3e51fbe7dfee773790034e71395706c74abc4b73642";

    @Test
    void theJavaDrawGivesThePublishedVectorComputedWithTheShell() {
        byte[] seed = SpotCheckDraw.seed(VECTOR_SIGNATURE);
        assertEquals(VECTOR_SEED, Rfc6962.hex(seed), "seed = SHA-256(raw signature bytes) differs from the shell's sha256sum");
        List<String> sample = SpotCheckDraw.sample(seed, VECTOR_POPULATION, 3);
        assertEquals(VECTOR_SAMPLE_OF_3, sample, "the sample must be the 3 members of smallest rank, smallest first");
        for (int i = 0; i < sample.size(); i++) {
            assertEquals(VECTOR_RANKS_OF_SAMPLE.get(i), SpotCheckDraw.rankHex(seed, sample.get(i)),
                    "rank of " + sample.get(i) + " = SHA-256(seed || member) differs from the shell");
        }
        assertEquals(VECTOR_UTF8_RANK, SpotCheckDraw.rankHex(seed, VECTOR_UTF8_MEMBER), "a member's bytes are its UTF-8 encoding");
        assertEquals("fourlists-spot-check/1", SpotCheckDraw.ALGORITHM);
        assertEquals(List.of("PUBLISHED_ITEMS", "ADJUSTMENT_REQUESTS", "COMPLAINT_CASES", "DISCLOSURES"), SpotCheckDraw.KINDS);
    }

    @Test
    void theSampleDoesNotDependOnTheOrderOrRepetitionOfThePopulation() {
        byte[] seed = SpotCheckDraw.seed(VECTOR_SIGNATURE);
        Random random = new Random(17);
        for (int round = 0; round < 20; round++) {
            List<String> shuffled = new ArrayList<>(VECTOR_POPULATION);
            shuffled.addAll(VECTOR_POPULATION.subList(0, round % VECTOR_POPULATION.size()));
            Collections.shuffle(shuffled, random);
            assertEquals(VECTOR_SAMPLE_OF_3, SpotCheckDraw.sample(seed, shuffled, 3),
                    "the same members in another order (or repeated) must give the same sample: " + shuffled);
        }
    }

    @Test
    void aPopulationSmallerThanTheSampleSizeIsTakenWholeInRankOrder() {
        byte[] seed = SpotCheckDraw.seed(VECTOR_SIGNATURE);
        assertEquals(List.of("item/410108-AJ-XK-005", "item/410108-AJ-XK-004", "item/410108-AJ-XK-001", "item/410108-AJ-XK-003",
                "item/410108-AJ-XK-006", "item/410108-AJ-XK-002"), SpotCheckDraw.sample(seed, VECTOR_POPULATION, 50),
                "a sample larger than the population is all of it, smallest rank first");
        assertEquals(List.of(), SpotCheckDraw.sample(seed, Set.of(), 5), "an empty population gives an empty sample");
        assertThrows(IllegalArgumentException.class, () -> SpotCheckDraw.sample(new byte[5], VECTOR_POPULATION, 3),
                "a seed is 32 bytes");
    }

    @Test
    void oneChangedSignatureByteGivesAnotherSeed() {
        String other = "AQECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+Pw==";
        assertTrue(!VECTOR_SEED.equals(Rfc6962.hex(SpotCheckDraw.seed(other))), "one changed signature byte must change the seed");
    }

    static byte[] leaf(int n, String type, String subject, String time) {
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", "00000000-0000-4000-8000-" + String.format("%012d", n));
        event.put("source", "fourlists/test");
        event.put("type", type);
        event.put("subject", subject);
        event.put("time", time);
        event.put("sequence", String.format("%019d", n));
        event.put("actorid", "legal-li");
        event.putObject("data").put("n", n);
        return PublicLeaf.of(event, PublicLeafTest.salt(), PublicLeafTest.salt(), false);
    }

    @Test
    void thePopulationHonoursPeriodInShanghaiTimeKindDistinctSubjectsAndTheFrozenTreeSize() {
        List<byte[]> leaves = List.of(
                leaf(0, "fourlists.adjustment.request.drafted", "request/a", "2026-09-30T15:59:59Z"), // 09-30 23:59 Shanghai: before
                leaf(1, "fourlists.adjustment.request.drafted", "request/b", "2026-09-30T16:00:00Z"), // 10-01 00:00 Shanghai: in
                leaf(2, "fourlists.adjustment.request.submitted", "request/c", "2026-10-05T02:00:00Z"), // another type: out
                leaf(3, "fourlists.adjustment.request.drafted", "request/b", "2026-10-06T02:00:00Z"), // same subject: once
                leaf(4, "fourlists.adjustment.request.drafted", "request/d", "2026-12-31T15:59:59.999Z"), // 12-31 23:59 Shanghai: in
                leaf(5, "fourlists.adjustment.request.drafted", "request/e", "2026-12-31T16:00:00Z"), // 2027-01-01 Shanghai: after
                leaf(6, "fourlists.list.item.loaded", "item/410108-AJ-XK-001", "2026-11-01T10:00:00+08:00"),
                leaf(7, "fourlists.adjustment.request.drafted", "request/f", "2026-11-01T02:00:00Z")); // index 7: beyond size 7
        LocalDate from = LocalDate.parse("2026-10-01");
        LocalDate to = LocalDate.parse("2026-12-31");
        assertEquals(Set.of("request/b", "request/d"), SpotCheckDraw.population("ADJUSTMENT_REQUESTS", from, to, 7, leaves),
                "population = distinct subjects of drafted requests dated (Asia/Shanghai) within the period, among leaves 0…6");
        assertEquals(Set.of("request/b", "request/d", "request/f"), SpotCheckDraw.population("ADJUSTMENT_REQUESTS", from, to, 8, leaves),
                "with populationTreeSize 8 leaf 7 belongs to it");
        assertEquals(Set.of("item/410108-AJ-XK-001"), SpotCheckDraw.population("PUBLISHED_ITEMS", from, to, 8, leaves),
                "published items are the subjects of item.loaded / item.adjusted");
        assertEquals(Set.of(), SpotCheckDraw.population("COMPLAINT_CASES", from, to, 8, leaves));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> SpotCheckDraw.population("EVERYTHING", from, to, 8, leaves));
        assertTrue(unknown.getMessage().contains("unknown population kind"), unknown.getMessage());
        IllegalArgumentException tooFew = assertThrows(IllegalArgumentException.class,
                () -> SpotCheckDraw.population("ADJUSTMENT_REQUESTS", from, to, 9, leaves));
        assertTrue(tooFew.getMessage().contains("only 8 leaves"), tooFew.getMessage());
    }
}
