package cn.gov.huiji.fourlists.portal.view;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 双公示 (Art. 8, R-LIST-11) as a citizen reads it: a licensing or penalty decision in the words of the credit platforms'
 * field sets (XK_*, CF_*), with the party's category, the licence category and the penalty kinds (行政处罚法 Art. 9, the
 * kernel's {@code PenaltyKind}) in Chinese, sums in 元, and 2099-12-31 as 长期. disclosure-service decides what is
 * public; these only word it. A natural person's certificate number is shown only as disclosure-service masked it, and a
 * legal representative's number never: should a full number ever arrive, it is not printed (personal privacy stays out,
 * Art. 8).
 */
public final class Decisions {

    /** The credit platforms write 长期 (indefinite) as 2099-12-31 (XK_YXQZI). */
    public static final String INDEFINITE = "2099-12-31";
    /** How many characters of 许可内容 / 处罚内容 the table shows; the detail page shows all. */
    public static final int SHORT = 40;

    /** 行政相对人类别 (XK_XDR_LB, CF_XDR_LB). */
    static final Map<String, String> PARTY_CATEGORIES = Map.of("LEGAL_ENTITY", "法人及非法人组织", "NATURAL_PERSON", "自然人",
            "INDIVIDUAL_BUSINESS", "个体工商户");
    /** 许可类别 (XK_XKLB). */
    static final Map<String, String> LICENCE_CATEGORIES = Map.of("GENERAL", "普通", "SPECIAL", "特许", "RECOGNITION", "认可",
            "APPROVAL", "核准", "REGISTRATION", "登记", "OTHER", "其他");
    /** 证件类型 (XK_XDR_ZJLX, CF_XDR_ZJLX), disclosure-service's IdType with the upload specification's names. */
    static final Map<String, String> ID_TYPES = Map.of("ID_CARD", "身份证", "PASSPORT", "护照",
            "HK_MACAO_PASS", "港澳居民来往内地通行证", "TAIWAN_PASS", "台湾居民来往大陆通行证",
            "FOREIGN_PERMANENT_RESIDENT", "外国人永久居留身份证");

    private Decisions() {
    }

    /** One line of the detail page: the field's Chinese name, its value as people read it, and a link when it has one. */
    @TemplateData
    public record Field(String id, String label, String value, String href) {
    }

