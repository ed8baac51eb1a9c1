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
import org.apache.poi.ss.usermodel.WorkbookFactory;
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

    public static byte[] write(String title, String subtitle, List<PublishedLayout.Column> columns, List<List<String>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(title.length() > 31 ? title.substring(title.length() - 31) : title);
            CellStyle titleStyle = wb.createCellStyle();
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);
            titleFont.setFontName("宋体");
            titleStyle.setFont(titleFont);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            CellStyle header = bordered(wb);
            Font bold = wb.createFont();
            bold.setBold(true);
            bold.setFontName("宋体");
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle body = bordered(wb);
            body.setWrapText(true);
            body.setVerticalAlignment(VerticalAlignment.TOP);

            Row t = sheet.createRow(0);
            t.setHeightInPoints(28);
            t.createCell(0).setCellValue(title);
            t.getCell(0).setCellStyle(titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
            Row s = sheet.createRow(1);
            s.createCell(0).setCellValue(subtitle);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns.size() - 1));
            Row h = sheet.createRow(2);
            for (int i = 0; i < columns.size(); i++) {
                Cell c = h.createCell(i);
                c.setCellValue(columns.get(i).header());
                c.setCellStyle(header);
                sheet.setColumnWidth(i, Math.min(255 * 256, (int) (columns.get(i).width() * 12 * 256)));
            }
            sheet.createFreezePane(0, 3);
            int r = 3;
            for (List<String> row : rows) {
                Row x = sheet.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    Cell c = x.createCell(i);
                    c.setCellValue(row.get(i));
                    c.setCellStyle(body);
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /** Every row of the first sheet as text (numbers as shown), with its 1-based row number as a spreadsheet shows it. */
    public static List<NumberedRow> read(byte[] bytes) throws IOException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<NumberedRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    Cell c = row.getCell(i);
                    cells.add(c == null ? "" : formatter.formatCellValue(c));
                }
                rows.add(new NumberedRow(row.getRowNum() + 1, cells));
            }
            return rows;
        }
    }

    public record NumberedRow(int number, List<String> cells) {
    }
}
