package cn.gov.huiji.fourlists.list.service;

import cn.gov.huiji.fourlists.kernel.contract.DiscretionStandard;
import cn.gov.huiji.fourlists.kernel.contract.DiscretionStandard.Level;
import cn.gov.huiji.fourlists.kernel.contract.DiscretionStandard.Range;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.kernel.contract.PenaltyKind;
import cn.gov.huiji.fourlists.kernel.contract.Severity;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.list.domain.ListItemVersion;
import cn.gov.huiji.fourlists.list.publishing.RangeWords;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads an item's discretion standards and weighs a proposed penalty against them (行政处罚自由裁量基准, Art. 16,
 * R-LIST-7): which range a level gives and under which clause, and whether a fine an officer or another bureau's case
 * system proposes lies within it. Plain logic over one version of an item; the resource finds the version.
 */
public final class DiscretionAssessment {

    public static final String NO_STANDARDS_ZH = "该事项尚未制定裁量基准";
    public static final String REPEALED_ZH = "该事项已取消，不再适用裁量基准";

    private DiscretionAssessment() {
    }

    /** The version of an item the answer is about. */
    public record ItemVersion(String code, String name, int version, OffsetDateTime validFrom, boolean repealed,
                              ListItemContent content) {

        public static ItemVersion of(ListItemVersion v) {
            return new ItemVersion(v.code, v.fields.name, v.version, v.validFrom,
                    ItemVersioning.REPEALED.equals(v.fields.status), v.fields.content);
        }

        List<DiscretionStandard> standards() {
            return repealed || content == null || content.discretion() == null ? List.of() : content.discretion();
        }
    }

    @Schema(name = "DiscretionReading", description = "The discretion standards of an item in one version (行政处罚自由裁量基准)")
    public record Reading(@Schema(examples = "410108-AJ-CF-001") String code,
                          @Schema(examples = "对未按规定对从业人员进行安全生产教育和培训的处罚") String name,
                          int version,
                          @Schema(description = "Start of this version's validity") OffsetDateTime validFrom,
                          @Schema(description = "The standards, violation by violation; with level= each keeps only that level "
                                  + "(a violation without it keeps an empty list, so indices stay those of the item)")
                          List<DiscretionStandard> standards,
                          @Schema(description = "Why the list is empty: 该事项尚未制定裁量基准 (not a penalty item, or none yet)")
                          @JsonInclude(JsonInclude.Include.NON_NULL) String noteZh) {
    }

    /** The standards of this version, each keeping only the levels of {@code level} when it is given. */
    public static Reading read(ItemVersion item, Severity level) {
        List<DiscretionStandard> standards = item.standards();
        String note = item.repealed() ? REPEALED_ZH : standards.isEmpty() ? NO_STANDARDS_ZH : null;
        List<DiscretionStandard> shown = level == null ? standards : standards.stream().map(s -> only(s, level)).toList();
        return new Reading(item.code(), item.name(), item.version(), item.validFrom(), shown, note);
    }

    private static DiscretionStandard only(DiscretionStandard s, Severity level) {
        List<Level> levels = s.levels() == null ? List.of() : s.levels().stream().filter(l -> l.severity() == level).toList();
        return new DiscretionStandard(s.violation(), s.violatedClause(), s.penaltyClause(), s.statutoryRange(), levels,
                s.noPenalty(), s.lighter(), s.mitigated(), s.heavier(), s.sourceNote());
    }

    @Schema(name = "DiscretionAssessmentRequest", description = "A proposed penalty to weigh against the item's standard (裁量核验)")
    public record Request(
            @Schema(description = "The violation (违法行为) as the standard words it, or its index in the item's standards "
                    + "as a string, e.g. \"0\"", examples = "0")
            @NotBlank @Size(max = 500) String violation,
            @Schema(description = "The level (裁量阶次) the circumstances place the case at") @NotNull Severity severity,
            @Schema(description = "The proposed fine in 元 (0 when none)", examples = "5000") @NotNull @DecimalMin("0") BigDecimal fineYuan,
            @Schema(description = "The proposed fine as a multiple of the illegal income (违法所得倍数), where the level "
                    + "counts in multiples") @DecimalMin("0") BigDecimal incomeMultiple,
            @Schema(description = "The kinds of penalty proposed (处罚种类); each must be one of the level's")
            @Size(max = 15) List<@NotNull PenaltyKind> penaltyKinds,
            @Schema(description = "The day whose version of the item applies (YYYY-MM-DD); default today") LocalDate date) {
    }

    @Schema(name = "DiscretionItemRef", description = "The item and version a standard was taken from")
    public record ItemRef(String code, int version) {
    }

