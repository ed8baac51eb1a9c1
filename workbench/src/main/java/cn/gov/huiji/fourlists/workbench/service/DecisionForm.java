package cn.gov.huiji.fourlists.workbench.service;

import cn.gov.huiji.fourlists.kernel.contract.PenaltyKind;
import cn.gov.huiji.fourlists.kernel.contract.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A licensing or penalty decision as the legal section enters or corrects it by hand for 双公示 (Art. 8, R-LIST-11):
 * the fields of the credit platform's XK_* and CF_* sets, in disclosure-service's English names. A natural person's
 * certificate number and a legal representative's number are taken only to be kept: disclosure-service never
 * publishes them in full, so the page says so and the browser does not remember them.
 *
 * <p>Values stay as typed until they are sent; what cannot be sent (a date that is no date, an amount that is no
 * amount, a correction without its reason) is named beside its input, and nothing goes out. Everything else —
 * required fields, the credit code's check character, the cited item, the fine's discretion range — disclosure-service
 * decides, and its answer is shown beside the fields too.
 */
public final class DecisionForm {

    /** The two kinds of decision Art. 8 makes public, with the path segment each is entered and exported by. */
    public enum Kind {
        LICENSING("licensing", "行政许可"), PENALTY("penalty", "行政处罚");

        private final String path;
        private final String label;

        Kind(String path, String label) {
            this.path = path;
            this.label = label;
        }

        public String path() {
            return path;
        }

        public String label() {
            return label;
        }

        /** licensing|penalty (as the page's links and the export name them) or LICENSING|PENALTY (as the service does). */
        public static Optional<Kind> of(String text) {
            String t = text == null ? "" : text.strip();
            return Arrays.stream(values()).filter(k -> k.path.equalsIgnoreCase(t) || k.name().equalsIgnoreCase(t)).findFirst();
        }
    }

    public static final Map<String, String> PARTY_CATEGORIES = ordered("LEGAL_ENTITY", "法人及非法人组织", "NATURAL_PERSON", "自然人",
            "INDIVIDUAL_BUSINESS", "个体工商户");
    public static final Map<String, String> LICENCE_CATEGORIES = ordered("GENERAL", "普通", "SPECIAL", "特许", "RECOGNITION", "认可",
            "APPROVAL", "核准", "REGISTRATION", "登记", "OTHER", "其他");
    /** 证件类型 (XK_XDR_ZJLX, XK_FR_ZJLX, CF_XDR_ZJLX, CF_FR_ZJLX) as disclosure-service names them, in its order. */
    public static final Map<String, String> ID_TYPES = ordered("ID_CARD", "身份证", "PASSPORT", "护照",
            "HK_MACAO_PASS", "港澳居民来往内地通行证", "TAIWAN_PASS", "台湾居民来往大陆通行证",
            "FOREIGN_PERMANENT_RESIDENT", "外国人永久居留身份证");
    public static final Map<String, String> SEVERITIES = severities();

    /** The 2009 text's combined kind, accepted only for decisions made before the 2021 revision took effect. */
    static final String OLD_PERMIT_KIND = PenaltyKind.SUSPEND_OR_REVOKE_PERMIT.name();
    static final String OLD_KIND_HINT = "“" + PenaltyKind.SUSPEND_OR_REVOKE_PERMIT.label()
            + "”是修订前《行政处罚法》的处罚种类，只用于 2021 年 7 月 15 日前作出的处罚决定。";
    public static final String ID_NUMBER_HINT = "证件号码只用于核对，不完整公示：公示和导出时只显示部分数字（如 4101********1234），绝不全文公开。";

