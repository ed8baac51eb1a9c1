package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decisions in 双公示 as the legal section reads them (Art. 8, R-LIST-11), from disclosure-service's DecisionView: where
 * each stands (待公示 → 公示中 → 已到期撤下, or 已取消公示 and back by 恢复公示), the 7-working-day limit to make it
 * public, its 公示截止期, its versions (who corrected it, when, why) — and what the page lets the legal section do next.
 */
public final class Decisions {

    public static final Map<String, String> STATES = ordered("RECEIVED", "待公示", "PUBLISHED", "公示中", "EXPIRED", "已到期撤下",
            "CANCELLED", "已取消公示");
    public static final Map<String, String> KINDS = ordered("LICENSING", "行政许可", "PENALTY", "行政处罚");
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Decisions() {
    }

    // --- the list ----------------------------------------------------------------------------------------------------

    /** The list's filters as the page holds them: a state, a kind, only the overdue; blank matches all. */
    public record Filter(String state, String kind, boolean overdue) {

        public static Filter of(String state, String kind, String overdue) {
            String s = state == null ? "" : state.strip().toUpperCase(Locale.ROOT);
            String k = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
            return new Filter(STATES.containsKey(s) ? s : "", KINDS.containsKey(k) ? k : "",
                    "true".equalsIgnoreCase(overdue == null ? "" : overdue.strip()));
        }

        public String stateOrNull() {
            return state.isEmpty() ? null : state;
        }

        public String kindOrNull() {
            return kind.isEmpty() ? null : kind;
        }

        public Boolean overdueOrNull() {
            return overdue ? Boolean.TRUE : null;
        }

        public boolean any() {
            return !state.isEmpty() || !kind.isEmpty() || overdue;
        }

        /** The list's address with these filters at a page (from 1). */
        public String link(int page) {
            StringBuilder q = new StringBuilder("/decisions?");
            if (!state.isEmpty()) {
                q.append("state=").append(state).append('&');
            }
            if (!kind.isEmpty()) {
                q.append("kind=").append(kind).append('&');
            }
            if (overdue) {
                q.append("overdue=true&");
            }
            return q.append("page=").append(page).toString();
        }
    }

    /** One line of the list: 类别, 行政相对人, 决定书文号, 决定日期, 公示期限 (and how long is left), 状态, 公示截止期. */
    public record Row(String id, String link, String kindName, String partyName, String documentNo, String decisionDate,
                      String dueDate, String left, boolean overdue, String stateName, String disclosureEnd) {
    }

    /** One page of the list; {@code page} counts from 1 as people do. */
    public record Results(List<Row> rows, int page, int pages, long total) {
        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    /** The service's page of decisions (kernel Page: items, page from 0, size, total), in its order: the earliest due first. */
    public static Results results(JsonNode page, LocalDate today) {
        JsonNode items = page.isArray() ? page : page.path("items");
        List<Row> rows = new ArrayList<>();
        items.forEach(d -> rows.add(row(d, today)));
        int size = Math.max(1, page.path("size").asInt(rows.size()));
        long total = page.path("total").asLong(rows.size());
        return new Results(rows, page.path("page").asInt(0) + 1, (int) Math.max(1, (total + size - 1) / size), total);
    }

    static Row row(JsonNode d, LocalDate today) {
        String id = text(d, "id");
        String state = text(d, "state");
        boolean overdue = overdue(d, today);
        return new Row(id, link(id), kindName(d), text(d, "partyName"), text(d, "documentNo"),
                text(d, "decisionDate"), text(d, "dueDate"), left(d, state, overdue), overdue, stateName(d), text(d, "disclosureEnd"));
    }

    /** Not public by its due date: as the service flags it, or (if it does not) read from the due date and the state. */
    static boolean overdue(JsonNode d, LocalDate today) {
        if (d.hasNonNull("overdue")) {
            return d.path("overdue").asBoolean();
        }
        Optional<LocalDate> due = FormText.parse(text(d, "dueDate"));
        return "RECEIVED".equals(text(d, "state")) && due.isPresent() && today.isAfter(due.get());
    }

