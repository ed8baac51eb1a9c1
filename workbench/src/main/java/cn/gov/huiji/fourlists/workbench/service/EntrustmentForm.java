package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * An entrustment as the legal section registers it (行政执法委托, Art. 18): the entrusting body, the powers entrusted
 * by their item codes, the term and the entrustment document. list-service checks that the entrusting body is
 * registered and holds those items; outside its term or its scope an entrustment gives no authority.
 */
public record EntrustmentForm(String entrustingCreditCode, String itemCodes, String validFrom, String validTo, String documentNo,
                              String documentDate) {

    public static final Map<String, String> LABELS = Map.of("entrustingCreditCode", "委托机关统一社会信用代码", "itemCodes", "委托事项编码",
            "validFrom", "委托期限起", "validTo", "委托期限止", "documentNo", "委托书文号", "documentDate", "委托书日期");

    public static EntrustmentForm empty() {
        return new EntrustmentForm("", "", "", "", "", "");
    }

    /** The item codes as typed: one a line, or separated by commas, 、 or spaces; each once, in order. */
    public List<String> codes() {
        if (FormText.blank(itemCodes)) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(itemCodes.split("[\\s,，、;；]+")).filter(c -> !c.isBlank()).toList()));
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        FormText.check(validFrom, "委托期限起", problems);
        FormText.check(validTo, "委托期限止", problems);
        FormText.check(documentDate, "委托书日期", problems);
        FormText.order(validFrom, validTo, "委托期限起", "委托期限止", problems);
        return problems;
    }

    /** The body of POST /api/v1/bodies/{creditCode}/entrustments. */
    public ObjectNode toJson() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        FormText.putIf(body, "entrustingCreditCode", entrustingCreditCode);
        List<String> codes = codes();
        if (!codes.isEmpty()) {
            ArrayNode list = body.putArray("itemCodes");
            codes.forEach(list::add);
        }
        FormText.putIf(body, "validFrom", validFrom);
        FormText.putIf(body, "validTo", validTo);
        FormText.putIf(body, "documentNo", documentNo);
        FormText.putIf(body, "documentDate", documentDate);
        return body;
    }

    /** Ending an entrustment before its term (终止委托): from which date and why. */
    public record Revocation(String id, String date, String reason) {

        public static final Map<String, String> LABELS = Map.of("date", "终止日期", "reason", "终止理由");

        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            FormText.check(date, "终止日期", problems);
            return problems;
        }

        public ObjectNode toJson() {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            FormText.putIf(body, "date", date);
            FormText.putIf(body, "reason", reason);
            return body;
        }
    }
}
