package cn.gov.huiji.fourlists.audit.oversight.domain;

import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents;
import cn.gov.huiji.fourlists.kernel.events.DisclosureEvents;
import cn.gov.huiji.fourlists.kernel.events.EventCatalogue;
import cn.gov.huiji.fourlists.kernel.events.EventType;
import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The table of the 电子监察 cards (Art. 29, 31) reads the kernel's own payload records: each rule is checked on the
 * example the kernel declares for its event type, so a renamed field in the contract breaks here, not in production.
 */
class CardRulesTest {

    static JsonNode example(EventType<?> type) {
        return TraceEventCodec.parseTree(TraceEventCodec.toJson(type.example()));
    }

    static CardRules.Rule rule(EventType<?> type) {
        return CardRules.forType(type.name()).orElseThrow(() -> new AssertionError("no card rule for " + type.name()));
    }

    @Test
    void everyRuleIsForAnEventTypeOfTheContract() {
        for (CardRules.Rule r : CardRules.all()) {
            assertTrue(EventCatalogue.byName(r.type()).isPresent(), r.type() + " is no event type of the kernel's catalogue");
        }
    }

    @Test
    void everyDeadlineEventOfEveryServiceRaisesACard() {
        assertEquals(Set.of(AdjustmentEvents.DEADLINE_WARNED.name(), AdjustmentEvents.DEADLINE_MISSED.name(),
                        AdjustmentEvents.OBLIGATION_MISSED.name(), ComplaintEvents.CASE_DEADLINE_WARNED.name(),
                        ComplaintEvents.CASE_DEADLINE_MISSED.name(), DisclosureEvents.DEADLINE_WARNED.name(),
                        DisclosureEvents.DEADLINE_MISSED.name(), ListEvents.CERTIFICATE_EXPIRING.name(), ListEvents.CERTIFICATE_LAPSED.name()),
                CardRules.raisingTypes(), "the warned and missed deadlines of adjustments, obligations, complaints, disclosures and certificates");
        assertEquals(CardRules.Effect.WARN, rule(AdjustmentEvents.DEADLINE_WARNED).effect(), "a warning is a yellow card");
        assertEquals(CardRules.Effect.MISS, rule(AdjustmentEvents.DEADLINE_MISSED).effect(), "a missed step is a red card");
        assertEquals(CardRules.Effect.MISS, rule(AdjustmentEvents.OBLIGATION_MISSED).effect(), "an obligation has no warning: missed is red");
        assertEquals(CardRules.Effect.WARN, rule(ListEvents.CERTIFICATE_EXPIRING).effect(), "a certificate about to end is yellow");
        assertEquals(CardRules.Effect.MISS, rule(ListEvents.CERTIFICATE_LAPSED).effect(), "a lapsed certificate is red");
    }

    @Test
    void anAdjustmentDeadlineNamesTheStateAsStepItsDueDateAndSection() {
        CardRules.Rule r = rule(AdjustmentEvents.DEADLINE_WARNED);
        JsonNode data = example(AdjustmentEvents.DEADLINE_WARNED);
        assertEquals("adjustment-service", r.source());
        assertEquals(CardKind.ADJUSTMENT_STEP, r.kind().apply(data));
        assertEquals("SUBMITTED", r.step().apply(data), "the step is the state the request stands in");
        assertEquals(LocalDate.parse("2026-11-24"), r.due().apply(data));
        assertEquals("hazchem", r.section().apply(data));
    }

    @Test
    void anAdjustmentStepIsCompletedOnlyByTheNextStepTakenFromThatState() {
        CardRules.Rule passed = rule(AdjustmentEvents.REQUEST_REVIEW_PASSED);
        JsonNode fromSubmitted = example(AdjustmentEvents.REQUEST_REVIEW_PASSED);
        assertTrue(passed.completes().test("SUBMITTED", LocalDate.parse("2026-11-24"), fromSubmitted),
                "the review passed from SUBMITTED completes the SUBMITTED step");
        assertFalse(passed.completes().test("DRAFT", LocalDate.parse("2026-11-24"), fromSubmitted),
                "it does not complete a DRAFT step");
        assertEquals(CardKind.ADJUSTMENT_STEP, passed.kind().apply(fromSubmitted));
    }

