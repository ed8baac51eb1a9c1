package cn.gov.huiji.fourlists.disclosure.service;

import cn.gov.huiji.fourlists.disclosure.domain.IdType;
import cn.gov.huiji.fourlists.disclosure.domain.PartyCategory;
import cn.gov.huiji.fourlists.kernel.contract.CreditCode;
import cn.gov.huiji.fourlists.kernel.contract.PenaltyKind;
import cn.gov.huiji.fourlists.kernel.problem.Problem.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a decision must be before it is received (Art. 8, R-LIST-11), field by field, every fault at once: the
 * mandatory fields of the XK_* and CF_* sets, the party's 统一社会信用代码 (GB 32100) or, for a natural person, the
 * certificate number, the dates, the penalty kinds of the 行政处罚法 and the amounts that go with them. Plain logic:
 * the checks against the lists (the item in force, its discretion standard) are {@code DecisionIntake}'s. The
 * spreadsheet import reads its rows through the same checks.
 */
public final class DecisionChecks {

    /** The 行政处罚法 as revised on 2021-01-22 is in force from this day: the 2009 text's combined permit kind ends. */
    public static final LocalDate PENALTY_LAW_2021 = LocalDate.of(2021, 7, 15);
    /** 有效期至 2099-12-31 means 长期 (indefinite) on the credit platforms. */
    public static final LocalDate INDEFINITE = LocalDate.of(2099, 12, 31);
    static final int NAME_MAX = 200;
    static final int DOCUMENT_NO_MAX = 128;
    static final int TEXT_MAX = 4000;
    static final int SHORT_MAX = 200;

    private static final Set<PenaltyKind> CONFISCATIONS = EnumSet.of(PenaltyKind.CONFISCATE_ILLEGAL_INCOME,
            PenaltyKind.CONFISCATE_ILLEGAL_PROPERTY);
    private static final Set<PenaltyKind> PERMIT_KINDS = EnumSet.of(PenaltyKind.SUSPEND_LICENCE, PenaltyKind.REVOKE_LICENCE,
            PenaltyKind.SUSPEND_OR_REVOKE_PERMIT);

    private DecisionChecks() {
    }

    /** Whether the input is a correction (a reason is required) or a receipt (no reason). */
    public enum Purpose { RECEIPT, CORRECTION }

    public static List<FieldError> licensing(LicensingInput in, LocalDate today, Purpose purpose) {
        List<FieldError> errors = new ArrayList<>();
        party(errors, in.partyName(), in.partyCategory(), in.partyCreditCode(), in.legalRepresentative(),
                in.legalRepresentativeIdType(), in.legalRepresentativeIdNumber(), in.personIdType(), in.personIdNumber());
        required(errors, "documentName", in.documentName(), SHORT_MAX, "行政许可决定文书名称");
        required(errors, "documentNo", in.documentNo(), DOCUMENT_NO_MAX, "行政许可决定文书号");
        if (in.licenceCategory() == null) {
            errors.add(new FieldError("licenceCategory", "required: GENERAL, SPECIAL, RECOGNITION, APPROVAL, REGISTRATION or OTHER",
                    "许可类别必填"));
        }
        optional(errors, "certificateName", in.certificateName(), SHORT_MAX);
        optional(errors, "licenceNo", in.licenceNo(), SHORT_MAX);
        required(errors, "content", in.content(), TEXT_MAX, "许可内容");
        decisionDate(errors, in.decisionDate(), today);
        if (in.validFrom() == null) {
            errors.add(new FieldError("validFrom", "required", "有效期自必填"));
        }
        if (in.validTo() == null) {
            errors.add(new FieldError("validTo", "required (2099-12-31 for 长期)", "有效期至必填（长期填 2099-12-31）"));
        } else if (in.validFrom() != null && in.validTo().isBefore(in.validFrom())) {
            errors.add(new FieldError("validTo", "must not be before validFrom", "有效期至不得早于有效期自"));
        } else if (in.decisionDate() != null && in.validTo().isBefore(in.decisionDate())) {
            errors.add(new FieldError("validTo", "must not be before the decision date", "有效期至不得早于许可决定日期"));
        } else if (in.validTo().isAfter(INDEFINITE)) {
            errors.add(new FieldError("validTo", "at most 2099-12-31, which means 长期", "有效期至最晚为 2099-12-31（长期）"));
        }
        required(errors, "itemCode", in.itemCode(), 64, "所依据的清单事项编码");
        optional(errors, "remarks", in.remarks(), TEXT_MAX);
        reason(errors, in.reason(), purpose);
        return errors;
    }

