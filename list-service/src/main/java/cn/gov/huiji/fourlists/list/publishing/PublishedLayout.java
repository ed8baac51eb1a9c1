package cn.gov.huiji.fourlists.list.publishing;

import cn.gov.huiji.fourlists.kernel.contract.CitationLevel;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent.AccountabilityCase;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent.Citation;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent.Duty;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent.ImplementingBody;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent.Material;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent.SubItem;
import cn.gov.huiji.fourlists.list.domain.ListKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The column layout of a published list (R-LIST-5): what the spreadsheet and the printed list show, and what an
 * import reads back. Each column renders part of an item as text and parses that text back, so an exported list
 * imports unchanged.
 */
public final class PublishedLayout {

    /** Thrown by a column that cannot read its cell; the message says why, in both languages. */
    public static final class CellException extends RuntimeException {
        public final String messageZh;

        CellException(String message, String messageZh) {
            super(message);
            this.messageZh = messageZh;
        }
    }

    /** Looks a section up by its code or its Chinese name; answers the code, or null. */
    public interface Sections {
        String codeOf(String codeOrName);

        String nameOf(String code);
    }

    public record Column(String header, String property, float width, Renderer render, Parser parse) {
    }

    @FunctionalInterface
    public interface Renderer {
        String render(ListItemContent item, Sections sections);
    }

    @FunctionalInterface
    public interface Parser {
        void parse(Draft draft, String cell, Sections sections);
    }

    /** The standard opening of accountability text in published lists (domain.md, R-LIST-2). */
    public static final String ACCOUNTABILITY_PREAMBLE =
            "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：";

    private final ListKind list;
    private final List<Column> columns;

    private PublishedLayout(ListKind list, List<Column> columns) {
        this.list = list;
        this.columns = columns;
    }

