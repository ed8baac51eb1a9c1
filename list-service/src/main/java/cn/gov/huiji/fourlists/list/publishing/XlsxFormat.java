package cn.gov.huiji.fourlists.list.publishing;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The list as an .xlsx workbook in the published layout: a title row, the header row, one row per item. */
public final class XlsxFormat {

    private XlsxFormat() {
    }

    /** A further sheet after the list, e.g. the discretion standards (裁量基准, R-LIST-7): an import reads only the first. */
    public record Extra(String sheetName, String title, String subtitle, List<PublishedLayout.Column> columns,
                        List<List<String>> rows) {
    }

    public static byte[] write(String title, String subtitle, List<PublishedLayout.Column> columns, List<List<String>> rows) {
        return write(title, subtitle, columns, rows, List.of());
    }

    public static byte[] write(String title, String subtitle, List<PublishedLayout.Column> columns, List<List<String>> rows,
                               List<Extra> extras) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            sheet(wb, styles, title.length() > 31 ? title.substring(title.length() - 31) : title, title, subtitle, columns, rows);
            for (Extra e : extras) {
                sheet(wb, styles, e.sheetName(), e.title(), e.subtitle(), e.columns(), e.rows());
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Styles(CellStyle title, CellStyle header, CellStyle body) {
        Styles(Workbook wb) {
            this(titleStyle(wb), headerStyle(wb), bodyStyle(wb));
        }

        static CellStyle titleStyle(Workbook wb) {
            CellStyle titleStyle = wb.createCellStyle();
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);
            titleFont.setFontName("宋体");
            titleStyle.setFont(titleFont);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            return titleStyle;
        }

        static CellStyle headerStyle(Workbook wb) {
            CellStyle header = bordered(wb);
            Font bold = wb.createFont();
            bold.setBold(true);
            bold.setFontName("宋体");
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return header;
        }

        static CellStyle bodyStyle(Workbook wb) {
            CellStyle body = bordered(wb);
            body.setWrapText(true);
            body.setVerticalAlignment(VerticalAlignment.TOP);
            return body;
        }
    }

    /** One sheet: a title row, a subtitle row, the header row, one row per line. */
    private static void sheet(Workbook wb, Styles styles, String name, String title, String subtitle,
                              List<PublishedLayout.Column> columns, List<List<String>> rows) {
        Sheet sheet = wb.createSheet(name);
        Row t = sheet.createRow(0);
        t.setHeightInPoints(28);
        t.createCell(0).setCellValue(title);
        t.getCell(0).setCellStyle(styles.title());
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        Row s = sheet.createRow(1);
        s.createCell(0).setCellValue(subtitle);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns.size() - 1));
        Row h = sheet.createRow(2);
        for (int i = 0; i < columns.size(); i++) {
            Cell c = h.createCell(i);
            c.setCellValue(columns.get(i).header());
            c.setCellStyle(styles.header());
            sheet.setColumnWidth(i, Math.min(255 * 256, (int) (columns.get(i).width() * 12 * 256)));
        }
        sheet.createFreezePane(0, 3);
        int r = 3;
        for (List<String> row : rows) {
            Row x = sheet.createRow(r++);
            for (int i = 0; i < row.size(); i++) {
                Cell c = x.createCell(i);
                c.setCellValue(row.get(i));
                c.setCellStyle(styles.body());
            }
        }
    }

    private static CellStyle bordered(Workbook wb) {
        CellStyle style = wb.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** The most rows and columns an imported list may have: a district's lists have a few hundred items. */
    public static final int MAX_ROWS = 5_000;
    public static final int MAX_COLUMNS = 64;

    static {
        // An .xlsx is a zip: refuse zip bombs before inflating them (POI's checks, set explicitly and tighter).
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
        ZipSecureFile.setMaxFileCount(1_000);
    }

    /** A spreadsheet refused before its rows are read, with the reason in English and Chinese. */
    public static final class Refused extends IllegalArgumentException {
        public final String messageZh;

        Refused(String message, String messageZh) {
            super(message);
            this.messageZh = messageZh;
        }
    }

    /**
     * Every row of the first sheet as text (numbers as shown), with its 1-based row number as a spreadsheet shows it.
     * Only .xlsx is read: an old binary .xls is refused (its parser is another attack surface, and it has no zip
     * limits), as are zip bombs and sheets beyond {@link #MAX_ROWS} rows or {@link #MAX_COLUMNS} columns.
     */
    public static List<NumberedRow> read(byte[] bytes) throws IOException {
        if (FileMagic.valueOf(bytes) == FileMagic.OLE2) {
            throw new Refused("an old .xls workbook is not accepted: save it as .xlsx", "不接受旧版 .xls 工作簿，请另存为 .xlsx 后再导入");
        }
        if (FileMagic.valueOf(bytes) != FileMagic.OOXML) {
            throw new Refused("not an .xlsx workbook", "不是 .xlsx 工作簿");
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes)); XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            Sheet sheet = wb.getSheetAt(0);
            if (sheet.getLastRowNum() + 1 > MAX_ROWS) {
                throw new Refused("the sheet has " + (sheet.getLastRowNum() + 1) + " rows; at most " + MAX_ROWS + " are accepted",
                        "工作表有 " + (sheet.getLastRowNum() + 1) + " 行，最多接受 " + MAX_ROWS + " 行");
            }
            DataFormatter formatter = new DataFormatter();
            List<NumberedRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getLastCellNum() > MAX_COLUMNS) {
                    throw new Refused("row " + (row.getRowNum() + 1) + " has " + row.getLastCellNum() + " columns; at most " + MAX_COLUMNS,
                            "第 " + (row.getRowNum() + 1) + " 行有 " + row.getLastCellNum() + " 列，最多 " + MAX_COLUMNS + " 列");
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    Cell c = row.getCell(i);
                    cells.add(c == null ? "" : formatter.formatCellValue(c));
                }
                rows.add(new NumberedRow(row.getRowNum() + 1, cells));
            }
            return rows;
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        } catch (IOException | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (String.valueOf(t.getMessage()).contains("Zip bomb")) { // POI's ZipSecureFile refused to inflate it
                    throw new Refused("the workbook inflates far beyond its size (a zip bomb)", "工作簿解压后远超其大小（疑似压缩炸弹），已拒绝");
                }
            }
            throw e;
        }
    }

    public record NumberedRow(int number, List<String> cells) {
    }
}
