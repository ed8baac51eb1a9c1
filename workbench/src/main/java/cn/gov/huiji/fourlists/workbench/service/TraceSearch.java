package cn.gov.huiji.fourlists.workbench.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What an auditor or the discipline group looks for in the traces (R-AUD-4): audit-service's own filter, by subject
 * (whole or its beginning), actor, the actor's section, event type and time. audit-service matches the prefix literally
 * and every other part exactly; empty parts match everything. Days are the bureau's days, and the "to" day is included
 * whole (audit-service's rule).
 *
 * @param subject       the thing acted on, e.g. {@code item/3700000225001} or {@code request/…}
 * @param subjectPrefix the beginning of the subjects, e.g. {@code request/} or {@code case/TS-2026-}
 * @param actor         the staff id of who acted
 * @param section       the code of the section (科室（队）) the actor acted for
 * @param type          the event type, e.g. {@code fourlists.adjustment.request.published}
 * @param from          first day (YYYY-MM-DD), or an ISO-8601 instant with offset
 * @param to            last day, included (YYYY-MM-DD), or an ISO-8601 instant (excluded)
 */
public record TraceSearch(String subject, String subjectPrefix, String actor, String section, String type, String from, String to) {

    /** The event type audit-service records for each export (the export is a traced duty action itself). */
    public static final String EXPORT_CREATED = "fourlists.audit.export.created";

    public TraceSearch {
        subject = clean(subject);
        subjectPrefix = clean(subjectPrefix);
        actor = clean(actor);
        section = clean(section);
        type = clean(type);
        from = clean(from);
        to = clean(to);
    }

    /** The exports, each found through the trace audit-service recorded for it. */
    public static TraceSearch exports() {
        return new TraceSearch(null, null, null, null, EXPORT_CREATED, null, null);
    }

    /** The filter's parts that are set, by audit-service's parameter names (for the export request's body). */
    public Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        put(parts, "subject", subject);
        put(parts, "subjectPrefix", subjectPrefix);
        put(parts, "actor", actor);
        put(parts, "section", section);
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

    /** One section to choose in the search form. */
    public record SectionChoice(String code, String name, boolean selected) {
    }

    /**
     * The sections to choose from, in list-service's order, the one searched for selected. A searched code that is not
     * (or no longer) listed stays choosable under its code; with no sections listed there is nothing to choose from.
     */
    public List<SectionChoice> sectionChoices(Map<String, String> names) {
        List<SectionChoice> choices = new ArrayList<>();
        if (names.isEmpty()) {
            return choices;
        }
        names.forEach((code, name) -> choices.add(new SectionChoice(code, name, code.equals(section))));
        if (section != null && !names.containsKey(section)) {
            choices.add(new SectionChoice(section, section, true));
        }
        return choices;
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
