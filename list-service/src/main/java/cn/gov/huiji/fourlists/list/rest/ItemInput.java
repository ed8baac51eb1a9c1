package cn.gov.huiji.fourlists.list.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A list item as the legal section first loads it (权责事项首次录入)")
public record ItemInput(
        @Schema(description = "Item code (事项编码)", examples = "3700000225001")
        @NotBlank @Size(max = 64) @Pattern(regexp = "[0-9A-Za-z\\-]+") String code,
        @Schema(description = "Item name (事项名称)", examples = "对未取得安全生产许可证擅自进行生产的处罚")
        @NotBlank @Size(max = 500) String name,
        @Schema(description = "Category (权力类型), e.g. 行政许可, 行政处罚", examples = "行政处罚")
        @NotBlank @Size(max = 50) String category,
        @Schema(description = "Code of the handling section (承办机构)", examples = "hazchem")
        @NotBlank @Size(max = 64) String section,
        @Schema(description = "Legal basis as published (实施依据)")
        @Size(max = 10000) String legalBasis) {
}
