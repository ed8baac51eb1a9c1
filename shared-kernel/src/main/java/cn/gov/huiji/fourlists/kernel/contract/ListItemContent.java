package cn.gov.huiji.fourlists.kernel.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The content of a list item as services exchange it (R-LIST-2, Art. 4, 22): what the legal section loads into
 * list-service and what an adjustment request proposes. One record, so both are checked by the same rules
 * ({@link ValidItemContent}: code layouts, the body's 统一社会信用代码, time limits, fee and fund terms).
 */
@ValidItemContent
@Schema(description = "A list item's content (权责事项内容, R-LIST-2)")
public record ListItemContent(
        @Schema(description = "Item code (事项编码): a national basic code (12), a national implementation code (33) "
                + "or a provincial layout such as 410108-AJ-XK-001", examples = "410108-AJ-CF-001")
        @NotBlank @Size(max = 64) String code,
        @Schema(description = "The list: POWER 行政权责, APPROVAL 行政审批, FEE 行政事业性收费, FUND 政府性基金; "
                + "when loading, defaults to the list in the path")
        @Pattern(regexp = "POWER|APPROVAL|FEE|FUND") String list,
        @Schema(description = "Item name (事项名称)", examples = "对未取得安全生产许可证擅自进行生产的处罚")
        @NotBlank @Size(max = 500) String name,
        @Schema(description = "Category (权力类型), e.g. 行政许可, 行政处罚; the set stays open", examples = "行政处罚")
        @NotBlank @Size(max = 50) String category,
        @Schema(description = "National basic code (基本编码, 12 digits)", examples = "000105003000")
        @Size(max = 12) String basicCode,
        @Schema(description = "National implementation code (实施编码, 33 characters: the body's 统一社会信用代码, "
                + "the basic code and a 3-digit handling-item number)")
        @Size(max = 33) String implementationCode,
        @Schema(description = "Sub-items (子项)") @Size(max = 50) List<@NotNull @Valid SubItem> subItems,
        @Schema(description = "Implementing body (实施主体)") @Valid ImplementingBody implementingBody,
        @Schema(description = "Code of the handling section (承办机构)", examples = "hazchem")
        @NotBlank @Size(max = 64) String section,
        @Schema(description = "Exercise level (行使层级)", examples = "区级") @Size(max = 50) String exerciseLevel,
        @Schema(description = "Legal basis (实施依据), citation by citation")
        @NotEmpty @Size(max = 30) List<@NotNull @Valid Citation> legalBasis,
        @Schema(description = "Process flow (运行流程): ordered steps; their limits add up to no more than the promised limit")
        @Size(max = 30) List<@NotNull @Valid ProcessStep> processFlow,
        @Schema(description = "Statutory time limit in working days (法定时限)") @Min(0) @Max(3650) Integer statutoryLimitDays,
        @Schema(description = "Promised time limit in working days (承诺时限)") @Min(0) @Max(3650) Integer promisedLimitDays,
        @Schema(description = "Conditions for extending the time limit (延长时限的条件)") @Size(max = 2000) String extensionConditions,
        @Schema(description = "Duties (责任事项), stage by stage") @Size(max = 30) List<@NotNull @Valid Duty> duties,
        @Schema(description = "Accountability cases (追责情形) with their basis") @Size(max = 50) List<@NotNull @Valid AccountabilityCase> accountability,
        @Schema(description = "In-process and after-the-fact supervision (事中事后监管, Art. 5)") @Valid Supervision supervision,
        @Schema(description = "Application materials (申请材料, Art. 12(6))") @Size(max = 60) List<@NotNull @Valid Material> materials,
        @Schema(description = "For FEE items: the fee standard, basis and collecting unit (收费标准、依据、执收单位)") @Valid FeeTerms fee,
        @Schema(description = "For FUND items: the fund's basis, rate and use (基金依据、征收标准、资金用途)") @Valid FundTerms fund,
        @Schema(description = "Where to apply online (网上办理地址)") @Size(max = 500) @Pattern(regexp = "https?://\\S+") String onlineUrl,
        @Schema(description = "Supervision phone (监督电话)", examples = "0371-12345678") @Size(max = 40)
        @Pattern(regexp = "[0-9()+\\- ]{5,40}") String supervisionPhone,
        @Schema(description = "Remarks (备注)") @Size(max = 2000) String remarks,
        @Schema(description = "For 行政处罚 items: the discretion standards, violation by violation (行政处罚自由裁量基准, R-LIST-7)")
        @Size(max = 60) List<@NotNull @Valid DiscretionStandard> discretion) {

    @Schema(description = "A sub-item (子项)")
    public record SubItem(@Size(max = 64) String code, @NotBlank @Size(max = 500) String name) {
    }

    @Schema(description = "Implementing body (实施主体) and its 统一社会信用代码 (GB 32100)")
    public record ImplementingBody(@NotBlank @Size(max = 200) String name,
                                   @Schema(examples = "11410108MB1A04537X") @Size(max = 18) String creditCode) {
    }

    @Schema(description = "One citation of the legal basis (依据条款)")
    public record Citation(@NotNull CitationLevel level,
                           @Schema(examples = "中华人民共和国安全生产法") @NotBlank @Size(max = 200) String title,
                           @Schema(description = "Version or document number (版本或文号)", examples = "2014年8月31日修正")
                           @Size(max = 200) String version,
                           @Schema(examples = "第九十五条") @Size(max = 200) String article,
                           @Schema(description = "The cited text (条款内容)") @Size(max = 5000) String excerpt) {

        /** As a published list prints it: 【法律】《中华人民共和国安全生产法》（2014年8月31日修正）第九十五条. */
        public String text() {
            return "【" + level.label() + "】《" + title + "》" + (blank(version) ? "" : "（" + version + "）")
                    + (blank(article) ? "" : article);
        }
    }

    @Schema(description = "One step of the process flow (流程环节)")
    public record ProcessStep(@Schema(examples = "受理") @NotBlank @Size(max = 100) String step,
                              @Schema(description = "Who does it (承办岗位)", examples = "窗口受理人员") @Size(max = 100) String role,
                              @Schema(description = "Time limit in working days") @Min(0) @Max(3650) Integer timeLimitDays) {
    }

    @Schema(description = "A duty at one stage (责任事项)")
    public record Duty(@Schema(examples = "受理责任") @NotBlank @Size(max = 100) String stage,
                       @NotBlank @Size(max = 2000) String content) {
    }

    @Schema(description = "An accountability case (追责情形) and its basis")
    public record AccountabilityCase(@NotBlank @Size(max = 1000) String situation, @Size(max = 1000) String basis) {
    }

    @Schema(description = "Supervision measures (监管措施, Art. 5)")
    public record Supervision(@Size(max = 30) List<@NotBlank @Size(max = 1000) String> inProcess,
                              @Size(max = 30) List<@NotBlank @Size(max = 1000) String> afterwards) {
    }

    @Schema(description = "An application material (申请材料)")
    public record Material(@NotBlank @Size(max = 300) String name, Boolean required, @Size(max = 1000) String note) {
    }

    @Schema(description = "Fee terms (收费标准)")
    public record FeeTerms(@NotBlank @Size(max = 1000) String standard, @NotBlank @Size(max = 1000) String basis,
                           @NotBlank @Size(max = 200) String collectingUnit) {
    }

    @Schema(description = "Fund terms (基金征收)")
    public record FundTerms(@NotBlank @Size(max = 1000) String basis, @NotBlank @Size(max = 1000) String rate,
                            @NotBlank @Size(max = 1000) String use) {
    }

    /** An item with only what every item has: code, list, name, category, section and basis. */
    public static ListItemContent basic(String code, String list, String name, String category, String section,
                                        List<Citation> legalBasis) {
        return new ListItemContent(code, list, name, category, null, null, null, null, section, null, legalBasis, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public ListItemContent withList(String list) {
        return new ListItemContent(code, list, name, category, basicCode, implementationCode, subItems, implementingBody,
                section, exerciseLevel, legalBasis, processFlow, statutoryLimitDays, promisedLimitDays,
                extensionConditions, duties, accountability, supervision, materials, fee, fund, onlineUrl,
                supervisionPhone, remarks, discretion);
    }

    /** The legal basis as one published text, citations separated by 「；」. */
    @JsonIgnore
    public String legalBasisText() {
        return legalBasis == null ? "" : legalBasis.stream().map(Citation::text).collect(Collectors.joining("；"));
    }

    /** The body's credit code, or null. */
    @JsonIgnore
    public String bodyCreditCode() {
        return implementingBody == null ? null : implementingBody.creditCode();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
