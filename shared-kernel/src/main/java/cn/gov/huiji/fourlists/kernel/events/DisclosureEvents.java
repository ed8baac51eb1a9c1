package cn.gov.huiji.fourlists.kernel.events;

import cn.gov.huiji.fourlists.kernel.trace.TraceTopics;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What disclosure-service records on {@code disclosure-events}: the 双公示 of the bureau's licensing and penalty
 * decisions (Art. 8, R-LIST-11). The trace log is public, so an event carries what the disclosure itself shows and
 * never a natural person's certificate number nor a legal representative's number.
 */
public final class DisclosureEvents {

    static final String PRODUCER = "disclosure-service";
    static final String DECISION = "decision/{id}";

    private DisclosureEvents() {
    }

    /**
     * A step in a decision's disclosure. {@code kind} LICENSING|PENALTY; {@code partyCreditCode} is null for a natural
     * person; {@code reason} is given for a correction, a cancellation and a restoration; {@code dueDate} is the 7th
     * working day after the decision date on the calendar {@code calendarVersion}; {@code disclosureEnd} the
     * 公示截止期.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DecisionChanged(UUID id, String kind, int version, String documentNo, LocalDate decisionDate,
                                  String partyName, String partyCategory, String partyCreditCode, String itemCode,
                                  String state, LocalDate dueDate, String calendarVersion, LocalDate disclosureEnd,
                                  String reason) {

        public DecisionChanged withState(String value) {
            return new DecisionChanged(id, kind, version, documentNo, decisionDate, partyName, partyCategory, partyCreditCode,
                    itemCode, value, dueDate, calendarVersion, disclosureEnd, reason);
        }

        public DecisionChanged withReason(String value) {
            return new DecisionChanged(id, kind, version, documentNo, decisionDate, partyName, partyCategory, partyCreditCode,
                    itemCode, state, dueDate, calendarVersion, disclosureEnd, value);
        }

        public DecisionChanged withVersion(int value) {
            return new DecisionChanged(id, kind, value, documentNo, decisionDate, partyName, partyCategory, partyCreditCode,
                    itemCode, state, dueDate, calendarVersion, disclosureEnd, reason);
        }
    }

    static final UUID PENALTY_ID = UUID.fromString("6a2f4c1e-8b3d-4e7a-9c5f-1d2e3f4a5b6c");
    static final UUID LICENSING_ID = UUID.fromString("2b7e9d4a-1c3f-4a5e-8d6b-7f9a0c1e2d3b");
    static final DecisionChanged PENALTY = new DecisionChanged(PENALTY_ID, "PENALTY", 1, "惠安监罚〔2025〕18号",
            LocalDate.parse("2025-09-26"), "郑州市惠济区某某化工有限公司", "LEGAL_ENTITY", "91410108MA44XRNB25",
            "410108-AJ-CF-001", "RECEIVED", LocalDate.parse("2025-10-16"), "cal-r1", LocalDate.parse("2026-09-26"), null);
    static final DecisionChanged LICENSING = new DecisionChanged(LICENSING_ID, "LICENSING", 1, "惠安监许〔2026〕7号",
            LocalDate.parse("2026-03-02"), "张某某", "NATURAL_PERSON", null, "410108-AJ-XK-001", "PUBLISHED",
            LocalDate.parse("2026-03-11"), "cal-r1", LocalDate.parse("2029-03-02"), null);

    static EventType<DecisionChanged> decisionEvent(String name, String summary, DecisionChanged example) {
        return decisionEvent(name, summary, example, List.of());
    }

    static EventType<DecisionChanged> decisionEvent(String name, String summary, DecisionChanged example, List<String> consumers) {
        return new EventType<>(name, TraceTopics.DISCLOSURE, DECISION, DecisionChanged.class, PRODUCER, consumers, summary,
                example);
    }

    public static final EventType<DecisionChanged> DECISION_RECEIVED = decisionEvent("fourlists.disclosure.decision.received",
            "A licensing or penalty decision was received for disclosure (收到待公示决定)", PENALTY);
    public static final EventType<DecisionChanged> DECISION_CORRECTED = decisionEvent("fourlists.disclosure.decision.corrected",
            "A decision was corrected: a new version, the earlier one kept (决定信息更正)",
            PENALTY.withVersion(2).withState("PUBLISHED").withReason("决定书文号录入错误，依原件更正"));
    public static final EventType<DecisionChanged> DECISION_PUBLISHED = decisionEvent("fourlists.disclosure.decision.published",
            "The legal section published the decision (公示, Art. 8)", PENALTY.withState("PUBLISHED"));
    public static final EventType<DecisionChanged> DEADLINE_WARNED = decisionEvent("fourlists.disclosure.deadline.warned",
            "A decision not yet public is due on the next working day (公示临期预警)", PENALTY, List.of("workbench"));
    public static final EventType<DecisionChanged> DEADLINE_MISSED = decisionEvent("fourlists.disclosure.deadline.missed",
            "A decision was not public within 7 working days of its decision date (公示逾期)", PENALTY, List.of("workbench"));
    public static final EventType<DecisionChanged> DUE_RECOMPUTED = decisionEvent("fourlists.disclosure.deadline.due-recomputed",
            "A due date counted provisionally (weekdays only) was counted again on the year's holiday notice (期限重算)",
            new DecisionChanged(PENALTY_ID, "PENALTY", 1, "惠安监罚〔2026〕96号", LocalDate.parse("2026-12-28"),
                    PENALTY.partyName(), "LEGAL_ENTITY", PENALTY.partyCreditCode(), PENALTY.itemCode(), "RECEIVED",
                    LocalDate.parse("2027-01-07"), "cal-r2", null, null));
    public static final EventType<DecisionChanged> DECISION_EXPIRED = decisionEvent("fourlists.disclosure.decision.expired",
            "The 公示截止期 passed: the decision was withdrawn from public view (到期撤下)", LICENSING.withState("EXPIRED"));
    public static final EventType<DecisionChanged> DECISION_CANCELLED = decisionEvent("fourlists.disclosure.decision.cancelled",
            "The legal section withdrew the decision from public view, with the reason (取消公示)",
            PENALTY.withState("CANCELLED").withReason("行政复议决定撤销原处罚决定"));
    public static final EventType<DecisionChanged> DECISION_RESTORED = decisionEvent("fourlists.disclosure.decision.restored",
            "The legal section made a cancelled decision public again, with the reason (恢复公示)",
            PENALTY.withState("PUBLISHED").withReason("行政复议维持原处罚决定"));

    public static final List<EventType<?>> ALL = List.of(DECISION_RECEIVED, DECISION_CORRECTED, DECISION_PUBLISHED,
            DEADLINE_WARNED, DEADLINE_MISSED, DUE_RECOMPUTED, DECISION_EXPIRED, DECISION_CANCELLED, DECISION_RESTORED);
}
