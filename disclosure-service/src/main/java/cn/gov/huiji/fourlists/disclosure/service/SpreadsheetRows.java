package cn.gov.huiji.fourlists.disclosure.service;

import cn.gov.huiji.fourlists.kernel.csv.SpreadsheetCsv;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A spreadsheet the legal section imports, as numbered rows of text: CSV (the suite's dialect, {@link SpreadsheetCsv})
 * or the first sheet of an .xlsx, where a date cell reads as yyyy-MM-dd and a number as written (no grouping, no
 * exponent). Refused before any row is read, with a 400 naming {@code file}: an old .xls, a zip bomb, more than
 * {@link #MAX_ROWS} rows or {@link #MAX_COLUMNS} columns. The same limits as list-service's list import.
 */
public final class SpreadsheetRows {

    /** A district bureau decides a few hundred licences and penalties a year. */
    public static final int MAX_ROWS = 5_000;
    public static final int MAX_COLUMNS = 64;

    static {
        // An .xlsx is a zip: refuse zip bombs before inflating them (POI's checks, set explicitly and tighter).
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
        ZipSecureFile.setMaxFileCount(1_000);
    }

    /** A row with its number as a spreadsheet shows it (1 = the first line). */
    public record NumberedRow(int number, List<String> cells) {
    }

    private SpreadsheetRows() {
    }

    public static List<NumberedRow> csv(byte[] bytes) {
        List<List<String>> rows;
        try {
            rows = SpreadsheetCsv.read(bytes);
        } catch (IllegalArgumentException e) {
            throw refused("the file is not readable as CSV (" + e.getMessage() + ")", "文件不是有效的 CSV");
        }
        limit(rows.size());
        List<NumberedRow> numbered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() > MAX_COLUMNS) {
                throw tooWide(i + 1, rows.get(i).size());
            }
            numbered.add(new NumberedRow(i + 1, rows.get(i).stream().map(SpreadsheetCsv::unguard).toList()));
        }
        return numbered;
    }

    public static List<NumberedRow> xlsx(byte[] bytes) {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(bytes);
        } catch (RuntimeException e) {
            throw refused("not an .xlsx workbook", "不是 .xlsx 工作簿");
        }
        if (magic == FileMagic.OLE2) {
            throw refused("an old .xls workbook is not accepted: save it as .xlsx", "不接受旧版 .xls 工作簿，请另存为 .xlsx 后再导入");
        }
        if (magic != FileMagic.OOXML) {
            throw refused("not an .xlsx workbook", "不是 .xlsx 工作簿");
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes)); XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            Sheet sheet = wb.getSheetAt(0);
            limit(sheet.getLastRowNum() + 1);
            DataFormatter formatter = new DataFormatter();
            List<NumberedRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getLastCellNum() > MAX_COLUMNS) {
                    throw tooWide(row.getRowNum() + 1, row.getLastCellNum());
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    cells.add(text(row.getCell(i), formatter));
                }
                rows.add(new NumberedRow(row.getRowNum() + 1, cells));
            }
            return rows;
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (String.valueOf(t.getMessage()).contains("Zip bomb")) { // POI's ZipSecureFile refused to inflate it
                    throw refused("the workbook inflates far beyond its size (a zip bomb)", "工作簿解压后远超其大小（疑似压缩炸弹），已拒绝");
                }
            }
            throw refused("the workbook cannot be read", "工作簿无法读取");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw refused("the workbook cannot be read", "工作簿无法读取");
        }
    }

    /** A date cell as yyyy-MM-dd (whatever its display format), a number as written, anything else as shown. */
    static String text(Cell c, DataFormatter formatter) {
        if (c == null) {
            return "";
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(c)) {
                return c.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            return BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(c);
    }

    private static void limit(int rows) {
        if (rows > MAX_ROWS) {
            throw refused("the sheet has " + rows + " rows; at most " + MAX_ROWS + " are accepted",
                    "表格有 " + rows + " 行，最多接受 " + MAX_ROWS + " 行");
        }
    }

    private static ProblemException tooWide(int row, int columns) {
        return refused("row " + row + " has " + columns + " columns; at most " + MAX_COLUMNS,
                "第 " + row + " 行有 " + columns + " 列，最多 " + MAX_COLUMNS + " 列");
    }

    private static ProblemException refused(String message, String messageZh) {
        return ProblemException.invalid("file", message, messageZh);
    }
}
