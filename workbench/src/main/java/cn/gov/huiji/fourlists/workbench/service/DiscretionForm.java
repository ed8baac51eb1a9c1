package cn.gov.huiji.fourlists.workbench.service;

import cn.gov.huiji.fourlists.kernel.contract.DiscretionStandard;
import cn.gov.huiji.fourlists.kernel.contract.PenaltyKind;
import cn.gov.huiji.fourlists.kernel.contract.Severity;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The discretion standards of a 行政处罚 item (行政处罚自由裁量基准, Art. 16; R-LIST-7) as the adjustment form holds
 * them, without JavaScript: one fieldset per standard (per violation), each with the four levels of {@link Severity}
 * as fixed rows — 情形 one a line, 处罚种类 as checkboxes, 罚款 and 倍数 from–to, 其他 — plus the statutory range and
 * the conditions for no, lighter, mitigated and heavier penalties. A level left empty is not part of the standard; a
 * standard left empty or marked for removal is dropped. The standards are part of the item, so they change only
 * through the adjustment the form drafts (Art. 22(1): 裁量标准).
 *
 * <p>Values stay as typed (a fine may be typed 30000, 30,000 or 3万) until they become the kernel's
 * {@link DiscretionStandard}; what is not a number is named beside its input, never sent.
 */
public final class DiscretionForm {

    /** The intent of the button that adds one empty standard to the form. */
    public static final String ADD = "add-standard";
    static final String PREFIX = "disc.";
    static final String PATH = "proposedItem.discretion";
    private static final Pattern NAME = Pattern.compile("disc\\.(\\d{1,3})\\..+");
    private static final Pattern YUAN = Pattern.compile("(\\d+)\\s*元?");
    private static final Pattern WAN = Pattern.compile("(\\d+(?:\\.\\d{1,4})?)\\s*万\\s*元?");
    private static final Pattern MULTIPLE = Pattern.compile("(\\d+(?:\\.\\d{1,2})?)\\s*倍?");
    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private DiscretionForm() {
    }

    /** A range as typed: fine from–to (元) and multiples of illegal income from–to. */
    public record Range(String fineFrom, String fineTo, String multipleFrom, String multipleTo) {
        static final Range EMPTY = new Range("", "", "", "");

        boolean blank() {
            return fineFrom.isEmpty() && fineTo.isEmpty() && multipleFrom.isEmpty() && multipleTo.isEmpty();
        }
    }

    /** One level's row: its circumstances (one a line), the kinds ticked, the range, other penalties in words. */
    public record Level(Severity severity, String circumstances, List<String> kinds, Range range, String other) {
        boolean blank() {
            return circumstances.isEmpty() && kinds.isEmpty() && range.blank() && other.isEmpty();
        }
    }

    /** One standard as typed; {@code levels} always holds the four severities, lightest first. */
    public record Standard(String violation, String violatedClause, String penaltyClause, Range statutory, List<Level> levels,
                           String noPenalty, String lighter, String mitigated, String heavier, String sourceNote) {

        public static Standard empty() {
            return new Standard("", "", "", Range.EMPTY, Arrays.stream(Severity.values())
                    .map(s -> new Level(s, "", List.of(), Range.EMPTY, "")).toList(), "", "", "", "", "");
        }

        boolean blank() {
            return violation.isEmpty() && violatedClause.isEmpty() && penaltyClause.isEmpty() && statutory.blank()
                    && levels.stream().allMatch(Level::blank) && noPenalty.isEmpty() && lighter.isEmpty() && mitigated.isEmpty()
                    && heavier.isEmpty() && sourceNote.isEmpty();
        }

        /** The levels that are part of the standard, in order: the n-th is {@code levels[n]} in the item's JSON. */
        List<Level> filled() {
            return levels.stream().filter(l -> !l.blank()).toList();
        }
    }

    // --- reading a posted form ---------------------------------------------------------------------------------------

