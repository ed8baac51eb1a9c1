package cn.gov.huiji.fourlists.list.enforcement.rest;

import cn.gov.huiji.fourlists.list.enforcement.domain.BodyKind;
import cn.gov.huiji.fourlists.list.enforcement.service.BodyRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "An enforcement body as the register showed it on a day (执法主体公示, Art. 17–18)")
public record BodyView(
        @Schema(description = "统一社会信用代码 (GB 32100)", examples = "114101080051883705") String creditCode,
        @Schema(examples = "惠济区安全生产监督管理局") String name,
        @Schema(description = "STATUTORY 法定, AUTHORIZED 授权, ENTRUSTED 受委托组织") BodyKind kind,
        @Schema(examples = "法定") String kindZh,
        @Schema(description = "执法类别", examples = "安全生产监管执法") String enforcementCategory,
        @Schema(description = "The basis of its enforcement power (执法依据)") String legalBasis,
        @Schema(description = "确认文号", examples = "惠编〔2016〕12号") String confirmationNo,
        @Schema(description = "确认日期") LocalDate confirmationDate,
        @Schema(description = "Published (已公告)") boolean published,
        @Schema(description = "The version of the body's record") int version,
        @Schema(description = "When this version was recorded") OffsetDateTime validFrom,
        @Schema(description = "The entrustments the body received (受委托事项); inTerm says whether each applied on the day") List<EntrustmentView> entrustments) {

    static BodyView of(BodyRecord b, List<EntrustmentView> entrustments) {
        return new BodyView(b.creditCode(), b.name(), b.kind(), b.kind().zh, b.enforcementCategory(), b.legalBasis(),
                b.confirmationNo(), b.confirmationDate(), b.published(), b.version(), b.validFrom(), entrustments);
    }
}
