package cn.gov.huiji.fourlists.disclosure.service;

import cn.gov.huiji.fourlists.disclosure.domain.Decision;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionKind;
import cn.gov.huiji.fourlists.disclosure.domain.IdType;
import cn.gov.huiji.fourlists.disclosure.domain.LicenceCategory;
import cn.gov.huiji.fourlists.disclosure.domain.PartyCategory;
import cn.gov.huiji.fourlists.disclosure.service.SpreadsheetRows.NumberedRow;
import cn.gov.huiji.fourlists.kernel.contract.PenaltyKind;
import cn.gov.huiji.fourlists.kernel.contract.Severity;
import cn.gov.huiji.fourlists.kernel.problem.Problem.FieldError;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legal section's import of decisions from a spreadsheet (R-LIST-11): the header row names the columns by their
 * XK_* / CF_* codes or their Chinese names (as the credit platforms' field sets), plus 事项编码 (the list item the
 * decision rests on) and, for penalties, 裁量阶次. Amounts are in 万元, as in those sets. Every row is first checked as
 * the API checks one decision — {@link DecisionChecks}, {@link DecisionIntake#itemInForce}, the document number not
 * received yet, {@link DiscretionCheck} — and every error is reported by row and column ({@code row[N].列名}); only
 * when all rows are right is each received through {@link DecisionIntake#receive}, all in one transaction: all or
 * nothing.
 */
@ApplicationScoped
public class DecisionImport {

    @Schema(name = "DecisionImportResult", description = "Every row was received (全部导入)")
    public record Imported(DecisionKind kind, int received, List<Received> decisions) {
    }

    @Schema(name = "ImportedDecision", description = "One row received: RECEIVED, to be public by dueDate")
    public record Received(@Schema(description = "The row in the spreadsheet") int row, UUID id, String documentNo,
                           LocalDate dueDate) {
    }

    /** What a column holds: an input field, or nothing (the bureau's own fields, legacy codes, computed ones). */
    private record Column(String code, String nameZh, String field, List<String> aliases) {
        static Column of(String code, String nameZh, String field, String... aliases) {
            return new Column(code, nameZh, field, List.of(aliases));
        }
    }

    static final String ITEM_CODE = "事项编码";
    static final String SEVERITY = "裁量阶次";

    private static final List<Column> LICENSING = List.of(
            Column.of("XK_XDR_MC", "行政相对人名称", "partyName"),
            Column.of("XK_XDR_LB", "行政相对人类别", "partyCategory"),
            Column.of("XK_XDR_SHXYM", "行政相对人代码_1(统一社会信用代码)", "partyCreditCode", "统一社会信用代码"),
            Column.of("XK_XDR_GSZC", "行政相对人代码_2(工商注册号)", null, "工商注册号"),
            Column.of("XK_XDR_ZZJG", "行政相对人代码_3(组织机构代码)", null, "组织机构代码"),
            Column.of("XK_XDR_SWDJ", "行政相对人代码_4(税务登记号)", null, "税务登记号"),
            Column.of("XK_XDR_SYDW", "行政相对人代码_5(事业单位证书号)", null, "事业单位证书号"),
            Column.of("XK_XDR_SHZZ", "行政相对人代码_6(社会组织登记证号)", null, "社会组织登记证号"),
            Column.of("XK_FRDB", "法定代表人", "legalRepresentative"),
            Column.of("XK_FR_ZJLX", "法定代表人证件类型", "legalRepresentativeIdType"),
            Column.of("XK_FR_ZJHM", "法定代表人证件号码", "legalRepresentativeIdNumber"),
            Column.of("XK_XDR_ZJLX", "证件类型(自然人)", "personIdType", "证件类型"),
            Column.of("XK_XDR_ZJHM", "证件号码(自然人)", "personIdNumber", "证件号码"),
            Column.of("XK_XKWS", "行政许可决定文书名称", "documentName"),
            Column.of("XK_WSH", "行政许可决定文书号", "documentNo"),
            Column.of("XK_XKLB", "许可类别", "licenceCategory"),
            Column.of("XK_XKZS", "许可证书名称", "certificateName"),
            Column.of("XK_XKBH", "许可编号", "licenceNo"),
            Column.of("XK_NR", "许可内容", "content"),
            Column.of("XK_JDRQ", "许可决定日期", "decisionDate"),
            Column.of("XK_YXQZ", "有效期自", "validFrom"),
            Column.of("XK_YXQZI", "有效期至", "validTo"),
            Column.of("XK_XKJG", "许可机关", null),
            Column.of("XK_XKJGDM", "许可机关统一社会信用代码", null),
            Column.of("XK_ZT", "当前状态", null),
            Column.of("XK_LYDW", "数据来源单位", null),
            Column.of("XK_LYDWDM", "数据来源单位统一社会信用代码", null),
            Column.of("BZ", "备注", "remarks"),
            Column.of("ITEM_CODE", ITEM_CODE, "itemCode", "itemCode"));

    private static final List<Column> PENALTY = List.of(
            Column.of("CF_XDR_MC", "行政相对人名称", "partyName"),
            Column.of("CF_XDR_LB", "行政相对人类别", "partyCategory"),
            Column.of("CF_XDR_SHXYM", "行政相对人代码_1(统一社会信用代码)", "partyCreditCode", "统一社会信用代码"),
            Column.of("CF_XDR_GSZC", "行政相对人代码_2(工商注册号)", null, "工商注册号"),
            Column.of("CF_XDR_ZZJG", "行政相对人代码_3(组织机构代码)", null, "组织机构代码"),
            Column.of("CF_XDR_SWDJ", "行政相对人代码_4(税务登记号)", null, "税务登记号"),
            Column.of("CF_XDR_SYDW", "行政相对人代码_5(事业单位证书号)", null, "事业单位证书号"),
            Column.of("CF_XDR_SHZZ", "行政相对人代码_6(社会组织登记证号)", null, "社会组织登记证号"),
            Column.of("CF_FRDB", "法定代表人", "legalRepresentative"),
            Column.of("CF_FR_ZJLX", "法定代表人证件类型", "legalRepresentativeIdType"),
            Column.of("CF_FR_ZJHM", "法定代表人证件号码", "legalRepresentativeIdNumber"),
            Column.of("CF_XDR_ZJLX", "证件类型(自然人)", "personIdType", "证件类型"),
            Column.of("CF_XDR_ZJHM", "证件号码(自然人)", "personIdNumber", "证件号码"),
            Column.of("CF_WSH", "行政处罚决定书文号", "documentNo"),
            Column.of("CF_WFXW", "违法行为类型", "violationType"),
            Column.of("CF_SY", "违法事实", "facts"),
            Column.of("CF_YJ", "处罚依据", "basis"),
            Column.of("CF_CFLB", "处罚类别", "penaltyKinds"),
            Column.of("CF_NR", "处罚内容", "content"),
            Column.of("CF_NR_FK", "罚款金额(万元)", "fineYuan", "罚款金额"),
            Column.of("CF_NR_WFFF", "没收违法所得、没收非法财物的金额(万元)", "confiscatedYuan", "没收违法所得、没收非法财物的金额"),
            Column.of("CF_NR_ZKDX", "暂扣或吊销证照名称及编号", "licenceSuspendedOrRevoked"),
            Column.of("CF_JDRQ", "处罚决定日期", "decisionDate"),
            Column.of("CF_YXQ", "处罚有效期", "validUntil"),
            Column.of("CF_GSJZQ", "公示截止期", null),
            Column.of("CF_CFJG", "处罚机关", null),
            Column.of("CF_CFJGDM", "处罚机关统一社会信用代码", null),
            Column.of("CF_SJLY", "数据来源单位", null),
            Column.of("CF_SJLYDM", "数据来源单位统一社会信用代码", null),
            Column.of("BZ", "备注", "remarks"),
            Column.of("ITEM_CODE", ITEM_CODE, "itemCode", "itemCode"),
            Column.of("SEVERITY", SEVERITY, "severity", "severity"));

    /** The columns an import of each kind cannot do without (the rest may be absent when empty). */
    private static final Map<DecisionKind, List<String>> REQUIRED = Map.of(
            DecisionKind.LICENSING, List.of("partyName", "partyCategory", "documentName", "documentNo", "licenceCategory",
                    "content", "decisionDate", "validFrom", "validTo", "itemCode"),
            DecisionKind.PENALTY, List.of("partyName", "partyCategory", "documentNo", "violationType", "facts", "basis",
                    "penaltyKinds", "content", "decisionDate", "validUntil", "itemCode"));

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    private final DecisionIntake intake;
    private final DiscretionCheck discretion;
    private final DecisionCalendar calendar;

    public DecisionImport(DecisionIntake intake, DiscretionCheck discretion, DecisionCalendar calendar) {
        this.intake = intake;
        this.discretion = discretion;
        this.calendar = calendar;
    }

    /** One row read: its input (null where a cell could not be read) and the columns that could not. */
    private record Parsed(int row, Object input) {
    }

    @Transactional
    public Imported importRows(DecisionKind kind, List<NumberedRow> rows, Actor actor) {
        List<Column> columns = kind == DecisionKind.LICENSING ? LICENSING : PENALTY;
        List<NumberedRow> nonBlank = rows.stream().filter(r -> r.cells().stream().anyMatch(c -> c != null && !c.isBlank())).toList();
        if (nonBlank.isEmpty()) {
            throw ProblemException.invalid("file", "the spreadsheet is empty", "表格为空");
        }
        NumberedRow headerRow = nonBlank.get(0);
        List<FieldError> errors = new ArrayList<>();
        Map<Integer, Column> byIndex = header(headerRow, columns, errors);
        Map<String, String> headerOf = new HashMap<>(); // field → the column's header as in the file
        byIndex.forEach((i, c) -> {
            if (c.field() != null) {
                headerOf.put(c.field(), headerRow.cells().get(i).strip());
            }
        });
        Map<String, String> named = new HashMap<>(headerOf); // the columns the file has, before the defaults
        for (Column c : columns) {
            if (c.field() != null) {
                // a field without a column in the file is named by its code (事项编码 and 裁量阶次 by their names)
                headerOf.putIfAbsent(c.field(), c.code().startsWith("XK_") || c.code().startsWith("CF_") ? c.code() : c.nameZh());
            }
        }
        for (String field : REQUIRED.get(kind)) {
            if (!named.containsKey(field)) {
                Column c = columns.stream().filter(x -> field.equals(x.field())).findFirst().orElseThrow();
                errors.add(new FieldError("row[" + headerRow.number() + "]." + c.code(), "column missing: " + c.code() + " (" + c.nameZh() + ")",
                        "缺少列：" + c.nameZh() + "（" + c.code() + "）"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The header row does not name the columns of the " + kind.name().toLowerCase()
                    + " field set.", "表头与" + kind.nameZh + "数据项不符。", errors);
        }
        List<NumberedRow> data = nonBlank.subList(1, nonBlank.size());
        if (data.isEmpty()) {
            throw ProblemException.invalid("file", "the spreadsheet has a header row and no decisions", "表格只有表头，没有决定");
        }

        LocalDate today = calendar.today();
        Map<String, Integer> documentRows = new HashMap<>();
        List<Parsed> parsed = new ArrayList<>();
        for (NumberedRow row : data) {
            String at = "row[" + row.number() + "].";
            Map<String, String> cells = new LinkedHashMap<>();
            byIndex.forEach((i, c) -> {
                if (c.field() != null && i < row.cells().size()) {
                    cells.put(c.field(), row.cells().get(i));
                }
            });
            Map<String, String> bad = new HashMap<>();
            int before = errors.size();
            Object input = kind == DecisionKind.LICENSING ? licensing(cells, at, headerOf, bad, errors)
                    : penalty(cells, at, headerOf, bad, errors);
            List<FieldError> checks = kind == DecisionKind.LICENSING
                    ? DecisionChecks.licensing((LicensingInput) input, today, DecisionChecks.Purpose.RECEIPT)
                    : DecisionChecks.penalty((PenaltyInput) input, today, DecisionChecks.Purpose.RECEIPT);
            for (FieldError e : checks) {
                String field = root(e.field());
                if (!bad.containsKey(field)) { // a cell that could not be read is reported once, as unreadable
                    errors.add(at(at, headerOf, e));
                }
            }
            String documentNo = text(cells.get("documentNo"));
            if (documentNo != null) {
                Integer first = documentRows.putIfAbsent(documentNo, row.number());
                if (first != null) {
                    errors.add(new FieldError(at + label(headerOf, "documentNo"), "the same document number as row " + first,
                            "与第 " + first + " 行文号重复"));
                } else if (Decision.count("kind = ?1 and documentNo = ?2", kind, documentNo) > 0) {
                    errors.add(new FieldError(at + label(headerOf, "documentNo"), "a " + kind.name().toLowerCase()
                            + " decision numbered " + documentNo + " was received already", "该文号的决定已接收"));
                }
            }
            if (errors.size() == before) {
                // the checks against the lists, as the API makes them: only for a row right in itself
                errors.addAll(againstTheLists(kind, input, at, headerOf));
            }
            parsed.add(new Parsed(row.number(), input));
        }
        if (!errors.isEmpty()) {
            long rowsWrong = errors.stream().map(e -> e.field().substring(0, e.field().indexOf(']') + 1)).distinct().count();
            throw ProblemException.invalid(rowsWrong + " of " + data.size() + " rows cannot be received; nothing was imported.",
                    data.size() + " 行中有 " + rowsWrong + " 行有误，未导入任何决定。", errors);
        }

        List<Received> received = new ArrayList<>();
        for (Parsed p : parsed) {
            Decision d = p.input() instanceof LicensingInput l ? intake.receive(l, actor) : intake.receive((PenaltyInput) p.input(), actor);
            received.add(new Received(p.row(), d.id, d.documentNo, d.dueDate));
        }
        return new Imported(kind, received.size(), received);
    }

    /** The item in force on the decision date and, for a penalty with a severity, the discretion standard. */
    private List<FieldError> againstTheLists(DecisionKind kind, Object input, String at, Map<String, String> headerOf) {
        List<FieldError> errors = new ArrayList<>();
        String itemCode = input instanceof LicensingInput l ? l.itemCode() : ((PenaltyInput) input).itemCode();
        LocalDate date = input instanceof LicensingInput l ? l.decisionDate() : ((PenaltyInput) input).decisionDate();
        try {
            intake.itemInForce(kind, itemCode, date);
            if (input instanceof PenaltyInput p) {
                discretion.check(p);
            }
        } catch (ProblemException e) {
            if (e.problem().status() != 400) {
                throw e; // list-service cannot tell now (503): the import as a whole waits, nothing is written
            }
            if (e.problem().errors() == null || e.problem().errors().isEmpty()) {
                errors.add(new FieldError(at + label(headerOf, "itemCode"), e.problem().detail(), e.problem().detailZh()));
            } else {
                e.problem().errors().forEach(fe -> errors.add(at(at, headerOf, fe)));
            }
        }
        return errors;
    }

    /** Finds each header cell's column; an unknown header is an error naming it. */
    private static Map<Integer, Column> header(NumberedRow header, List<Column> columns, List<FieldError> errors) {
        Map<Integer, Column> found = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String h = header.cells().get(i) == null ? "" : header.cells().get(i).strip();
            if (h.isEmpty()) {
                continue;
            }
            String key = normal(h);
            Column match = columns.stream().filter(c -> normal(c.code()).equals(key) || normal(c.nameZh()).equals(key)
                    || c.aliases().stream().anyMatch(a -> normal(a).equals(key))).findFirst().orElse(null);
            String at = "row[" + header.number() + "]." + h;
            if (match == null) {
                errors.add(new FieldError(at, "unknown column: use the field codes or their Chinese names", "无法识别的列名：请使用数据项代码或中文名称"));
            } else if (!seen.add(match.code())) {
                errors.add(new FieldError(at, "column " + match.code() + " appears twice", "列 " + match.nameZh() + " 重复"));
            } else {
                found.put(i, match);
            }
        }
        return found;
    }

    /** Codes in any case, names with full-width or half-width brackets and without spaces. */
    static String normal(String s) {
        return s.replace('（', '(').replace('）', ')').replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    private LicensingInput licensing(Map<String, String> cells, String at, Map<String, String> headerOf, Map<String, String> bad,
                                     List<FieldError> errors) {
        Cells c = new Cells(cells, at, headerOf, bad, errors);
        return new LicensingInput(c.text("partyName"), c.partyCategory(), c.text("partyCreditCode"), c.text("legalRepresentative"),
                c.idType("legalRepresentativeIdType"), c.text("legalRepresentativeIdNumber"), c.idType("personIdType"),
                c.text("personIdNumber"), c.text("documentName"), c.text("documentNo"), c.licenceCategory(), c.text("certificateName"),
                c.text("licenceNo"), c.text("content"), c.date("decisionDate"), c.date("validFrom"), c.date("validTo"),
                c.text("itemCode"), c.text("remarks"), null);
    }

    private PenaltyInput penalty(Map<String, String> cells, String at, Map<String, String> headerOf, Map<String, String> bad,
                                 List<FieldError> errors) {
        Cells c = new Cells(cells, at, headerOf, bad, errors);
        return new PenaltyInput(c.text("partyName"), c.partyCategory(), c.text("partyCreditCode"), c.text("legalRepresentative"),
                c.idType("legalRepresentativeIdType"), c.text("legalRepresentativeIdNumber"), c.idType("personIdType"),
                c.text("personIdNumber"), c.text("documentNo"), c.text("violationType"), c.text("facts"), c.text("basis"),
                c.penaltyKinds(), c.text("content"), c.wanYuan("fineYuan"), c.wanYuan("confiscatedYuan"),
                c.text("licenceSuspendedOrRevoked"), c.date("decisionDate"), c.date("validUntil"), c.text("itemCode"),
                c.severity(), c.text("remarks"), null);
    }

    /** The cells of one row, read into the input's types; a cell that cannot be read is an error naming its column. */
    private record Cells(Map<String, String> cells, String at, Map<String, String> headerOf, Map<String, String> bad,
                         List<FieldError> errors) {

        String text(String field) {
            return DecisionImport.text(cells.get(field));
        }

        void wrong(String field, String message, String messageZh) {
            bad.put(field, message);
            errors.add(new FieldError(at + label(headerOf, field), message, messageZh));
        }

        LocalDate date(String field) {
            String v = text(field);
            if (v == null) {
                return null;
            }
            Matcher m = DATE.matcher(v);
            if (m.matches()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    // falls through: no such day
                }
            }
            wrong(field, "not a date (yyyy-MM-dd or yyyy/MM/dd): " + v, "日期格式应为 yyyy-MM-dd 或 yyyy/MM/dd");
            return null;
        }

        /** 万元 as in the credit field sets, to 元 as the API takes it: 0.2 → 2000. */
        BigDecimal wanYuan(String field) {
            String v = text(field);
            if (v == null) {
                return null;
            }
            try {
                BigDecimal wan = new BigDecimal(v.replace(",", ""));
                if (wan.signum() < 0 || wan.stripTrailingZeros().scale() > 6) {
                    wrong(field, "an amount in 万元, 0 or more, at most six decimals: " + v, "金额以万元为单位，不小于0，最多六位小数");
                    return null;
                }
                return wan.movePointRight(4).stripTrailingZeros();
            } catch (NumberFormatException e) {
                wrong(field, "not an amount in 万元: " + v, "不是以万元为单位的金额");
                return null;
            }
        }

        PartyCategory partyCategory() {
            String v = code(text("partyCategory"));
            if (v == null) {
                return null;
            }
            PartyCategory p = switch (v) {
                case "01", "自然人", "NATURAL_PERSON" -> PartyCategory.NATURAL_PERSON;
                case "02", "03", "法人", "非法人组织", "法人及非法人组织", "LEGAL_ENTITY" -> PartyCategory.LEGAL_ENTITY;
                case "04", "个体工商户", "INDIVIDUAL_BUSINESS" -> PartyCategory.INDIVIDUAL_BUSINESS;
                default -> null;
            };
            if (p == null) {
                wrong("partyCategory", "one of 法人及非法人组织, 自然人, 个体工商户: " + v, "应为 法人及非法人组织、自然人 或 个体工商户");
            }
            return p;
        }

        IdType idType(String field) {
            String v = code(text(field));
            if (v == null) {
                return null;
            }
            for (IdType t : IdType.values()) {
                if (t.name().equals(v) || t.nameZh.equals(v) || String.format("%02d", t.ordinal() + 1).equals(v)
                        || (t == IdType.ID_CARD && "居民身份证".equals(v))) {
                    return t;
                }
            }
            wrong(field, "not a 证件类型: " + v, "证件类型应为 身份证、护照、港澳居民来往内地通行证、台湾居民来往大陆通行证 或 外国人永久居留身份证");
            return null;
        }

        LicenceCategory licenceCategory() {
            String v = code(text("licenceCategory"));
            if (v == null) {
                return null;
            }
            for (LicenceCategory c : LicenceCategory.values()) {
                if (c.name().equals(v) || c.nameZh.equals(v) || String.format("%02d", c.ordinal() + 1).equals(v)) {
                    return c;
                }
            }
            wrong("licenceCategory", "one of 普通, 特许, 认可, 核准, 登记, 其他: " + v, "许可类别应为 普通、特许、认可、核准、登记 或 其他");
            return null;
        }

        Severity severity() {
            String v = code(text("severity"));
            if (v == null) {
                return null;
            }
            for (Severity s : Severity.values()) {
                if (s.name().equals(v) || s.label().equals(v)) {
                    return s;
                }
            }
            wrong("severity", "one of 轻微, 一般, 较重, 严重: " + v, "裁量阶次应为 轻微、一般、较重 或 严重");
            return null;
        }

        /** 处罚类别, several separated by ; or , (the platforms' CF_CFLB), by their names in the law or the kinds' names. */
        List<PenaltyKind> penaltyKinds() {
            String v = text("penaltyKinds");
            if (v == null) {
                return null;
            }
            List<PenaltyKind> kinds = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (String token : v.split("[;；,，\\n]")) {
                String t = token.strip();
                if (t.isEmpty()) {
                    continue;
                }
                PenaltyKind k = penaltyKind(t);
                if (k != null) {
                    kinds.add(k);
                    continue;
                }
                for (String part : t.split("、")) { // 没收违法所得、没收非法财物 as one cell
                    PenaltyKind p = penaltyKind(part.strip());
                    if (p == null) {
                        unknown.add(part.strip());
                    } else {
                        kinds.add(p);
                    }
                }
            }
            if (!unknown.isEmpty()) {
                wrong("penaltyKinds", "not a 处罚类别 of the 行政处罚法: " + String.join(", ", unknown),
                        "不是行政处罚法规定的处罚类别：" + String.join("、", unknown));
                return null;
            }
            return kinds.stream().distinct().toList();
        }

        static PenaltyKind penaltyKind(String t) {
            for (PenaltyKind k : PenaltyKind.values()) {
                if (k.name().equalsIgnoreCase(t) || k.label().equals(t)) {
                    return k;
                }
            }
            return switch (t) {
                case "其他" -> PenaltyKind.OTHER;
                case "暂扣或者吊销许可证、执照", "暂扣或者吊销许可证、暂扣或者吊销执照" -> PenaltyKind.SUSPEND_OR_REVOKE_PERMIT;
                default -> null;
            };
        }

        /** "01-自然人" and "01 自然人" are both "01"; an enum name in any case is upper case. */
        static String code(String v) {
            if (v == null) {
                return null;
            }
            Matcher m = Pattern.compile("^(\\d{2})\\s*[-－ ].*").matcher(v);
            if (m.matches()) {
                return m.group(1);
            }
            return v.matches("[A-Za-z_]+") ? v.toUpperCase(Locale.ROOT) : v;
        }
    }

    static String text(String cell) {
        return cell == null || cell.isBlank() ? null : cell.strip();
    }

    /** The column a field is in, as the file names it (its code when the file has no such column). */
    static String label(Map<String, String> headerOf, String field) {
        return headerOf.getOrDefault(field, field);
    }

    /** A check's error on a field, as row[N].列名. */
    private static FieldError at(String at, Map<String, String> headerOf, FieldError e) {
        return new FieldError(at + label(headerOf, root(e.field())), e.message(), e.messageZh());
    }

    /** penaltyKinds[0] → penaltyKinds. */
    static String root(String field) {
        int cut = field.length();
        for (char ch : new char[]{'[', '.'}) {
            int i = field.indexOf(ch);
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        return field.substring(0, cut);
    }
}
