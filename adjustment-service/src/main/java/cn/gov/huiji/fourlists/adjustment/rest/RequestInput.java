package cn.gov.huiji.fourlists.adjustment.rest;

import cn.gov.huiji.fourlists.adjustment.domain.ChangeKind;
import cn.gov.huiji.fourlists.adjustment.domain.TriggerKind;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "A new adjustment request (清单调整申请)")
public record RequestInput(
        @Schema(description = "Why the list must change (调整情形, Art. 25)") @NotNull TriggerKind triggerKind,
        @Schema(description = "Day the trigger occurred (调整情形发生日期)", examples = "2026-11-20") @NotNull @PastOrPresent LocalDate triggerDate,
        @Schema(description = "Add, modify or repeal (列入、调整、撤出)") @NotNull ChangeKind changeKind,
        @Schema(description = "The documents behind the trigger (依据文件): title, number, date")
        @NotNull @Size(min = 1, max = 20) java.util.List<@Valid @NotNull Document> documents,
        @Schema(description = "Code of the item to modify or repeal (事项编码); empty for ADD") @Size(max = 64) String targetItemCode,
        @Schema(description = "What changes and why (调整内容及理由)") @NotBlank @Size(max = 2000) String summary,
        @Schema(description = "The item as it shall read, in list-service's model (拟调整后的事项内容); required to add or modify")
        @Valid ListItemContent proposedItem,
        @Schema(description = "The law-change obligation this request answers (R-LIST-10), if any (所履行的调整义务)")
        java.util.UUID obligationId) {

    /** A document behind the trigger, e.g. 《中华人民共和国安全生产法》修正, 主席令第八十八号, 2021-06-10. */
    @Schema(description = "A document (依据文件)")
    public record Document(
            @Schema(description = "Title (文件名称)") @NotBlank @Size(max = 300) String title,
            @Schema(description = "Document number (文号)", examples = "主席令第八十八号") @Size(max = 100) String number,
            @Schema(description = "Date (日期)") @NotNull LocalDate date) {
    }
}
