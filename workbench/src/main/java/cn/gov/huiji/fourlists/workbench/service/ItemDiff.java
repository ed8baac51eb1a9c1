package cn.gov.huiji.fourlists.workbench.service;

import cn.gov.huiji.fourlists.kernel.contract.PenaltyKind;
import cn.gov.huiji.fourlists.kernel.contract.Severity;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The field-by-field difference between an item as proposed and the version in force (plain functions): each field
 * of the proposal whose value differs from the same field in force, with both values as people read them. The
 * discretion standards (Art. 16, 22(1) 裁量标准) are compared standard by standard (matched by their violation) and
 * part by part — a clause, the statutory range, one level, one list of conditions — so a changed fine reads as
 * 「一般」 with its range rather than as one long line of nested lists.
 */
public final class ItemDiff {

    /** Field names as the published lists name them. */
    static final Map<String, String> NAMES = Map.ofEntries(Map.entry("name", "名称"), Map.entry("category", "权力类型"),
            Map.entry("section", "承办机构"), Map.entry("legalBasis", "实施依据"), Map.entry("duties", "责任事项"),
            Map.entry("accountability", "追责情形"), Map.entry("processFlow", "运行流程"), Map.entry("materials", "申请材料"),
            Map.entry("fee", "收费标准"), Map.entry("fund", "基金征收"), Map.entry("statutoryLimitDays", "法定时限"),
            Map.entry("promisedLimitDays", "承诺时限"), Map.entry("subItems", "子项"), Map.entry("supervision", "事中事后监管"),
            Map.entry("implementingBody", "实施主体"), Map.entry("exerciseLevel", "行使层级"), Map.entry("basicCode", "基本编码"),
            Map.entry("discretion", "自由裁量基准"), Map.entry("remarks", "备注"), Map.entry("onlineUrl", "网上办理地址"),
            Map.entry("supervisionPhone", "监督电话"), Map.entry("extensionConditions", "延长办结的条件"),
            Map.entry("implementationCode", "实施编码"));

    private ItemDiff() {
    }

    /** One changed field. */
    public record Change(String field, String label, String inForce, String proposed) {
    }

    public static List<Change> of(JsonNode proposed, JsonNode inForce) {
        List<Change> changes = new ArrayList<>();
        if (proposed == null || !proposed.isObject()) {
            return changes;
        }
        JsonNode current = inForce == null ? null : inForce.has("content") ? inForce.path("content") : inForce;
        // every element either side names: one the proposal drops shows as removed
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        proposed.fieldNames().forEachRemaining(names::add);
        if (current != null) {
            current.fieldNames().forEachRemaining(names::add);
        }
        for (String name : names) {
            if (name.equals("code") || name.equals("list")) {
                continue;
            }
            JsonNode was = current == null ? null : current.get(name);
            JsonNode will = proposed.get(name);
            if (name.equals("discretion")) {
                changes.addAll(discretion(was, will));
                continue;
            }
            if (!readable(was).equals(readable(will))) {
                changes.add(new Change(name, NAMES.getOrDefault(name, name), readable(was), readable(will)));
            }
        }
        return changes;
    }

    /**
     * The changes of the discretion standards: a standard added or dropped as one row with all it says, a standard
     * on both sides (same violation) as one row per part that differs.
     */
    static List<Change> discretion(JsonNode was, JsonNode will) {
        Map<String, JsonNode> before = byViolation(was);
        Map<String, JsonNode> after = byViolation(will);
        java.util.Set<String> violations = new java.util.LinkedHashSet<>(after.keySet());
        violations.addAll(before.keySet());
        List<Change> changes = new ArrayList<>();
        for (String v : violations) {
            Map<String, String> a = before.containsKey(v) ? parts(before.get(v)) : null;
            Map<String, String> b = after.containsKey(v) ? parts(after.get(v)) : null;
            String label = "自由裁量基准「" + v + "」";
            if (a == null || b == null) {
                changes.add(new Change("discretion", label + (a == null ? "（新增）" : "（删除）"), a == null ? "（无）" : whole(a),
                        b == null ? "（无）" : whole(b)));
                continue;
            }
            java.util.Set<String> names = new java.util.LinkedHashSet<>(a.keySet());
            names.addAll(b.keySet());
            for (String part : PARTS) {
                if (names.contains(part) && !a.getOrDefault(part, "（无）").equals(b.getOrDefault(part, "（无）"))) {
                    changes.add(new Change("discretion", label + " · " + part, a.getOrDefault(part, "（无）"), b.getOrDefault(part, "（无）")));
                }
            }
        }
        return changes;
    }

    /** The parts of a standard, in the order the published tables print them. */
    static final List<String> PARTS = List.of("违法条款", "处罚条款", "法定处罚幅度", Severity.MINOR.label(), Severity.GENERAL.label(),
            Severity.SERIOUS.label(), Severity.GRAVE.label(), "不予处罚情形", "从轻处罚情形", "减轻处罚情形", "从重处罚情形", "来源说明");

    private static Map<String, JsonNode> byViolation(JsonNode standards) {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        if (standards != null && standards.isArray()) {
            int n = 0;
            for (JsonNode s : standards) {
                n++;
                String v = s.path("violation").asText("").strip();
                out.putIfAbsent(v.isEmpty() || out.containsKey(v) ? v + "（第" + n + "条）" : v, s);
            }
        }
        return out;
    }

