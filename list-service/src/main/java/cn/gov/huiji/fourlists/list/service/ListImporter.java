package cn.gov.huiji.fourlists.list.service;

import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.kernel.problem.Problem;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.problem.ProblemMappers;
import cn.gov.huiji.fourlists.list.domain.ListItem;
import cn.gov.huiji.fourlists.list.domain.ListKind;
import cn.gov.huiji.fourlists.kernel.csv.SpreadsheetCsv;
import cn.gov.huiji.fourlists.list.publishing.PublishedLayout;
import cn.gov.huiji.fourlists.list.publishing.XlsxFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The legal section's import of a list in the published spreadsheet layout (R-LIST-4: the first load). Every row
 * and column error is reported at once; nothing is imported unless every row is right. Only the first sheet is read:
 * the export's second sheet (裁量基准, R-LIST-7) is left aside, and standards are loaded with the item's JSON or by a
 * published adjustment.
 */
@ApplicationScoped
public class ListImporter {

    public record Imported(int imported, List<String> codes) {
    }

    private final ItemLoadService loader;
    private final Validator validator;
    private final ListPublisher publisher;

    public ListImporter(ItemLoadService loader, Validator validator, ListPublisher publisher) {
        this.publisher = publisher;
        this.loader = loader;
        this.validator = validator;
    }

    public Imported importXlsx(ListKind list, byte[] bytes, String loadedBy) {
        List<XlsxFormat.NumberedRow> rows;
        try {
            rows = XlsxFormat.read(bytes);
        } catch (XlsxFormat.Refused e) {
            throw unreadable(e.getMessage(), e.messageZh);
        } catch (IOException | RuntimeException e) {
            throw unreadable("the file is not a readable .xlsx workbook", "文件不是可读取的 .xlsx 工作簿");
        }
        return importRows(list, rows, loadedBy);
    }

    public Imported importCsv(ListKind list, byte[] bytes, String loadedBy) {
        List<List<String>> raw;
        try {
            raw = SpreadsheetCsv.read(bytes);
            if (raw.size() > XlsxFormat.MAX_ROWS) {
                throw unreadable("the file has " + raw.size() + " rows; at most " + XlsxFormat.MAX_ROWS + " are accepted",
                        "文件有 " + raw.size() + " 行，最多接受 " + XlsxFormat.MAX_ROWS + " 行");
            }
        } catch (IllegalArgumentException e) {
            throw unreadable("the CSV is malformed: " + e.getMessage(), "CSV 格式有误（如引号未闭合）");
        }
        List<XlsxFormat.NumberedRow> rows = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            rows.add(new XlsxFormat.NumberedRow(i + 1, raw.get(i).stream().map(SpreadsheetCsv::unguard).toList()));
        }
        return importRows(list, rows, loadedBy);
    }

    Imported importRows(ListKind list, List<XlsxFormat.NumberedRow> rows, String loadedBy) {
        PublishedLayout layout = PublishedLayout.of(list);
        List<Problem.FieldError> errors = new ArrayList<>();
        int headerAt = -1;
        for (int i = 0; i < Math.min(rows.size(), 6) && headerAt < 0; i++) {
            List<String> cells = rows.get(i).cells();
            if (!cells.isEmpty() && "序号".equals(cells.get(0).strip())) {
                headerAt = i;
            }
        }
        if (headerAt < 0) {
            throw ProblemException.invalid("The header row (序号, …) was not found in the first rows; use the published layout: "
                            + String.join(", ", layout.headers()),
                    "未在前几行找到表头（序号……），请使用公布的清单格式：" + String.join("、", layout.headers()),
                    List.of(new Problem.FieldError("header", "missing header row", "缺少表头行")));
        }
        List<String> header = rows.get(headerAt).cells().stream().map(String::strip).toList();
        for (String expected : layout.headers()) {
            if (!header.contains(expected)) {
                errors.add(new Problem.FieldError("header." + expected, "missing column " + expected, "缺少列：" + expected));
            }
        }
        for (String h : header) {
            if (!h.isEmpty() && !layout.headers().contains(h)) {
                errors.add(new Problem.FieldError("header." + h, "unknown column " + h + " for this list", "本清单没有该列：" + h));
            }
        }
        if (!errors.isEmpty()) {
            throw rejected(errors, 0);
        }
        PublishedLayout.Sections sections = publisher.sections();
        List<ListItemContent> items = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int dataRows = 0;
        for (XlsxFormat.NumberedRow row : rows.subList(headerAt + 1, rows.size())) {
            if (row.cells().stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            dataRows++;
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                cells.put(header.get(i), i < row.cells().size() ? row.cells().get(i) : "");
            }
            Map<String, PublishedLayout.CellException> cellErrors = new LinkedHashMap<>();
            ListItemContent item = layout.parse(cells, sections, cellErrors).build(list);
            String at = "row[" + row.number() + "].";
            cellErrors.forEach((col, e) -> errors.add(new Problem.FieldError(at + col, e.getMessage(), e.messageZh)));
            Set<String> reported = new HashSet<>();
            for (ConstraintViolation<ListItemContent> v : validator.validate(item)) {
                PublishedLayout.Column column = layout.columnOf(ProblemMappers.fieldName(v));
                String col = column == null ? ProblemMappers.fieldName(v) : column.header();
                if (cellErrors.containsKey(col) || !reported.add(col + v.getMessageTemplate())) {
                    continue;
                }
                errors.add(new Problem.FieldError(at + col, ProblemMappers.message(v, Locale.ROOT),
                        ProblemMappers.message(v, Locale.SIMPLIFIED_CHINESE)));
            }
            if (item.code() != null) {
                Integer earlier = seen.putIfAbsent(item.code(), row.number());
                String codeColumn = "事项编码";
                if (earlier != null) {
                    errors.add(new Problem.FieldError(at + codeColumn, "code " + item.code() + " repeats row " + earlier,
                            "编码 " + item.code() + " 与第 " + earlier + " 行重复"));
                } else if (ListItem.findById(item.code()) != null) {
                    errors.add(new Problem.FieldError(at + codeColumn,
                            "item " + item.code() + " is already published; change it through an adjustment request (Art. 22, 26)",
                            "事项 " + item.code() + " 已公布，只能通过动态调整程序变更"));
                }
            }
            String[] unconfirmed = loader.unconfirmedBody(item); // Art. 17: a confirmed and published body only
            if (unconfirmed != null && !cellErrors.containsKey("实施主体")) {
                errors.add(new Problem.FieldError(at + "实施主体", unconfirmed[0], unconfirmed[1]));
            }
            items.add(item);
        }
        if (dataRows == 0) {
            errors.add(new Problem.FieldError("rows", "the spreadsheet has no items", "表格中没有事项"));
        }
        if (!errors.isEmpty()) {
            throw rejected(errors, dataRows);
        }
        loader.loadAll(list, items, loadedBy);
        return new Imported(items.size(), items.stream().map(ListItemContent::code).toList());
    }

    private static ProblemException rejected(List<Problem.FieldError> errors, int rows) {
        return ProblemException.invalid(errors.size() + " error(s) in the spreadsheet; nothing was imported.",
                "表格中有 " + errors.size() + " 处错误，未导入任何事项。", errors);
    }

    private static ProblemException unreadable(String en, String zh) {
        return ProblemException.invalid("the file could not be read: " + en, "文件无法读取：" + zh,
                List.of(new Problem.FieldError("file", en, zh)));
    }
}
