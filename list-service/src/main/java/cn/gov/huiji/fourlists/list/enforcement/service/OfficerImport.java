package cn.gov.huiji.fourlists.list.enforcement.service;

import cn.gov.huiji.fourlists.kernel.csv.SpreadsheetCsv;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.list.enforcement.domain.Officer;
import cn.gov.huiji.fourlists.list.enforcement.service.OfficerRules.OfficerData;
import cn.gov.huiji.fourlists.list.publishing.XlsxFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The legal section's load of officers from a spreadsheet (R-LIST-9): CSV (UTF-8) or .xlsx, read as the lists' import
 * reads them ({@link XlsxFormat}, {@link SpreadsheetCsv}), with a header row in Chinese. Every row is checked first
 * and every error is reported by row and column; nothing is registered unless every row is right, and then all rows
 * in one transaction, each with its trace.
 */
@ApplicationScoped
public class OfficerImport {

    /** The header, in order, and the field each column fills. */
    public static final Map<String, String> COLUMNS;

    static {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("执法证号", "certificateNo");
        c.put("姓名", "name");
        c.put("所在单位统一社会信用代码", "unitCreditCode");
        c.put("执法类别", "category");
        c.put("执法区域", "area");
        c.put("发证机关", "issuingAuthority");
        c.put("有效期起", "validFrom");
        c.put("有效期止", "validTo");
        COLUMNS = java.util.Collections.unmodifiableMap(c);
    }

    /** A column a spreadsheet may carry and that is ignored: the running number. */
    static final String RUNNING_NUMBER = "序号";
    private static final Set<String> IDENTITY_COLUMNS = Set.of("身份证号", "身份证号码", "公民身份号码", "居民身份证号码", "身份证");

    public record Imported(int imported) {
    }

    /** One error of the file: the spreadsheet's row number (1-based, as shown) and the column's header. */
    public record RowError(int row, String column, String message, String messageZh) {
    }

    /** The file was read but some rows are wrong: nothing was imported. */
    public static final class Rejected extends RuntimeException {
        private final transient List<RowError> errors;

        public Rejected(List<RowError> errors) {
            super(errors.size() + " error(s) in the spreadsheet; nothing was imported.");
            this.errors = List.copyOf(errors);
        }

        public List<RowError> errors() {
            return errors;
        }
    }

    /** What the checks made of the rows: the records (all right only when there are no errors) and the errors. */
    public record Checked(List<OfficerData> officers, List<RowError> errors) {
    }

    private final OfficerRegister register;
    private final BodyRegister bodies;

    public OfficerImport(OfficerRegister register, BodyRegister bodies) {
        this.register = register;
        this.bodies = bodies;
    }

    public Imported importXlsx(byte[] bytes, String by) {
        List<XlsxFormat.NumberedRow> rows;
        try {
            rows = XlsxFormat.read(bytes);
        } catch (XlsxFormat.Refused e) {
            throw unreadable(e.getMessage(), e.messageZh);
        } catch (IOException | RuntimeException e) {
            throw unreadable("the file is not a readable .xlsx workbook", "文件不是可读取的 .xlsx 工作簿");
        }
        return importRows(rows, by);
    }