    /**
     * How long is left to make a received decision public: 已逾期, 今天到期, or 还剩 N 个工作日 when the service counts
     * the working days (only it has the calendar); nothing once the decision is public or withdrawn.
     */
    static String left(JsonNode d, String state, boolean overdue) {
        if (!"RECEIVED".equals(state)) {
            return "";
        }
        if (overdue) {
            return "已逾期";
        }
        JsonNode days = d.has("workingDaysLeft") ? d.get("workingDaysLeft") : d.get("daysLeft");
        if (days == null || !days.canConvertToInt()) {
            return "";
        }
        int n = days.asInt();
        return n <= 0 ? "今天到期" : "还剩 " + n + " 个工作日";
    }

    /** A decision id as disclosure-service gives them (a UUID): the workbench passes nothing else on. */
    public static boolean isId(String id) {
        return id != null && id.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    }

    public static String link(String id) {
        return "/decisions/" + id;
    }

    // --- one decision ------------------------------------------------------------------------------------------------

    /** One line of the decision's table: a label and its value. */
    public record Line(String label, String value) {
    }

    /** One version of the decision: its number, who recorded it, when and why (the first: received). */
    public record Version(int number, String who, String when, String why) {
    }

    /** One step taken on the decision: what, from which state to which, who, when, why. */
    public record Step(String action, String states, String who, String when, String why) {
    }

    static final Map<String, String> ACTIONS = ordered("RECEIVE", "收到决定", "CORRECT", "更正", "PUBLISH", "公示", "WARN", "临期预警",
            "FLAG_MISSED", "逾期未公示", "EXPIRE", "到期撤下", "CANCEL", "取消公示", "RESTORE", "恢复公示");

    /**
     * A decision with what the legal section may do next: 公示 a received one, 取消公示 a public one, 恢复公示 a cancelled
     * one before its 公示截止期 (after it the decision stays withdrawn), and 更正 any but one withdrawn at its end.
     * {@code provisional}: the due date was counted on weekdays only, the year's holiday notice not yet loaded.
     */
    public record Decision(String id, DecisionForm.Kind kind, String kindName, String state, String stateName, int version,
                           String documentNo, String partyName, String decisionDate, String dueDate, String calendarVersion,
                           boolean provisional, String left, boolean overdue, String disclosureEnd, List<Line> lines,
                           List<Version> versions, List<Step> steps, boolean publishable, boolean cancellable, boolean restorable,
                           boolean endPassed, boolean correctable) {
    }

    /** The decision's fields: its current version (DecisionView.current), or the view itself when it holds them. */
    static JsonNode fields(JsonNode d) {
        return d.path("current").isObject() ? d.path("current") : d;
    }

