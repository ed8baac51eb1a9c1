package cn.gov.huiji.fourlists.workbench.service;

import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The holiday notices loaded at run time (节假日通知载入记录), newest first, as adjustment-service's
 * GET /api/v1/calendar/revisions gives them: every service counting deadlines applies revision N as cal-rN (R-ADJ-3).
 */
public final class CalendarRevisions {

    /** One revision: which year, which notice, when loaded, its days off and its weekend working days. */
    public record Revision(long revision, String calendarVersion, int year, String document, String loadedAt,
                           List<String> daysOff, List<String> workingWeekendDays) {
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
