package cn.gov.huiji.fourlists.list.enforcement.rest;

import cn.gov.huiji.fourlists.list.enforcement.service.EntrustmentRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(description = "An entrustment (行政执法委托, Art. 18): which items of which body, for which term, by which document")
public record EntrustmentView(
        UUID id,
        @Schema(description = "The entrusting body (委托机关)") BodyRef entrustingBody,
        @Schema(description = "The entrusted items (委托事项编码)", examples = "[\"410108-AJ-CF-001\"]") List<String> itemCodes,
        @Schema(description = "First day of the term (委托期限起)") LocalDate validFrom,
        @Schema(description = "Last day of the term, included (委托期限止)") LocalDate validTo,
        @Schema(description = "委托书文号", examples = "惠安监委〔2016〕3号") String documentNo,
        LocalDate documentDate,
        @Schema(description = "Ended before its term (已终止委托)") boolean revoked,
        @Schema(description = "The day from which it no longer applies") LocalDate revokedOn,
        String revokedReason,
        @Schema(description = "Gives authority on the day asked (在委托期限内)") boolean inTerm) {

    @Schema(description = "A body named by its code and name")
    public record BodyRef(String creditCode, String name) {
    }

    static EntrustmentView of(EntrustmentRecord e, String entrustingName, LocalDate day) {
        return new EntrustmentView(e.id(), new BodyRef(e.entrustingCreditCode(), entrustingName), e.itemCodes(),
                e.validFrom(), e.validTo(), e.documentNo(), e.documentDate(), e.revoked(), e.revokedOn(), e.revokedReason(),
                e.inTerm(day));
    }
}