    public static Decision of(JsonNode d, LocalDate today) {
        DecisionForm.Kind kind = DecisionForm.Kind.of(text(d, "kind")).orElse(DecisionForm.Kind.PENALTY);
        String state = text(d, "state");
        boolean overdue = overdue(d, today);
        JsonNode fields = fields(d);
        List<Line> lines = new ArrayList<>();
        DecisionForm shape = DecisionForm.empty(kind);
        for (DecisionForm.Group g : shape.groups()) {
            if (g.kinds()) {
                List<String> kinds = new ArrayList<>();
                fields.path("penaltyKinds").forEach(k -> kinds.add(penaltyKindName(k.asText())));
                lines.add(new Line("处罚种类", String.join("、", kinds)));
            }
            for (DecisionForm.Spec s : g.specs()) {
                String v = shown(fields, s);
                if (!v.isEmpty() || s.required()) {
                    lines.add(new Line(s.label(), v));
                }
            }
        }
        if (!text(d, "authority").isEmpty()) {
            // Art. 8's 许可机关 / 处罚机关: the bureau, from disclosure-service's configuration
            lines.add(new Line(kind == DecisionForm.Kind.LICENSING ? "许可机关" : "处罚机关",
                    text(d, "authority") + (text(d, "authorityCreditCode").isEmpty() ? "" : "（" + text(d, "authorityCreditCode") + "）")));
        }
        Optional<LocalDate> end = FormText.parse(text(d, "disclosureEnd"));
        // withdrawn on the 公示截止期 itself (the daily scan), so restoring is possible only before it
        boolean endPassed = end.isPresent() && !today.isBefore(end.get());
        return new Decision(text(d, "id"), kind, kindName(d), state, stateName(d), d.path("version").asInt(1),
                text(fields, "documentNo"), text(fields, "partyName"), text(fields, "decisionDate"), text(d, "dueDate"),
                text(d, "calendarVersion"), d.path("dueProvisional").asBoolean(false), left(d, state, overdue), overdue,
                text(d, "disclosureEnd"), lines, versions(d), steps(d), "RECEIVED".equals(state), "PUBLISHED".equals(state),
                "CANCELLED".equals(state) && !endPassed, endPassed, !"EXPIRED".equals(state));
    }

    static List<Step> steps(JsonNode d) {
        List<Step> out = new ArrayList<>();
        for (JsonNode s : d.path("steps")) {
            String from = STATES.getOrDefault(text(s, "fromState"), text(s, "fromState"));
            String to = STATES.getOrDefault(text(s, "toState"), text(s, "toState"));
            out.add(new Step(ACTIONS.getOrDefault(text(s, "action"), text(s, "action")),
                    from.isEmpty() ? to : from.equals(to) || to.isEmpty() ? from : from + " → " + to, text(s, "actor"),
                    minute(text(s, "at")), text(s, "reason")));
        }
        return out;
    }

    /**
     * A field's value as people read it: a category's or a kind's Chinese name, an amount in 元, 长期 for 2099-12-31; a
     * certificate number only as disclosure-service masks it (…Masked), never in full.
     */
    static String shown(JsonNode fields, DecisionForm.Spec s) {
        String text = DecisionForm.plain(fields.get(s.input() == DecisionForm.Input.SECRET ? s.name() + "Masked" : s.name()));
        if (text.isEmpty()) {
            return "";
        }
        return switch (s.input()) {
            case SELECT -> s.options().getOrDefault(text, text);
            case AMOUNT -> text + " 元";
            case DATE -> "2099-12-31".equals(text) ? "2099-12-31（长期）" : text;
            default -> text;
        };
    }

    static List<Version> versions(JsonNode d) {
        List<Version> out = new ArrayList<>();
        for (JsonNode v : d.path("versions")) {
            int number = v.path("version").asInt(out.size() + 1);
            String why = first(v, "reason", "why");
            out.add(new Version(number, first(v, "recordedBy", "actor", "by", "changedBy"),
                    minute(first(v, "recordedAt", "at", "changedAt", "createdAt")), why.isEmpty() && number == 1 ? "收到决定" : why));
        }
        return out;
    }

    static String penaltyKindName(String code) {
        for (var k : cn.gov.huiji.fourlists.kernel.contract.PenaltyKind.values()) {
            if (k.name().equals(code)) {
                return k.label();
            }
        }
        return code;
    }

    static String kindName(JsonNode d) {
        String zh = text(d, "kindZh");
        return zh.isEmpty() ? KINDS.getOrDefault(text(d, "kind"), text(d, "kind")) : zh;
    }

    static String stateName(JsonNode d) {
        String zh = text(d, "stateZh");
        return zh.isEmpty() ? STATES.getOrDefault(text(d, "state"), text(d, "state")) : zh;
    }

    /** An instant as the bureau reads it, to the minute; as given when it is no instant. */
    static String minute(String instant) {
        if (instant.isEmpty()) {
            return "";
        }
        try {
            return MINUTE.format(java.time.OffsetDateTime.parse(instant).atZoneSameInstant(cn.gov.huiji.fourlists.kernel.time.BureauClock.ZONE));
        } catch (RuntimeException e) {
            return instant;
        }
    }