    public static List<FieldError> penalty(PenaltyInput in, LocalDate today, Purpose purpose) {
        List<FieldError> errors = new ArrayList<>();
        party(errors, in.partyName(), in.partyCategory(), in.partyCreditCode(), in.legalRepresentative(),
                in.legalRepresentativeIdType(), in.legalRepresentativeIdNumber(), in.personIdType(), in.personIdNumber());
        required(errors, "documentNo", in.documentNo(), DOCUMENT_NO_MAX, "行政处罚决定书文号");
        required(errors, "violationType", in.violationType(), 500, "违法行为类型");
        required(errors, "facts", in.facts(), TEXT_MAX, "违法事实");
        required(errors, "basis", in.basis(), TEXT_MAX, "处罚依据");
        required(errors, "content", in.content(), TEXT_MAX, "处罚内容");
        decisionDate(errors, in.decisionDate(), today);
        List<PenaltyKind> kinds = in.penaltyKinds() == null ? List.of() : in.penaltyKinds();
        if (kinds.isEmpty() || kinds.stream().anyMatch(java.util.Objects::isNull)) { // List.of refuses contains(null)
            errors.add(new FieldError("penaltyKinds", "at least one kind of penalty of the 行政处罚法, none empty",
                    "处罚类别必填，至少一项"));
        } else {
            if (new HashSet<>(kinds).size() != kinds.size()) {
                errors.add(new FieldError("penaltyKinds", "each kind once", "处罚类别不得重复"));
            }
            if (kinds.contains(PenaltyKind.SUSPEND_OR_REVOKE_PERMIT) && in.decisionDate() != null
                    && !in.decisionDate().isBefore(PENALTY_LAW_2021)) {
                errors.add(new FieldError("penaltyKinds", "SUSPEND_OR_REVOKE_PERMIT is the 2009 text's kind, for decisions "
                        + "before 2021-07-15; use SUSPEND_LICENCE or REVOKE_LICENCE",
                        "“暂扣或者吊销许可证、暂扣或者吊销执照”为2009年版行政处罚法的种类，仅适用于2021年7月15日前作出的决定；"
                                + "请使用“暂扣许可证件”或“吊销许可证件”"));
            }
        }
        amount(errors, "fineYuan", in.fineYuan(), kinds.contains(PenaltyKind.FINE), "罚款金额", "FINE (罚款)");
        amount(errors, "confiscatedYuan", in.confiscatedYuan(), kinds.stream().anyMatch(CONFISCATIONS::contains),
                "没收金额", "CONFISCATE_ILLEGAL_INCOME or CONFISCATE_ILLEGAL_PROPERTY (没收)");
        boolean permit = kinds.stream().anyMatch(PERMIT_KINDS::contains);
        if (permit && blank(in.licenceSuspendedOrRevoked())) {
            errors.add(new FieldError("licenceSuspendedOrRevoked", "required with a kind that suspends or revokes a licence: "
                    + "the licence's name and number", "暂扣或吊销许可证件的，应填写证照名称及编号"));
        } else if (!permit && !blank(in.licenceSuspendedOrRevoked())) {
            errors.add(new FieldError("licenceSuspendedOrRevoked", "only with SUSPEND_LICENCE, REVOKE_LICENCE or "
                    + "SUSPEND_OR_REVOKE_PERMIT", "仅在处罚类别含暂扣或吊销许可证件时填写"));
        } else {
            optional(errors, "licenceSuspendedOrRevoked", in.licenceSuspendedOrRevoked(), SHORT_MAX);
        }
        if (in.validUntil() == null) {
            errors.add(new FieldError("validUntil", "required", "处罚有效期必填"));
        } else if (in.decisionDate() != null && in.validUntil().isBefore(in.decisionDate())) {
            errors.add(new FieldError("validUntil", "must not be before the decision date", "处罚有效期不得早于处罚决定日期"));
        }
        required(errors, "itemCode", in.itemCode(), 64, "所依据的清单事项编码");
        optional(errors, "remarks", in.remarks(), TEXT_MAX);
        reason(errors, in.reason(), purpose);
        return errors;
    }

