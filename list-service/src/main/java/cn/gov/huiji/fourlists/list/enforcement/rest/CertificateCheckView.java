package cn.gov.huiji.fourlists.list.enforcement.rest;

import cn.gov.huiji.fourlists.list.enforcement.service.CertificateCheck;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "Whether an enforcement certificate was valid on a day, for which unit, category and area (执法证核验, R-LIST-9)")
public record CertificateCheckView(
        @Schema(description = "执法证号") String certificateNo,
        @Schema(description = "The day asked about") LocalDate date,
        @Schema(description = "Valid on that day: within its term and 有效 then") boolean valid,
        @Schema(description = "The status on that day: VALID | REVOKED | SUSPENDED") String status,
        @Schema(description = "有效 | 注销 | 暂扣") String statusZh,
        @Schema(description = "姓名") String name,
        OfficerView.Unit unit,
        @Schema(description = "执法类别") String category,
        @Schema(description = "执法区域") String area,
        LocalDate validFrom,
        LocalDate validTo,
        @Schema(description = "Why it was or was not valid") String reason,
        @Schema(description = "原因") String reasonZh) {

    static CertificateCheckView of(CertificateCheck c) {
        return new CertificateCheckView(c.certificateNo(), c.date(), c.valid(), c.status(), c.statusZh(), c.name(),
                new OfficerView.Unit(c.unitCreditCode(), c.unitName()), c.category(), c.area(), c.validFrom(), c.validTo(),
                c.reason(), c.reasonZh());
    }
}