    @Schema(name = "DiscretionAssessment", description = "Whether a proposed penalty lies within the level's range, and why (裁量核验结果)")
    public record Assessment(@Schema(description = "Whether fine, multiple and kinds lie within the level") boolean withinRange,
                             @Schema(description = "The item and the version whose standard was applied") ItemRef item,
                             @Schema(description = "The violation, as the standard words it") String violation,
                             Severity severity,
                             @Schema(examples = "一般") String severityZh,
                             @Schema(description = "The level's range (该阶次幅度)") Range range,
                             @Schema(description = "The clause that sets the penalty (处罚条款)") String penaltyClause,
                             @Schema(description = "The penalty clause's own range (法定幅度)") Range statutoryRange,
                             @Schema(examples = "A fine of 5000 yuan is outside the range of level GENERAL: 10000 to 30000 yuan")
                             String reason,
                             @Schema(examples = "罚款 5000 元不在「一般」阶次 1万元至3万元 的幅度内") String reasonZh) {
    }

    /**
     * Weighs a proposed penalty against the level of one violation's standard. A level that counts in multiples of the
     * illegal income is weighed by {@code incomeMultiple} when it is given (the income decides the fine); otherwise the
     * fine in 元 is weighed against the range in 元.
     *
     * @throws ProblemException 400 naming {@code violation}, {@code severity} or {@code incomeMultiple} when the item
     *                          has no such violation or level, or the level cannot be weighed without a multiple; 409
     *                          when the item is repealed
     */
    public static Assessment assess(ItemVersion item, Request request) {
        if (item.repealed()) {
            throw ProblemException.conflict("Item " + item.code() + " is repealed in that version: it gives no power to punish.",
                    "事项 " + item.code() + " 在该版本中已取消，不得据以处罚。");
        }
        DiscretionStandard standard = violation(item, request.violation());
        Level level = standard.levels() == null ? null : standard.levels().stream()
                .filter(l -> l.severity() == request.severity()).findFirst().orElse(null);
        if (level == null) {
            String known = standard.levels() == null ? "" : standard.levels().stream().map(l -> l.severity().name())
                    .collect(Collectors.joining(", "));
            String knownZh = standard.levels() == null ? "" : standard.levels().stream().map(l -> l.severity().label())
                    .collect(Collectors.joining("、"));
            throw ProblemException.invalid("severity", "the standard of this violation has no level " + request.severity()
                            + "; its levels are " + known,
                    "该违法行为的裁量基准没有「" + request.severity().label() + "」阶次，现有阶次：" + knownZh);
        }
        Range range = level.range();
        String name = request.severity().name() + " (" + request.severity().label() + ")";
        String zh = "「" + request.severity().label() + "」阶次";
        List<String> reasons = new ArrayList<>();
        List<String> reasonsZh = new ArrayList<>();
        boolean within = true;

        boolean byMultiple = range != null && range.hasMultiple() && (request.incomeMultiple() != null || !range.hasFine());
        if (byMultiple) {
            if (request.incomeMultiple() == null) {
                throw ProblemException.invalid("incomeMultiple", "level " + request.severity() + " counts the fine in multiples "
                        + "of the illegal income; give incomeMultiple", zh + "按违法所得倍数处罚，请提供违法所得倍数（incomeMultiple）");
            }
            String multiple = plain(request.incomeMultiple());
            boolean inside = inMultiples(request.incomeMultiple(), range);
            within &= inside;
            reasons.add("a fine of " + multiple + " times the illegal income is " + (inside ? "within" : "outside")
                    + " the range of level " + name + ": " + multiplesEn(range));
            reasonsZh.add("罚款为违法所得的 " + multiple + " 倍，" + (inside ? "在" : "不在") + zh + " " + RangeWords.multiples(range) + " 的幅度内");
        } else if (range != null && range.hasFine()) {
            String fine = plain(request.fineYuan());
            boolean inside = inFine(request.fineYuan(), range);
            within &= inside;
            reasons.add("a fine of " + fine + " yuan is " + (inside ? "within" : "outside") + " the range of level " + name
                    + ": " + finesEn(range));
            String zhReason = "罚款 " + fine + " 元" + (inside ? "在" : "不在") + zh + " " + RangeWords.fines(range) + " 的幅度内";
            if (!inside && range.fineFromYuan() != null && request.fineYuan().compareTo(BigDecimal.valueOf(range.fineFromYuan())) < 0
                    && standard.mitigated() != null && !standard.mitigated().isEmpty()) {
                // 行政处罚法 (2021) Art. 32: a mitigated penalty (减轻处罚) falls below the range; where the standard lists
                // such circumstances, a fine below the range is not necessarily wrong, and the answer says so.
                zhReason += "（具有本基准所列减轻处罚情形的，依法可以低于该幅度处罚）";
            }
            reasonsZh.add(zhReason);
        } else if (request.fineYuan().signum() > 0 || (request.incomeMultiple() != null && request.incomeMultiple().signum() > 0)) {
            within = false;
            String kinds = kindsZh(level.penaltyKinds());
            reasons.add("level " + name + " imposes no fine (its kinds: " + kindsEn(level.penaltyKinds()) + ")");
            reasonsZh.add(zh + "不处罚款（处罚种类：" + kinds + "）");
        } else {
            reasons.add("no fine proposed, and level " + name + " imposes none");
            reasonsZh.add(zh + "不处罚款，未提出罚款");
        }
        if (request.penaltyKinds() != null) {
            List<PenaltyKind> allowed = level.penaltyKinds() == null ? List.of() : level.penaltyKinds();
            List<PenaltyKind> foreign = request.penaltyKinds().stream().filter(k -> !allowed.contains(k)).distinct().toList();
            if (!foreign.isEmpty()) {
                within = false;
                reasons.add("the kinds " + kindsEn(foreign) + " are not among those of level " + name + " (" + kindsEn(allowed) + ")");
                reasonsZh.add("处罚种类「" + kindsZh(foreign) + "」不在" + zh + "的处罚种类（" + kindsZh(allowed) + "）内");
            }
        }
        String reason = String.join("; ", reasons);
        reason = Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
        return new Assessment(within, new ItemRef(item.code(), item.version()), standard.violation(), request.severity(),
                request.severity().label(), range, standard.penaltyClause(), standard.statutoryRange(), reason,
                String.join("；", reasonsZh));
    }

