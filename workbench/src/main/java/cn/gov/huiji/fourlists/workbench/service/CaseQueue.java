package cn.gov.huiji.fourlists.workbench.service;

import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The case queue (案件列表) from complaint-service's paged GET /api/v1/cases: plain functions over its answers, so unit
 * tests need no server. complaint-service filters by state, kind and section itself; it has no filter by due date, so
 * "due today" and "overdue" are worked out here from the limit of the step the case waits for (R-CMP-4): acceptance
 * while received, the answer while accepted or assigned — the same rule as complaint-service's CaseDeadlines.
 */
public final class CaseQueue {

    /** Rows on one page of the queue. */
    public static final int PAGE_SIZE = 20;
    /** complaint-service's largest page (its @Max on size). */
    static final int SERVICE_PAGE = 200;
    /** Pages read per state for a due filter: 2,000 open cases of one state is far beyond the bureau's caseload. */
    static final int MAX_SERVICE_PAGES = 10;

    /** The states in which a time limit runs (R-CMP-4). */
    static final List<String> OPEN_STATES = List.of("RECEIVED", "ACCEPTED", "ASSIGNED");

    /** The due filter (期限). */
    public enum Due {
        ALL("全部"), DUE_TODAY("今天到期"), OVERDUE("已超期");

        private final String label;

        Due(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String code() {
            return name();
        }

        static Due of(String code) {
            for (Due d : values()) {
                if (d.name().equals(code)) {
                    return d;
                }
            }
            return ALL;
        }
    }

    /** What the user asked for, each value checked; an unknown value counts as "all". */
    public record Filter(String state, String kind, String section, Due due, int page) {

        public static Filter of(String state, String kind, String section, String due, String page) {
            return new Filter(code(state, "[A-Z_]{1,32}"), code(kind, "[A-Z_]{1,32}"),
                    code(section, "[0-9A-Za-z\\-]{1,64}"), Due.of(due),
                    page != null && page.matches("\\d{1,4}") ? Integer.parseInt(page) : 0);
        }

        /** The query string of this filter on another page (the pager's links). */
        public String query(int otherPage) {
            StringBuilder q = new StringBuilder("?due=").append(due.name());
            if (state != null) {
                q.append("&state=").append(state);
            }
            if (kind != null) {
                q.append("&kind=").append(kind);
            }
            if (section != null) {
                q.append("&section=").append(section);
            }
            return q.append("&page=").append(otherPage).toString();
        }

        private static String code(String value, String pattern) {
            return value != null && value.matches(pattern) ? value : null;
        }
    }

    /** One page of complaint-service's list: state, page number, page size (kind and section are the caller's). */
    @FunctionalInterface
    public interface Source {
        JsonNode page(String state, int page, int size);
    }

    /** A line of the queue, as staff read it. */
    public record Row(String caseNo, String kindName, String subject, String stateName, String sectionName, LocalDate receivedOn,
                      String step, LocalDate due, boolean dueToday, boolean overdue, String link) {
    }

    /** The rows of one page, where it stands, and whether a due filter could not read every case. */
    public record View(List<Row> rows, int page, int pages, long total, boolean truncated) {
        /** The page number as people count, from 1. */
        public int pageNumber() {
            return page + 1;
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages;
        }
    }

    private CaseQueue() {
    }

