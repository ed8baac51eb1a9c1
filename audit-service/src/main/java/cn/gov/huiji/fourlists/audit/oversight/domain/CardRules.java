package cn.gov.huiji.fourlists.audit.oversight.domain;

import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents;
import cn.gov.huiji.fourlists.kernel.events.DisclosureEvents;
import cn.gov.huiji.fourlists.kernel.events.EventType;
import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every rule of the 电子监察 cards in one table (Art. 29: the discipline group supervises how the lists are run;
 * Art. 31: warnings and overdue steps are measured): which trace type raises a yellow card (WARN), a red card (MISS)
 * or resolves one (RESOLVE), and how its {@code data} (the kernel's payload record) names the step, the due date and
 * the section. The subject of a card is always the trace's subject. Nothing else decides what a card is.
 */
public final class CardRules {

    /** What a trace does to a card. */
    public enum Effect { WARN, MISS, RESOLVE }

    /** Whether a resolving trace completes the open card's step (given the card's step and due date). */
    @FunctionalInterface
    public interface Completes {
        boolean test(String step, LocalDate due, JsonNode data);
    }

    /**
     * One row of the table.
     *
     * @param source         the service whose deadline it is (the card's {@code source})
     * @param kind           the card's kind, read from the data (a complaint's step decides accept or answer)
     * @param step           WARN/MISS: the step that is due
     * @param due            WARN/MISS: its due date
     * @param section        WARN/MISS: the section the event names, or null
     * @param defaultSection WARN/MISS: the section when neither the event nor a person's earlier trace names one
     * @param completes      RESOLVE: whether the trace completes an open card of {@code kind}
     */
    public record Rule(String type, String source, Effect effect, Function<JsonNode, CardKind> kind,
                       Function<JsonNode, String> step, Function<JsonNode, LocalDate> due,
                       Function<JsonNode, String> section, String defaultSection, Completes completes) {

        public boolean raises() {
            return effect != Effect.RESOLVE;
        }
    }

    public static final String ADJUSTMENT = "adjustment-service";
    public static final String COMPLAINT = "complaint-service";
    public static final String DISCLOSURE = "disclosure-service";
    public static final String LIST = "list-service";

    /**
     * The legal section leads the whole regime (Art. 24) and keeps the register of enforcement officers and the
     * 双公示 of decisions: a disclosure or a certificate that names no section and that no one of a section touched is
     * the legal section's.
     */
    static final String LEGAL = "legal";
    /**
     * Complaints are received and accepted (受理投诉, Art. 9) by the complaint handlers, who are the office's (办公室) staff,
     * before any section is assigned: an acceptance that names no section is the office's.
     */
    static final String OFFICE = "office";

    private static final Map<String, Rule> TABLE;

    static {
        Map<String, Rule> t = new LinkedHashMap<>();
        // Adjustments (Art. 26): the warned step is the state the request stands in; the next step taken from that state
        // completes it, whichever it is (passed, returned, submitted again, published …).
        raise(t, AdjustmentEvents.DEADLINE_WARNED, ADJUSTMENT, Effect.WARN, fixed(CardKind.ADJUSTMENT_STEP), text("state"),
                date("dueDate"), text("section"), null);
        raise(t, AdjustmentEvents.DEADLINE_MISSED, ADJUSTMENT, Effect.MISS, fixed(CardKind.ADJUSTMENT_STEP), text("state"),
                date("dueDate"), text("section"), null);
        for (EventType<?> step : List.of(AdjustmentEvents.REQUEST_SUBMITTED, AdjustmentEvents.REQUEST_REVIEW_PASSED,
                AdjustmentEvents.REQUEST_RETURNED, AdjustmentEvents.REQUEST_APPROVED, AdjustmentEvents.REQUEST_REPORTED,
                AdjustmentEvents.REQUEST_CONFIRMED, AdjustmentEvents.REQUEST_SENT_BACK, AdjustmentEvents.REQUEST_PUBLISHED)) {
            resolve(t, step, ADJUSTMENT, CardKind.ADJUSTMENT_STEP, (cardStep, due, data) -> cardStep.equals(data.path("from").asText()));
        }
        // A changed law's obligation (R-LIST-10): no warning exists; a request naming the obligation fulfils it, also late.
        raise(t, AdjustmentEvents.OBLIGATION_MISSED, ADJUSTMENT, Effect.MISS, fixed(CardKind.LAW_CHANGE_OBLIGATION),
                data -> "apply", date("dueDate"), text("section"), null);
        resolve(t, AdjustmentEvents.OBLIGATION_FULFILLED, ADJUSTMENT, CardKind.LAW_CHANGE_OBLIGATION, (s, d, data) -> true);
        // Complaints (R-CMP-4): step accept or answer, due on "due"; no section before one is assigned.
        Function<JsonNode, CardKind> complaintKind = data -> "accept".equals(data.path("step").asText())
                ? CardKind.COMPLAINT_ACCEPT : CardKind.COMPLAINT_ANSWER;
        raise(t, ComplaintEvents.CASE_DEADLINE_WARNED, COMPLAINT, Effect.WARN, complaintKind, text("step"), date("due"),
                text("section"), OFFICE);
        raise(t, ComplaintEvents.CASE_DEADLINE_MISSED, COMPLAINT, Effect.MISS, complaintKind, text("step"), date("due"),
                text("section"), OFFICE);
        resolve(t, ComplaintEvents.CASE_ACCEPTED, COMPLAINT, CardKind.COMPLAINT_ACCEPT, (s, d, data) -> true);
        resolve(t, ComplaintEvents.CASE_NOT_ACCEPTED, COMPLAINT, CardKind.COMPLAINT_ACCEPT, (s, d, data) -> true);
        resolve(t, ComplaintEvents.CASE_ANSWERED, COMPLAINT, CardKind.COMPLAINT_ANSWER, (s, d, data) -> true);
        resolve(t, ComplaintEvents.CASE_CLOSED, COMPLAINT, CardKind.COMPLAINT_ANSWER, (s, d, data) -> true);
        // Disclosures (Art. 8): public within 7 working days of the decision; publishing or cancelling ends the duty.
        raise(t, DisclosureEvents.DEADLINE_WARNED, DISCLOSURE, Effect.WARN, fixed(CardKind.DISCLOSURE), data -> "publish",
                date("dueDate"), data -> null, LEGAL);
        raise(t, DisclosureEvents.DEADLINE_MISSED, DISCLOSURE, Effect.MISS, fixed(CardKind.DISCLOSURE), data -> "publish",
                date("dueDate"), data -> null, LEGAL);
        resolve(t, DisclosureEvents.DECISION_PUBLISHED, DISCLOSURE, CardKind.DISCLOSURE, (s, d, data) -> true);
        resolve(t, DisclosureEvents.DECISION_CANCELLED, DISCLOSURE, CardKind.DISCLOSURE, (s, d, data) -> true);
        // Officers' certificates (Art. 19): due on the last valid day; a renewal past it, or a change of status, ends it.
        raise(t, ListEvents.CERTIFICATE_EXPIRING, LIST, Effect.WARN, fixed(CardKind.OFFICER_CERTIFICATE), data -> "certificate",
                date("validTo"), data -> null, LEGAL);
        raise(t, ListEvents.CERTIFICATE_LAPSED, LIST, Effect.MISS, fixed(CardKind.OFFICER_CERTIFICATE), data -> "certificate",
                date("validTo"), data -> null, LEGAL);
        resolve(t, ListEvents.OFFICER_UPDATED, LIST, CardKind.OFFICER_CERTIFICATE, (s, due, data) -> {
            LocalDate validTo = date("validTo").apply(data);
            return validTo != null && validTo.isAfter(due);
        });
        resolve(t, ListEvents.OFFICER_STATUS_CHANGED, LIST, CardKind.OFFICER_CERTIFICATE, (s, d, data) -> true);
        TABLE = Collections.unmodifiableMap(t);
    }

    private CardRules() {
    }

    /** The rule for a trace type, if it has one. */
    public static Optional<Rule> forType(String type) {
        return Optional.ofNullable(TABLE.get(type));
    }

    /** Every rule, in table order. */
    public static List<Rule> all() {
        return List.copyOf(TABLE.values());
    }

    /** The trace types that raise cards (warned or missed). */
    public static Set<String> raisingTypes() {
        return TABLE.values().stream().filter(Rule::raises).map(Rule::type).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static void raise(Map<String, Rule> t, EventType<?> type, String source, Effect effect, Function<JsonNode, CardKind> kind,
                              Function<JsonNode, String> step, Function<JsonNode, LocalDate> due, Function<JsonNode, String> section,
                              String defaultSection) {
        put(t, new Rule(type.name(), source, effect, kind, step, due, section, defaultSection, null));
    }

    private static void resolve(Map<String, Rule> t, EventType<?> type, String source, CardKind kind, Completes completes) {
        put(t, new Rule(type.name(), source, Effect.RESOLVE, fixed(kind), data -> null, data -> null, data -> null, null, completes));
    }

    private static void put(Map<String, Rule> t, Rule rule) {
        if (t.put(rule.type(), rule) != null) {
            throw new IllegalStateException("two card rules for " + rule.type());
        }
    }

    private static Function<JsonNode, CardKind> fixed(CardKind kind) {
        return data -> kind;
    }

    /** A text field of the data; null when absent or empty. */
    static Function<JsonNode, String> text(String field) {
        return data -> {
            JsonNode v = data == null ? null : data.get(field);
            return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
        };
    }

    /** A date field (YYYY-MM-DD) of the data; null when absent or not a date. */
    static Function<JsonNode, LocalDate> date(String field) {
        Function<JsonNode, String> text = text(field);
        return data -> {
            String v = text.apply(data);
            try {
                return v == null ? null : LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                return null;
            }
        };
    }
}
