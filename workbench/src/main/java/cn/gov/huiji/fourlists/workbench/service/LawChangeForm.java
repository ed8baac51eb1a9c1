package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The legal section's registration of a law amended or repealed (登记法律法规修改或废止, Art. 25(2), 29) as the form
 * holds it, and the body adjustment-service's POST /api/v1/law-changes takes. The service validates what the law
 * requires; the form only says in Chinese what cannot even be sent (a date that is not a date).
 *
 * @param amendedVersion the version the change amends or repeals (被修改的版本), optional: given, only items citing that
 *                       version or the law without a version owe an adjustment; left empty, every version's do
 */
public record LawChangeForm(String lawTitle, String amendedVersion, String kind, String effective, String document) {

    /** The kinds of change, as adjustment-service names them. */
    public static final Map<String, String> KINDS = kinds();

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("AMENDED", "修改");
        kinds.put("REPEALED", "废止");
        return Collections.unmodifiableMap(kinds);
    }

    /** What keeps the form from being sent, in Chinese; empty when it can go to the service. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!blank(effective)) {
            try {
                LocalDate.parse(effective.strip());
            } catch (DateTimeParseException e) {
                problems.add("施行日期应为 YYYY-MM-DD 格式的日期，例如 2021-09-01。");
            }
        }
        return problems;
    }

    /** The JSON body: fields trimmed, empty fields left out so the service names each one that is missing. */
    public ObjectNode toJson() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        putIf(body, "lawTitle", lawTitle);
        putIf(body, "amendedVersion", amendedVersion);
        putIf(body, "kind", kind);
        putIf(body, "effective", effective);
        putIf(body, "document", document);
        return body;
    }

    static void putIf(ObjectNode body, String field, String value) {
        if (!blank(value)) {
            body.put(field, value.strip());
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