    /**
     * The queue for a filter. Without a due filter complaint-service pages; with one, the open cases of the asked
     * states are read whole, filtered here by the pending step's limit, soonest first, and paged here.
     */
    public static View load(Filter filter, Source source, Map<String, String> kindNames, Map<String, String> subjectNames,
                            Map<String, String> stateNames, Map<String, String> sectionNames, LocalDate today) {
        if (filter.due() == Due.ALL) {
            JsonNode answer = source.page(filter.state(), filter.page(), PAGE_SIZE);
            List<Row> rows = new ArrayList<>();
            answer.path("items").forEach(c -> rows.add(row(c, kindNames, subjectNames, stateNames, sectionNames, today)));
            long total = answer.path("total").asLong(rows.size());
            return new View(rows, filter.page(), pages(total), total, false);
        }
        List<String> states = filter.state() == null ? OPEN_STATES
                : OPEN_STATES.contains(filter.state()) ? List.of(filter.state()) : List.of(); // no limit runs in the others
        List<Row> matching = new ArrayList<>();
        boolean truncated = false;
        for (String state : states) {
            for (int p = 0; ; p++) {
                if (p == MAX_SERVICE_PAGES) {
                    truncated = true;
                    break;
                }
                JsonNode answer = source.page(state, p, SERVICE_PAGE);
                for (JsonNode c : answer.path("items")) {
                    Row r = row(c, kindNames, subjectNames, stateNames, sectionNames, today);
                    if (filter.due() == Due.DUE_TODAY ? r.dueToday() : r.overdue()) {
                        matching.add(r);
                    }
                }
                if ((long) (p + 1) * SERVICE_PAGE >= answer.path("total").asLong(0) || answer.path("items").isEmpty()) {
                    break;
                }
            }
        }
        matching.sort(Comparator.comparing(Row::due).thenComparing(Row::caseNo));
        int from = Math.min(filter.page() * PAGE_SIZE, matching.size());
        int to = Math.min(from + PAGE_SIZE, matching.size());
        return new View(List.copyOf(matching.subList(from, to)), filter.page(), pages(matching.size()), matching.size(), truncated);
    }

    /** A case summary as a row: the limit is that of the step the case waits for, if any. */
    static Row row(JsonNode c, Map<String, String> kindNames, Map<String, String> subjectNames, Map<String, String> stateNames,
                   Map<String, String> sectionNames, LocalDate today) {
        String state = c.path("state").asText();
        String step = switch (state) {
            case "RECEIVED" -> "受理";
            case "ACCEPTED", "ASSIGNED" -> "答复";
            default -> null;
        };
        LocalDate due = step == null ? null : date(c.path(state.equals("RECEIVED") ? "acceptDue" : "answerDue"));
        String kind = c.path("kind").asText();
        String subjectKind = c.path("subjectKind").asText();
        String subject = subjectNames.getOrDefault(subjectKind, subjectKind)
                + (c.hasNonNull("subjectRef") ? " " + c.path("subjectRef").asText() : "");
        String section = c.hasNonNull("section") ? c.path("section").asText() : null;
        String caseNo = c.path("caseNo").asText();
        return new Row(caseNo, kindNames.getOrDefault(kind, kind), subject, stateNames.getOrDefault(state, state),
                section == null ? null : sectionNames.getOrDefault(section, section), receivedOn(c.path("receivedAt")),
                due == null ? null : step, due, due != null && due.equals(today), due != null && due.isBefore(today),
                "/cases/" + caseNo);
    }

    private static int pages(long total) {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private static LocalDate date(JsonNode node) {
        try {
            return node.isTextual() ? LocalDate.parse(node.asText()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The bureau's day a case was received (complaint-service answers in UTC). */
    private static LocalDate receivedOn(JsonNode node) {
        try {
            return node.isTextual() ? BureauClock.dayOf(OffsetDateTime.parse(node.asText()).toInstant()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<String, String> names(String... codesAndNames) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            out.put(codesAndNames[i], codesAndNames[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Codes and names of complaint-service's choices ({"code", "name"} objects), in its order. */
    public static Map<String, String> choices(JsonNode choices) {
        Map<String, String> out = new LinkedHashMap<>();
        choices.forEach(c -> out.put(c.path("code").asText(), c.path("name").asText(c.path("code").asText())));
        return out;
    }

    /** Whether the roles see every case (complaint-service lets the others see only their section's). */
    public static boolean seesAllCases(Set<String> roles) {
        return roles.contains("complaint-handler") || roles.contains("discipline") || roles.contains("leader");
    }
}
