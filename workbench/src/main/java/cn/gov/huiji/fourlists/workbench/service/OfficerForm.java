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
 * An enforcement officer's record as the legal section registers or renews it (执法人员, Art. 19; R-LIST-9): the
 * certificate number, name, unit, enforcement category and area, issuing authority and term. There is no field for a
 * personal identity number: the register never holds one.
 */
public record OfficerForm(String certificateNo, String name, String unitCreditCode, String category, String area,
                          String issuingAuthority, String validFrom, String validTo) {

    public static final Map<String, String> LABELS = Map.of("certificateNo", "执法证号", "name", "姓名", "unitCreditCode",
            "所在单位统一社会信用代码", "category", "执法类别", "area", "执法区域", "issuingAuthority", "发证机关", "validFrom", "有效期起",
            "validTo", "有效期止");

    public static OfficerForm empty() {
        return new OfficerForm("", "", "", "", "", "", "", "");
    }

    /** The form filled with the officer as list-service holds them (OfficerView). */
    public static OfficerForm of(JsonNode view) {
        return new OfficerForm(BodyForm.text(view, "certificateNo"), BodyForm.text(view, "name"),
                BodyForm.text(view == null ? null : view.path("unit"), "creditCode"), BodyForm.text(view, "category"),
                BodyForm.text(view, "area"), BodyForm.text(view, "issuingAuthority"), BodyForm.text(view, "validFrom"),
                BodyForm.text(view, "validTo"));
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        FormText.check(validFrom, "有效期起", problems);
        FormText.check(validTo, "有效期止", problems);
        FormText.order(validFrom, validTo, "有效期起", "有效期止", problems);
        return problems;
    }

    /** The body of POST /api/v1/officers and PUT /api/v1/officers/{certificateNo}. */
    public ObjectNode toJson() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        FormText.putIf(body, "certificateNo", certificateNo);
        FormText.putIf(body, "name", name);
        FormText.putIf(body, "unitCreditCode", unitCreditCode);
        FormText.putIf(body, "category", category);
        FormText.putIf(body, "area", area);
        FormText.putIf(body, "issuingAuthority", issuingAuthority);
        FormText.putIf(body, "validFrom", validFrom);
        FormText.putIf(body, "validTo", validTo);
        return body;
    }

    /** A certificate's status from a date, for a reason: 有效, 注销 (revoked) or 暂扣 (suspended). */
    public record StatusChange(String status, String date, String reason) {

        public static final Map<String, String> STATUSES = statuses();
        public static final Map<String, String> LABELS = Map.of("status", "执法证状态", "date", "变更日期", "reason", "变更理由");

        private static Map<String, String> statuses() {
            Map<String, String> s = new LinkedHashMap<>();
            s.put("VALID", "有效");
            s.put("REVOKED", "注销");
            s.put("SUSPENDED", "暂扣");
            return Collections.unmodifiableMap(s);
        }

        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (!FormText.blank(status) && !STATUSES.containsKey(status.strip())) {
                problems.add("请选择执法证状态：有效、注销或暂扣。");
            }
            FormText.check(date, "变更日期", problems);
            return problems;
        }

        public ObjectNode toJson() {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            FormText.putIf(body, "status", status);
            FormText.putIf(body, "date", date);
            FormText.putIf(body, "reason", reason);
            return body;
        }
    }
}