    static void party(List<FieldError> errors, String name, PartyCategory category, String creditCode, String legalRepresentative,
                      IdType legalRepresentativeIdType, String legalRepresentativeIdNumber, IdType personIdType,
                      String personIdNumber) {
        required(errors, "partyName", name, NAME_MAX, "行政相对人名称");
        if (category == null) {
            errors.add(new FieldError("partyCategory", "required: LEGAL_ENTITY, NATURAL_PERSON or INDIVIDUAL_BUSINESS",
                    "行政相对人类别必填"));
            return;
        }
        if (category.needsCreditCode()) {
            if (blank(creditCode)) {
                errors.add(new FieldError("partyCreditCode", "required for " + category + ": the 18-character 统一社会信用代码",
                        category.nameZh + "应填写统一社会信用代码"));
            } else if (!CreditCode.isValid(creditCode.strip())) {
                errors.add(new FieldError("partyCreditCode", "not a valid 统一社会信用代码 (GB 32100: 18 characters, check "
                        + "character)", "统一社会信用代码不符合 GB 32100（18位，校验码不正确）"));
            }
            if (blank(legalRepresentative)) {
                errors.add(new FieldError("legalRepresentative", "required for " + category, category.nameZh + "应填写法定代表人（负责人、经营者）"));
            }
            if (personIdType != null || !blank(personIdNumber)) {
                errors.add(new FieldError(blank(personIdNumber) ? "personIdType" : "personIdNumber",
                        "only for a NATURAL_PERSON: give the legal representative's certificate in legalRepresentativeId*",
                        "证件类型和证件号码仅适用于自然人；法定代表人的证件请填写在法定代表人证件字段"));
            }
        } else {
            if (!blank(creditCode)) {
                errors.add(new FieldError("partyCreditCode", "a NATURAL_PERSON has no 统一社会信用代码; leave it out",
                        "自然人无统一社会信用代码，请勿填写"));
            }
            if (personIdType == null) {
                errors.add(new FieldError("personIdType", "required for a NATURAL_PERSON", "自然人应填写证件类型"));
            }
            if (blank(personIdNumber)) {
                errors.add(new FieldError("personIdNumber", "required for a NATURAL_PERSON (never published in full)",
                        "自然人应填写证件号码（公示时不显示完整号码）"));
            } else {
                idNumber(errors, "personIdNumber", personIdType, personIdNumber);
            }
        }
        optional(errors, "legalRepresentative", legalRepresentative, 50);
        if (legalRepresentativeIdType != null && blank(legalRepresentativeIdNumber)) {
            errors.add(new FieldError("legalRepresentativeIdNumber", "required with legalRepresentativeIdType",
                    "填写法定代表人证件类型的，应同时填写证件号码"));
        } else if (legalRepresentativeIdType == null && !blank(legalRepresentativeIdNumber)) {
            errors.add(new FieldError("legalRepresentativeIdType", "required with legalRepresentativeIdNumber",
                    "填写法定代表人证件号码的，应同时填写证件类型"));
        } else if (!blank(legalRepresentativeIdNumber)) {
            idNumber(errors, "legalRepresentativeIdNumber", legalRepresentativeIdType, legalRepresentativeIdNumber);
        }
    }

    /** A certificate number's form; the message never repeats the number. */
    static void idNumber(List<FieldError> errors, String field, IdType type, String number) {
        String n = number.strip();
        if (type == IdType.ID_CARD && !n.matches("\\d{17}[\\dX]|\\d{15}")) {
            errors.add(new FieldError(field, "a 居民身份证 number has 18 characters (17 digits and a digit or X) or 15 digits",
                    "居民身份证号码应为18位（17位数字加数字或X）或15位数字"));
        } else if (n.length() < 5 || n.length() > 32 || !n.matches("[0-9A-Za-z()（）-]+")) {
            errors.add(new FieldError(field, "5 to 32 letters or digits", "证件号码应为5至32位字母或数字"));
        }
    }

    static void decisionDate(List<FieldError> errors, LocalDate date, LocalDate today) {
        if (date == null) {
            errors.add(new FieldError("decisionDate", "required", "决定日期必填"));
        } else if (date.isAfter(today)) {
            errors.add(new FieldError("decisionDate", "must not be in the future", "决定日期不得晚于今天"));
        }
    }

    static void amount(List<FieldError> errors, String field, BigDecimal yuan, boolean expected, String nameZh, String kindNames) {
        if (expected && (yuan == null || yuan.signum() <= 0)) {
            errors.add(new FieldError(field, "required with " + kindNames + ": the amount in 元, above 0",
                    "处罚类别含该项的，应填写" + nameZh + "（元，大于0）"));
        } else if (!expected && yuan != null && yuan.signum() != 0) {
            errors.add(new FieldError(field, "only with " + kindNames, "处罚类别不含该项的，不应填写" + nameZh));
        } else if (yuan != null && (yuan.scale() > 2 && yuan.stripTrailingZeros().scale() > 2
                || yuan.compareTo(new BigDecimal("1000000000000")) >= 0)) {
            errors.add(new FieldError(field, "元 with at most two decimals, below 10^12", nameZh + "以元为单位，最多两位小数"));
        }
    }

    static void reason(List<FieldError> errors, String reason, Purpose purpose) {
        if (purpose == Purpose.CORRECTION) {
            required(errors, "reason", reason, 2000, "更正理由");
        } else if (!blank(reason)) {
            errors.add(new FieldError("reason", "only for a correction (PUT /api/v1/decisions/{id})", "更正理由仅在更正时填写"));
        }
    }

    static void required(List<FieldError> errors, String field, String value, int max, String nameZh) {
        if (blank(value)) {
            errors.add(new FieldError(field, "required", nameZh + "必填"));
        } else {
            optional(errors, field, value, max);
        }
    }

    static void optional(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters", "最多" + max + "个字符"));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