    /** A standard's parts as people read them; a part it does not state is absent. */
    static Map<String, String> parts(JsonNode s) {
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        putText(parts, "违法条款", s.path("violatedClause").asText(""));
        putText(parts, "处罚条款", s.path("penaltyClause").asText(""));
        putText(parts, "法定处罚幅度", range(s.path("statutoryRange")));
        for (JsonNode level : s.path("levels")) {
            String severity = level.path("severity").asText("");
            String name = java.util.Arrays.stream(Severity.values()).filter(v -> v.name().equals(severity)).findFirst()
                    .map(Severity::label).orElse(severity);
            List<String> kinds = new ArrayList<>();
            level.path("penaltyKinds").forEach(k -> kinds.add(java.util.Arrays.stream(PenaltyKind.values())
                    .filter(p -> p.name().equals(k.asText())).findFirst().map(PenaltyKind::label).orElse(k.asText())));
            List<String> said = new ArrayList<>();
            said.add("情形：" + joined(level.path("circumstances"), "；"));
            if (!kinds.isEmpty()) {
                said.add("处罚种类：" + String.join("、", kinds));
            }
            String range = range(level.path("range"));
            if (!range.isEmpty()) {
                said.add(range);
            }
            if (!level.path("otherPenalties").asText("").isBlank()) {
                said.add("其他：" + level.path("otherPenalties").asText());
            }
            parts.put(name, String.join("。", said));
        }
        putText(parts, "不予处罚情形", joined(s.path("noPenalty"), "；"));
        putText(parts, "从轻处罚情形", joined(s.path("lighter"), "；"));
        putText(parts, "减轻处罚情形", joined(s.path("mitigated"), "；"));
        putText(parts, "从重处罚情形", joined(s.path("heavier"), "；"));
        putText(parts, "来源说明", s.path("sourceNote").asText(""));
        return parts;
    }

    private static String whole(Map<String, String> parts) {
        List<String> out = new ArrayList<>();
        parts.forEach((k, v) -> out.add(k + "：" + v));
        return String.join("。", out);
    }

    private static void putText(Map<String, String> parts, String name, String text) {
        if (!text.isBlank()) {
            parts.put(name, text.strip());
        }
    }

    private static String joined(JsonNode array, String separator) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return String.join(separator, out);
    }

    /** 罚款 1万元至3万元；违法所得 1倍至3倍 — an open end reads 以上 or 以下. */
    static String range(JsonNode r) {
        List<String> out = new ArrayList<>();
        String fine = span(r.path("fineFromYuan"), r.path("fineToYuan"), ItemDiff::yuan);
        if (!fine.isEmpty()) {
            out.add("罚款 " + fine);
        }
        String multiple = span(r.path("incomeMultipleFrom"), r.path("incomeMultipleTo"), ItemDiff::times);
        if (!multiple.isEmpty()) {
            out.add("违法所得 " + multiple);
        }
        return String.join("；", out);
    }

    private static String span(JsonNode from, JsonNode to, java.util.function.Function<JsonNode, String> text) {
        boolean f = from.isNumber() || from.isTextual() && !from.asText().isBlank();
        boolean t = to.isNumber() || to.isTextual() && !to.asText().isBlank();
        if (f && t) {
            return text.apply(from) + "至" + text.apply(to);
        }
        return f ? text.apply(from) + "以上" : t ? text.apply(to) + "以下" : "";
    }

    /** 1倍, 1.5倍: the same multiple reads the same however its JSON wrote it (1, 1.0, 1.50). */
    static String times(JsonNode multiple) {
        try {
            return new java.math.BigDecimal(multiple.asText()).stripTrailingZeros().toPlainString() + "倍";
        } catch (NumberFormatException e) {
            return multiple.asText() + "倍";
        }
    }

    /** Whole 万 as the tables print them (3万元), other amounts in 元. */
    static String yuan(JsonNode amount) {
        long v = amount.asLong();
        return v > 0 && v % 10_000 == 0 ? v / 10_000 + "万元" : v + "元";
    }

    /** A value as people read it: objects as their values, lists one after another. */
    static String readable(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode() || value.isArray() && value.isEmpty()) {
            return "（无）";
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(readable(v)));
            return String.join("；", parts);
        }
        if (value.isObject() && value.has("level") && value.has("title")) {
            // a citation as a published list prints it: 【法律】《中华人民共和国安全生产法》（2021年6月10日修正）第九十五条
            return "【" + RequestForm.LEVELS.getOrDefault(value.path("level").asText(), value.path("level").asText()) + "】《"
                    + value.path("title").asText() + "》" + (value.hasNonNull("version") ? "（" + value.path("version").asText() + "）" : "")
                    + value.path("article").asText("") + (value.hasNonNull("excerpt") ? "：" + value.path("excerpt").asText() : "");
        }
        if (value.isObject()) {
            List<String> parts = new ArrayList<>();
            value.fields().forEachRemaining(f -> {
                if (!f.getValue().isNull()) {
                    parts.add(readable(f.getValue()));
                }
            });
            return String.join(" ", parts);
        }
        return value.asText();
    }
}