    public Imported importCsv(byte[] bytes, String by) {
        List<List<String>> raw;
        try {
            raw = SpreadsheetCsv.read(bytes);
        } catch (IllegalArgumentException e) {
            throw unreadable("the CSV is malformed: " + e.getMessage(), "CSV 格式有误（如引号未闭合）");
        }
        if (raw.size() > XlsxFormat.MAX_ROWS) {
            throw unreadable("the file has " + raw.size() + " rows; at most " + XlsxFormat.MAX_ROWS + " are accepted",
                    "文件有 " + raw.size() + " 行，最多接受 " + XlsxFormat.MAX_ROWS + " 行");
        }
        List<XlsxFormat.NumberedRow> rows = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            rows.add(new XlsxFormat.NumberedRow(i + 1, raw.get(i).stream().map(SpreadsheetCsv::unguard).toList()));
        }
        return importRows(rows, by);
    }

    /** Checks every row, then registers all of them in this one transaction, or none. */
    @Transactional
    public Imported importRows(List<XlsxFormat.NumberedRow> rows, String by) {
        Map<String, Boolean> units = new HashMap<>();
        Checked checked = check(rows, unit -> units.computeIfAbsent(unit, u -> bodies.find(u).isPresent()),
                no -> Officer.findById(no) != null);
        if (!checked.errors().isEmpty()) {
            throw new Rejected(checked.errors());
        }
        OffsetDateTime at = register.now();
        for (OfficerData d : checked.officers()) {
            register.registerChecked(d, by, at);
        }
        return new Imported(checked.officers().size());
    }

    /**
     * The checks of the whole file, plain logic: the header (every column present, none unknown, never a column of
     * identity numbers), then each row by {@link OfficerRules} plus the dates' form and certificate numbers repeated
     * in the file or already registered. Blank rows are skipped.
     */
    public static Checked check(List<XlsxFormat.NumberedRow> rows, Predicate<String> unitRegistered,
                                Predicate<String> certificateRegistered) {
        List<RowError> errors = new ArrayList<>();
        int headerAt = -1;
        for (int i = 0; i < Math.min(rows.size(), 6) && headerAt < 0; i++) {
            if (rows.get(i).cells().stream().anyMatch(c -> c != null && "执法证号".equals(c.strip()))) {
                headerAt = i;
            }
        }
        if (headerAt < 0) {
            errors.add(new RowError(rows.isEmpty() ? 1 : rows.get(0).number(), "执法证号",
                    "the header row was not found in the first rows; it reads: " + String.join(", ", COLUMNS.keySet()),
                    "未在前几行找到表头，表头应为：" + String.join("、", COLUMNS.keySet())));
            return new Checked(List.of(), errors);
        }
        XlsxFormat.NumberedRow headerRow = rows.get(headerAt);
        List<String> header = headerRow.cells().stream().map(c -> c == null ? "" : c.strip()).toList();
        Set<String> present = new HashSet<>();
        for (String h : header) {
            if (h.isEmpty() || h.equals(RUNNING_NUMBER)) {
                continue;
            }
            if (IDENTITY_COLUMNS.contains(h)) {
                errors.add(new RowError(headerRow.number(), h,
                        "personal identity numbers are not accepted: the register is public and never holds them (R-LIST-9); remove the column",
                        "执法人员名录公开，不收录身份证号码，请删除该列"));
            } else if (!COLUMNS.containsKey(h)) {
                errors.add(new RowError(headerRow.number(), h, "unknown column; the columns are: " + String.join(", ", COLUMNS.keySet()),
                        "无法识别的列，表头应为：" + String.join("、", COLUMNS.keySet())));
            } else if (!present.add(h)) {
                errors.add(new RowError(headerRow.number(), h, "the column appears twice", "该列重复"));
            }
        }
        for (String expected : COLUMNS.keySet()) {
            if (!present.contains(expected)) {
                errors.add(new RowError(headerRow.number(), expected, "missing column", "缺少该列"));
            }
        }
        if (!errors.isEmpty()) {
            return new Checked(List.of(), errors);
        }
        Map<String, String> columnOf = new HashMap<>();
        COLUMNS.forEach((h, field) -> columnOf.put(field, h));
        List<OfficerData> officers = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (XlsxFormat.NumberedRow row : rows.subList(headerAt + 1, rows.size())) {
            if (row.cells().stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                if (COLUMNS.containsKey(header.get(i))) {
                    String cell = i < row.cells().size() ? row.cells().get(i) : "";
                    cells.put(COLUMNS.get(header.get(i)), cell == null ? "" : cell);
                }
            }
            List<RowError> rowErrors = new ArrayList<>();
            Set<String> unreadable = new HashSet<>();
            LocalDate from = date(cells.get("validFrom"), "validFrom", row.number(), columnOf, rowErrors, unreadable);
            LocalDate to = date(cells.get("validTo"), "validTo", row.number(), columnOf, rowErrors, unreadable);
            OfficerData d = new OfficerData(cells.get("certificateNo"), cells.get("name"), cells.get("unitCreditCode"),
                    cells.get("category"), cells.get("area"), cells.get("issuingAuthority"), from, to).normal();
            for (OfficerRules.Violation v : OfficerRules.check(d, unitRegistered, unreadable)) {
                rowErrors.add(new RowError(row.number(), columnOf.get(v.field()), v.message(), v.messageZh()));
            }
            String no = d.certificateNo();
            if (no != null && !no.isEmpty()) {
                Integer earlier = seen.putIfAbsent(no, row.number());
                if (earlier != null) {
                    rowErrors.add(new RowError(row.number(), "执法证号", "certificate " + no + " repeats row " + earlier,
                            "执法证号 " + no + " 与第 " + earlier + " 行重复"));
                } else if (certificateRegistered.test(no)) {
                    rowErrors.add(new RowError(row.number(), "执法证号", "certificate " + no + " is already registered; change it there",
                            "执法证 " + no + " 已登记，如需变更请修改该记录"));
                }
            }
            List<String> order = List.copyOf(COLUMNS.keySet());
            rowErrors.sort(Comparator.comparingInt(e -> order.indexOf(e.column())));
            errors.addAll(rowErrors);
            officers.add(d);
        }
        if (officers.isEmpty()) {
            errors.add(new RowError(headerRow.number() + 1, "执法证号", "the spreadsheet has no officers below the header",
                    "表头下没有执法人员"));
        }
        return new Checked(officers, errors);
    }

    private static LocalDate date(String text, String field, int row, Map<String, String> columnOf, List<RowError> errors,
                                  Set<String> unreadable) {
        try {
            return OfficerRules.date(text);
        } catch (DateTimeParseException e) {
            unreadable.add(field);
            errors.add(new RowError(row, columnOf.get(field), "not a date (YYYY-MM-DD)", "日期格式应为 YYYY-MM-DD"));
            return null;
        }
    }

    private static ProblemException unreadable(String en, String zh) {
        return ProblemException.invalid("the file could not be read: " + en, "文件无法读取：" + zh,
                List.of(new cn.gov.huiji.fourlists.kernel.problem.Problem.FieldError("file", en, zh)));
    }
}
