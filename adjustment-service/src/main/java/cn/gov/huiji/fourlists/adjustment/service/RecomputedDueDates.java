package cn.gov.huiji.fourlists.adjustment.service;

import jakarta.transaction.TransactionScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The provisional due dates counted again in the current transaction (R-ADJ-3). The calendar in force recomputes them
 * as it reloads, inside the transaction that loads a notice; this is how the load learns what it changed, so the
 * admin sees it in the answer. Lives as long as the transaction: a refresh that recomputes nothing leaves nothing.
 */
@TransactionScoped
public class RecomputedDueDates implements Serializable {

    /** What was counted again: an adjustment request's awaited step, or a law-change obligation to apply. */
    @Schema(name = "RecomputedDueDateKind")
    public enum Kind { REQUEST, OBLIGATION }

    @Schema(name = "RecomputedDueDate", description = "A provisional due date counted again on the new calendar (重新计算的暂定期限)")
    public record Recomputed(
            @Schema(description = "REQUEST: an adjustment request's awaited step (调整申请); OBLIGATION: a law-change obligation (调整义务)")
            Kind kind,
            @Schema(description = "The request's or the obligation's id (申请或义务编号)") UUID id,
            @Schema(description = "The list item concerned (事项编码)") String itemCode,
            @Schema(description = "The section that must act (科室（队）编码)") String section,
            @Schema(description = "The due date counted provisionally, on weekdays only (原暂定期限)") LocalDate previousDueDate,
            @Schema(description = "The due date on the new calendar (新期限)") LocalDate dueDate,
            @Schema(description = "The calendar version the new due date was counted on (工作日历版本)") String calendarVersion)
            implements Serializable {
    }

    private final List<Recomputed> recomputed = new ArrayList<>();

    void add(Recomputed r) {
        recomputed.add(r);
    }

    /** In the order they were counted: requests, then obligations. */
    public List<Recomputed> list() {
        return List.copyOf(recomputed);
    }
}
