package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The adjustment request as a clerk fills it in (Art. 25, 26(1)): the trigger with its date and documents, the change
 * kind, and the item as it shall read — the whole R-LIST-2 record of list-service's model. One table of fields
 * ({@link #SECTIONS}) gives the form, its reading from a posted form, its JSON for adjustment-service and the place
 * of each field error the service answers with (its JSON path).
 */
public final class RequestForm {

    /** How a value is entered. */
    public enum Kind { TEXT, TEXTAREA, LINES, DATE, NUMBER, SELECT }

    /** One input: its form name, JSON path below the request, label, kind and choices. */
    public record Spec(String name, String path, String label, Kind kind, Map<String, String> options, boolean required) {
    }

    /** A table of rows (citations, flow steps, duties …): its JSON list, legend, columns. */
    public record GroupSpec(String name, String path, String legend, List<Spec> columns) {
    }

    /** A fieldset of the form: single fields, then row tables. */
    public record SectionSpec(String legend, List<Spec> fields, List<GroupSpec> groups) {
    }

    static final Map<String, String> TRIGGERS = ordered("NEW_LAW", "有新的法律、法规、规章颁布（第二十五条第一项）",
            "LAW_AMENDED_OR_REPEALED", "所依据的法律、法规、规章修改或废止（第二项）",
            "REORGANISATION", "执法主体或职能随“三定”方案调整、机构撤并而变化（第三项）",
            "SIMPLIFICATION", "简政放权取消、下放、调整（第四项）", "INTERNAL_CHANGE", "单位内部职能调整、优化流程（第五项）");
    static final Map<String, String> CHANGES = ordered("ADD", "列入（新增事项）", "MODIFY", "调整（修改事项）", "REPEAL", "撤出（取消事项）");
    static final Map<String, String> LISTS = ordered("POWER", "行政权责清单", "APPROVAL", "行政审批事项清单", "FEE", "行政事业性收费清单",
            "FUND", "政府性基金清单");
    static final Map<String, String> LEVELS = ordered("LAW", "法律", "ADMINISTRATIVE_REGULATION", "行政法规", "LOCAL_REGULATION", "地方性法规",
            "DEPARTMENTAL_RULE", "部委规章", "LOCAL_GOVERNMENT_RULE", "政府规章", "NORMATIVE_DOCUMENT", "规范性文件");
    static final Map<String, String> YES_NO = ordered("true", "必须提交", "false", "视情况提交");

    static Spec text(String name, String path, String label) {
        return new Spec(name, path, label, Kind.TEXT, Map.of(), false);
    }

    static Spec required(String name, String path, String label, Kind kind, Map<String, String> options) {
        return new Spec(name, path, label, kind, options, true);
    }

    static Spec of(String name, String path, String label, Kind kind) {
        return new Spec(name, path, label, kind, Map.of(), false);
    }

    public static final List<SectionSpec> SECTIONS = List.of(
            new SectionSpec("调整情形（第二十五条）", List.of(
                    required("triggerKind", "triggerKind", "调整情形", Kind.SELECT, TRIGGERS),
                    required("triggerDate", "triggerDate", "情形发生日期", Kind.DATE, Map.of()),
                    required("changeKind", "changeKind", "调整类型", Kind.SELECT, CHANGES),
                    text("targetItemCode", "targetItemCode", "拟调整或撤出事项的编码（新增事项不填）"),
                    required("summary", "summary", "调整内容及理由", Kind.TEXTAREA, Map.of())),
                    List.of(new GroupSpec("doc", "documents", "依据文件（文件名称、文号、日期；原件可在保存草稿后上传）", List.of(
                            required("title", "title", "文件名称", Kind.TEXT, Map.of()), text("number", "number", "文号"),
                            required("date", "date", "日期", Kind.DATE, Map.of()))))),
            new SectionSpec("事项基本信息", List.of(
                    required("item.code", "proposedItem.code", "事项编码", Kind.TEXT, Map.of()),
                    required("item.list", "proposedItem.list", "所属清单", Kind.SELECT, LISTS),
                    required("item.name", "proposedItem.name", "事项名称", Kind.TEXT, Map.of()),
                    required("item.category", "proposedItem.category", "权力类型（如 行政许可、行政处罚）", Kind.TEXT, Map.of()),
                    text("item.basicCode", "proposedItem.basicCode", "基本编码（12位）"),
                    text("item.implementationCode", "proposedItem.implementationCode", "实施编码（33位）"),
                    text("item.body.name", "proposedItem.implementingBody.name", "实施主体"),
                    text("item.body.creditCode", "proposedItem.implementingBody.creditCode", "实施主体统一社会信用代码"),
                    required("item.section", "proposedItem.section", "承办机构（科室代码）", Kind.TEXT, Map.of()),
                    text("item.exerciseLevel", "proposedItem.exerciseLevel", "行使层级")),
                    List.of(new GroupSpec("sub", "proposedItem.subItems", "子项", List.of(text("code", "code", "子项编码"),
                            text("name", "name", "子项名称"))))),
            new SectionSpec("实施依据与运行流程", List.of(), List.of(
                    new GroupSpec("basis", "proposedItem.legalBasis", "实施依据（至少一条）", List.of(
                            required("level", "level", "层级", Kind.SELECT, LEVELS), text("title", "title", "名称"),
                            text("version", "version", "版本或文号"), text("article", "article", "条款"),
                            of("excerpt", "excerpt", "条款内容", Kind.TEXTAREA))),
                    new GroupSpec("step", "proposedItem.processFlow", "运行流程", List.of(text("step", "step", "环节"),
                            text("role", "role", "承办岗位"), of("timeLimitDays", "timeLimitDays", "时限（工作日）", Kind.NUMBER))))),
            new SectionSpec("时限", List.of(
                    of("item.statutoryLimitDays", "proposedItem.statutoryLimitDays", "法定时限（工作日）", Kind.NUMBER),
                    of("item.promisedLimitDays", "proposedItem.promisedLimitDays", "承诺时限（工作日）", Kind.NUMBER),
                    of("item.extensionConditions", "proposedItem.extensionConditions", "延长办结的条件", Kind.TEXTAREA)), List.of()),
            new SectionSpec("责任与追责", List.of(), List.of(
                    new GroupSpec("duty", "proposedItem.duties", "责任事项（按环节）", List.of(text("stage", "stage", "环节"),
                            of("content", "content", "责任内容", Kind.TEXTAREA))),
                    new GroupSpec("acc", "proposedItem.accountability", "追责情形", List.of(of("situation", "situation", "情形", Kind.TEXTAREA),
                            text("basis", "basis", "追责依据"))))),
            new SectionSpec("事中事后监管（第五条）", List.of(
                    of("sup.inProcess", "proposedItem.supervision.inProcess", "事中监管措施（每行一项）", Kind.LINES),
                    of("sup.afterwards", "proposedItem.supervision.afterwards", "事后监管措施（每行一项）", Kind.LINES)), List.of()),
            new SectionSpec("申请材料与收费", List.of(
                    of("fee.standard", "proposedItem.fee.standard", "收费标准（收费清单）", Kind.TEXTAREA),
                    text("fee.basis", "proposedItem.fee.basis", "收费依据"),
                    text("fee.collectingUnit", "proposedItem.fee.collectingUnit", "执收单位"),
                    text("fund.basis", "proposedItem.fund.basis", "基金依据（基金清单）"),
                    text("fund.rate", "proposedItem.fund.rate", "征收标准"),
                    text("fund.use", "proposedItem.fund.use", "资金用途")),
                    List.of(new GroupSpec("mat", "proposedItem.materials", "申请材料", List.of(text("name", "name", "材料名称"),
                            new Spec("required", "required", "是否必须", Kind.SELECT, YES_NO, false), text("note", "note", "说明"))))),
            new SectionSpec("其他", List.of(
                    text("item.onlineUrl", "proposedItem.onlineUrl", "网上办理地址"),
                    text("item.supervisionPhone", "proposedItem.supervisionPhone", "监督电话"),
                    of("item.remarks", "proposedItem.remarks", "备注", Kind.TEXTAREA)), List.of()));

    /** Empty rows offered below the filled ones of each table: a longer table grows by previewing. */
    public static final int EMPTY_ROWS = 2;
    /** Paths whose values are numbers or booleans in the JSON. */
    private static final Set<String> NUMBERS = Set.of("proposedItem.statutoryLimitDays", "proposedItem.promisedLimitDays", "timeLimitDays");

    /**
     * A filled-in form: single values by name, rows by table name (each row: column name → value), and the discretion
     * standards of a 行政处罚 item ({@link DiscretionForm}).
     */
    public record Values(Map<String, String> fields, Map<String, List<Map<String, String>>> rows,
                         List<DiscretionForm.Standard> discretion) {

        /** Whether the item is a 行政处罚 item, which carries discretion standards (Art. 16). */
        public boolean penaltyItem() {
            return "行政处罚".equals(fields.getOrDefault("item.category", "").strip());
        }
    }

    private RequestForm() {
    }

    /** Reads a posted form: rows come as repeated names {@code <table>.<column>}, in the order of the page. */
    public static Values read(Map<String, List<String>> posted) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
        for (SectionSpec section : SECTIONS) {
            for (Spec f : section.fields()) {
                List<String> v = posted.getOrDefault(f.name(), List.of());
                fields.put(f.name(), v.isEmpty() ? "" : v.get(0).strip());
            }
            for (GroupSpec g : section.groups()) {
                int n = g.columns().stream().mapToInt(c -> posted.getOrDefault(g.name() + "." + c.name(), List.of()).size()).max().orElse(0);
                List<Map<String, String>> list = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (Spec c : g.columns()) {
                        List<String> v = posted.getOrDefault(g.name() + "." + c.name(), List.of());
                        row.put(c.name(), i < v.size() ? v.get(i).strip() : "");
                    }
                    if (!blankRow(g, row)) {
                        list.add(row);
                    }
                }
                rows.put(g.name(), list);
            }
        }
        fields.put("obligationId", first(posted, "obligationId"));
        return new Values(fields, rows, DiscretionForm.read(posted));
    }

    /** A row of empty inputs is no row (a select alone, always sent, does not make one). */
    private static boolean blankRow(GroupSpec g, Map<String, String> row) {
        return g.columns().stream().filter(c -> c.kind() != Kind.SELECT).allMatch(c -> row.get(c.name()).isEmpty());
    }

    private static String first(Map<String, List<String>> posted, String name) {
        List<String> v = posted.getOrDefault(name, List.of());
        return v.isEmpty() ? "" : v.get(0).strip();
    }

    /** The request body adjustment-service takes (RequestInput); empty inputs are left out. */
    public static ObjectNode toJson(Values values) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (SectionSpec section : SECTIONS) {
            for (Spec f : section.fields()) {
                put(body, f.path(), f.kind(), values.fields().getOrDefault(f.name(), ""));
            }
            for (GroupSpec g : section.groups()) {
                List<Map<String, String>> rows = values.rows().getOrDefault(g.name(), List.of());
                if (rows.isEmpty()) {
                    continue;
                }
                ArrayNode list = JsonNodeFactory.instance.arrayNode();
                for (Map<String, String> row : rows) {
                    ObjectNode o = list.addObject();
                    for (Spec c : g.columns()) {
                        put(o, c.path(), c.kind(), row.getOrDefault(c.name(), ""));
                    }
                }
                container(body, g.path()).set(last(g.path()), list);
            }
        }
        if (!values.discretion().isEmpty()) {
            container(body, "proposedItem.discretion").set("discretion", DiscretionForm.toJson(values.discretion()));
        }
        String obligation = values.fields().getOrDefault("obligationId", "");
        if (!obligation.isEmpty()) {
            body.put("obligationId", obligation);
        }
        JsonNode item = body.get("proposedItem");
        if ("REPEAL".equals(body.path("changeKind").asText()) && item != null && item.path("name").asText("").isEmpty()) {
            body.remove("proposedItem"); // a repeal proposes no content
        }
        return body;
    }

    /** What the form itself finds unsendable (an amount that is no number), by JSON path, as the service names fields. */
    public static Map<String, String> problems(Values values) {
        return DiscretionForm.problems(values.discretion());
    }

    private static void put(ObjectNode target, String path, Kind kind, String value) {
        if (value.isEmpty()) {
            return;
        }
        ObjectNode parent = container(target, path);
        String name = last(path);
        if (kind == Kind.LINES) {
            ArrayNode lines = parent.putArray(name);
            value.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
        } else if (kind == Kind.NUMBER && value.matches("-?\\d{1,9}")) {
            parent.put(name, Integer.parseInt(value));
        } else if ("true".equals(value) || "false".equals(value)) {
            parent.put(name, Boolean.parseBoolean(value));
        } else {
            parent.put(name, value); // a number that is not one goes as text: the service names the field
        }
    }

    private static ObjectNode container(ObjectNode root, String path) {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
        }
        return node;
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The form filled with a request as stored (RequestView) or, for a new request, with the item in force. */
    public static Values fromJson(JsonNode request) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
        for (SectionSpec section : SECTIONS) {
            for (Spec f : section.fields()) {
                JsonNode v = at(request, f.path());
                fields.put(f.name(), v.isArray() ? String.join("\n", texts(v)) : v.isMissingNode() || v.isNull() ? "" : v.asText());
            }
            for (GroupSpec g : section.groups()) {
                List<Map<String, String>> list = new ArrayList<>();
                at(request, g.path()).forEach(o -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    g.columns().forEach(c -> row.put(c.name(), o.path(c.path()).isMissingNode() || o.path(c.path()).isNull() ? "" : o.path(c.path()).asText()));
                    list.add(row);
                });
                rows.put(g.name(), list);
            }
        }
        fields.put("obligationId", request.path("obligationId").asText(""));
        return new Values(fields, rows, DiscretionForm.fromJson(at(request, "proposedItem.discretion")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    // --- the page ------------------------------------------------------------------------------------------------

    /** An input as the page shows it. */
    public record Input(String id, String name, String label, String kind, String value, List<Option> options, boolean required,
                        String error) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    public record Row(int index, List<Input> cells) {
    }

    public record Table(String id, String legend, List<String> headers, List<Row> rows) {
    }

    public record Fieldset(String legend, List<Input> fields, List<Table> tables) {
    }

    /** The form as the page shows it, each service error beside its field; the errors no field shows come back apart. */
    public static List<Fieldset> page(Values values, Map<String, String> errors, List<String> unplaced) {
        Map<String, String> left = new LinkedHashMap<>(errors);
        List<Fieldset> out = new ArrayList<>();
        for (SectionSpec section : SECTIONS) {
            List<Input> fields = new ArrayList<>();
            for (Spec f : section.fields()) {
                fields.add(input("f-" + f.name().replace('.', '-'), f.name(), f, values.fields().getOrDefault(f.name(), ""),
                        take(left, f.path())));
            }
            List<Table> tables = new ArrayList<>();
            for (GroupSpec g : section.groups()) {
                List<Map<String, String>> filled = values.rows().getOrDefault(g.name(), List.of());
                List<Row> rows = new ArrayList<>();
                for (int i = 0; i < filled.size() + EMPTY_ROWS; i++) {
                    Map<String, String> row = i < filled.size() ? filled.get(i) : Map.of();
                    List<Input> cells = new ArrayList<>();
                    for (Spec c : g.columns()) {
                        String path = g.path() + "[" + i + "]." + c.path();
                        cells.add(input("g-" + g.name() + "-" + i + "-" + c.name(), g.name() + "." + c.name(), c,
                                row.getOrDefault(c.name(), ""), take(left, path)));
                    }
                    rows.add(new Row(i + 1, cells));
                }
                String whole = take(left, g.path());
                tables.add(new Table("t-" + g.name(), g.legend() + (whole == null ? "" : "：" + whole),
                        g.columns().stream().map(Spec::label).toList(), rows));
            }
            out.add(new Fieldset(section.legend(), fields, tables));
        }
        // an error about a whole object (e.g. proposedItem) or a field this form lacks is shown above the form
        unplaced.addAll(left.entrySet().stream().map(e -> e.getKey() + "：" + e.getValue()).toList());
        return out;
    }

    private static Input input(String id, String name, Spec spec, String value, String error) {
        List<Option> options = new ArrayList<>();
        if (spec.kind() == Kind.SELECT) {
            if (!spec.required()) {
                options.add(new Option("", "（未填）", value.isEmpty()));
            }
            spec.options().forEach((k, label) -> options.add(new Option(k, label, k.equals(value))));
        }
        return new Input(id, name, spec.label(), spec.kind().name().toLowerCase(java.util.Locale.ROOT), value, options,
                spec.required(), error);
    }

    /** The service's message for this JSON path, taken so that it shows once. */
    private static String take(Map<String, String> errors, String path) {
        return errors.remove(path);
    }

    /** The service's field errors (RFC 9457 {@code errors[]}), by JSON path, in Chinese. */
    public static Map<String, String> errorsOf(JsonNode problem) {
        Map<String, String> out = new LinkedHashMap<>();
        problem.path("errors").forEach(e -> out.merge(e.path("field").asText(""), readable(e.path("messageZh").asText(e.path("message").asText())),
                (a, b) -> a + "；" + b));
        return out;
    }

    /** Bean Validation names a pattern by its regular expression; a clerk needs to hear what is wrong. */
    static String readable(String message) {
        return message.startsWith("需要匹配正则表达式") ? "格式不正确" : message;
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
