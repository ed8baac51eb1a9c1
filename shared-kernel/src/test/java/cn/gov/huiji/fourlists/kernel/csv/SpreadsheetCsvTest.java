package cn.gov.huiji.fourlists.kernel.csv;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One CSV dialect for spreadsheets: no cell runs as a formula, Chinese and line breaks survive a round trip. */
class SpreadsheetCsvTest {

    @Test
    void noCellRunsAsAFormulaIncludingALeadingTabOrCarriageReturn() {
        for (String attack : List.of("=HYPERLINK(\"http://x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1")) {
            assertEquals("'" + attack, SpreadsheetCsv.guard(attack), "a cell starting with " + (int) attack.charAt(0) + " must stay text");
            assertEquals(attack, SpreadsheetCsv.unguard(SpreadsheetCsv.guard(attack)));
        }
        assertEquals("-3.5", SpreadsheetCsv.guard("-3.5"), "a plain number stays a number");
        assertEquals("危险化学品", SpreadsheetCsv.guard("危险化学品"));
    }

    @Test
    void rowsRoundTripWithBomCrlfQuotesAndLineBreaks() {
        List<List<String>> rows = List.of(List.of("编码", "名称", "依据"),
                List.of("410108-AJ-XK-001", "危险化学品经营许可, \"甲类\"", "第一条\n第二条"), List.of("", "x", ""));
        String csv = SpreadsheetCsv.write(rows);
        assertTrue(csv.startsWith("\uFEFF编码,名称,依据\r\n"), csv);
        assertTrue(csv.contains("\"危险化学品经营许可, \"\"甲类\"\"\""), csv);
        assertEquals(rows, SpreadsheetCsv.read(SpreadsheetCsv.writeBytes(rows)));
    }

    @Test
    void anUnterminatedQuoteIsRefusedNamingWhereItWentWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpreadsheetCsv.read("a,b\r\n\"unterminated,c\r\n".getBytes()));
        assertTrue(e.getMessage().startsWith("not readable as CSV"), e.getMessage());
    }
}
