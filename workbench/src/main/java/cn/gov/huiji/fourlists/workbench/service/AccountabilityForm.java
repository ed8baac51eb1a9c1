package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An accountability record (问责, Art. 29, 31) as the discipline group's form holds it, and the body of audit-service's
 * POST /api/v1/oversight/accountability (or PUT …/{id} while it is only recorded): against a section, and a person in it
 * when one is held to account, the facts with the findings and cards they rest on, the basis and the measure. The decision and its date follow in
 * {@link Decision}, once taken.
 *
 * @param id       the record revised; empty for a new one
 * @param findings finding ids, separated by commas, spaces or new lines
 * @param cards    card ids, separated the same way
 */
public record AccountabilityForm(String id, String section, String person, String facts, String findings, String cards, String basis,
                                 String measure) {

    public static final Map<String, String> LABELS = Map.of("section", "被问责科室（队）", "person", "被问责人", "facts", "事实",
            "findings", "所依据的抽查发现", "cards", "所依据的红黄牌", "basis", "依据", "measure", "问责措施",
            "decisionDate", "决定日期", "decisionDocument", "决定文书");

    public static AccountabilityForm empty() {
        return new AccountabilityForm("", "", "", "", "", "", "", "");
    }

    /** A record as held, to revise it. */
    public static AccountabilityForm of(Oversight.Accountability a) {
        return new AccountabilityForm(a.id(), a.section(), a.person(), a.facts(), String.join("\n", a.findings()),
                String.join("\n", a.cards()), a.basis(), a.measure());
    }

    public boolean revising() {
        return !FormText.blank(id);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (String f : tokens(findings)) {
            try {
                UUID.fromString(f);
            } catch (IllegalArgumentException e) {
                problems.add("所依据的抽查发现应为发现的编号，如 3f2b…（见抽查详情页），“" + f + "”不是。");
            }
        }
        if (FormText.blank(section)) {
            problems.add("请选择被问责的科室（队）；问责个人时，选择其所在的科室（队）。");
        }
        return problems;
    }

    public ObjectNode toJson() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        FormText.putIf(body, "section", section);
        FormText.putIf(body, "person", person);
        FormText.putIf(body, "facts", facts);
        ArrayNode f = body.putArray("findings");
        tokens(findings).forEach(f::add);
        ArrayNode c = body.putArray("cards");
        tokens(cards).forEach(c::add);
        FormText.putIf(body, "basis", basis);
        FormText.putIf(body, "measure", measure);
        return body;
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (!FormText.blank(text)) {
            for (String t : text.strip().split("[\\s,，、;；]+")) {
                if (!t.isEmpty() && !out.contains(t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** The decision on a record: its date and its document (文号). */
    public record Decision(String id, String decisionDate, String decisionDocument) {

        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (FormText.blank(decisionDate)) {
                problems.add("请填写决定日期。");
            }
            FormText.check(decisionDate, "决定日期", problems);
            if (FormText.blank(decisionDocument)) {
                problems.add("请填写决定文书（文号）。");
            }
            return problems;
        }

        public ObjectNode toJson() {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            FormText.putIf(body, "decisionDate", decisionDate);
            FormText.putIf(body, "decisionDocument", decisionDocument);
            return body;
        }
    }
}
