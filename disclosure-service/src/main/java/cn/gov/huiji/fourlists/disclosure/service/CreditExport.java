package cn.gov.huiji.fourlists.disclosure.service;

import cn.gov.huiji.fourlists.disclosure.config.BureauConfig;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionKind;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionVersion;
import cn.gov.huiji.fourlists.disclosure.domain.IdType;
import cn.gov.huiji.fourlists.kernel.contract.PenaltyKind;
import cn.gov.huiji.fourlists.kernel.csv.SpreadsheetCsv;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The credit platforms' field sets (信用中国 and the provincial ones, R-LIST-11): one row per disclosed decision in the
 * XK_* (行政许可, 28 fields) or CF_* (行政处罚, 30 fields) codes and order, the header row the field codes. Amounts in
 * 万元 with six decimals (a fine of 2000元 is 0.200000), dates yyyy-MM-dd, 长期 as 2099-12-31; certificate numbers
 * of natural persons and legal representatives only masked (Art. 8: personal privacy stays out). The legacy party
 * codes (_2.._6: 工商注册号, 组织机构代码, …) are left empty: the 统一社会信用代码 replaced them.
 */
@ApplicationScoped
public class CreditExport {

    public enum Format {
        CSV("text/csv; charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public static Format parse(String s) {
            return s == null ? CSV : valueOf(s.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** A decision as exported: the version in public view and its 公示截止期 (CF_GSJZQ). */
    public record Exported(DecisionVersion version, LocalDate disclosureEnd) {
    }

    public record Document(String fileName, Format format, byte[] bytes) {
    }

    private record Field(String code, Function<Exported, String> value) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE; // yyyy-MM-dd

    private final String bureauName;
    private final String bureauCreditCode;
    private final List<Field> licensing;
    private final List<Field> penalty;

    @Inject
    public CreditExport(BureauConfig bureau) {
        this(bureau.name(), bureau.creditCode());
    }

    public CreditExport(String bureauName, String bureauCreditCode) {
        this.bureauName = bureauName;
        this.bureauCreditCode = bureauCreditCode;
        this.licensing = licensingFields();
        this.penalty = penaltyFields();
    }

    /** The field codes of a kind, in the platform's order: the header row. */
    public List<String> header(DecisionKind kind) {
        return fields(kind).stream().map(Field::code).toList();
    }

    /** One decision as a row of cells, in the order of {@link #header}. */
    public List<String> row(DecisionKind kind, Exported e) {
        List<String> cells = new ArrayList<>();
        for (Field f : fields(kind)) {
            String v = f.value().apply(e);
            cells.add(v == null ? "" : v);
        }
        return cells;
    }

    /** The header row and one row per decision. */
    public List<List<String>> rows(DecisionKind kind, List<Exported> decisions) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(header(kind));
        decisions.forEach(d -> rows.add(row(kind, d)));
        return rows;
    }

    /**
     * The file: CSV in the suite's spreadsheet dialect (UTF-8 with BOM, formula-like cells guarded), or an .xlsx whose
     * first row holds the field codes and whose cells are all text, so amounts keep their six decimals exactly.
     */
    public Document document(DecisionKind kind, List<Exported> decisions, Format format, LocalDate from, LocalDate to) {
        List<List<String>> rows = rows(kind, decisions);
        String name = kind.nameZh + "公示_" + (from == null ? "" : DAY.format(from)) + "_" + (to == null ? "" : DAY.format(to))
                + "." + format.extension;
        return new Document(name, format, switch (format) {
            case CSV -> SpreadsheetCsv.writeBytes(rows);
            case XLSX -> xlsx(kind, rows);
        });
    }

    /** 元 to 万元 with six decimals, exactly: 2000 → 0.200000 (CF_NR_FK, CF_NR_WFFF are decimal(18,6) in 万元). */
    public static String wanYuan(BigDecimal yuan) {
        if (yuan == null) {
            return null;
        }
        // Amounts are kept to the fen (2 decimals), so 万元 needs at most 6: never rounded.
        return yuan.movePointLeft(4).setScale(6, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** The 处罚类别 as the platform's list names them (CF_CFLB), several separated by ';'. */
    public static String penaltyCategories(List<PenaltyKind> kinds) {
        return kinds.stream().map(k -> k == PenaltyKind.OTHER ? "其他" : k.label()).collect(Collectors.joining(";"));
    }

    private List<Field> fields(DecisionKind kind) {
        return kind == DecisionKind.LICENSING ? licensing : penalty;
    }

    private List<Field> licensingFields() {
        return List.of(
                new Field("XK_XDR_MC", e -> e.version().partyName),
                new Field("XK_XDR_LB", e -> e.version().partyCategory == null ? null : e.version().partyCategory.nameZh),
                new Field("XK_XDR_SHXYM", e -> e.version().partyCreditCode),
                new Field("XK_XDR_GSZC", e -> null),
                new Field("XK_XDR_ZZJG", e -> null),
                new Field("XK_XDR_SWDJ", e -> null),
                new Field("XK_XDR_SYDW", e -> null),
                new Field("XK_XDR_SHZZ", e -> null),
                new Field("XK_FRDB", e -> e.version().legalRepresentative),
                new Field("XK_FR_ZJLX", e -> idType(e.version().legalRepresentativeIdType)),
                new Field("XK_FR_ZJHM", e -> PersonalNumbers.mask(e.version().legalRepresentativeIdMasked)),
                new Field("XK_XDR_ZJLX", e -> idType(e.version().personIdType)),
                new Field("XK_XDR_ZJHM", e -> PersonalNumbers.mask(e.version().personIdMasked)),
                new Field("XK_XKWS", e -> e.version().documentName),
                new Field("XK_WSH", e -> e.version().documentNo),
                new Field("XK_XKLB", e -> e.version().licenceCategory == null ? null : e.version().licenceCategory.nameZh),
                new Field("XK_XKZS", e -> e.version().certificateName),
                new Field("XK_XKBH", e -> e.version().licenceNo),
                new Field("XK_NR", e -> e.version().content),
                new Field("XK_JDRQ", e -> day(e.version().decisionDate)),
                new Field("XK_YXQZ", e -> day(e.version().validFrom)),
                // 有效期至 is required: a licence without an end is 长期, which the platforms write 2099-12-31
                new Field("XK_YXQZI", e -> day(e.version().validTo == null ? DisclosurePeriods.INDEFINITE : e.version().validTo)),
                new Field("XK_XKJG", e -> bureauName),
                new Field("XK_XKJGDM", e -> bureauCreditCode),
                // only decisions in public view are exported, and a licensing decision leaves it by its 有效期至
                new Field("XK_ZT", e -> "有效"),
                new Field("XK_LYDW", e -> bureauName),
                new Field("XK_LYDWDM", e -> bureauCreditCode),
                new Field("BZ", e -> e.version().remarks));
    }

    private List<Field> penaltyFields() {
        return List.of(
                new Field("CF_XDR_MC", e -> e.version().partyName),
                new Field("CF_XDR_LB", e -> e.version().partyCategory == null ? null : e.version().partyCategory.nameZh),
                new Field("CF_XDR_SHXYM", e -> e.version().partyCreditCode),
                new Field("CF_XDR_GSZC", e -> null),
                new Field("CF_XDR_ZZJG", e -> null),
                new Field("CF_XDR_SWDJ", e -> null),
                new Field("CF_XDR_SYDW", e -> null),
                new Field("CF_XDR_SHZZ", e -> null),
                new Field("CF_FRDB", e -> e.version().legalRepresentative),
                new Field("CF_FR_ZJLX", e -> idType(e.version().legalRepresentativeIdType)),
                new Field("CF_FR_ZJHM", e -> PersonalNumbers.mask(e.version().legalRepresentativeIdMasked)),
                new Field("CF_XDR_ZJLX", e -> idType(e.version().personIdType)),
                new Field("CF_XDR_ZJHM", e -> PersonalNumbers.mask(e.version().personIdMasked)),
                new Field("CF_WSH", e -> e.version().documentNo),
                new Field("CF_WFXW", e -> e.version().violationType),
                new Field("CF_SY", e -> e.version().facts),
                new Field("CF_YJ", e -> e.version().basis),
                new Field("CF_CFLB", e -> penaltyCategories(e.version().penaltyKinds())),
                new Field("CF_NR", e -> e.version().content),
                new Field("CF_NR_FK", e -> wanYuan(e.version().fineYuan)),
                new Field("CF_NR_WFFF", e -> wanYuan(e.version().confiscatedYuan)),
                new Field("CF_NR_ZKDX", e -> e.version().licenceSuspendedOrRevoked),
                new Field("CF_JDRQ", e -> day(e.version().decisionDate)),
                new Field("CF_YXQ", e -> day(e.version().validUntil)),
                new Field("CF_GSJZQ", e -> day(e.disclosureEnd())),
                new Field("CF_CFJG", e -> bureauName),
                new Field("CF_CFJGDM", e -> bureauCreditCode),
                new Field("CF_SJLY", e -> bureauName),
                new Field("CF_SJLYDM", e -> bureauCreditCode),
                new Field("BZ", e -> e.version().remarks));
    }

    private static String idType(IdType t) {
        return t == null ? null : t.nameZh;
    }

    private static String day(LocalDate d) {
        return d == null ? null : DAY.format(d);
    }

    /** One sheet, the field codes in the first row (the platforms' upload templates), every cell text. */
    private static byte[] xlsx(DecisionKind kind, List<List<String>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(kind.nameZh);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle header = wb.createCellStyle();
            header.cloneStyleFrom(text);
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(cells.get(c));
                    cell.setCellStyle(r == 0 ? header : text);
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < rows.get(0).size(); c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
