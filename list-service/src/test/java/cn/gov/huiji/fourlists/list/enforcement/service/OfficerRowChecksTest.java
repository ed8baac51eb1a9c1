package cn.gov.huiji.fourlists.list.enforcement.service;

import cn.gov.huiji.fourlists.kernel.contract.CreditCode;
import cn.gov.huiji.fourlists.list.publishing.XlsxFormat;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-LIST-9: the checks of an officer's record and of each spreadsheet row, without a database. */
class OfficerRowChecksTest {

    static final String UNIT = "114101080051883705";
    static final String OTHER = "12410108" + "000000001" + CreditCode.checkCharacter("12410108000000001");
    static final List<String> HEADER = List.copyOf(OfficerImport.COLUMNS.keySet());

    static XlsxFormat.NumberedRow row(int n, String... cells) {
        return new XlsxFormat.NumberedRow(n, Arrays.asList(cells));
    }

    static OfficerImport.Checked check(List<XlsxFormat.NumberedRow> rows) {
        return OfficerImport.check(rows, UNIT::equals, "HJ-9"::equals);
    }

    static List<String> where(OfficerImport.Checked c) {
        return c.errors().stream().map(e -> e.row() + ":" + e.column()).toList();
    }

    @Test
    void everyBrokenRuleOfEveryRowIsNamedByRowAndColumn() {
        List<XlsxFormat.NumberedRow> rows = new ArrayList<>();
        rows.add(row(1, HEADER.toArray(String[]::new)));
        rows.add(row(2, "HJ-1", "张明", UNIT, "安全生产监管执法", "惠济区", "郑州市人民政府法制办公室", "2020-01-01", "2030-12-31"));
        rows.add(row(3, "HJ 2", "", OTHER, "", "惠济区", "郑州市人民政府法制办公室", "2020-13-01", ""));
        rows.add(row(4, "HJ-1", "李华", "11410108005188370X", "安全生产监管执法", "惠济区", "郑州市人民政府法制办公室", "2030-01-01", "2020-01-01"));
        rows.add(row(5, "", "", "", "", "", "", "", ""));
        rows.add(row(6, "hj-9", "王强", UNIT, "安全生产监管执法", "惠济区", "郑州市人民政府法制办公室", "2020-01-01", "2030-12-31"));
        OfficerImport.Checked c = check(rows);
        assertEquals(List.of(
                "3:执法证号", "3:姓名", "3:所在单位统一社会信用代码", "3:执法类别", "3:有效期起", "3:有效期止",
                "4:执法证号", "4:所在单位统一社会信用代码", "4:有效期止",
                "6:执法证号"), where(c), String.valueOf(c.errors()));
        assertTrue(c.errors().get(2).messageZh().contains("不是已登记的执法主体"), "a valid code of no registered body");
        assertTrue(c.errors().get(4).messageZh().contains("日期格式"), "an impossible month is not a date, not 'missing'");
        assertTrue(c.errors().get(5).messageZh().contains("必填"), "an empty last day is missing");
        assertTrue(c.errors().get(6).messageZh().contains("与第 2 行重复"));
        assertTrue(c.errors().get(7).messageZh().contains("GB 32100"), "a wrong check character");
        assertTrue(c.errors().get(8).messageZh().contains("早于有效期起"));
        assertTrue(c.errors().get(9).messageZh().contains("已登记"), "registered already, in any letter case");
    }

    @Test
    void aRightFileGivesEveryRowNormalised() {
        OfficerImport.Checked c = check(List.of(row(1, "惠济区执法人员名录"), row(2, ("序号," + String.join(",", HEADER)).split(",")),
                row(3, "1", " hj-1 ", " 张明 ", UNIT.toLowerCase(), "安全生产监管执法", "惠济区", "郑州市人民政府法制办公室", "2020/1/1", "2030年12月31日")));
        assertEquals(List.of(), c.errors());
        OfficerRules.OfficerData d = c.officers().get(0);
        assertEquals("HJ-1", d.certificateNo());
        assertEquals("张明", d.name());
        assertEquals(UNIT, d.unitCreditCode());
        assertEquals(LocalDate.of(2020, 1, 1), d.validFrom());
        assertEquals(LocalDate.of(2030, 12, 31), d.validTo());
    }

    @Test
    void theHeaderMustHoldEveryColumnAndNoOtherAndAFileNeedsRows() {
        assertEquals(List.of("1:执法证号"), where(check(List.of(row(1, "姓名", "单位")))), "no header row at all");
        List<String> missing = where(check(List.of(row(1, "执法证号", "姓名", "身份证号码"))));
        assertEquals("1:身份证号码", missing.get(0), "a column of identity numbers is refused first");
        assertEquals(7, missing.size(), "and six columns are missing: " + missing);
        assertEquals(List.of("2:执法证号"), where(check(List.of(row(1, HEADER.toArray(String[]::new))))), "no rows below the header");
    }

    @Test
    void anIdentityNumberIsRecognisedAndRefusedInAnyField() {
        String first17 = "11010519491231002";
        String id = first17 + OfficerRules.checkCharacter(first17);
        assertEquals("11010519491231002X", id, "the standard's own example (GB 11643-1999)");
        assertTrue(OfficerRules.holdsIdentityNumber("身份证 " + id + " 号"));
        assertFalse(OfficerRules.holdsIdentityNumber(id.substring(0, 17) + (id.charAt(17) == '1' ? "2" : "1")), "wrong check character");
        assertFalse(OfficerRules.holdsIdentityNumber("41010816001"), "a certificate number is not one");
        assertFalse(OfficerRules.holdsIdentityNumber(UNIT), "nor is a credit code");
        OfficerRules.OfficerData d = new OfficerRules.OfficerData("HJ-1", "张明", UNIT, "安全生产监管执法", "惠济区 " + id,
                "郑州市人民政府法制办公室", LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31));
        assertEquals(List.of("area"), OfficerRules.check(d, u -> true, Set.of()).stream().map(OfficerRules.Violation::field).toList());
    }

    @Test
    void datesAreReadInTheFormsPeopleWriteAndOthersRefused() {
        assertEquals(LocalDate.of(2026, 7, 1), OfficerRules.date("2026-07-01"));
        assertEquals(LocalDate.of(2026, 7, 1), OfficerRules.date("2026/7/1"));
        assertEquals(LocalDate.of(2026, 7, 1), OfficerRules.date("2026.07.01"));
        assertEquals(LocalDate.of(2026, 7, 1), OfficerRules.date("2026年7月1日"));
        assertEquals(null, OfficerRules.date(" "));
        assertThrows(DateTimeParseException.class, () -> OfficerRules.date("7/1/26"));
        assertThrows(DateTimeParseException.class, () -> OfficerRules.date("2026-02-30"));
    }
}
