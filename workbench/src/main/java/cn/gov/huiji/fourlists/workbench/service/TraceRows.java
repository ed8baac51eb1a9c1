package cn.gov.huiji.fourlists.workbench.service;

import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * audit-service's traces as the auditor reads them on a page: times in the bureau's zone, roles and sections by their
 * Chinese names, and each trace's check against the public log (R-AUD-2) in plain words.
 */
public final class TraceRows {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final Map<String, String> SOURCES = Map.of("fourlists/list-service", "清单服务", "fourlists/adjustment-service", "动态调整服务",
            "fourlists/complaint-service", "投诉举报服务", "fourlists/audit-service", "审计服务", "fourlists/disclosure-service",
            "双公示服务");

    private TraceRows() {
    }

    /**
     * One trace.
     *
     * @param integrity the log check in Chinese
     * @param tone      {@code verified}, {@code pending} or {@code mismatch}: how loudly the page shows it
     * @param data      the event's data, pretty-printed (empty when it has none)
     */
    public record TraceRow(long id, String time, String source, long sequence, String type, String subject, String actor,
                           String roles, String section, Long logIndex, String integrity, String tone, String data) {
    }

    /** One page of results and where it stands in the whole. */
    public record Paging(int page, int size, long total) {
        public long pages() {
            return total == 0 ? 1 : (total + size - 1) / size;
        }

        /** The page's number as people count, from 1. */
        public int number() {
            return page + 1;
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }

        public long firstNumber() {
            return total == 0 ? 0 : (long) page * size + 1;
        }

        public long lastNumber() {
            return Math.min(total, (long) (page + 1) * size);
        }

        public int previous() {
            return page - 1;
        }

        public int next() {
            return page + 1;
        }
    }

    /** audit-service's {@code Page<TraceView>}: {@code {items, page, size, total}}. */
    public static List<TraceRow> rows(JsonNode page, Map<String, String> sectionNames, Map<String, String> roleNames) {
        List<TraceRow> rows = new ArrayList<>();
        for (JsonNode t : page.path("items")) {
            JsonNode actor = t.path("actor");
            List<String> roles = new ArrayList<>();
            actor.path("roles").forEach(r -> roles.add(roleNames.getOrDefault(r.asText(), r.asText())));
            String section = actor.hasNonNull("section") ? sectionNames.getOrDefault(actor.get("section").asText(), actor.get("section").asText()) : "";
            String integrity = t.path("integrity").asText("");
            JsonNode data = t.path("data");
            rows.add(new TraceRow(t.path("id").asLong(), time(t.path("time").asText(null)), source(t.path("source").asText("")),
                    t.path("sequence").asLong(), t.path("type").asText(""), t.path("subject").asText(""), actor.path("userId").asText(""),
                    String.join("、", roles), section, t.hasNonNull("logIndex") ? t.get("logIndex").asLong() : null,
                    integrity(integrity), tone(integrity), data.isMissingNode() || data.isNull() ? "" : data.toPrettyString()));
        }
        return rows;
    }

    public static Paging paging(JsonNode page) {
        return new Paging(page.path("page").asInt(), Math.max(1, page.path("size").asInt(1)), page.path("total").asLong());
    }

    /** LeafCheck.Integrity of audit-service, in the words the auditor acts on. */
    public static String integrity(String check) {
        return switch (check) {
            case "VERIFIED" -> "已核验：与公开日志一致";
            case "NOT_YET_LOGGED" -> "尚未写入日志（每隔几秒写入一次）";
            case "MISMATCH" -> "不一致：存储的痕迹在写入日志后被改动，请报纪检组";
            default -> "未核验";
        };
    }

    static String tone(String check) {
        return switch (check) {
            case "VERIFIED" -> "verified";
            case "MISMATCH" -> "mismatch";
            default -> "pending";
        };
    }

    /** A service's source id by its Chinese name. */
    public static String source(String source) {
        return SOURCES.getOrDefault(source, source);
    }

    /** An ISO-8601 instant as the bureau's local time; what cannot be read is shown as it came. */
    public static String time(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return OffsetDateTime.parse(iso).atZoneSameInstant(BureauClock.ZONE).format(TIME);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
