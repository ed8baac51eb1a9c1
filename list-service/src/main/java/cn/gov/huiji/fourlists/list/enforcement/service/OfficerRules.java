package cn.gov.huiji.fourlists.list.enforcement.service;

import cn.gov.huiji.fourlists.kernel.contract.CreditCode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a record of the officer register must satisfy (Art. 19, R-LIST-9), the same for one officer entered by
 * hand and for each row of a spreadsheet: plain logic, no database (who is registered comes in as predicates).
 */
public final class OfficerRules {

    /** 执法证号: letters, digits, hyphens and Chinese characters (some provinces prefix 豫 etc.), 4–32 long. */
    public static final Pattern CERTIFICATE_NO = Pattern.compile("[0-9A-Z\\p{IsHan}-]{4,32}");
    public static final int NAME_MAX = 50;
    public static final int TEXT_MAX = 100;

    private OfficerRules() {
    }

    /** An officer's record as entered (by hand or from one spreadsheet row), normalised by {@link #normal()}. */
    public record OfficerData(String certificateNo, String name, String unitCreditCode, String category, String area,
                              String issuingAuthority, LocalDate validFrom, LocalDate validTo) {

        /** Surrounding blanks removed; certificate number and credit code in capitals. */
        public OfficerData normal() {
            return new OfficerData(upper(certificateNo), strip(name), upper(unitCreditCode), strip(category), strip(area),
                    strip(issuingAuthority), validFrom, validTo);
        }
    }

    /** One broken rule: the JSON field it concerns and what is wrong, in English and Chinese. */
    public record Violation(String field, String message, String messageZh) {
    }

    /**
     * Every broken rule of one record (already {@link OfficerData#normal() normal}): required fields, lengths, the
     * certificate number's form, the unit's credit code (GB 32100) and that it names a registered body, validTo not
     * before validFrom, and no personal identity number in any field. A date that could not be read is in
     * {@code unreadable} (its error was reported already) and is not reported again as missing.
     */
    public static List<Violation> check(OfficerData d, Predicate<String> unitRegistered, java.util.Set<String> unreadable) {
        List<Violation> out = new ArrayList<>();
        if (required(out, "certificateNo", d.certificateNo(), "the certificate number (执法证号)", "执法证号")) {
            if (!CERTIFICATE_NO.matcher(d.certificateNo()).matches()) {
                out.add(new Violation("certificateNo", "4–32 letters, digits or hyphens",
                        "执法证号应为4至32位字母、数字或连字符"));
            } else {
                noIdentityNumber(out, "certificateNo", d.certificateNo());
            }
        }
        text(out, "name", d.name(), NAME_MAX, "the officer's name", "姓名");
        if (required(out, "unitCreditCode", d.unitCreditCode(), "the unit's unified social credit code", "所在单位统一社会信用代码")) {
            if (!CreditCode.isValid(d.unitCreditCode())) {
                out.add(new Violation("unitCreditCode", "not a valid unified social credit code (GB 32100)",
                        "不是有效的统一社会信用代码（GB 32100）"));
            } else if (!unitRegistered.test(d.unitCreditCode())) {
                out.add(new Violation("unitCreditCode", "no enforcement body with this credit code is registered (Art. 17)",
                        "该统一社会信用代码不是已登记的执法主体"));
            }
        }
        text(out, "category", d.category(), TEXT_MAX, "the enforcement category (执法类别)", "执法类别");
        text(out, "area", d.area(), TEXT_MAX, "the enforcement area (执法区域)", "执法区域");
        text(out, "issuingAuthority", d.issuingAuthority(), TEXT_MAX, "the issuing authority (发证机关)", "发证机关");
        if (d.validFrom() == null && !unreadable.contains("validFrom")) {
            out.add(missing("validFrom", "the first day of validity (YYYY-MM-DD)", "有效期起"));
        }
        if (d.validTo() == null && !unreadable.contains("validTo")) {
            out.add(missing("validTo", "the last day of validity (YYYY-MM-DD)", "有效期止"));
        }
        if (d.validFrom() != null && d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
            out.add(new Violation("validTo", "the last day of validity is before the first (" + d.validFrom() + ")",
                    "有效期止早于有效期起（" + d.validFrom() + "）"));
        }
        return out;
    }

    /**
     * A date as people write it in a spreadsheet: 2026-07-01 (the documented form), also 2026/7/1, 2026.7.1 and
     * 2026年7月1日; null when blank.
     *
     * @throws DateTimeParseException when it is none of these
     */
    public static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            throw new DateTimeParseException("not a date", text, 0);
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            throw new DateTimeParseException("no such day", text, 0);
        }
    }

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:[-/.]|年)(\\d{1,2})(?:[-/.]|月)(\\d{1,2})日?");

    /**
     * Whether a text holds what looks like a resident identity number (GB 11643: 17 digits, a birth date at 7–14 and
     * a valid check character). The register is public and never holds one (R-LIST-9), so such a value is refused.
     */
    public static boolean holdsIdentityNumber(String text) {
        if (text == null || text.length() < 18) {
            return false;
        }
        Matcher m = IDENTITY.matcher(text);
        while (m.find()) {
            String id = m.group().toUpperCase(Locale.ROOT);
            if (birthDate(id.substring(6, 14)) && checkCharacter(id.substring(0, 17)) == id.charAt(17)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern IDENTITY = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9Xx])");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }

    private static boolean birthDate(String yyyymmdd) {
        try {
            LocalDate d = LocalDate.parse(yyyymmdd, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            return d.getYear() >= 1900;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void text(List<Violation> out, String field, String value, int max, String en, String zh) {
        if (required(out, field, value, en, zh)) {
            if (value.length() > max) {
                out.add(new Violation(field, "at most " + max + " characters", zh + "不超过" + max + "个字符"));
            } else {
                noIdentityNumber(out, field, value);
            }
        }
    }

    private static void noIdentityNumber(List<Violation> out, String field, String value) {
        if (holdsIdentityNumber(value)) {
            out.add(new Violation(field, "holds what looks like a personal identity number; the register never holds one (R-LIST-9)",
                    "疑似含有居民身份证号码：执法人员名录不收录身份证号码"));
        }
    }

    private static boolean required(List<Violation> out, String field, String value, String en, String zh) {
        if (value == null || value.isBlank()) {
            out.add(missing(field, en, zh));
            return false;
        }
        return true;
    }

    private static Violation missing(String field, String en, String zh) {
        return new Violation(field, "required: " + en, "必填：" + zh);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }
}
