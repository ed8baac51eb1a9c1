package cn.gov.huiji.fourlists.complaint.service;

import cn.gov.huiji.fourlists.complaint.domain.CaseKind;
import cn.gov.huiji.fourlists.complaint.domain.IntakeChannel;
import cn.gov.huiji.fourlists.complaint.domain.SubjectKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "A complaint, report or suggestion (投诉、举报、意见建议, Art. 9)")
public record CaseInput(
        @Schema(description = "COMPLAINT 投诉, REPORT 举报, SUGGESTION 意见建议") @NotNull CaseKind kind,
        @Schema(description = "What it is about: ITEM 事项 (subjectRef = item code), SECTION 科室 (section code), "
                + "OFFICER 执法人员 (certificate number), LISTS 清单制定和运行, OTHER 其他") @NotNull SubjectKind subjectKind,
        @Schema(description = "The item code, section code or certificate number; for OFFICER a certificate the bureau "
                + "registered (执法证号, else 400: 执法证号不存在)") @Size(max = 64)
        @Pattern(regexp = "[0-9A-Za-z\\-]*") String subjectRef,
        @Schema(description = "What happened (具体内容); markup is removed") @NotBlank @Size(max = 5000) String content,
        @Schema(description = "true: no identity is kept (匿名)") @NotNull Boolean anonymous,
        @Schema(description = "For a named case: who is submitting (实名); encrypted at rest, never shown in public") @Valid Identity identity,
        @Schema(description = "PDF, JPEG or PNG, base64; how many and how large: fourlists.complaint.intake.max-attachments and …max-attachment-bytes") @Size(max = 3) List<@NotNull @Valid Attachment> attachments,
        @Schema(description = "How it came in; other than ONLINE only for complaint handlers recording a call, fax, letter or visit")
        IntakeChannel channel) {

    @Schema(description = "The submitter (举报人信息)")
    public record Identity(@NotBlank @Size(max = 50) String name,
                           @Pattern(regexp = "[0-9+\\- ]{5,20}") String phone,
                           @Schema(description = "居民身份证号码") @Pattern(regexp = "[0-9]{17}[0-9Xx]") String idNumber,
                           @Size(max = 200) String address,
                           @Email @Size(max = 100) String email) {
    }

    @Schema(description = "An attachment (附件)")
    public record Attachment(@Size(max = 200) String fileName, @NotBlank String contentBase64) {
    }
}
