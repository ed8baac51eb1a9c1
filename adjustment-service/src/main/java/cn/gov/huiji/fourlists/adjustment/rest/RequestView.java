package cn.gov.huiji.fourlists.adjustment.rest;

import cn.gov.huiji.fourlists.adjustment.domain.AdjustmentRequest;
import cn.gov.huiji.fourlists.adjustment.domain.AdjustmentWorkflow;
import cn.gov.huiji.fourlists.adjustment.domain.RequestAction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(description = "An adjustment request (清单调整申请)")
public record RequestView(UUID id, String triggerKind, LocalDate triggerDate, String changeKind, String targetItemCode,
                          String summary, String section, String applicant, String state, OffsetDateTime createdAt,
                          @Schema(description = "When the awaited step is due (办理期限)") LocalDate dueDate,
                          @Schema(description = "Calendar version the due date was computed with") String dueCalendarVersion,
                          @Schema(description = "Art. 26(1): due with the legal section 3 working days after the trigger") LocalDate applicationDue,
                          boolean appliedLate,
                          @Schema(description = "Actions the workflow allows now (当前可执行的操作)") List<String> allowedActions,
                          @Schema(description = "The item as it shall read (拟调整后的事项内容)") com.fasterxml.jackson.databind.JsonNode proposedItem,
                          @Schema(description = "The documents behind the trigger (依据文件)") com.fasterxml.jackson.databind.JsonNode documents) {
    public static RequestView of(AdjustmentRequest r) {
        return new RequestView(r.id, r.triggerKind.name(), r.triggerDate, r.changeKind.name(), r.targetItemCode,
                r.summary, r.section, r.applicant, r.state.name(), r.createdAt, r.dueDate, r.dueCalendarVersion,
                r.applicationDue, r.appliedLate, AdjustmentWorkflow.allowed(r.state).stream().map(RequestAction::path).toList(),
                r.proposedItem == null ? null : cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec.parseTree(r.proposedItem),
                cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec.parseTree(r.documents));
    }
}
