package cn.gov.huiji.fourlists.list.enforcement.rest;

import cn.gov.huiji.fourlists.list.enforcement.domain.BodyKind;
import cn.gov.huiji.fourlists.list.enforcement.service.BodyService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** What the legal section sends to keep the register (R-LIST-8). */
public final class BodyRequests {

    private BodyRequests() {
    }

    @Schema(description = "An enforcement body's record (执法主体登记信息)")
    public record BodyInput(
            @Schema(description = "统一社会信用代码 (GB 32100); on PUT optional, and if given the path's", examples = "114101080051883705")
            @Size(max = 18) String creditCode,
            @Schema(examples = "惠济区安全生产监督管理局") @NotBlank @Size(max = 200) String name,
            @Schema(description = "STATUTORY 法定, AUTHORIZED 授权, ENTRUSTED 受委托组织") @NotNull BodyKind kind,
            @Schema(description = "执法类别", examples = "安全生产监管执法") @NotBlank @Size(max = 100) String enforcementCategory,
            @Schema(description = "The basis of its enforcement power (执法依据)") @NotBlank @Size(max = 2000) String legalBasis,
            @Schema(description = "确认文号; needed before publication", examples = "惠编〔2016〕12号") @Size(max = 100) String confirmationNo,
            @Schema(description = "确认日期; needed before publication") LocalDate confirmationDate) {

        BodyService.BodyData toService() {
            return new BodyService.BodyData(creditCode, name, kind, enforcementCategory, legalBasis, confirmationNo, confirmationDate);
        }
    }

    @Schema(description = "Why a body is withdrawn from publication (撤销公告理由)")
    public record Withdrawal(@Schema(examples = "机构撤并") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(description = "An entrustment (行政执法委托, Art. 18)")
    public record EntrustmentInput(
            @Schema(description = "The entrusting body's 统一社会信用代码", examples = "114101080051883705") @NotBlank @Size(max = 18) String entrustingCreditCode,
            @Schema(description = "Codes of the entrusting body's items entrusted", examples = "[\"410108-AJ-CF-001\"]")
            @NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 64) String> itemCodes,
            @Schema(description = "First day of the term") @NotNull LocalDate validFrom,
            @Schema(description = "Last day of the term, included") @NotNull LocalDate validTo,
            @Schema(description = "委托书文号", examples = "惠安监委〔2016〕3号") @NotBlank @Size(max = 100) String documentNo,
            @NotNull LocalDate documentDate) {

        BodyService.EntrustmentData toService() {
            return new BodyService.EntrustmentData(entrustingCreditCode, itemCodes, validFrom, validTo, documentNo, documentDate);
        }
    }

    @Schema(description = "Ends an entrustment before its term (终止委托)")
    public record Revocation(@Schema(description = "The day from which the entrustment no longer applies") @NotNull LocalDate date,
                      @Schema(examples = "受托组织撤销") @NotBlank @Size(max = 500) String reason) {
    }
}
