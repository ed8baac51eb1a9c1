package cn.gov.huiji.fourlists.logverifier;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The spot-check draw {@value #ALGORITHM} (随机抽查, Art. 21 and 29 of the notice): a sample that neither the bureau nor
 * the discipline group can choose or foresee, and that anyone recomputes from the public log alone. The same code
 * runs in audit-service (the draw) and in the log-verifier command {@code spot-check} (the outsider's recomputation),
 * so both sides draw alike; docs/spot-checks.md states it in prose with a test vector computed outside Java.
 * <ol>
 *   <li><b>Population</b>: the distinct {@code subject}s of the public leaves with index &lt; populationTreeSize whose
 *       {@code type} is one of the kind's types ({@link #types}) and whose envelope {@code time}, as a date in
 *       Asia/Shanghai, lies in [from, to], both inclusive. It was fixed, in the signed log, before the draw was
 *       announced.</li>
 *   <li><b>Seed</b>: SHA-256 of the raw 64 signature bytes of the signed tree head whose treeSize equals
 *       seedTreeSize, a head that did not exist when the draw was announced.</li>
 *   <li><b>Rank</b>: SHA-256(seed || UTF-8 bytes of the member).</li>
 *   <li><b>Sample</b>: the sampleSize members of smallest rank (unsigned byte order, the same as the order of the
 *       lower-case hex), in that order; the whole population when it is smaller.</li>
 * </ol>
 */
public final class SpotCheckDraw {

    public static final String ALGORITHM = "fourlists-spot-check/1";

    /** The trace types whose leaves define a member of each population kind (the member is the leaf's subject). */
    private static final Map<String, Set<String>> TYPES = types();

    public static final List<String> KINDS = List.copyOf(TYPES.keySet());

    /** Dates of the period are dates in the bureau's time zone, as staff and the public read them. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private SpotCheckDraw() {
    }

    private static Map<String, Set<String>> types() {
        Map<String, Set<String>> types = new LinkedHashMap<>();
        types.put("PUBLISHED_ITEMS", Set.of("fourlists.list.item.loaded", "fourlists.list.item.adjusted"));
        types.put("ADJUSTMENT_REQUESTS", Set.of("fourlists.adjustment.request.drafted"));
        types.put("COMPLAINT_CASES", Set.of("fourlists.complaint.case.received"));
        types.put("DISCLOSURES", Set.of("fourlists.disclosure.decision.received"));
        return java.util.Collections.unmodifiableMap(types);
    }

    /** The trace types that make a leaf's subject a member of the population {@code kind}. */
    public static Set<String> types(String kind) {
        Set<String> types = TYPES.get(kind);
        if (types == null) {
            throw new IllegalArgumentException("unknown population kind " + kind + "; one of " + KINDS);
        }
        return types;
    }

    /** seed = SHA-256(base64-decoded signature of the seed head). */
    public static byte[] seed(String base64Signature) {
        return sha256().digest(Base64.getDecoder().decode(base64Signature));
    }

    /** rank(member) = SHA-256(seed || UTF-8(member)). */
    public static byte[] rank(byte[] seed, String member) {
        MessageDigest md = sha256();
        md.update(seed);
        md.update(member.getBytes(StandardCharsets.UTF_8));
        return md.digest();
    }

    /** The rank as lower-case hex, as shown and stored. */
    public static String rankHex(byte[] seed, String member) {
        return Rfc6962.hex(rank(seed, member));
    }

    /**
     * The population: distinct subjects of the leaves with index &lt; populationTreeSize of the kind's types whose
     * time (as a date in Asia/Shanghai) is within [from, to]. {@code leavesFromIndex0} is read in log order from
     * leaf 0 and no further than populationTreeSize. A leaf that is not a public leaf is an error: the log is
     * either sound or the recomputation must fail loudly.
     */
    public static Set<String> population(String kind, LocalDate from, LocalDate to, long populationTreeSize,
                                         Iterable<byte[]> leavesFromIndex0) {
        Set<String> types = types(kind);
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("the period needs from <= to, got " + from + " … " + to);
        }
        Set<String> members = new TreeSet<>();
        long index = 0;
        for (byte[] leaf : leavesFromIndex0) {
            if (index >= populationTreeSize) {
                break;
            }
            JsonNode parsed = PublicLeaf.parse(leaf);
            if (types.contains(parsed.path("type").asText())) {
                LocalDate date = date(index, parsed.path("time").asText());
                if (!date.isBefore(from) && !date.isAfter(to)) {
                    String subject = parsed.path("subject").asText("");
                    if (subject.isEmpty()) {
                        throw new IllegalArgumentException("leaf " + index + " has no subject");
                    }
                    members.add(subject);
                }
            }
            index++;
        }
        if (index < populationTreeSize) {
            throw new IllegalArgumentException("only " + index + " leaves given, the population needs the first " + populationTreeSize);
        }
        return members;
    }

    private static LocalDate date(long index, String time) {
        try {
            return OffsetDateTime.parse(time).atZoneSameInstant(ZONE).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("leaf " + index + " has no readable time: " + time, e);
        }
    }

    /**
     * The {@code size} members of smallest rank, smallest first; all of them when the population is smaller.
     * The order of {@code population} does not matter, duplicates count once.
     */
    public static List<String> sample(byte[] seed, Collection<String> population, int size) {
        if (seed == null || seed.length != Rfc6962.HASH_SIZE) {
            throw new IllegalArgumentException("a seed has " + Rfc6962.HASH_SIZE + " bytes");
        }
        if (size < 0) {
            throw new IllegalArgumentException("a sample size is not negative");
        }
        record Ranked(String member, byte[] rank) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (String member : new LinkedHashSet<>(population)) {
            ranked.add(new Ranked(member, rank(seed, member)));
        }
        // Arrays.compareUnsigned: the order of the lower-case hex; a tie (a SHA-256 collision) falls back to the member
        ranked.sort(Comparator.<Ranked, byte[]>comparing(Ranked::rank, Arrays::compareUnsigned).thenComparing(Ranked::member));
        return ranked.subList(0, Math.min(size, ranked.size())).stream().map(Ranked::member).toList();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