    /**
     * The standards of a posted form, in the order of the page: inputs named {@code disc.<n>.<field>} and
     * {@code disc.<n>.<SEVERITY>.<field>}; the penalty kinds come as repeated {@code disc.<n>.<SEVERITY>.kinds}.
     */
    public static List<Standard> read(Map<String, List<String>> posted) {
        TreeSet<Integer> numbers = new TreeSet<>();
        for (String name : posted.keySet()) {
            Matcher m = NAME.matcher(name);
            if (m.matches()) {
                numbers.add(Integer.parseInt(m.group(1)));
            }
        }
        List<Standard> out = new ArrayList<>();
        for (int n : numbers) {
            String p = PREFIX + n + ".";
            if (!first(posted, p + "remove").isEmpty()) {
                continue; // the legal section struck it out
            }
            List<Level> levels = new ArrayList<>();
            for (Severity s : Severity.values()) {
                String l = p + s.name() + ".";
                List<String> kinds = posted.getOrDefault(l + "kinds", List.of()).stream().map(String::strip)
                        .filter(k -> Arrays.stream(PenaltyKind.values()).anyMatch(pk -> pk.name().equals(k))).distinct().toList();
                levels.add(new Level(s, first(posted, l + "circumstances"), kinds, range(posted, l), first(posted, l + "other")));
            }
            Standard standard = new Standard(first(posted, p + "violation"), first(posted, p + "violatedClause"),
                    first(posted, p + "penaltyClause"), range(posted, p + "stat."), levels, first(posted, p + "noPenalty"),
                    first(posted, p + "lighter"), first(posted, p + "mitigated"), first(posted, p + "heavier"),
                    first(posted, p + "sourceNote"));
            if (!standard.blank()) {
                out.add(standard);
            }
        }
        return out;
    }

    private static Range range(Map<String, List<String>> posted, String prefix) {
        return new Range(first(posted, prefix + "fineFrom"), first(posted, prefix + "fineTo"), first(posted, prefix + "multipleFrom"),
                first(posted, prefix + "multipleTo"));
    }

    private static String first(Map<String, List<String>> posted, String name) {
        List<String> v = posted.getOrDefault(name, List.of());
        return v.isEmpty() || v.get(0) == null ? "" : v.get(0).strip();
    }

    // --- the standards as the item holds them -------------------------------------------------------------------------

    /**
     * The kernel's standards: lines become lists, ticked kinds become {@link PenaltyKind}s, amounts become numbers
     * (1万 is 10000 元), empty levels and empty inputs are left out. A value that is no number is left out too;
     * {@link #problems} names it.
     */
    public static List<DiscretionStandard> standards(List<Standard> standards) {
        List<DiscretionStandard> out = new ArrayList<>();
        for (Standard s : standards) {
            List<DiscretionStandard.Level> levels = s.filled().stream().map(l -> new DiscretionStandard.Level(l.severity(),
                    lines(l.circumstances()), l.kinds().isEmpty() ? null : l.kinds().stream().map(PenaltyKind::valueOf).toList(),
                    range(l.range()), orNull(l.other()))).toList();
            out.add(new DiscretionStandard(orNull(s.violation()), orNull(s.violatedClause()), orNull(s.penaltyClause()),
                    range(s.statutory()), levels.isEmpty() ? null : levels, lines(s.noPenalty()), lines(s.lighter()),
                    lines(s.mitigated()), lines(s.heavier()), orNull(s.sourceNote())));
        }
        return out;
    }

    /** The {@code discretion} array of the proposed item. */
    public static ArrayNode toJson(List<Standard> standards) {
        return JSON.valueToTree(standards(standards));
    }

