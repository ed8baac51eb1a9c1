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
            if (!x.equals(y)) {
                changes.add(new Change(f, LABELS.getOrDefault(f, f), x, y));
            }
        }
        return changes;
    }

    /** The names of the fields that differ, for a history listing. */
    public static List<String> changedFields(ItemFields before, ItemFields after, ObjectMapper json) {
        return between(before, after, json).stream().map(Change::field).toList();
    }

    private static ObjectNode tree(ItemFields f, ObjectMapper json) {
        ObjectNode node = f.content == null ? json.createObjectNode() : json.valueToTree(f.content);
        node.set("status", TextNode.valueOf(f.status));
        node.set("list", TextNode.valueOf(f.list.name()));
        return node;
    }
}
