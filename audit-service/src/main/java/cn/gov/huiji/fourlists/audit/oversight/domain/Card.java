package cn.gov.huiji.fourlists.audit.oversight.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A yellow or red card (电子监察, Art. 29, 31): derived from the traces on every read, never stored, never edited.
 * One card per duty and due date: {@code (source, subject, step, dueDate)}.
 */
@Schema(name = "Card", description = "A yellow or red card (电子监察黄牌/红牌), derived from the traces alone")
public record Card(
        @Schema(description = "Stable id: the first 16 hex digits of SHA-256(source|subject|step|dueDate)", examples = "5f2a9c0e1b7d4e36") String id,
        @Schema(description = "YELLOW 黄牌 (warned) or RED 红牌 (missed)") CardColor color,
        @Schema(description = "The service whose deadline it is", examples = "adjustment-service") String source,
        CardKind kind,
        @Schema(description = "The object of the duty (对象)", examples = "request/3f1c2a9e-5b7d-4c1e-9a0b-2d6e8f4a1c37") String subject,
        @Schema(description = "The step that was due (环节): an adjustment state, accept/answer, publish, apply, certificate",
                examples = "SUBMITTED") String step,
        @Schema(description = "The section responsible (责任科室（队）)", examples = "hazchem") String section,
        @Schema(description = "The staff member who last acted on the object before the card (责任人); null if none", examples = "clerk")
        String person,
        @Schema(description = "The due date (期限)") LocalDate dueDate,
        @Schema(description = "When the first warning was traced (预警时间)") OffsetDateTime warnedAt,
        @Schema(description = "When the step was first traced as overdue (逾期时间)") OffsetDateTime missedAt,
        @Schema(description = "Red cards only: working days after the due date until the step was done, or until today "
                + "(逾期工作日); null for yellow cards or where no holiday notice covers the days") Integer workingDaysLate,
        @Schema(description = "When the step was finally done (办结时间); null if not yet") OffsetDateTime resolvedAt,
        @Schema(description = "The traces behind the card, oldest first, the resolving one last (痕迹)") List<Trace> traces) {

    public Card {
        traces = List.copyOf(traces);
    }

    public boolean resolved() {
        return resolvedAt != null;
    }

    /** A trace behind a card, with its place in the public log once integrated. */
    public record Trace(@Schema(description = "trace_entry id (痕迹编号)") long traceId, UUID eventId, String type,
                        OffsetDateTime occurredAt,
                        @Schema(description = "Leaf index in the public log (日志位置); null until integrated") Long leafIndex) {

        static Trace of(StoredTrace t) {
            return new Trace(t.id(), t.eventId(), t.type(), t.occurredAt(), t.leafIndex());
        }
    }
}
