package cn.gov.huiji.fourlists.kernel.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * The discretion standard of one violation under a 行政处罚 item (行政处罚自由裁量基准, Art. 16, R-LIST-7): what the
 * violation is, the clause it breaks and the clause that punishes it, the statutory range, and the levels an officer
 * chooses from by the circumstances. Part of the item's content, so it changes only through a published adjustment.
 */
@Schema(description = "Discretion standard of one violation (行政处罚自由裁量基准, R-LIST-7)")
public record DiscretionStandard(
        @Schema(description = "The violation (违法行为)", examples = "未按照规定对从业人员进行安全生产教育和培训")
        @NotBlank @Size(max = 500) String violation,
        @Schema(description = "The clause broken (违法条款)", examples = "《中华人民共和国安全生产法》第二十五条第一款")
        @NotBlank @Size(max = 500) String violatedClause,
        @Schema(description = "The clause that sets the penalty (处罚条款)", examples = "《中华人民共和国安全生产法》第九十四条第（三）项")
        @NotBlank @Size(max = 500) String penaltyClause,
        @Schema(description = "The penalty clause's own range (法定处罚幅度); every level's range lies within it")
        @Valid Range statutoryRange,
        @Schema(description = "The levels (裁量阶次), lightest first, at most one per severity")
        @NotEmpty @Size(max = 4) List<@NotNull @Valid Level> levels,
        @Schema(description = "Conditions for no penalty, such as a first minor violation corrected in time (不予处罚情形，首违不罚)")
        @Size(max = 20) List<@NotBlank @Size(max = 1000) String> noPenalty,
        @Schema(description = "Conditions for a lighter penalty within the range (从轻处罚情形)")
        @Size(max = 20) List<@NotBlank @Size(max = 1000) String> lighter,
        @Schema(description = "Conditions for a mitigated penalty below the range (减轻处罚情形)")
        @Size(max = 20) List<@NotBlank @Size(max = 1000) String> mitigated,
        @Schema(description = "Conditions for a heavier penalty within the range (从重处罚情形)")
        @Size(max = 20) List<@NotBlank @Size(max = 1000) String> heavier,
        @Schema(description = "Where a figure was recalled rather than checked against its published source (来源说明)")
        @Size(max = 1000) String sourceNote) {

    /** One level (裁量阶次): its circumstances (情形), the kinds of penalty and the range. */
    @Schema(description = "One discretion level (裁量阶次)")
    public record Level(@NotNull Severity severity,
                        @Schema(description = "Circumstances (情形) that place a case at this level")
                        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 1000) String> circumstances,
                        @Schema(description = "Kinds of penalty (处罚种类)")
                        @NotEmpty @Size(max = 10) List<@NotNull PenaltyKind> penaltyKinds,
                        @Schema(description = "The range (处罚幅度)") @Valid Range range,
                        @Schema(description = "Other penalties in words, e.g. 责令停产停业整顿 (其他处罚)")
                        @Size(max = 1000) String otherPenalties) {
    }

    /**
     * A range (幅度): a fine from–to in whole 元, and/or multiples of the illegal income (违法所得倍数). Either end may be
     * open (null); a range with no fine and no multiple stands for the other kinds of penalty only.
     */
    @Schema(description = "A penalty range: fine in 元 and/or multiples of illegal income (罚款幅度、违法所得倍数)")
    public record Range(@Schema(description = "Lowest fine in 元", examples = "10000") @Min(0) Long fineFromYuan,
                        @Schema(description = "Highest fine in 元", examples = "30000") @Min(0) Long fineToYuan,
                        @Schema(description = "Lowest multiple of illegal income", examples = "1") @DecimalMin("0") BigDecimal incomeMultipleFrom,
                        @Schema(description = "Highest multiple of illegal income", examples = "3") @DecimalMin("0") BigDecimal incomeMultipleTo) {

        public boolean hasFine() {
            return fineFromYuan != null || fineToYuan != null;
        }

        public boolean hasMultiple() {
            return incomeMultipleFrom != null || incomeMultipleTo != null;
        }
    }
}
