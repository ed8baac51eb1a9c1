package cn.gov.huiji.fourlists.disclosure.service;

import cn.gov.huiji.fourlists.disclosure.domain.DecisionKind;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionVersion;
import cn.gov.huiji.fourlists.disclosure.domain.IdType;
import cn.gov.huiji.fourlists.disclosure.domain.LicenceCategory;
import cn.gov.huiji.fourlists.disclosure.domain.PartyCategory;
import cn.gov.huiji.fourlists.kernel.contract.PenaltyKind;
import cn.gov.huiji.fourlists.kernel.csv.SpreadsheetCsv;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The credit platforms' field sets (R-LIST-11): codes and order, 万元 with six decimals, dates, 长期, masked numbers. */
class CreditExportTest {

    static final String BUREAU = "惠济区安全生产监督管理局";
    static final String BUREAU_CODE = "114101080051883705";
    static final String PERSON_NUMBER = "410108198001011234";
    static final String REPRESENTATIVE_NUMBER = "41010819750505432X";

    final CreditExport export = new CreditExport(BUREAU, BUREAU_CODE);

    /** The field codes of a reference file (test resource copied from the shared reference), in its order. */
    static List<String> referenceCodes(String file) throws IOException {
        try (InputStream in = CreditExportTest.class.getResourceAsStream("/reference/" + file)) {
            assertNotNull(in, "reference field set " + file + " missing from the test resources");
            List<List<String>> rows = SpreadsheetCsv.read(in.readAllBytes());
            List<String> codes = new ArrayList<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                codes.add(row.get(0));
            }
            return codes;
        }
    }

    static DecisionVersion fine2000ToANaturalPerson() {
        DecisionVersion v = new DecisionVersion();
        v.partyName = "张某某";
        v.partyCategory = PartyCategory.NATURAL_PERSON;
        v.personIdType = IdType.ID_CARD;
        v.personIdMasked = PersonalNumbers.mask(PERSON_NUMBER);
        v.documentNo = "惠安监罚〔2026〕18号";
        v.violationType = "未按规定对从业人员进行安全生产教育和培训";
        v.facts = "经查，未对新上岗从业人员进行安全生产教育和培训。";
        v.basis = "《中华人民共和国安全生产法》第九十七条";
        v.penaltyKinds(List.of(PenaltyKind.WARNING, PenaltyKind.FINE));
        v.content = "警告，罚款2000元";
        v.fineYuan = new BigDecimal("2000.00");
        v.decisionDate = LocalDate.of(2026, 3, 2);
        v.validUntil = LocalDate.of(2026, 3, 9);
        v.itemCode = "410108-AJ-CF-001";
        return v;
    }

    static DecisionVersion longTermLicence() {
        DecisionVersion v = new DecisionVersion();
        v.partyName = "郑州市惠济区某某化工有限公司";
        v.partyCategory = PartyCategory.LEGAL_ENTITY;
        v.partyCreditCode = "91350100M000100Y43";
        v.legalRepresentative = "李某";
        v.legalRepresentativeIdType = IdType.ID_CARD;
        v.legalRepresentativeIdMasked = PersonalNumbers.mask(REPRESENTATIVE_NUMBER);
        v.documentName = "危险化学品经营许可决定书";
        v.documentNo = "惠安监许〔2026〕7号";
        v.licenceCategory = LicenceCategory.GENERAL;
        v.certificateName = "危险化学品经营许可证";
        v.licenceNo = "豫郑惠危化经字〔2026〕000007";
        v.content = "准予危险化学品经营许可（不带储存设施）";
        v.decisionDate = LocalDate.of(2026, 3, 2);
        v.validFrom = LocalDate.of(2026, 3, 2);
        v.validTo = DisclosurePeriods.INDEFINITE;
        v.itemCode = "410108-AJ-XK-001";
        return v;
    }

    static String cell(List<String> header, List<String> row, String code) {
        return row.get(header.indexOf(code));
    }

    @Test
    void theHeaderRowIsTheCreditPlatformsFieldCodesInItsOrder() throws IOException {
        assertEquals(referenceCodes("disclosure-licensing-fields.csv"), export.header(DecisionKind.LICENSING),
                "licensing export columns must be the XK_* codes of the reference field set, in order");
        assertEquals(referenceCodes("disclosure-penalty-fields.csv"), export.header(DecisionKind.PENALTY),
                "penalty export columns must be the CF_* codes of the reference field set, in order");
        assertEquals(28, export.header(DecisionKind.LICENSING).size());
        assertEquals(30, export.header(DecisionKind.PENALTY).size());
    }

    @Test
    void aFineOf2000YuanExportsAs0point2WanYuanWithSixDecimals() {
        List<String> header = export.header(DecisionKind.PENALTY);
        List<String> row = export.row(DecisionKind.PENALTY, new CreditExport.Exported(fine2000ToANaturalPerson(), LocalDate.of(2027, 3, 2)));
        assertEquals("0.200000", cell(header, row, "CF_NR_FK"), "CF_NR_FK is in 万元: 2000元 is 0.2, written with six decimals");
        assertEquals("", cell(header, row, "CF_NR_WFFF"), "nothing confiscated: empty, not 0");
        assertEquals("0.123456", CreditExport.wanYuan(new BigDecimal("1234.56")), "fen survive the conversion exactly");
        assertEquals("12345.678900", CreditExport.wanYuan(new BigDecimal("123456789")), "large fines are not rounded");
        assertEquals("2026-03-02", cell(header, row, "CF_JDRQ"), "dates yyyy-MM-dd");
        assertEquals("2026-03-09", cell(header, row, "CF_YXQ"));
        assertEquals("2027-03-02", cell(header, row, "CF_GSJZQ"), "the 公示截止期");
        assertEquals("警告;罚款", cell(header, row, "CF_CFLB"));
        assertEquals("自然人", cell(header, row, "CF_XDR_LB"));
        assertEquals(BUREAU, cell(header, row, "CF_CFJG"));
        assertEquals(BUREAU_CODE, cell(header, row, "CF_SJLYDM"));
    }

    @Test
    void aNaturalPersonsAndALegalRepresentativesNumbersAreOnlyMasked() {
        List<String> penalty = export.row(DecisionKind.PENALTY, new CreditExport.Exported(fine2000ToANaturalPerson(), null));
        assertEquals("4101**********1234", cell(export.header(DecisionKind.PENALTY), penalty, "CF_XDR_ZJHM"),
                "a natural person's number keeps its first and last four characters only");
        assertFalse(String.join(",", penalty).contains(PERSON_NUMBER), "the full number must not be exported: " + penalty);

        List<String> licensing = export.row(DecisionKind.LICENSING, new CreditExport.Exported(longTermLicence(), null));
        assertEquals("4101**********432X", cell(export.header(DecisionKind.LICENSING), licensing, "XK_FR_ZJHM"));
        assertFalse(String.join(",", licensing).contains(REPRESENTATIVE_NUMBER), "the full number must not be exported: " + licensing);
    }

    @Test
    void aLongTermLicenceIsValidTo20991231() {
        List<String> header = export.header(DecisionKind.LICENSING);
        List<String> row = export.row(DecisionKind.LICENSING, new CreditExport.Exported(longTermLicence(), LocalDate.of(2029, 3, 2)));
        assertEquals("2099-12-31", cell(header, row, "XK_YXQZI"), "长期 is written 2099-12-31");
        assertEquals("普通", cell(header, row, "XK_XKLB"));
        assertEquals("法人及非法人组织", cell(header, row, "XK_XDR_LB"));
        assertEquals("91350100M000100Y43", cell(header, row, "XK_XDR_SHXYM"));
        assertEquals(BUREAU, cell(header, row, "XK_XKJG"));
    }

    @Test
    void theCsvAndTheWorkbookCarryTheSameCells() throws IOException {
        List<CreditExport.Exported> decisions = List.of(new CreditExport.Exported(fine2000ToANaturalPerson(), LocalDate.of(2027, 3, 2)));
        CreditExport.Document csv = export.document(DecisionKind.PENALTY, decisions, CreditExport.Format.CSV,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        List<List<String>> csvRows = SpreadsheetCsv.read(csv.bytes());
        assertEquals(export.rows(DecisionKind.PENALTY, decisions), csvRows, "the CSV reads back as the rows");
        assertEquals("行政处罚公示_2026-03-01_2026-03-31.csv", csv.fileName());
        assertFalse(new String(csv.bytes(), StandardCharsets.UTF_8).contains(PERSON_NUMBER));

        CreditExport.Document xlsx = export.document(DecisionKind.PENALTY, decisions, CreditExport.Format.XLSX, null, null);
        List<List<String>> sheet = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            DataFormatter f = new DataFormatter();
            for (Row r : wb.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.getLastCellNum(); i++) {
                    cells.add(r.getCell(i) == null ? "" : f.formatCellValue(r.getCell(i)));
                }
                sheet.add(cells);
            }
        }
        assertEquals(csvRows, sheet, "the workbook's first sheet holds the same cells, as text (0.200000 stays 0.200000)");
    }
}
