package cn.gov.huiji.fourlists.list.enforcement.rest;

import cn.gov.huiji.fourlists.list.enforcement.domain.OfficerStatus;
import cn.gov.huiji.fourlists.list.enforcement.service.OfficerRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** What the legal section sends to keep the officer register. No field for an identity number: one is refused. */
public final class OfficerRequests {

    private OfficerRequests() {
    }

    @Schema(description = "An officer and their certificate (执法人员及执法证); an unknown field such as an identity number is refused")
    public record OfficerInput(
            @Schema(description = "执法证号 (4–32 letters, digits, hyphens); on PUT the path's number or absent", examples = "41010816001")
            @Size(max = 32) String certificateNo,
            @Schema(description = "姓名", examples = "张明") @NotBlank @Size(max = OfficerRules.NAME_MAX) String name,
            @Schema(description = "所在单位统一社会信用代码: a registered enforcement body", examples = "114101080051883705")
            @NotBlank @Size(max = 18) String unitCreditCode,
            @Schema(description = "执法类别", examples = "安全生产监管执法") @NotBlank @Size(max = OfficerRules.TEXT_MAX) String category,
            @Schema(description = "执法区域", examples = "惠济区") @NotBlank @Size(max = OfficerRules.TEXT_MAX) String area,
            @Schema(description = "发证机关", examples = "郑州市人民政府法制办公室") @NotBlank @Size(max = OfficerRules.TEXT_MAX) String issuingAuthority,
            @Schema(description = "有效期起, YYYY-MM-DD (inclusive)") @NotNull LocalDate validFrom,
            @Schema(description = "有效期止, YYYY-MM-DD (inclusive), not before validFrom") @NotNull LocalDate validTo) {

        OfficerRules.OfficerData toService() {
            return new OfficerRules.OfficerData(certificateNo, name, unitCreditCode, category, area, issuingAuthority, validFrom, validTo);
        }
    }

    @Schema(description = "A status change of a certificate from a day, with its reason (执法证状态变更)")
    public record StatusInput(
            @Schema(description = "VALID 有效 (restored after a suspension) | REVOKED 注销 (final) | SUSPENDED 暂扣") @NotNull OfficerStatus status,
            @Schema(description = "The day it holds from, YYYY-MM-DD") @NotNull LocalDate date,
            @Schema(description = "The reason (原因)", examples = "涉嫌违纪，暂扣执法证") @NotBlank @Size(max = 200) String reason) {
    }
}
