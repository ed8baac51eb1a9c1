package cn.gov.huiji.fourlists.list.service;

import cn.gov.huiji.fourlists.list.domain.ItemFields;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What changed between two versions of an item, field by field (R-LIST-3). */
public final class VersionDiff {

    /** One changed field, with its Chinese name as the published list prints it. */
    public record Change(String field, String label, JsonNode before, JsonNode after) {
    }

    /** The fields of R-LIST-2 in the order a published list prints them, with their Chinese names. */
    public static final Map<String, String> LABELS;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("status", "状态");
        m.put("list", "清单");
        m.put("name", "事项名称");
        m.put("category", "权力类型");
        m.put("basicCode", "基本编码");
        m.put("implementationCode", "实施编码");
        m.put("subItems", "子项");
        m.put("implementingBody", "实施主体");
        m.put("section", "承办机构");
        m.put("exerciseLevel", "行使层级");
        m.put("legalBasis", "实施依据");
        m.put("processFlow", "运行流程");
        m.put("statutoryLimitDays", "法定时限（工作日）");
        m.put("promisedLimitDays", "承诺时限（工作日）");
        m.put("extensionConditions", "延长时限的条件");
        m.put("duties", "责任事项");
        m.put("accountability", "追责情形");
        m.put("supervision", "事中事后监管措施");
        m.put("materials", "申请材料");
        m.put("fee", "收费标准");
        m.put("fund", "基金征收");
        m.put("onlineUrl", "网上办理地址");
        m.put("supervisionPhone", "监督电话");
        m.put("remarks", "备注");
        m.put("discretion", "裁量基准");
        LABELS = Map.copyOf(m);
        ORDER = List.copyOf(m.keySet());
    }

    private static final List<String> ORDER;

    private VersionDiff() {
    }

    public static List<Change> between(ItemFields before, ItemFields after, ObjectMapper json) {
        ObjectNode a = tree(before, json);
        ObjectNode b = tree(after, json);
        Set<String> fields = new LinkedHashSet<>(ORDER);
        a.fieldNames().forEachRemaining(fields::add);
        b.fieldNames().forEachRemaining(fields::add);
        fields.remove("code");
        List<Change> changes = new ArrayList<>();
        for (String f : fields) {
            JsonNode x = a.path(f).isMissingNode() ? NullNode.instance : a.get(f);
            JsonNode y = b.path(f).isMissingNode() ? NullNode.instance : b.get(f);
            if (x.equals(y)) {
                continue;
            }
            if (f.equals("discretion") && x.isArray() && y.isArray()) {
                discretion(f, LABELS.get(f), x, y, changes);
            } else {
                changes.add(new Change(f, LABELS.getOrDefault(f, f), x, y));
            }
        }
        return changes;
    }

    /** The names of the fields that differ, for a history listing: discretion[0].levels[1].range counts as discretion. */
    public static List<String> changedFields(ItemFields before, ItemFields after, ObjectMapper json) {
        return between(before, after, json).stream().map(c -> c.field().split("[.\\[]", 2)[0]).distinct().toList();
    }

    /** The parts of a discretion standard (R-LIST-7) as the published tables name them. */
    static final Map<String, String> DISCRETION_LABELS = Map.ofEntries(
            Map.entry("violation", "违法行为"), Map.entry("violatedClause", "违法条款"), Map.entry("penaltyClause", "处罚条款"),
            Map.entry("statutoryRange", "法定幅度"), Map.entry("levels", "裁量阶次"), Map.entry("severity", "阶次"),
            Map.entry("circumstances", "情形"), Map.entry("penaltyKinds", "处罚种类"), Map.entry("range", "幅度"),
            Map.entry("otherPenalties", "其他处罚"), Map.entry("noPenalty", "不予处罚情形"), Map.entry("lighter", "从轻处罚情形"),
            Map.entry("mitigated", "减轻处罚情形"), Map.entry("heavier", "从重处罚情形"), Map.entry("sourceNote", "来源说明"),
            Map.entry("fineFromYuan", "罚款下限（元）"), Map.entry("fineToYuan", "罚款上限（元）"),
            Map.entry("incomeMultipleFrom", "违法所得倍数下限"), Map.entry("incomeMultipleTo", "违法所得倍数上限"));

    /**
     * The discretion standards compared part by part, so that a changed fine reads as
     * {@code discretion[0].levels[1].range.fineToYuan} (裁量基准 › 违法行为1 › 裁量阶次 › 「一般」阶次 › 幅度 › 罚款上限（元）) rather than
     * as two whole lists. Standards and levels compare by position; lists of words (情形, 处罚种类) as a whole.
     */
    private static void discretion(String path, String label, JsonNode x, JsonNode y, List<Change> changes) {
        if (x.equals(y)) {
            return;
        }
        if (x.isArray() && y.isArray() && (isObjects(x) || isObjects(y))) {
            boolean levels = path.endsWith("levels");
            for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
                JsonNode a = i < x.size() ? x.get(i) : NullNode.instance;
                JsonNode b = i < y.size() ? y.get(i) : NullNode.instance;
                String name = levels ? "「" + severityLabel(b.isNull() ? a : b) + "」阶次" : "违法行为" + (i + 1);
                discretion(path + "[" + i + "]", label + " › " + name, a, b, changes);
            }
            return;
        }
        if (x.isObject() && y.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            x.fieldNames().forEachRemaining(keys::add);
            y.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                JsonNode a = x.path(k).isMissingNode() ? NullNode.instance : x.get(k);
                JsonNode b = y.path(k).isMissingNode() ? NullNode.instance : y.get(k);
                if (!k.equals("levels") || !a.isArray() || !b.isArray()) {
                    if (a.equals(b)) {
                        continue;
                    }
                    if (!(a.isObject() && b.isObject())) {
                        changes.add(new Change(path + "." + k, label + " › " + DISCRETION_LABELS.getOrDefault(k, k), a, b));
                        continue;
                    }
                }
                discretion(path + "." + k, label + " › " + DISCRETION_LABELS.getOrDefault(k, k), a, b, changes);
            }
            return;
        }
        changes.add(new Change(path, label, x, y));
    }

    private static boolean isObjects(JsonNode array) {
        for (JsonNode n : array) {
            if (n.isObject()) {
                return true;
            }
        }
        return false;
    }

    private static String severityLabel(JsonNode level) {
        String s = level.path("severity").asText("");
        try {
            return cn.gov.huiji.fourlists.kernel.contract.Severity.valueOf(s).label();
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static ObjectNode tree(ItemFields f, ObjectMapper json) {
        ObjectNode node = f.content == null ? json.createObjectNode() : json.valueToTree(f.content);
        node.set("status", TextNode.valueOf(f.status));
        node.set("list", TextNode.valueOf(f.list.name()));
        return node;
    }
}