    /** The standard named by its words or by its index (as a string); a 400 naming {@code violation} otherwise. */
    static DiscretionStandard violation(ItemVersion item, String violation) {
        List<DiscretionStandard> standards = item.standards();
        if (standards.isEmpty()) {
            throw ProblemException.invalid("violation", "item " + item.code() + " has no discretion standards",
                    "事项 " + item.code() + " 尚未制定裁量基准");
        }
        String v = violation.strip();
        if (v.matches("\\d{1,3}")) {
            int i = Integer.parseInt(v);
            if (i < standards.size()) {
                return standards.get(i);
            }
            throw ProblemException.invalid("violation", "item " + item.code() + " has " + standards.size()
                    + " standards; the index runs from 0 to " + (standards.size() - 1),
                    "事项 " + item.code() + " 共有 " + standards.size() + " 项违法行为的裁量基准，序号应为 0 至 " + (standards.size() - 1));
        }
        return standards.stream().filter(s -> s.violation() != null && s.violation().strip().equals(v)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("violation",
                        "item " + item.code() + " has no standard for this violation; give its exact words or its index",
                        "事项 " + item.code() + " 没有该违法行为的裁量基准，请使用基准中的违法行为原文或其序号"));
    }

    static boolean inFine(BigDecimal fine, Range r) {
        return (r.fineFromYuan() == null || fine.compareTo(BigDecimal.valueOf(r.fineFromYuan())) >= 0)
                && (r.fineToYuan() == null || fine.compareTo(BigDecimal.valueOf(r.fineToYuan())) <= 0);
    }

    static boolean inMultiples(BigDecimal multiple, Range r) {
        return (r.incomeMultipleFrom() == null || multiple.compareTo(r.incomeMultipleFrom()) >= 0)
                && (r.incomeMultipleTo() == null || multiple.compareTo(r.incomeMultipleTo()) <= 0);
    }

    static String finesEn(Range r) {
        return (r.fineFromYuan() == null ? "0" : r.fineFromYuan()) + " to " + (r.fineToYuan() == null ? "no limit" : r.fineToYuan()) + " yuan";
    }

    static String multiplesEn(Range r) {
        return (r.incomeMultipleFrom() == null ? "0" : plain(r.incomeMultipleFrom())) + " to "
                + (r.incomeMultipleTo() == null ? "no limit" : plain(r.incomeMultipleTo())) + " times the illegal income";
    }

    static String kindsZh(List<PenaltyKind> kinds) {
        return kinds == null ? "" : kinds.stream().map(PenaltyKind::label).collect(Collectors.joining("、"));
    }

    static String kindsEn(List<PenaltyKind> kinds) {
        return kinds == null ? "" : kinds.stream().map(PenaltyKind::name).collect(Collectors.joining(", "));
    }

    static String plain(BigDecimal n) {
        return RangeWords.plain(n);
    }
}