    public ListKind list() {
        return list;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    public String title() {
        return "惠济区安全生产监督管理局" + list.nameZh();
    }

    public List<String> render(int number, ListItemContent item, Sections sections) {
        List<String> cells = new ArrayList<>();
        for (Column c : columns) {
            cells.add(c.header().equals("序号") ? String.valueOf(number) : nz(c.render().render(item, sections)));
        }
        return cells;
    }

    /** The column that shows a property (by the longest matching path), for naming import errors. */
    public Column columnOf(String propertyPath) {
        Column best = null;
        for (Column c : columns) {
            if (c.property() != null && (propertyPath.equals(c.property()) || propertyPath.startsWith(c.property() + ".")
                    || propertyPath.startsWith(c.property() + "["))
                    && (best == null || c.property().length() > best.property().length())) {
                best = c;
            }
        }
        return best;
    }

    public static PublishedLayout of(ListKind list) {
        return switch (list) {
            case POWER -> new PublishedLayout(list, List.of(NUMBER, category("权力类型"), CODE, name("事项名称"), SUB_ITEMS,
                    basis("实施依据"), BODY, SECTION, DUTIES, ACCOUNTABILITY, REMARKS));
            case APPROVAL -> new PublishedLayout(list, List.of(NUMBER, category("审批类别"), CODE, name("事项名称"), SUB_ITEMS,
                    basis("设定依据"), BODY, SECTION, MATERIALS, STATUTORY, PROMISED, REMARKS));
            case FEE -> new PublishedLayout(list, List.of(NUMBER, category("收费类别"), CODE, name("收费项目名称"),
                    text("收费标准", "fee.standard", 2.2f, (d, s) -> d.feeStandard = s, i -> i.fee() == null ? "" : i.fee().standard()),
                    text("收费依据", "fee.basis", 2.2f, (d, s) -> d.feeBasis = s, i -> i.fee() == null ? "" : i.fee().basis()),
                    basis("设定依据"),
                    text("执收单位", "fee.collectingUnit", 1.2f, (d, s) -> d.feeUnit = s, i -> i.fee() == null ? "" : i.fee().collectingUnit()),
                    BODY, SECTION, REMARKS));
            case FUND -> new PublishedLayout(list, List.of(NUMBER, category("基金类别"), CODE, name("基金名称"),
                    text("征收标准", "fund.rate", 2f, (d, s) -> d.fundRate = s, i -> i.fund() == null ? "" : i.fund().rate()),
                    text("征收依据", "fund.basis", 2f, (d, s) -> d.fundBasis = s, i -> i.fund() == null ? "" : i.fund().basis()),
                    text("资金用途", "fund.use", 2f, (d, s) -> d.fundUse = s, i -> i.fund() == null ? "" : i.fund().use()),
                    basis("设定依据"), BODY, SECTION, REMARKS));
        };
    }

    // ---- columns -------------------------------------------------------------------------------------------------

    static final Column NUMBER = new Column("序号", null, 0.5f, (i, s) -> "", (d, c, s) -> { });

    static final Column CODE = text("事项编码", "code", 1.3f, (d, s) -> d.code = s, ListItemContent::code);

    static final Column REMARKS = text("备注", "remarks", 1f, (d, s) -> d.remarks = s, ListItemContent::remarks);

    static final Column SECTION = new Column("承办机构", "section", 1.2f, (i, s) -> {
        String name = s.nameOf(i.section());
        return name == null ? i.section() : name;
    }, (d, cell, s) -> {
        if (cell.isEmpty()) {
            return;
        }
        String code = s.codeOf(cell);
        if (code == null) {
            throw new CellException("no such section: " + cell, "科室（队）不存在：" + cell);
        }
        d.section = code;
    });

    static final Pattern BODY_PATTERN = Pattern.compile("^(.*?)（([^（）]*)）$");

    static final Column BODY = new Column("实施主体", "implementingBody", 1.4f, (i, s) -> {
        ImplementingBody b = i.implementingBody();
        return b == null ? "" : b.name() + (b.creditCode() == null ? "" : "（" + b.creditCode() + "）");
    }, (d, cell, s) -> {
        if (cell.isEmpty()) {
            return;
        }
        Matcher m = BODY_PATTERN.matcher(cell);
        d.body = m.matches() ? new ImplementingBody(m.group(1).trim(), m.group(2).trim()) : new ImplementingBody(cell, null);
    });

    static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+\\s*[.、．]\\s*");
    static final Pattern SUB_ITEM_CODE = Pattern.compile("^(.*?)［([^［］]*)］$");

    static final Column SUB_ITEMS = new Column("子项", "subItems", 1.4f, (i, s) -> i.subItems() == null ? ""
            : numbered(i.subItems().stream().map(x -> x.name() + (x.code() == null ? "" : "［" + x.code() + "］")).toList()),
            (d, cell, s) -> d.subItems = lines(cell).stream().map(line -> {
                Matcher m = SUB_ITEM_CODE.matcher(line);
                return m.matches() ? new SubItem(m.group(2).trim(), m.group(1).trim()) : new SubItem(null, line);
            }).toList());

    static final Pattern CITATION = Pattern.compile("^【([^】]+)】《([^》]+)》(?:（([^）]*)）)?([^：]*)(?:：(.*))?$", Pattern.DOTALL);

    static Column basis(String header) {
        return new Column(header, "legalBasis", 3f, (i, s) -> i.legalBasis() == null ? "" : i.legalBasis().stream()
                .map(c -> c.text() + (c.excerpt() == null || c.excerpt().isBlank() ? "" : "：" + c.excerpt()))
                .collect(Collectors.joining("\n")),
                (d, cell, s) -> {
                    List<Citation> citations = new ArrayList<>();
                    for (String line : lines(cell)) {
                        Matcher m = CITATION.matcher(line);
                        if (!m.matches()) {
                            throw new CellException("a citation reads 【level】《title》（version）article：excerpt, not: " + line,
                                    "依据应写作【层级】《名称》（版本或文号）条款：内容，此行不符：" + line);
                        }
                        CitationLevel level = CitationLevel.ofLabel(m.group(1)).orElseThrow(() -> new CellException(
                                "unknown level 【" + m.group(1) + "】; use 法律, 行政法规, 地方性法规, 部委规章, 政府规章 or 规范性文件",
                                "未知的依据层级【" + m.group(1) + "】，应为法律、行政法规、地方性法规、部委规章、政府规章或规范性文件"));
                        citations.add(new Citation(level, m.group(2).trim(), emptyToNull(m.group(3)), emptyToNull(m.group(4)),
                                emptyToNull(m.group(5))));
                    }
                    d.legalBasis = citations;
                });
    }

    static final Column DUTIES = new Column("责任事项", "duties", 3f, (i, s) -> i.duties() == null ? ""
            : numbered(i.duties().stream().map(x -> x.stage() + "：" + x.content()).toList()),
            (d, cell, s) -> d.duties = lines(cell).stream().map(line -> {
                int colon = line.indexOf('：');
                if (colon <= 0) {
                    throw new CellException("a duty reads stage：content, not: " + line, "责任事项应写作“环节：内容”，此行不符：" + line);
                }
                return new Duty(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }).toList());

    static final Pattern CASE = Pattern.compile("^(.*?)(?:（依据：(.*)）)?$", Pattern.DOTALL);

    static final Column ACCOUNTABILITY = new Column("追责情形", "accountability", 2.6f, (i, s) -> i.accountability() == null
            || i.accountability().isEmpty() ? "" : ACCOUNTABILITY_PREAMBLE + "\n" + numbered(i.accountability().stream()
            .map(x -> x.situation() + (x.basis() == null || x.basis().isBlank() ? "" : "（依据：" + x.basis() + "）")).toList()),
            (d, cell, s) -> d.accountability = lines(cell).stream().filter(l -> !l.equals(ACCOUNTABILITY_PREAMBLE)).map(line -> {
                Matcher m = CASE.matcher(line);
                m.matches();
                return new AccountabilityCase(m.group(1).trim(), emptyToNull(m.group(2)));
            }).toList());

    static final Column MATERIALS = new Column("申请材料", "materials", 2.4f, (i, s) -> i.materials() == null ? ""
            : numbered(i.materials().stream().map(m -> m.name() + (Boolean.FALSE.equals(m.required()) ? "（非必需）" : "（必需）")).toList()),
            (d, cell, s) -> d.materials = lines(cell).stream().map(line -> {
                if (line.endsWith("（非必需）")) {
                    return new Material(line.substring(0, line.length() - 5).trim(), false, null);
                }
                return new Material(line.endsWith("（必需）") ? line.substring(0, line.length() - 4).trim() : line, true, null);
            }).toList());

    static final Column STATUTORY = days("法定时限（工作日）", "statutoryLimitDays", ListItemContent::statutoryLimitDays, (d, n) -> d.statutoryLimitDays = n);
    static final Column PROMISED = days("承诺时限（工作日）", "promisedLimitDays", ListItemContent::promisedLimitDays, (d, n) -> d.promisedLimitDays = n);

    static Column category(String header) {
        return text(header, "category", 0.9f, (d, s) -> d.category = s, ListItemContent::category);
    }

    static Column name(String header) {
        return text(header, "name", 2f, (d, s) -> d.name = s, ListItemContent::name);
    }

    static Column text(String header, String property, float width, java.util.function.BiConsumer<Draft, String> set,
                       Function<ListItemContent, String> get) {
        return new Column(header, property, width, (i, s) -> get.apply(i), (d, cell, s) -> set.accept(d, emptyToNull(cell)));
    }

    static Column days(String header, String property, Function<ListItemContent, Integer> get,
                       java.util.function.BiConsumer<Draft, Integer> set) {
        return new Column(header, property, 0.8f, (i, s) -> get.apply(i) == null ? "" : String.valueOf(get.apply(i)), (d, cell, s) -> {
            if (cell.isEmpty()) {
                return;
            }
            try {
                set.accept(d, Integer.valueOf(cell.replace("个工作日", "").replace("工作日", "").trim()));
            } catch (NumberFormatException e) {
                throw new CellException("not a number of working days: " + cell, "不是工作日天数：" + cell);
            }
        });
    }

    // ---- text helpers --------------------------------------------------------------------------------------------

    static String numbered(List<String> lines) {
        return IntStream.range(0, lines.size()).mapToObj(i -> (i + 1) + ". " + lines.get(i)).collect(Collectors.joining("\n"));
    }

    /** The non-empty lines of a cell, without their 1. / 1、 numbering. */
    static List<String> lines(String cell) {
        return cell.lines().map(l -> NUMBERED.matcher(l).replaceFirst("").trim()).filter(l -> !l.isEmpty()).toList();
    }

    static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    /** An item read from a row, before it is checked. */
    public static final class Draft {
        String code;
        String name;
        String category;
        String section;
        String remarks;
        ImplementingBody body;
        List<SubItem> subItems;
        List<Citation> legalBasis;
        List<Duty> duties;
        List<AccountabilityCase> accountability;
        List<Material> materials;
        Integer statutoryLimitDays;
        Integer promisedLimitDays;
        String feeStandard;
        String feeBasis;
        String feeUnit;
        String fundRate;
        String fundBasis;
        String fundUse;

        public ListItemContent build(ListKind list) {
            ListItemContent.FeeTerms fee = feeStandard == null && feeBasis == null && feeUnit == null ? null
                    : new ListItemContent.FeeTerms(feeStandard, feeBasis, feeUnit);
            ListItemContent.FundTerms fund = fundRate == null && fundBasis == null && fundUse == null ? null
                    : new ListItemContent.FundTerms(fundBasis, fundRate, fundUse);
            return new ListItemContent(code, list.name(), name, category, null, null, subItems, body, section, null,
                    legalBasis, null, statutoryLimitDays, promisedLimitDays, null, duties, accountability, null, materials,
                    fee, fund, null, null, remarks, null);
        }
    }

    /** Reads one row (header → cell) into a draft; cell errors go to {@code errors} keyed by header. */
    public Draft parse(Map<String, String> row, Sections sections, Map<String, CellException> errors) {
        Draft d = new Draft();
        for (Column c : columns) {
            String cell = row.getOrDefault(c.header(), "");
            try {
                c.parse().parse(d, cell == null ? "" : cell.strip(), sections);
            } catch (CellException e) {
                errors.put(c.header(), e);
            }
        }
        return d;
    }
}