    /** The form filled with the standards of an item (its {@code discretion} array; missing: none). */
    public static List<Standard> fromJson(JsonNode discretion) {
        List<Standard> out = new ArrayList<>();
        if (discretion == null || !discretion.isArray()) {
            return out;
        }
        for (JsonNode s : discretion) {
            List<Level> levels = new ArrayList<>();
            for (Severity severity : Severity.values()) {
                JsonNode l = null;
                for (JsonNode candidate : s.path("levels")) {
                    if (severity.name().equals(candidate.path("severity").asText()) && l == null) {
                        l = candidate;
                    }
                }
                if (l == null) {
                    levels.add(new Level(severity, "", List.of(), Range.EMPTY, ""));
                } else {
                    List<String> kinds = new ArrayList<>();
                    l.path("penaltyKinds").forEach(k -> kinds.add(k.asText()));
                    levels.add(new Level(severity, joined(l.path("circumstances")), kinds, range(l.path("range")), text(l, "otherPenalties")));
                }
            }
            out.add(new Standard(text(s, "violation"), text(s, "violatedClause"), text(s, "penaltyClause"), range(s.path("statutoryRange")),
                    levels, joined(s.path("noPenalty")), joined(s.path("lighter")), joined(s.path("mitigated")), joined(s.path("heavier")),
                    text(s, "sourceNote")));
        }
        return out;
    }

    private static Range range(JsonNode r) {
        return new Range(text(r, "fineFromYuan"), text(r, "fineToYuan"), text(r, "incomeMultipleFrom"), text(r, "incomeMultipleTo"));
    }

    private static DiscretionStandard.Range range(Range r) {
        if (r.blank()) {
            return null;
        }
        return new DiscretionStandard.Range(yuan(r.fineFrom()).orElse(null), yuan(r.fineTo()).orElse(null),
                multiple(r.multipleFrom()).orElse(null), multiple(r.multipleTo()).orElse(null));
    }

    /** A fine in whole 元: 30000, 30,000, 30000元, 3万 or 3万元; empty when no such amount. */
    static Optional<Long> yuan(String typed) {
        String t = typed.replace(",", "").replace("，", "").strip();
        Matcher m = YUAN.matcher(t);
        if (m.matches() && m.group(1).length() <= 15) {
            return Optional.of(Long.parseLong(m.group(1)));
        }
        Matcher w = WAN.matcher(t);
        if (w.matches() && w.group(1).length() <= 12) {
            BigDecimal v = new BigDecimal(w.group(1)).multiply(BigDecimal.valueOf(10_000));
            return Optional.of(v.longValueExact());
        }
        return Optional.empty();
    }

    /** A multiple of illegal income: 1, 1.5 or 3倍; empty when no such number. */
    static Optional<BigDecimal> multiple(String typed) {
        Matcher m = MULTIPLE.matcher(typed.strip());
        if (!m.matches() || m.group(1).length() > 8) {
            return Optional.empty();
        }
        BigDecimal v = new BigDecimal(m.group(1)).stripTrailingZeros();
        return Optional.of(v.scale() < 0 ? v.setScale(0) : v);
    }

    private static List<String> lines(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.isEmpty() ? null : lines;
    }

