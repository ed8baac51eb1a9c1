package cn.gov.huiji.fourlists.audit.service;

import cn.gov.huiji.fourlists.kernel.time.BureauClock;

import cn.gov.huiji.fourlists.kernel.problem.ProblemException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which traces to read: by subject (exactly or by its beginning), actor, the actor's section, type and time (R-AUD-4);
 * empty parts match everything.
 *
 * @param subjectPrefix the beginning of the subject, e.g. {@code request/} or {@code case/TS-2026-}; matched literally
 * @param section       the code of the section (科室（队）) the actor acted for, as the trace records it
 */
public record TraceFilter(String subject, String subjectPrefix, String actor, String section, String type, OffsetDateTime from,
                          OffsetDateTime to) {

    /** As long as a subject may be searched for exactly (the export request's limit). */
    public static final int SUBJECT_PREFIX_MAX = 200;
    /** A section's code as list-service registers it (科室（队）, Art. 24). */
    public static final String SECTION_CODE = "[a-z0-9-]{2,64}";
    private static final Pattern SECTION = Pattern.compile(SECTION_CODE);
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /** Dates without a time are days of the bureau's calendar (China Standard Time). */

    public static TraceFilter of(String subject, String subjectPrefix, String actor, String section, String type, String from,
                                 String to) {
        OffsetDateTime start = parse("from", from, false);
        OffsetDateTime end = parse("to", to, true);
        if (start != null && end != null && end.isBefore(start)) {
            throw ProblemException.invalid("to", "must not be before 'from'", "不能早于开始时间");
        }
        String prefix = blankToNull(subjectPrefix);
        if (prefix != null && prefix.length() > SUBJECT_PREFIX_MAX) {
            throw ProblemException.invalid("subjectPrefix", "at most " + SUBJECT_PREFIX_MAX + " characters",
                    "对象前缀不能超过 " + SUBJECT_PREFIX_MAX + " 个字符");
        }
        if (prefix != null && CONTROL.matcher(prefix).find()) {
            throw ProblemException.invalid("subjectPrefix", "must not contain control characters", "对象前缀不能包含控制字符");
        }
        String sectionCode = blankToNull(section);
        if (sectionCode != null && !SECTION.matcher(sectionCode).matches()) {
            throw ProblemException.invalid("section", "a section code (2 to 64 lowercase letters, digits or hyphens) is expected",
                    "应为科室（队）代码：2 至 64 位小写字母、数字或连字符");
        }
        return new TraceFilter(blankToNull(subject), prefix, blankToNull(actor), sectionCode, blankToNull(type), start, end);
    }

    /** A time range only, read as the search reads it (e.g. the log's tree heads issued in it). */
    public static TraceFilter between(String from, String to) {
        return of(null, null, null, null, null, from, to);
    }

    /** A JPQL condition and its named parameters, bounded by the highest entry id to include. */
    public Query toQuery(long upToEntry) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        conditions.add("id <= :upTo");
        params.put("upTo", upToEntry);
        if (subject != null) {
            conditions.add("subject = :subject");
            params.put("subject", subject);
        }
        if (subjectPrefix != null) {
            // a bound pattern, its wildcards escaped: "case/TS_1" finds case/TS_1…, not case/TS-1…
            conditions.add("subject like :subjectPrefix escape '\\'");
            params.put("subjectPrefix", likePattern(subjectPrefix));
        }
        if (actor != null) {
            conditions.add("actorId = :actor");
            params.put("actor", actor);
        }
        if (section != null) {
            conditions.add("actorSection = :section");
            params.put("section", section);
        }
        if (type != null) {
            conditions.add("type = :type");
            params.put("type", type);
        }
        if (from != null) {
            conditions.add("occurredAt >= :from");
            params.put("from", from);
        }
        if (to != null) {
            conditions.add("occurredAt < :to");
            params.put("to", to);
        }
        return new Query(String.join(" and ", conditions), params);
    }

    public record Query(String where, Map<String, Object> params) {
    }

    /** An instant (2026-11-26T08:00:00+08:00) or a day (2026-11-26); {@code to} a day includes that whole day. */
    static OffsetDateTime parse(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(BureauClock.ZONE).toOffsetDateTime();
            }
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "a date (YYYY-MM-DD) or an ISO-8601 instant with offset is expected",
                    "应为日期（YYYY-MM-DD）或带时区的 ISO-8601 时间");
        }
    }

    /** The LIKE pattern of everything beginning with {@code prefix}: its own backslashes, {@code %} and {@code _} are escaped. */
    static String likePattern(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
