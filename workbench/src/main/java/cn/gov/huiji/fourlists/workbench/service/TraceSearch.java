package cn.gov.huiji.fourlists.workbench.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What an auditor or the discipline group looks for in the traces (R-AUD-4): audit-service's own filter, by subject,
 * actor, event type and time. Each part is matched exactly by audit-service; empty parts match everything. Days are
 * the bureau's days, and the "to" day is included whole (audit-service's rule).
 *
 * @param subject the thing acted on, e.g. {@code item/3700000225001} or {@code request/…}
 * @param actor   the staff id of who acted
 * @param type    the event type, e.g. {@code fourlists.adjustment.request.published}
 * @param from    first day (YYYY-MM-DD), or an ISO-8601 instant with offset
 * @param to      last day, included (YYYY-MM-DD), or an ISO-8601 instant (excluded)
 */
public record TraceSearch(String subject, String actor, String type, String from, String to) {

    /** The event type audit-service records for each export (the export is a traced duty action itself). */
    public static final String EXPORT_CREATED = "fourlists.audit.export.created";

    public TraceSearch {
        subject = clean(subject);
        actor = clean(actor);
        type = clean(type);
        from = clean(from);
        to = clean(to);
    }

    /** The exports, each found through the trace audit-service recorded for it. */
    public static TraceSearch exports() {
        return new TraceSearch(null, null, EXPORT_CREATED, null, null);
    }

    /** The filter's parts that are set, by audit-service's parameter names (for the export request's body). */
    public Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        put(parts, "subject", subject);
        put(parts, "actor", actor);
        put(parts, "type", type);
        put(parts, "from", from);
        put(parts, "to", to);
        return parts;
    }

    public boolean isEmpty() {
        return parts().isEmpty();
    }

    /** The workbench's own query string for the same search on another page (for paging links). */
    public String query(int page) {
        StringJoiner q = new StringJoiner("&");
        parts().forEach((k, v) -> q.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        q.add("page=" + page);
        return q.toString();
    }

    private static void put(Map<String, String> parts, String name, String value) {
        if (value != null) {
            parts.put(name, value);
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