    // --- the credit export -------------------------------------------------------------------------------------------

    /** The credit export's request as the page holds it: a kind, decision dates from–to, csv or xlsx. */
    public record Export(String kind, String from, String to, String format) {

        public static final Map<String, String> KINDS = ordered("penalty", "行政处罚", "licensing", "行政许可");
        public static final Map<String, String> FORMATS = ordered("csv", "CSV", "xlsx", "XLSX");

        /** This year so far: the usual range the credit platform asks for again. */
        public static Export thisYear(LocalDate today) {
            return new Export("penalty", today.withDayOfYear(1).toString(), today.toString(), "csv");
        }

        public static Export of(String kind, String from, String to, String format) {
            return new Export(kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT), from == null ? "" : from.strip(),
                    to == null ? "" : to.strip(), format == null ? "" : format.strip().toLowerCase(Locale.ROOT));
        }

        /** What keeps the export from being asked for; empty when it may be. */
        public List<String> problems() {
            List<String> out = new ArrayList<>();
            if (!KINDS.containsKey(kind)) {
                out.add("请选择导出行政许可还是行政处罚决定。");
            }
            if (from.isEmpty() || to.isEmpty()) {
                out.add("请填写决定日期的起止日期。");
            }
            FormText.check(from, "起始日期", out);
            FormText.check(to, "截止日期", out);
            FormText.order(from, to, "起始日期", "截止日期", out);
            if (!FORMATS.containsKey(format)) {
                out.add("请选择 CSV 或 XLSX 格式。");
            }
            return out;
        }

        /** The file's name when the service gives none: e.g. {@code credit-penalty-2026-01-01-2026-03-31.csv}. */
        public String fileName() {
            return "credit-" + kind + "-" + from + "-" + to + "." + format;
        }
    }

    // --- the import ----------------------------------------------------------------------------------------------

    /** One decision an import received: its row in the spreadsheet, its page, its number and its due date. */
    public record ImportedRow(String row, String link, String documentNo, String dueDate) {
    }

    /** What an import answered: the decisions received, or the summary and every error by 行 and 列 (none received). */
    public record ImportOutcome(String fileName, String kindName, int imported, List<ImportedRow> decisions, String summary,
                                List<ListImport.Error> errors) {
        public boolean loaded() {
            return summary == null && errors.isEmpty();
        }
    }

    /** disclosure-service's 201 answer: {@code {kind, received, decisions:[{row, id, documentNo, dueDate}]}}. */
    public static ImportOutcome imported(String fileName, DecisionForm.Kind kind, JsonNode answer) {
        List<ImportedRow> rows = new ArrayList<>();
        answer.path("decisions").forEach(d -> rows.add(new ImportedRow(text(d, "row"), link(text(d, "id")), text(d, "documentNo"),
                text(d, "dueDate"))));
        return new ImportOutcome(fileName, kind.label(), answer.path("received").asInt(rows.size()), rows, null, List.of());
    }

    /**
     * disclosure-service's refusal of a spreadsheet: nothing was received; each error by its row and column
     * ({@code row[N].列名}, as the list import names them), what concerns the whole file on a line of its own.
     */
    public static ImportOutcome refused(String fileName, DecisionForm.Kind kind, JsonNode problem) {
        String summary = problem.path("detailZh").asText(problem.path("titleZh").asText("导入未能完成，未导入任何决定。"));
        return new ImportOutcome(fileName, kind.label(), 0, List.of(), summary, Officers.refused(fileName, problem).errors());
    }

    static String first(JsonNode node, String... fields) {
        for (String f : fields) {
            String t = text(node, f);
            if (!t.isEmpty()) {
                return t;
            }
        }
        return "";
    }

    static String text(JsonNode node, String field) {
        return BodyForm.text(node, field);
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }
}