    private static final Pattern YUAN = Pattern.compile("(\\d{1,13}(?:\\.\\d{1,2})?)\\s*元?");
    private static final Pattern WAN = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,6})?)\\s*万\\s*元?");

    /** How an input is shown and read. */
    public enum Input { TEXT, TEXTAREA, DATE, SELECT, AMOUNT, SECRET }

    /** One field of the form: its name in disclosure-service's JSON, its label, how it is typed, a hint. */
    public record Spec(String name, String label, Input input, boolean required, Map<String, String> options, int maxLength,
                       String hint) {
    }

    /** A group of fields under one legend; {@code kinds} marks the group that holds the penalty kinds' checkboxes. */
    public record Group(String legend, String hint, List<Spec> specs, boolean kinds) {
    }

    static Spec text(String name, String label, boolean required, int maxLength, String hint) {
        return new Spec(name, label, Input.TEXT, required, Map.of(), maxLength, hint);
    }

    static Spec area(String name, String label, boolean required, String hint) {
        return new Spec(name, label, Input.TEXTAREA, required, Map.of(), 4000, hint);
    }

    static Spec date(String name, String label, boolean required, String hint) {
        return new Spec(name, label, Input.DATE, required, Map.of(), 10, hint);
    }

    static Spec select(String name, String label, boolean required, Map<String, String> options, String hint) {
        return new Spec(name, label, Input.SELECT, required, options, 0, hint);
    }

    static Spec amount(String name, String label, String hint) {
        return new Spec(name, label, Input.AMOUNT, false, Map.of(), 20, hint);
    }

    static Spec secret(String name, String label, String hint) {
        return new Spec(name, label, Input.SECRET, false, Map.of(), 64, hint);
    }

    /** 行政相对人 (XK_XDR_* / CF_XDR_*, XK_FR* / CF_FR*): the same for both kinds. */
    static final List<Group> PARTY = List.of(
            new Group("行政相对人", null, List.of(
                    text("partyName", "行政相对人名称", true, 200, null),
                    select("partyCategory", "行政相对人类别", true, PARTY_CATEGORIES, null),
                    text("partyCreditCode", "统一社会信用代码", false, 18,
                            "法人及非法人组织、个体工商户必填（18 位，GB 32100）；自然人不填。")), false),
            new Group("法定代表人", "行政相对人为法人及非法人组织、个体工商户时填写。", List.of(
                    text("legalRepresentative", "法定代表人", false, 50, null),
                    select("legalRepresentativeIdType", "法定代表人证件类型", false, ID_TYPES, null),
                    secret("legalRepresentativeIdNumber", "法定代表人证件号码", "留存备查，不公示。")), false),
            new Group("自然人身份证件", "行政相对人为自然人时必填。", List.of(
                    select("personIdType", "证件类型", false, ID_TYPES, null),
                    secret("personIdNumber", "证件号码", ID_NUMBER_HINT)), false));

    /** 行政许可决定 (XK_XKWS … XK_YXQZI, BZ); 许可机关 and 数据来源单位 are the bureau's, set by disclosure-service. */
    static final List<Group> LICENSING = List.of(
            new Group("许可决定", null, List.of(
                    text("documentName", "行政许可决定文书名称", true, 200, null),
                    text("documentNo", "行政许可决定文书号", true, 128, "如 惠安监许〔2026〕7号。"),
                    select("licenceCategory", "许可类别", true, LICENCE_CATEGORIES, null),
                    text("certificateName", "许可证书名称", false, 200, null),
                    text("licenceNo", "许可编号", false, 128, null),
                    area("content", "许可内容", true, null),
                    date("decisionDate", "许可决定日期", true, null),
                    date("validFrom", "有效期自", true, null),
                    date("validTo", "有效期至", true, "长期有效的填 2099-12-31。"),
                    text("itemCode", "所依据的清单事项编码", true, 64,
                            "行政许可事项（权力清单或审批清单），须在许可决定日期已公布施行。"),
                    area("remarks", "备注", false, null)), false));

    /** 行政处罚决定 (CF_WSH … CF_YXQ, BZ); 处罚机关 and 数据来源单位 are the bureau's, 公示截止期 disclosure-service's. */
    static final List<Group> PENALTY = List.of(
            new Group("处罚决定", null, List.of(
                    text("documentNo", "行政处罚决定书文号", true, 128, "如 惠安监罚〔2025〕18号。"),
                    text("violationType", "违法行为类型", true, 500, null),
                    area("facts", "违法事实", true, null),
                    area("basis", "处罚依据", true, null)), false),
            new Group("处罚种类", "可选多项（《行政处罚法》第九条）。", List.of(), true),
            new Group("处罚结果", null, List.of(
                    area("content", "处罚内容", true, "如：罚款2000元。"),
                    amount("fineYuan", "罚款金额（元）", "按元填写，如 2000 或 0.2万；报送信用平台时换算为万元。"),
                    amount("confiscatedYuan", "没收违法所得、没收非法财物的金额（元）", "按元填写。"),
                    text("licenceSuspendedOrRevoked", "暂扣或吊销证照名称及编号", false, 200, null),
                    date("decisionDate", "处罚决定日期", true, null),
                    date("validUntil", "处罚有效期", true, null),
                    text("itemCode", "所依据的清单事项编码", true, 64, "行政处罚事项（权力清单），须在处罚决定日期已公布施行。"),
                    select("severity", "违法情节（裁量阶次）", false, SEVERITIES,
                            "填写后，按该事项的自由裁量基准核对罚款金额是否在对应阶次的幅度内。"),
                    area("remarks", "备注", false, null)), false));

    static final Spec REASON = area("reason", "更正理由", true, "写明更正了什么、依据什么，如：决定书文号录入错误，依原件更正。");

    private final Kind kind;
    private final boolean correction;
    private final Map<String, String> values;
    private final List<String> penaltyKinds;

    private DecisionForm(Kind kind, boolean correction, Map<String, String> values, List<String> penaltyKinds) {
        this.kind = kind;
        this.correction = correction;
        this.values = values;
        this.penaltyKinds = penaltyKinds;
    }

    public Kind kind() {
        return kind;
    }

    public boolean correction() {
        return correction;
    }

    /** The value typed into a field ("" when none). */
    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public List<String> penaltyKinds() {
        return penaltyKinds;
    }

    /** The groups of the form for its kind, party first; a correction ends with its reason. */
    public List<Group> groups() {
        List<Group> groups = new ArrayList<>(PARTY);
        groups.addAll(kind == Kind.LICENSING ? LICENSING : PENALTY);
        if (correction) {
            groups.add(new Group("更正", "更正后形成新的版本，原版本（何人、何时、何故）留存备查；已公示的决定按更正后的内容重新公示。",
                    List.of(REASON), false));
        }
        return groups;
    }

    List<Spec> specs() {
        return groups().stream().flatMap(g -> g.specs().stream()).toList();
    }

    /** The label of each field, by its JSON name, for messages that name a field. */
    public Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        specs().forEach(s -> labels.put(s.name(), s.label()));
        if (kind == Kind.PENALTY) {
            labels.put("penaltyKinds", "处罚种类");
        }
        return labels;
    }

    public static DecisionForm empty(Kind kind) {
        return new DecisionForm(kind, false, Map.of(), List.of());
    }

    // --- reading a posted form ---------------------------------------------------------------------------------------

    /** The form as posted: one value per field, the penalty kinds as the repeated {@code penaltyKinds} of the checkboxes. */
    public static DecisionForm read(Kind kind, boolean correction, Map<String, List<String>> posted) {
        DecisionForm shape = new DecisionForm(kind, correction, Map.of(), List.of());
        Map<String, String> values = new LinkedHashMap<>();
        for (Spec s : shape.specs()) {
            List<String> v = posted.getOrDefault(s.name(), List.of());
            String typed = v.isEmpty() || v.get(0) == null ? "" : v.get(0);
            // a certificate number is one token: what the browser or a paste adds around it is not part of it
            values.put(s.name(), s.input() == Input.TEXTAREA ? typed.strip() : typed.strip().replaceAll("\\s+", s.input() == Input.SECRET ? "" : " "));
        }
        List<String> kinds = kind == Kind.PENALTY ? posted.getOrDefault("penaltyKinds", List.of()).stream()
                .filter(k -> k != null).map(String::strip)
                .filter(k -> Arrays.stream(PenaltyKind.values()).anyMatch(pk -> pk.name().equals(k))).distinct().toList() : List.of();
        return new DecisionForm(kind, correction, Collections.unmodifiableMap(values), kinds);
    }

    /**
     * The form filled with a decision as disclosure-service holds it (its DecisionView's current version), for a
     * correction. The certificate numbers are not filled in: the service shows them only masked (4101********1234), and
     * the mask sent back would replace the number kept; a correction gives them again.
     */
    public static DecisionForm of(Kind kind, JsonNode view) {
        DecisionForm shape = new DecisionForm(kind, true, Map.of(), List.of());
        JsonNode fields = Decisions.fields(view);
        Map<String, String> values = new LinkedHashMap<>();
        for (Spec s : shape.specs()) {
            JsonNode v = fields.get(s.name());
            String text = plain(v);
            if (s.input() == Input.SECRET && text.contains("*")) {
                text = "";
            }
            values.put(s.name(), s.name().equals("reason") ? "" : text);
        }
        List<String> kinds = new ArrayList<>();
        fields.path("penaltyKinds").forEach(k -> kinds.add(k.asText()));
        return new DecisionForm(kind, true, Collections.unmodifiableMap(values), List.copyOf(kinds));
    }

    // --- what cannot be sent -----------------------------------------------------------------------------------------

    /** The fields that cannot be sent as typed, by name, with what to correct; empty when the form may go out. */
    public Map<String, String> problems() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Spec s : specs()) {
            String v = value(s.name());
            if (v.isEmpty()) {
                continue;
            }
            switch (s.input()) {
                case DATE -> {
                    if (FormText.parse(v).isEmpty()) {
                        out.put(s.name(), "应为 YYYY-MM-DD 格式的日期，例如 2025-09-26");
                    }
                }
                case AMOUNT -> {
                    if (yuan(v).isEmpty()) {
                        out.put(s.name(), "应为金额（元），如 2000、2000.50 或 0.2万");
                    }
                }
                case SELECT -> {
                    if (!s.options().containsKey(v)) {
                        out.put(s.name(), "请从列表中选择");
                    }
                }
                default -> {
                    if (s.maxLength() > 0 && v.codePointCount(0, v.length()) > s.maxLength()) {
                        out.put(s.name(), "不能超过 " + s.maxLength() + " 个字");
                    }
                }
            }
        }
        if (kind == Kind.LICENSING) {
            var from = FormText.parse(value("validFrom"));
            var to = FormText.parse(value("validTo"));
            if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
                out.putIfAbsent("validTo", "有效期至 " + to.get() + " 早于有效期自 " + from.get());
            }
        }
        if (correction && value("reason").isEmpty()) {
            out.put("reason", "请写明更正理由：更正留痕，原版本留存备查");
        }
        return out;
    }

    /** An amount in 元 with at most two decimals: 2000, 2,000, 2000.50, 2000元, 0.2万 or 0.2万元; empty when none. */
    public static Optional<BigDecimal> yuan(String typed) {
        String t = typed == null ? "" : typed.replace(",", "").replace("，", "").replace("￥", "").replace("¥", "").strip();
        Matcher m = YUAN.matcher(t);
        if (m.matches()) {
            return Optional.of(new BigDecimal(m.group(1)));
        }
        Matcher w = WAN.matcher(t);
        if (w.matches()) {
            BigDecimal v = new BigDecimal(w.group(1)).multiply(BigDecimal.valueOf(10_000)).stripTrailingZeros();
            // 万 with more places than a fen: no amount a decision states
            return v.scale() > 2 ? Optional.empty() : Optional.of(v.scale() < 0 ? v.setScale(0) : v);
        }
        return Optional.empty();
    }

    // --- the body sent -----------------------------------------------------------------------------------------------

    /**
     * The body of POST /api/v1/decisions/licensing|penalties, or of PUT /api/v1/decisions/{id} with the reason: empty
     * fields left out (the service names what it needs), amounts as numbers in 元, the penalty kinds as a list.
     */
    public ObjectNode toJson() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (Spec s : specs()) {
            String v = value(s.name());
            if (v.isEmpty()) {
                continue;
            }
            if (s.input() == Input.AMOUNT && yuan(v).isPresent()) {
                body.put(s.name(), yuan(v).get());
            } else {
                body.put(s.name(), v);
            }
        }
        if (kind == Kind.PENALTY) {
            ArrayNode kinds = body.putArray("penaltyKinds");
            penaltyKinds.forEach(kinds::add);
        }
        return body;
    }

    // --- the page ----------------------------------------------------------------------------------------------------

    public record Option(String value, String label, boolean selected) {
    }

    /** An input with its value and, beside it, what is wrong with it. */
    public record Field(String id, String name, String label, String type, String value, boolean required, int maxLength,
                        List<Option> options, String hint, String error) {
        public boolean secret() {
            return "secret".equals(type);
        }
    }

    public record KindBox(String id, String value, String label, boolean checked) {
    }

    public record Fieldset(String legend, String hint, List<Field> fields, List<KindBox> kinds, String kindsHint, String kindsError) {
    }

    /**
     * The form as the page shows it. Each error (the page's own or the service's, by field name) stands beside its
     * input and is taken from {@code errors}; what names no field of the form is left there for the page to show
     * above the form.
     */
    public List<Fieldset> page(Map<String, String> errors) {
        List<Fieldset> out = new ArrayList<>();
        for (Group g : groups()) {
            List<Field> fields = new ArrayList<>();
            for (Spec s : g.specs()) {
                String v = value(s.name());
                List<Option> options = new ArrayList<>();
                if (s.input() == Input.SELECT) {
                    options.add(new Option("", s.required() ? "请选择" : "不填", v.isEmpty()));
                    s.options().forEach((code, label) -> options.add(new Option(code, label, code.equals(v))));
                }
                fields.add(new Field("d-" + s.name(), s.name(), s.label(), s.input().name().toLowerCase(Locale.ROOT), v, s.required(),
                        s.maxLength(), options, s.hint(), errors.remove(s.name())));
            }
            List<KindBox> kinds = new ArrayList<>();
            String kindsError = null;
            if (g.kinds()) {
                for (PenaltyKind k : PenaltyKind.values()) {
                    kinds.add(new KindBox("d-kind-" + k.name(), k.name(), k.label(), penaltyKinds.contains(k.name())));
                }
                kindsError = errors.remove("penaltyKinds");
            }
            out.add(new Fieldset(g.legend(), g.hint(), fields, kinds, g.kinds() ? OLD_KIND_HINT : null, kindsError));
        }
        return out;
    }

    /**
     * disclosure-service's field errors by the field they name: {@code partyCreditCode}, {@code decision.fineYuan} or
     * {@code penaltyKinds[1]} all stand beside their input; several on one field are joined.
     */
    public static Map<String, String> errorsOf(JsonNode problem) {
        Map<String, String> out = new LinkedHashMap<>();
        if (problem == null) {
            return out;
        }
        problem.path("errors").forEach(e -> {
            String field = e.path("field").asText("");
            String plain = field.replaceAll("\\[\\d+]", "");
            String name = plain.substring(plain.lastIndexOf('.') + 1);
            String message = RequestForm.readable(e.path("messageZh").asText(e.path("message").asText("")));
            out.merge(name.isEmpty() ? "" : name, message, (a, b) -> a.equals(b) ? a : a + "；" + b);
        });
        return out;
    }

    /** A value as text; an amount without the trailing zeros JSON may give it (2000.00 → 2000). */
    static String plain(JsonNode v) {
        if (v == null || v.isNull() || v.isContainerNode()) {
            return "";
        }
        return v.isNumber() ? v.decimalValue().stripTrailingZeros().toPlainString() : v.asText();
    }

    private static Map<String, String> severities() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            m.put(s.name(), s.label());
        }
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }
}