    @Test
    void aComplaintDeadlineIsAnAcceptanceOrAnAnswerAndMayNameNoSection() {
        CardRules.Rule r = rule(ComplaintEvents.CASE_DEADLINE_MISSED);
        JsonNode answer = example(ComplaintEvents.CASE_DEADLINE_MISSED);
        assertEquals(CardKind.COMPLAINT_ANSWER, r.kind().apply(answer));
        assertEquals("answer", r.step().apply(answer));
        assertEquals(LocalDate.parse("2027-01-19"), r.due().apply(answer));
        assertNull(r.section().apply(answer), "the example case has no section yet");
        assertEquals("office", r.defaultSection(), "a case that names no section is the office's (its handlers accept)");
        JsonNode accept = TraceEventCodec.parseTree(TraceEventCodec.toJson(ComplaintEvents.CaseChanged.of("TS-2026-000001",
                "COMPLAINT", "RECEIVED", null).withDue("accept", LocalDate.parse("2026-11-27"))));
        assertEquals(CardKind.COMPLAINT_ACCEPT, r.kind().apply(accept));
        assertEquals(CardKind.COMPLAINT_ACCEPT, rule(ComplaintEvents.CASE_ACCEPTED).kind().apply(example(ComplaintEvents.CASE_ACCEPTED)),
                "accepting completes the acceptance");
        assertEquals(CardKind.COMPLAINT_ACCEPT, rule(ComplaintEvents.CASE_NOT_ACCEPTED).kind().apply(example(ComplaintEvents.CASE_NOT_ACCEPTED)),
                "not accepting, with a reason, completes it too");
        assertEquals(CardKind.COMPLAINT_ANSWER, rule(ComplaintEvents.CASE_ANSWERED).kind().apply(example(ComplaintEvents.CASE_ANSWERED)));
        assertEquals(CardKind.COMPLAINT_ANSWER, rule(ComplaintEvents.CASE_CLOSED).kind().apply(example(ComplaintEvents.CASE_CLOSED)));
    }

    @Test
    void aDisclosureIsDueOnItsDueDateAndIsTheLegalSectionsUnlessSomeoneElseActed() {
        CardRules.Rule r = rule(DisclosureEvents.DEADLINE_WARNED);
        JsonNode data = example(DisclosureEvents.DEADLINE_WARNED);
        assertEquals(CardKind.DISCLOSURE, r.kind().apply(data));
        assertEquals("publish", r.step().apply(data));
        assertEquals(LocalDate.parse("2025-10-16"), r.due().apply(data));
        assertNull(r.section().apply(data), "a decision names no section of the bureau");
        assertEquals("legal", r.defaultSection());
        assertEquals(CardKind.DISCLOSURE, rule(DisclosureEvents.DECISION_PUBLISHED).kind().apply(example(DisclosureEvents.DECISION_PUBLISHED)));
        assertEquals(CardKind.DISCLOSURE, rule(DisclosureEvents.DECISION_CANCELLED).kind().apply(example(DisclosureEvents.DECISION_CANCELLED)));
    }

    @Test
    void aCertificateIsDueOnItsLastValidDayAndOnlyALaterOneResolvesIt() {
        CardRules.Rule r = rule(ListEvents.CERTIFICATE_EXPIRING);
        JsonNode data = example(ListEvents.CERTIFICATE_EXPIRING);
        assertEquals(CardKind.OFFICER_CERTIFICATE, r.kind().apply(data));
        assertEquals(LocalDate.parse("2027-06-30"), r.due().apply(data));
        assertEquals("legal", r.defaultSection(), "the legal section keeps the register of officers");
        CardRules.Rule updated = rule(ListEvents.OFFICER_UPDATED);
        JsonNode renewed = example(ListEvents.OFFICER_UPDATED); // valid to 2029-06-30
        assertTrue(updated.completes().test("certificate", LocalDate.parse("2027-06-30"), renewed), "a renewal past the due date resolves");
        assertFalse(updated.completes().test("certificate", LocalDate.parse("2029-06-30"), renewed),
                "an update that leaves the last valid day where it was does not");
        assertTrue(rule(ListEvents.OFFICER_STATUS_CHANGED).completes().test("certificate", LocalDate.parse("2027-06-30"),
                example(ListEvents.OFFICER_STATUS_CHANGED)), "a revocation or suspension ends the matter");
    }

    @Test
    void aMissedObligationIsTheSectionsAndItsFulfilmentResolvesIt() {
        CardRules.Rule r = rule(AdjustmentEvents.OBLIGATION_MISSED);
        JsonNode data = example(AdjustmentEvents.OBLIGATION_MISSED);
        assertEquals(CardKind.LAW_CHANGE_OBLIGATION, r.kind().apply(data));
        assertEquals(LocalDate.parse("2026-11-25"), r.due().apply(data));
        assertEquals("enforcement-brigade", r.section().apply(data));
        assertTrue(rule(AdjustmentEvents.OBLIGATION_FULFILLED).completes().test("apply", LocalDate.parse("2026-11-25"),
                example(AdjustmentEvents.OBLIGATION_FULFILLED)));
    }

    @Test
    void malformedDataGivesNoStepNorDueDate() {
        CardRules.Rule r = rule(AdjustmentEvents.DEADLINE_MISSED);
        JsonNode junk = TraceEventCodec.parseTree("{\"state\": \"\", \"dueDate\": \"next week\"}");
        assertNull(r.step().apply(junk));
        assertNull(r.due().apply(junk));
        assertEquals(List.of(), CardDerivation.derive(List.of(new StoredTrace(1, UUID.randomUUID(), r.type(), "request/x",
                java.time.OffsetDateTime.parse("2026-11-25T01:00:00Z"), "system", null, junk, null)),
                cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar.shipped("t"), LocalDate.parse("2026-12-01")),
                "a trace that names no step or due date raises no card");
    }
}
