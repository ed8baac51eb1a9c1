package cn.gov.huiji.fourlists.workbench.service;

import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The holiday notices loaded at run time (节假日通知载入记录), newest first, as adjustment-service's
 * GET /api/v1/calendar/revisions gives them: every service counting deadlines applies revision N as cal-rN (R-ADJ-3).
 */
public final class CalendarRevisions {

    /** One revision: which year, which notice, when loaded, its days off and its weekend working days. */
    public record Revision(long revision, String calendarVersion, int year, String document, String loadedAt,
                           List<String> daysOff, List<String> workingWeekendDays) {
    }

    /**
     * One provisional due date a notice's load counted again in adjustment-service, as the admin reads it: which kind
     * (调整申请 or 调整义务), which item and, for a request, which one; the section by its name where known.
     */
    public record Recomputed(String kind, String itemCode, String request, String section, String previousDueDate,
                             String dueDate, String calendarVersion) {
    }

    private static final Map<String, String> KINDS = Map.of("REQUEST", "调整申请", "OBLIGATION", "调整义务");

    /**
     * What {@code PUT /api/v1/calendar/notices/{year}} answered it recomputed; null when the answer does not say (a
     * service from before the answer listed them), so the page never claims "none" when it was not told.
     *
     * @param sectionNames section code → name, for the 科室 column
     */
    public static List<Recomputed> recomputed(JsonNode answer, Map<String, String> sectionNames) {
        if (answer == null || !answer.path("recomputed").isArray()) {
            return null;
        }
        List<Recomputed> out = new ArrayList<>();
        for (JsonNode r : answer.path("recomputed")) {
            String kind = r.path("kind").asText("");
            String section = r.path("section").asText("");
            out.add(new Recomputed(KINDS.getOrDefault(kind, kind), r.path("itemCode").asText(""),
                    "REQUEST".equals(kind) ? r.path("id").asText(null) : null, sectionNames.getOrDefault(section, section),
                    r.path("previousDueDate").asText(""), r.path("dueDate").asText(""), r.path("calendarVersion").asText("")));
        }
        return out;
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CalendarRevisions() {
    }

    public static List<Revision> of(JsonNode revisions) {
        List<Revision> out = new ArrayList<>();
        if (revisions == null) {
            return out;
        }
        for (JsonNode r : revisions) {
            List<String> off = new ArrayList<>();
            r.path("notice").path("daysOff").forEach(range -> {
                String first = range.path(0).asText();
                String last = range.path(1).asText(first);
                off.add(first.equals(last) ? first : first + " 至 " + last);
            });
            List<String> working = new ArrayList<>();
            r.path("notice").path("workingWeekendDays").forEach(d -> working.add(d.asText()));
            out.add(new Revision(r.path("revision").asLong(), r.path("calendarVersion").asText(""), r.path("year").asInt(),
                    r.path("document").asText(""), instant(r.path("loadedAt").asText("")), off, working));
        }
        out.sort(Comparator.comparingLong(Revision::revision).reversed());
        return out;
    }

    /** An instant as the bureau's clock read it: 2026-03-01T01:30:12.345Z → 2026-03-01 09:30:12. */
    static String instant(String iso) {
        try {
            return OffsetDateTime.parse(iso).atZoneSameInstant(BureauClock.ZONE).format(SHOWN);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
