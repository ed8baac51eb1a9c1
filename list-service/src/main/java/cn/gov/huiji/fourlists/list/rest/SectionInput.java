package cn.gov.huiji.fourlists.list.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A section or brigade of the bureau (科室（队）)")
public record SectionInput(
        @Schema(description = "Official Chinese name (名称)", examples = "危险化学品安全监督管理科")
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "Person first responsible for the section's lists (第一责任人, Art. 24)")
        @Size(max = 50) String headName) {
}
