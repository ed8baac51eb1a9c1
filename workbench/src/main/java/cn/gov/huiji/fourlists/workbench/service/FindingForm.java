package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A finding about one sampled object (Art. 29: 漏报, 瞒报, 虚报, or other; or none found) as the form holds it, and the
 * body of audit-service's POST …/spot-checks/{id}/findings and PUT …/findings/{findingId}: the evidence, the traces'
 * positions in the public log (so that anyone can look them up), the documents, and who in which section answers for it.
 *
 * @param traceIndexes the log positions as typed, separated by commas, spaces or new lines
 * @param documents    one document per line (文号 or name)
 */
public record FindingForm(String object, String kind, String section, String person, String traceIndexes, String documents,
                          String evidence) {

    public static final Map<String, String> LABELS = Map.of("object", "抽查对象", "kind", "检查结论", "section", "责任科室（队）",
            "person", "责任人", "traceIndexes", "相关痕迹的日志位置", "documents", "相关文件", "evidence", "证据和说明");

    public static FindingForm empty(String object) {
        return new FindingForm(object, "", "", "", "", "", "");
    }

    /** The finding as recorded, to revise it. */
    public static FindingForm of(Oversight.FindingView f) {
        return new FindingForm(f.object(), f.kind(), f.section(), f.person(), f.traceIndexes(), String.join("\n", f.documents()),
                f.evidence());
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (indexes() == null) {
            problems.add("相关痕迹的日志位置应为非负整数，多个以逗号或空格分隔，如 1024, 1031。");
        }
        return problems;
    }

    /** The log positions, or null when one of them is no number. */
    List<Long> indexes() {
        List<Long> out = new ArrayList<>();
        if (FormText.blank(traceIndexes)) {
            return out;
        }
        for (String t : traceIndexes.strip().split("[\\s,，、;；]+")) {
            if (!t.matches("\\d{1,18}")) {
                return null;
            }
            out.add(Long.parseLong(t));
        }
        return out;
    }

    List<String> documentList() {
        List<String> out = new ArrayList<>();
        if (documents != null) {
            documents.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(out::add);
        }
        return out;
    }

    public ObjectNode toJson() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        FormText.putIf(body, "object", object);
        FormText.putIf(body, "kind", kind);
        FormText.putIf(body, "section", section);
        FormText.putIf(body, "person", person);
        List<Long> indexes = indexes();
        if (indexes != null && !indexes.isEmpty()) {
            ArrayNode a = body.putArray("traceIndexes");
            indexes.forEach(a::add);
        }
        List<String> docs = documentList();
        if (!docs.isEmpty()) {
            ArrayNode a = body.putArray("documents");
            docs.forEach(a::add);
        }
        FormText.putIf(body, "evidence", evidence);
        return body;
    }
}
