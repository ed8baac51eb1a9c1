package cn.gov.huiji.fourlists.kernel.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The content of a list item as services exchange it: what the legal section loads into list-service and what
 * an adjustment request proposes (Art. 22). One record, so both are checked by the same rules.
 */
@Schema(description = "A list item's content (权责事项内容)")
public record ListItemContent(
        @Schema(description = "Item code (事项编码)", examples = "410108-AJ-CF-001")
        @NotBlank @Size(max = 64) @Pattern(regexp = "[0-9A-Za-z\\-]+") String code,
        @Schema(description = "The list: POWER 行政权责, APPROVAL 行政审批, FEE 行政事业性收费, FUND 政府性基金; "
                + "when loading, defaults to the list in the path")
        @Pattern(regexp = "POWER|APPROVAL|FEE|FUND") String list,
        @Schema(description = "Item name (事项名称)", examples = "对未取得安全生产许可证擅自进行生产的处罚")
        @NotBlank @Size(max = 500) String name,
        @Schema(description = "Category (权力类型), e.g. 行政许可, 行政处罚", examples = "行政处罚")
        @NotBlank @Size(max = 50) String category,
        @Schema(description = "Code of the handling section (承办机构)", examples = "hazchem")
        @NotBlank @Size(max = 64) String section,
        @Schema(description = "Legal basis as published (实施依据)")
        @Size(max = 10000) String legalBasis) {

    public ListItemContent withList(String list) {
        return new ListItemContent(code, list, name, category, section, legalBasis);
    }
}
