package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An enforcement body's record as the legal section registers or corrects it (执法主体, Art. 17; R-LIST-8): its
 * 统一社会信用代码, name, kind, enforcement category, the legal basis of its power and the document that confirmed it.
 * list-service checks the code (GB 32100) and everything the law requires; the form only says in Chinese what cannot
 * even be sent.
 */
public record BodyForm(String creditCode, String name, String kind, String enforcementCategory, String legalBasis,
                       String confirmationNo, String confirmationDate) {

    /** The kinds of body, as list-service names them: 法定行政机关, 法律法规授权的组织, 受委托组织 (Art. 18). */
    public static final Map<String, String> KINDS = kinds();
    /** The page's label of each field, for the service's field errors. */
    public static final Map<String, String> LABELS = Map.of("creditCode", "统一社会信用代码", "name", "主体名称", "kind", "主体类别",
            "enforcementCategory", "执法类别", "legalBasis", "执法依据", "confirmationNo", "确认文号", "confirmationDate", "确认日期");

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("STATUTORY", "法定");
        kinds.put("AUTHORIZED", "授权");
        kinds.put("ENTRUSTED", "受委托组织");
        return Collections.unmodifiableMap(kinds);
    }

    public static BodyForm empty() {
        return new BodyForm("", "", "STATUTORY", "", "", "", "");
    }

    /** The form filled with the body as list-service holds it (BodyView). */
    public static BodyForm of(JsonNode view) {
        return new BodyForm(text(view, "creditCode"), text(view, "name"), text(view, "kind"), text(view, "enforcementCategory"),
                text(view, "legalBasis"), text(view, "confirmationNo"), text(view, "confirmationDate"));
    }

    /** What keeps the form from being sent, in Chinese; empty when it can go to list-service. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        FormText.check(confirmationDate, "确认日期", problems);
        return problems;
    }

    /** The body of POST /api/v1/bodies and PUT /api/v1/bodies/{creditCode}: empty fields left out, so the service names them. */
    public ObjectNode toJson() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        FormText.putIf(body, "creditCode", creditCode);
        FormText.putIf(body, "name", name);
        FormText.putIf(body, "kind", kind);
        FormText.putIf(body, "enforcementCategory", enforcementCategory);
        FormText.putIf(body, "legalBasis", legalBasis);
        FormText.putIf(body, "confirmationNo", confirmationNo);
        FormText.putIf(body, "confirmationDate", confirmationDate);
        return body;
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