    private static String orNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static String joined(JsonNode array) {
        List<String> lines = new ArrayList<>();
        array.forEach(l -> lines.add(l.asText()));
        return String.join("\n", lines);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    // --- what cannot be sent ---------------------------------------------------------------------------------------

    /**
     * Amounts that are no numbers, by the JSON path the service would name them by (e.g.
     * {@code proposedItem.discretion[0].levels[1].range.fineFromYuan}), so that each stands beside its input.
     */
    public static Map<String, String> problems(List<Standard> standards) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int s = 0; s < standards.size(); s++) {
            Standard standard = standards.get(s);
            String base = PATH + "[" + s + "]";
            check(standard.statutory(), base + ".statutoryRange", out);
            List<Level> filled = standard.filled();
            for (int j = 0; j < filled.size(); j++) {
                check(filled.get(j).range(), base + ".levels[" + j + "].range", out);
            }
        }
        return out;
    }

    private static void check(Range r, String path, Map<String, String> out) {
        if (!r.fineFrom().isEmpty() && yuan(r.fineFrom()).isEmpty()) {
            out.put(path + ".fineFromYuan", "罚款应为整数金额（元），如 10000 或 1万");
        }
        if (!r.fineTo().isEmpty() && yuan(r.fineTo()).isEmpty()) {
            out.put(path + ".fineToYuan", "罚款应为整数金额（元），如 30000 或 3万");
        }
        if (!r.multipleFrom().isEmpty() && multiple(r.multipleFrom()).isEmpty()) {
            out.put(path + ".incomeMultipleFrom", "倍数应为数字，如 1 或 1.5");
        }
        if (!r.multipleTo().isEmpty() && multiple(r.multipleTo()).isEmpty()) {
            out.put(path + ".incomeMultipleTo", "倍数应为数字，如 3");
        }
    }

    // --- the page --------------------------------------------------------------------------------------------------

    /**
     * An input of the page with its error, if any; {@code context} names its standard and level for screen readers
     * (裁量基准1 轻微), as the visible legends around it do for the eye.
     */
    public record Field(String id, String name, String label, String context, String value, String error) {
    }

    /** A penalty kind's checkbox. */
    public record KindBox(String id, String value, String label, boolean checked) {
    }

    /** A range's four inputs and an error about the range as a whole (e.g. 超出法定幅度). */
    public record RangeView(Field fineFrom, Field fineTo, Field multipleFrom, Field multipleTo, String error) {
    }

    public record LevelView(String id, String legend, Field circumstances, String kindsName, List<KindBox> kinds, String kindsError,
                            RangeView range, Field other, String error) {
    }

    public record StandardView(String id, int number, String legend, Field violation, Field violatedClause, Field penaltyClause,
                               RangeView statutory, List<LevelView> levels, Field noPenalty, Field lighter, Field mitigated,
                               Field heavier, Field sourceNote, String removeId, String removeName, String error, boolean added) {
    }

    /** The discretion part of the form: shown for a 行政处罚 item (or one that has standards), its error above. */
    public record Section(boolean shown, List<StandardView> standards, String error) {
    }

    /**
     * The standards as the page shows them, each service error beside its input (taken from {@code errors}, so what is
     * left is shown above the form); {@code addOne} appends one empty standard, the new one focused.
     */
    public static Section page(List<Standard> standards, boolean penaltyItem, boolean addOne, Map<String, String> errors) {
        List<StandardView> views = new ArrayList<>();
        List<Standard> all = new ArrayList<>(standards);
        if (addOne) {
            all.add(Standard.empty());
        }
        for (int s = 0; s < all.size(); s++) {
            views.add(view(s, all.get(s), errors, addOne && s == all.size() - 1));
        }
        String error = take(errors, PATH);
        return new Section(penaltyItem || !all.isEmpty() || error != null, views, error);
    }

    private static StandardView view(int s, Standard st, Map<String, String> errors, boolean added) {
        String base = PATH + "[" + s + "]";
        String id = "d-" + s;
        String name = PREFIX + s + ".";
        String who = "裁量基准" + (s + 1) + " ";
        List<LevelView> levels = new ArrayList<>();
        int json = 0;
        for (Level l : st.levels()) {
            // a level's errors are named by its place among the filled levels, as the JSON sent held them
            String lb = l.blank() ? null : base + ".levels[" + json++ + "]";
            String lid = id + "-" + l.severity().name();
            String ln = name + l.severity().name() + ".";
            String lwho = who + l.severity().label() + " ";
            List<KindBox> kinds = new ArrayList<>();
            for (PenaltyKind k : PenaltyKind.values()) {
                boolean checked = l.kinds().contains(k.name());
                // the 2009 text's combined kind is offered only where old data already uses it
                if (k.in2021Text() || checked) {
                    kinds.add(new KindBox(lid + "-kind-" + k.name(), k.name(), k.label(), checked));
                }
            }
            levels.add(new LevelView(lid, l.severity().label(),
                    field(lid + "-circumstances", ln + "circumstances", lwho, "情形（每行一项）", l.circumstances(), errors, lb, ".circumstances"),
                    ln + "kinds", kinds, lb == null ? null : take(errors, lb + ".penaltyKinds"),
                    rangeView(lid, ln, lwho, l.range(), errors, lb == null ? null : lb + ".range"),
                    field(lid + "-other", ln + "other", lwho, "其他处罚", l.other(), errors, lb, ".otherPenalties"),
                    lb == null ? null : take(errors, lb)));
        }
        Field violation = field(id + "-violation", name + "violation", who, "违法行为", st.violation(), errors, base, ".violation");
        StandardView view = new StandardView(id, s + 1, "裁量基准 " + (s + 1) + (st.violation().isEmpty() ? "（新增）" : "：" + st.violation()),
                violation,
                field(id + "-violatedClause", name + "violatedClause", who, "违法条款", st.violatedClause(), errors, base, ".violatedClause"),
                field(id + "-penaltyClause", name + "penaltyClause", who, "处罚条款", st.penaltyClause(), errors, base, ".penaltyClause"),
                rangeView(id + "-stat", name + "stat.", who + "法定幅度 ", st.statutory(), errors, base + ".statutoryRange"), levels,
                field(id + "-noPenalty", name + "noPenalty", who, "不予处罚情形（每行一项，如首违不罚）", st.noPenalty(), errors, base, ".noPenalty"),
                field(id + "-lighter", name + "lighter", who, "从轻处罚情形（每行一项）", st.lighter(), errors, base, ".lighter"),
                field(id + "-mitigated", name + "mitigated", who, "减轻处罚情形（每行一项）", st.mitigated(), errors, base, ".mitigated"),
                field(id + "-heavier", name + "heavier", who, "从重处罚情形（每行一项）", st.heavier(), errors, base, ".heavier"),
                field(id + "-sourceNote", name + "sourceNote", who, "来源说明（未经核对原文的数字须注明）", st.sourceNote(), errors, base, ".sourceNote"),
                id + "-remove", name + "remove", null, added);
        // whatever else the service said of this standard (e.g. levels 不能为空) stands at its head
        String rest = take(errors, base);
        return rest == null ? view : new StandardView(view.id(), view.number(), view.legend(), view.violation(), view.violatedClause(),
                view.penaltyClause(), view.statutory(), view.levels(), view.noPenalty(), view.lighter(), view.mitigated(), view.heavier(),
                view.sourceNote(), view.removeId(), view.removeName(), rest, added);
    }

    private static RangeView rangeView(String id, String name, String who, Range r, Map<String, String> errors, String path) {
        Field fineFrom = field(id + "-fineFrom", name + "fineFrom", who, "罚款下限（元）", r.fineFrom(), errors, path, ".fineFromYuan");
        Field fineTo = field(id + "-fineTo", name + "fineTo", who, "罚款上限（元）", r.fineTo(), errors, path, ".fineToYuan");
        Field multipleFrom = field(id + "-multipleFrom", name + "multipleFrom", who, "违法所得倍数下限", r.multipleFrom(), errors, path,
                ".incomeMultipleFrom");
        Field multipleTo = field(id + "-multipleTo", name + "multipleTo", who, "违法所得倍数上限", r.multipleTo(), errors, path,
                ".incomeMultipleTo");
        return new RangeView(fineFrom, fineTo, multipleFrom, multipleTo, path == null ? null : take(errors, path));
    }

    /** An input; {@code who} names its standard and level. */
    private static Field field(String id, String name, String who, String label, String value, Map<String, String> errors,
                               String path, String property) {
        return new Field(id, name, label, who.strip(), value, path == null ? null : take(errors, path + property));
    }

    /** The messages at this path and below it, joined; removed so that each shows once. */
    static String take(Map<String, String> errors, String path) {
        List<String> messages = new ArrayList<>();
        errors.entrySet().removeIf(e -> {
            String k = e.getKey();
            boolean mine = k.equals(path) || k.startsWith(path + ".") || k.startsWith(path + "[");
            if (mine) {
                messages.add(e.getValue());
            }
            return mine;
        });
        return messages.isEmpty() ? null : String.join("；", messages);
    }
}
