package cn.gov.huiji.fourlists.portal.view;

import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A spot check (抽查, Art. 21, 29; R-ADJ-6) as a citizen reads it: what was announced and when, before anyone could know
 * the sample; the signed tree head that later fixed the seed; the sample in rank order; and how anyone recomputes it
 * from the public log alone. audit-service decides what is public (no findings, no names); these only word it.
 */
public final class SpotChecks {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** 抽查对象: the kinds of population a draw is made from. */
    static final Map<String, String> POPULATIONS = Map.of("PUBLISHED_ITEMS", "已公布清单事项", "ADJUSTMENT_REQUESTS", "清单调整申请",
            "COMPLAINT_CASES", "投诉举报案件", "DISCLOSURES", "双公示决定");
    static final Map<String, String> STATES = Map.of("ANNOUNCED", "已公告，待抽取样本", "SAMPLED", "已抽取样本");

    private SpotChecks() {
    }

    /** One sampled object: its number in rank order, the object, a link when the portal shows it, and its rank. */
    @TemplateData
    public record Sampled(int number, String object, String href, String rank) {
    }

    /** A spot check as the pages show it. */
    @TemplateData
    public record SpotCheck(String id, String title, String population, String period, int sampleSize, String announcedAt,
                            String announcementTraceId, long populationTreeSize, long seedTreeSize, String algorithm, String state,
                            boolean sampled, String seed, String seedHeadSignature, String populationCount, String sampledAt,
                            List<Sampled> sample) {
    }

    public static List<SpotCheck> all(JsonNode checks) {
        List<SpotCheck> all = new ArrayList<>();
        if (checks != null) {
            checks.forEach(c -> all.add(of(c)));
        }
        return all;
    }

    public static SpotCheck of(JsonNode c) {
        List<Sampled> sample = new ArrayList<>();
        int n = 0;
        for (JsonNode s : c.path("sample")) {
            String object = s.path("object").asText("");
            sample.add(new Sampled(++n, object, href(object), s.path("rank").asText("")));
        }
        String population = c.path("population").asText("");
        String state = c.path("state").asText("");
        return new SpotCheck(c.path("id").asText(""), c.path("title").asText(""), POPULATIONS.getOrDefault(population, population),
                c.path("from").asText("") + " 至 " + c.path("to").asText(""), c.path("sampleSize").asInt(),
                time(c.path("announcedAt").asText(null)), c.path("announcementTraceId").asText(""), c.path("populationTreeSize").asLong(),
                c.path("seedTreeSize").asLong(), c.path("algorithm").asText(""), STATES.getOrDefault(state, state), "SAMPLED".equals(state),
                c.hasNonNull("seed") ? c.path("seed").asText() : null, c.path("seedHeadSignature").asText(""),
                c.hasNonNull("populationCount") ? c.path("populationCount").asText() : null, time(c.path("sampledAt").asText(null)),
                sample);
    }

    /** A published item's page on the portal; other objects (requests, cases, decisions) are not pages here. */
    static String href(String object) {
        return object.startsWith("item/") && object.length() > 5 ? "/items/" + object.substring(5) : null;
    }

    /** How anyone re-derives the sample from the public log alone. */
    public static String command(String logAddress, String id) {
        return "java -jar log-verifier-cli.jar spot-check --log " + logAddress + " --check " + id;
    }

    static String time(String instant) {
        if (instant == null || instant.isBlank()) {
            return null;
        }
        try {
            return TIME.format(OffsetDateTime.parse(instant).atZoneSameInstant(BureauClock.ZONE));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }
}
