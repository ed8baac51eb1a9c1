package cn.gov.huiji.fourlists.kernel.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The suite's one CSV dialect for files people open in spreadsheet programs: RFC 4180 (commons-csv), UTF-8 with a
 * byte-order mark so Chinese text opens correctly, CRLF rows, cells that may hold line breaks.
 * <p>
 * A cell that a spreadsheet would run as a formula — starting with {@code = + - @}, a tab or a carriage return —
 * is written with a leading apostrophe, so it stays text (CSV injection); plain numbers such as {@code -3.5} stay
 * numbers. {@link #unguard} undoes it when the file comes back.
 */
public final class SpreadsheetCsv {

    private static final String BOM = "\uFEFF";
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private SpreadsheetCsv() {
    }

    public static String write(List<? extends List<String>> rows) {
        StringBuilder out = new StringBuilder(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetCsv::guard).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    public static byte[] writeBytes(List<? extends List<String>> rows) {
        return write(rows).getBytes(StandardCharsets.UTF_8);
    }

    /** One cell as text, never as a formula. */
    public static String guard(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    /** Undoes {@link #guard}. */
    public static String unguard(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
    }

    /**
     * Parses CSV (with or without the byte-order mark); throws IllegalArgumentException naming the line where it
     * went wrong, e.g. an unterminated quoted cell.
     */
    public static List<List<String>> read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith(BOM)) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(READ).get()) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException("not readable as CSV: " + e.getMessage(), e);
        }
        // a final line break is not an empty last row
        while (!rows.isEmpty() && rows.get(rows.size() - 1).size() == 1 && rows.get(rows.size() - 1).get(0).isEmpty()) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }
}
