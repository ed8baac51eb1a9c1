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
        for (Iterator<Map.Entry<String, JsonNode>> it = proposed.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equals("code") || field.getKey().equals("list")) {
                continue;
            }
            JsonNode current = inForce == null ? null
                    : inForce.path("content").has(field.getKey()) ? inForce.path("content").get(field.getKey()) : inForce.get(field.getKey());
            if (current == null || !current.equals(field.getValue())) {
                changes.add(new Change(field.getKey(), NAMES.getOrDefault(field.getKey(), field.getKey()), readable(current),
                        readable(field.getValue())));
            }
        }
        return changes;
    }

    static String readable(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "（无）";
        }
        return value.isTextual() ? value.asText() : value.toString();
    }
}
