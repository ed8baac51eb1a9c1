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

/** Which traces to read: by subject, actor, type and time (R-AUD-4); empty parts match everything. */
public record TraceFilter(String subject, String actor, String type, OffsetDateTime from, OffsetDateTime to) {

    /** Dates without a time are days of the bureau's calendar (China Standard Time). */

    public static TraceFilter of(String subject, String actor, String type, String from, String to) {
        OffsetDateTime start = parse("from", from, false);
        OffsetDateTime end = parse("to", to, true);
        if (start != null && end != null && end.isBefore(start)) {
            throw ProblemException.invalid("to", "must not be before 'from'", "不能早于开始时间");
        }
        return new TraceFilter(blankToNull(subject), blankToNull(actor), blankToNull(type), start, end);
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
        if (actor != null) {
            conditions.add("actorId = :actor");
            params.put("actor", actor);
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
