package cn.gov.huiji.fourlists.portal.view;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The plain Chinese of the enforcement disclosures (Art. 17–19, R-LIST-8, R-LIST-9): whether an entrustment is in
 * term or ended, an officer's certificate state, and the answer of the certificate check as one sentence a citizen
 * can read out. list-service decides (inTerm, valid, reasonZh); these only word its answer.
 */
public final class Enforcement {

    /** The kinds of body the page may filter by, with their names (法定 / 授权 / 受委托组织, Art. 17). */
    public static final List<Kind> KINDS = List.of(new Kind("STATUTORY", "法定行政机关"), new Kind("AUTHORIZED", "法律法规授权的组织"),
            new Kind("ENTRUSTED", "受委托组织"));

    private Enforcement() {
    }

    @io.quarkus.qute.TemplateData
    public record Kind(String code, String name) {
    }

    /**
     * An entrustment on the day shown: 在期内 when list-service says it is in term; otherwise 已终止 when it was revoked
     * (with the date and reason), 已到期 after its term, 尚未开始 before it.
     */
    public static String entrustmentState(JsonNode e, LocalDate on) {
        if (e.path("inTerm").asBoolean(false)) {
            return "在期内";
        }
        if (e.path("revoked").asBoolean(false)) {
            List<String> why = new java.util.ArrayList<>();
            if (!e.path("revokedOn").asText("").isBlank()) {
                why.add(e.path("revokedOn").asText() + " 撤销");
            }
            if (!e.path("revokedReason").asText("").isBlank()) {
                why.add("理由：" + e.path("revokedReason").asText());
            }
            return why.isEmpty() ? "已终止" : "已终止（" + String.join("，", why) + "）";
        }
        LocalDate to = date(e.path("validTo").asText(""));
        if (to != null && on.isAfter(to)) {
            return "已到期（委托期限届满）";
        }
        LocalDate from = date(e.path("validFrom").asText(""));
        if (from != null && on.isBefore(from)) {
            return "尚未开始";
        }
        return "不在期内";
    }

    /** An officer's certificate in the table: 有效, 注销（2026-03-01）, 暂扣（…）, or 已过有效期 when VALID but past validTo. */
    public static String officerState(JsonNode o, LocalDate today) {
        String status = o.path("status").asText("");
        String zh = o.path("statusZh").asText(status);
        if ("VALID".equals(status)) {
            LocalDate to = date(o.path("validTo").asText(""));
            return to != null && today.isAfter(to) ? "已过有效期" : zh;
        }
        String since = o.path("statusDate").asText("");
        return since.isBlank() ? zh : zh + "（" + since + "）";
    }

    /**
     * The certificate check's answer in one sentence: "执法证 41010816001 在 2026-05-01 有效。持证人张明，所在单位…" or
     * "… 无效：执法证已注销。…". The reason is list-service's own (reasonZh); without one, the day's status is named.
     */
    public static String checkSentence(JsonNode a) {
        StringBuilder s = new StringBuilder("执法证 ").append(a.path("certificateNo").asText()).append(" 在 ")
                .append(a.path("date").asText()).append(' ');
        if (a.path("valid").asBoolean(false)) {
            s.append("有效。");
        } else {
            String reason = a.path("reasonZh").asText("");
            if (reason.isBlank()) {
                reason = a.path("statusZh").asText("").isBlank() ? "" : "当日状态为" + a.path("statusZh").asText();
            }
            s.append("无效").append(reason.isBlank() ? "" : "：" + strip(reason)).append('。');
        }
        String name = a.path("name").asText("");
        if (!name.isBlank()) {
            s.append("持证人").append(name);
        }
        String unit = a.path("unit").path("name").asText("");
        if (!unit.isBlank()) {
            s.append(name.isBlank() ? "所在单位" : "，所在单位").append(unit);
        }
        String category = a.path("category").asText("");
        if (!category.isBlank()) {
            s.append("，执法类别为").append(category);
        }
        String area = a.path("area").asText("");
        if (!area.isBlank()) {
            s.append("，执法区域为").append(area);
        }
        if (!name.isBlank() || !unit.isBlank()) {
            s.append('。');
        }
        String from = a.path("validFrom").asText("");
        String to = a.path("validTo").asText("");
        if (!from.isBlank() || !to.isBlank()) {
            s.append("证件有效期 ").append(from).append(" 至 ").append(to).append('。');
        }
        return s.toString();
    }

    /** A date as typed (YYYY-MM-DD), or null. */
    public static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String strip(String reason) {
        return reason.endsWith("。") ? reason.substring(0, reason.length() - 1) : reason;
    }
}
