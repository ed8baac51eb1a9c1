package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The field-by-field difference between an item as proposed and the version in force (plain functions): each field
 * of the proposal whose value differs from the same field in force, with both values as people read them.
 */
public final class ItemDiff {

    /** Field names as the published lists name them. */
    static final Map<String, String> NAMES = Map.ofEntries(Map.entry("name", "名称"), Map.entry("category", "权力类型"),
            Map.entry("section", "承办机构"), Map.entry("legalBasis", "实施依据"), Map.entry("duties", "责任事项"),
            Map.entry("accountability", "追责情形"), Map.entry("processFlow", "运行流程"), Map.entry("materials", "申请材料"),
            Map.entry("fee", "收费标准"), Map.entry("fund", "基金征收"), Map.entry("statutoryLimitDays", "法定时限"),
            Map.entry("promisedLimitDays", "承诺时限"), Map.entry("subItems", "子项"), Map.entry("supervision", "事中事后监管"),
            Map.entry("implementingBody", "实施主体"), Map.entry("exerciseLevel", "行使层级"), Map.entry("basicCode", "基本编码"));

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
            if (!readable(was).equals(readable(will))) {
                changes.add(new Change(name, NAMES.getOrDefault(name, name), readable(was), readable(will)));
            }
        }
        return changes;
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
