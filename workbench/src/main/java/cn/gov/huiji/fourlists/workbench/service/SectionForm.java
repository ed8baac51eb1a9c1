package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A section or the brigade (科室（队）), each responsible for its items (Art. 24), as the admin registers or renames
 * it: list-service's PUT /api/v1/sections/{code} with its name and the person first responsible (第一责任人).
 */
public record SectionForm(String code, String name, String headName) {

    /** list-service's own rule for a code; checked here because the code goes into the path. */
    static final String CODE = "[a-z0-9-]{2,64}";

    public String trimmedCode() {
        return code == null ? "" : code.strip();
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!trimmedCode().matches(CODE)) {
            problems.add("科室编码应为 2 至 64 位小写字母、数字或连字符，例如 hazchem。");
        }
        return problems;
    }

    public ObjectNode toJson() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        LawChangeForm.putIf(body, "name", name);
        LawChangeForm.putIf(body, "headName", headName);
        return body;
    }
}