    /** One row of the public table (行政许可公示 or 行政处罚公示). */
    public static Map<String, Object> row(JsonNode d, boolean licensing) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", text(d, "id"));
        m.put("partyName", text(d, "partyName"));
        m.put("creditCode", text(d, "partyCreditCode"));
        m.put("documentNo", text(d, "documentNo"));
        m.put("content", shorten(text(d, "content"), SHORT));
        m.put("decisionDate", text(d, "decisionDate"));
        if (licensing) {
            m.put("category", licenceCategory(d));
            m.put("validity", validity(text(d, "validFrom"), text(d, "validTo")));
        } else {
            m.put("violationType", text(d, "violationType"));
            m.put("category", Discretion.penaltyKinds(d.path("penaltyKinds")));
            m.put("disclosureEnd", day(text(d, "disclosureEnd")));
        }
        return m;
    }

    /** Every public field of a licensing decision, in the order of the XK_* set; empty ones are left out. */
    public static List<Field> licensing(JsonNode d) {
        List<Field> f = new ArrayList<>();
        party(f, d);
        add(f, "document-name", "行政许可决定文书名称", text(d, "documentName"));
        add(f, "document-no", "行政许可决定文书号", text(d, "documentNo"));
        add(f, "licence-category", "许可类别", licenceCategory(d));
        add(f, "certificate-name", "许可证书名称", text(d, "certificateName"));
        add(f, "licence-no", "许可编号", text(d, "licenceNo"));
        add(f, "content", "许可内容", text(d, "content"));
        add(f, "decision-date", "许可决定日期", text(d, "decisionDate"));
        add(f, "valid-from", "有效期自", text(d, "validFrom"));
        add(f, "valid-to", "有效期至", day(text(d, "validTo")));
        authority(f, d, "许可机关");
        closing(f, d);
        return f;
    }

    /** Every public field of a penalty decision, in the order of the CF_* set; empty ones are left out. */
    public static List<Field> penalty(JsonNode d) {
        List<Field> f = new ArrayList<>();
        party(f, d);
        add(f, "document-no", "行政处罚决定书文号", text(d, "documentNo"));
        add(f, "violation-type", "违法行为类型", text(d, "violationType"));
        add(f, "facts", "违法事实", text(d, "facts"));
        add(f, "basis", "处罚依据", text(d, "basis"));
        add(f, "penalty-kinds", "处罚类别", blankToNull(Discretion.penaltyKinds(d.path("penaltyKinds"))));
        add(f, "content", "处罚内容", text(d, "content"));
        add(f, "fine", "罚款金额", yuan(d.path("fineYuan")));
        add(f, "confiscated", "没收违法所得、没收非法财物的金额", yuan(d.path("confiscatedYuan")));
        add(f, "licence-suspended-or-revoked", "暂扣或吊销证照名称及编号", text(d, "licenceSuspendedOrRevoked"));
        add(f, "decision-date", "处罚决定日期", text(d, "decisionDate"));
        add(f, "valid-until", "处罚有效期", day(text(d, "validUntil")));
        authority(f, d, "处罚机关");
        closing(f, d);
        return f;
    }

    /**
     * A natural person's certificate number as disclosure-service published it (4101**********1234), or null when none
     * came or what came is not masked: a full number is never printed, whatever a service sends.
     */
    public static String maskedNumber(JsonNode d) {
        for (String field : new String[]{"personIdNumberMasked", "personIdNumber"}) {
            String n = text(d, field);
            if (n != null && masked(n)) {
                return n;
            }
        }
        return null;
    }

    /**
     * Whether a number is masked as disclosure-service masks it (the first and last four shown, 4101**********1234; a
     * short one only its last, *******7): something hidden and no more than eight characters shown.
     */
    public static boolean masked(String number) {
        long hidden = number.chars().filter(c -> c == '*').count();
        return hidden >= 1 && number.length() - hidden <= 8;
    }

    /** Whether a decision carries a certificate number that is not masked (to warn the operators, never to show it). */
    public static boolean unmaskedNumber(JsonNode d) {
        for (String field : new String[]{"personIdNumberMasked", "personIdNumber"}) {
            String n = text(d, field);
            if (n != null && !masked(n)) {
                return true;
            }
        }
        return false;
    }

    /** A sum in 元 as people read it: 2,000 元, 1,234.50 元; null when there is none. */
    public static String yuan(JsonNode amount) {
        if (amount == null || !(amount.isNumber() || amount.isTextual()) || amount.asText().isBlank()) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(amount.asText().trim());
        } catch (NumberFormatException e) {
            return amount.asText() + " 元";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        String pattern = value.stripTrailingZeros().scale() <= 0 ? "#,##0" : "#,##0.00";
        return new DecimalFormat(pattern, symbols).format(value) + " 元";
    }

    /** A date as published, 2099-12-31 as 长期. */
    public static String day(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        return INDEFINITE.equals(date) ? "长期" : date;
    }

    /** 有效期 of a licence: 2026-03-02 至 长期. */
    public static String validity(String from, String to) {
        if (from == null && to == null) {
            return null;
        }
        return (from == null ? "" : from) + " 至 " + (to == null ? "" : day(to));
    }

    /** The first {@code max} characters and an ellipsis, for the table; the whole text is on the detail page. */
    public static String shorten(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max)) + "…";
    }

    public static String partyCategory(JsonNode d) {
        return label(d, "partyCategory", PARTY_CATEGORIES);
    }

    public static String licenceCategory(JsonNode d) {
        return label(d, "licenceCategory", LICENCE_CATEGORIES);
    }

    /** 行政相对人 (XK_XDR_*, CF_XDR_*): name, category, credit code, legal representative's name, a person's masked number. */
    private static void party(List<Field> f, JsonNode d) {
        add(f, "party-name", "行政相对人名称", text(d, "partyName"));
        add(f, "party-category", "行政相对人类别", partyCategory(d));
        add(f, "party-credit-code", "统一社会信用代码", text(d, "partyCreditCode"));
        add(f, "legal-representative", "法定代表人", text(d, "legalRepresentative"));
        String number = maskedNumber(d);
        if (number != null) {
            add(f, "person-id-type", "证件类型", label(d, "personIdType", ID_TYPES));
            add(f, "person-id-number", "证件号码", number);
        }
    }

    /** 许可机关 / 处罚机关 and 数据来源单位 with their codes: the bureau's, as disclosure-service names them. */
    private static void authority(List<Field> f, JsonNode d, String label) {
        add(f, "authority", label, text(d, "authority.name", "authorityName"));
        add(f, "authority-code", label + "统一社会信用代码", text(d, "authority.creditCode", "authorityCreditCode"));
        add(f, "data-source", "数据来源单位", text(d, "dataSource.name", "dataSourceName"));
        add(f, "data-source-code", "数据来源单位统一社会信用代码", text(d, "dataSource.creditCode", "dataSourceCreditCode"));
    }

    /** 公示截止期, the item the decision rests on (linked as it stood on the decision date), 备注 and a correction. */
    private static void closing(List<Field> f, JsonNode d) {
        add(f, "disclosure-end", "公示截止期", day(text(d, "disclosureEnd")));
        String item = text(d, "itemCode");
        if (item != null) {
            String date = text(d, "decisionDate");
            f.add(new Field("item", "所依据的权责事项", item, "/items/" + item + (date == null ? "" : "?asOf=" + date)));
        }
        add(f, "remarks", "备注", text(d, "remarks"));
        if (d.path("version").asInt(1) > 1) {
            add(f, "version", "信息版本", "第 " + d.path("version").asInt() + " 版（经更正）");
        }
    }

    private static void add(List<Field> f, String id, String label, String value) {
        if (value != null && !value.isBlank()) {
            f.add(new Field(id, label, value, null));
        }
    }

    /** The Chinese a service sent ({@code field}Zh), else the portal's word for the code, else the code as sent. */
    private static String label(JsonNode d, String field, Map<String, String> labels) {
        String zh = text(d, field + "Zh");
        if (zh != null) {
            return zh;
        }
        String code = text(d, field);
        return code == null ? null : labels.getOrDefault(code, code);
    }

    /** The first of the paths (a.b for a nested field) that holds text. */
    static String text(JsonNode d, String... paths) {
        for (String path : paths) {
            JsonNode n = d;
            for (String part : path.split("\\.")) {
                n = n.path(part);
            }
            if (n.isValueNode() && !n.isNull() && !n.asText().isBlank()) {
                return n.asText();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
