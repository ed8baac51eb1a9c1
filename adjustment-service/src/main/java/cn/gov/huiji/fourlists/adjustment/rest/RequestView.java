package cn.gov.huiji.fourlists.adjustment.rest;

import cn.gov.huiji.fourlists.adjustment.domain.AdjustmentRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(description = "An adjustment request (清单调整申请)")
public record RequestView(UUID id, String triggerKind, LocalDate triggerDate, String changeKind, String targetItemCode,
                          String summary, String section, String applicant, String state, OffsetDateTime createdAt) {
    public static RequestView of(AdjustmentRequest r) {
        return new RequestView(r.id, r.triggerKind.name(), r.triggerDate, r.changeKind.name(), r.targetItemCode,
                r.summary, r.section, r.applicant, r.state.name(), r.createdAt);
    }
}
