package cn.gov.huiji.fourlists.audit.oversight.domain;

import cn.gov.huiji.fourlists.kernel.calendar.HolidayNotice;
import cn.gov.huiji.fourlists.kernel.calendar.NoticeLoaded;
import cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar;
import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents.RequestDeadline;
import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents.RequestStepTaken;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents.CaseChanged;
import cn.gov.huiji.fourlists.kernel.events.DisclosureEvents;
import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cards derived from traces alone (Art. 29, 31), without a database: what each story of traces gives. */
class CardDerivationTest {

    static final WorkingDayCalendar SHIPPED = WorkingDayCalendar.shipped("shipped");
    static final UUID REQUEST = UUID.fromString("3f1c2a9e-5b7d-4c1e-9a0b-2d6e8f4a1c37");

    static RequestDeadline deadline(String state, String due, String day) {
        return new RequestDeadline(REQUEST, state, "hazchem", LocalDate.parse(due), "cal-r0", LocalDate.parse(day));
    }

    static RequestStepTaken step(String action, String from, String to) {
        return new RequestStepTaken(REQUEST, action, from, to, "hazchem", "MODIFY", "410108-AJ-CF-001", null, null, false, null);
    }

    static Card only(List<Card> cards) {
        assertEquals(1, cards.size(), "exactly one card expected: " + cards);
        return cards.get(0);
    }

    @Test
    void aWarnedStepDoneInTimeIsAYellowCardResolvedWhenItWasDone() {
        List<StoredTrace> traces = new Traces("2026-11-20T01:00:00Z")
                .add(AdjustmentEvents.REQUEST_DRAFTED, REQUEST, AdjustmentEvents.REQUEST_DRAFTED.example(), "clerk", "hazchem")
                .add(AdjustmentEvents.REQUEST_SUBMITTED, REQUEST, step("SUBMIT", "DRAFT", "SUBMITTED"), "clerk", "hazchem")
                .at("2026-11-23T00:05:00Z", AdjustmentEvents.DEADLINE_WARNED, REQUEST, deadline("SUBMITTED", "2026-11-24", "2026-11-23"),
                        "system", null)
                .at("2026-11-24T03:00:00Z", AdjustmentEvents.REQUEST_REVIEW_PASSED, REQUEST, step("PASS_REVIEW", "SUBMITTED", "STUDY"),
                        "legal", "legal")
                .list();
        Card card = only(CardDerivation.derive(traces, SHIPPED, LocalDate.parse("2026-12-01")));
        assertEquals(CardColor.YELLOW, card.color());
        assertEquals(CardKind.ADJUSTMENT_STEP, card.kind());
        assertEquals("SUBMITTED", card.step());
        assertEquals("hazchem", card.section(), "the section the event names");
        assertEquals("clerk", card.person(), "the last staff member to act before the warning");
        assertEquals(OffsetDateTime.parse("2026-11-23T00:05:00Z"), card.warnedAt());
        assertNull(card.missedAt());
        assertNull(card.workingDaysLate(), "only a red card is late");
        assertEquals(OffsetDateTime.parse("2026-11-24T03:00:00Z"), card.resolvedAt(), "done when the legal section passed the review");
        assertEquals(List.of(AdjustmentEvents.DEADLINE_WARNED.name(), AdjustmentEvents.REQUEST_REVIEW_PASSED.name()),
                card.traces().stream().map(Card.Trace::type).toList(), "the warning, then the trace that resolved it");
        assertEquals(traces.get(2).leafIndex(), card.traces().get(0).leafIndex(), "each trace says where it sits in the log");
    }

    @Test
    void aMissedStepIsOneRedCardWithItsWarningCountedLateAcrossNationalDay() throws Exception {
        // due Wednesday 30 September 2026; 1–7 October are days off, 8 and 9 October working days
        List<StoredTrace> traces = new Traces("2026-09-20T01:00:00Z")
                .add(AdjustmentEvents.REQUEST_DRAFTED, REQUEST, AdjustmentEvents.REQUEST_DRAFTED.example(), "clerk", "hazchem")
                .at("2026-09-29T00:05:00Z", AdjustmentEvents.DEADLINE_WARNED, REQUEST, deadline("DRAFT", "2026-09-30", "2026-09-29"), "system", null)
                .at("2026-10-01T00:05:00Z", AdjustmentEvents.DEADLINE_MISSED, REQUEST, deadline("DRAFT", "2026-09-30", "2026-10-01"), "system", null)
                .at("2026-10-09T02:00:00Z", AdjustmentEvents.REQUEST_SUBMITTED, REQUEST, step("SUBMIT", "DRAFT", "SUBMITTED"), "clerk", "hazchem")
                .list();
        Card card = only(CardDerivation.derive(traces, SHIPPED, LocalDate.parse("2026-12-01")));
        assertEquals(CardColor.RED, card.color(), "warned and missed: one card, red");
        assertEquals(OffsetDateTime.parse("2026-09-29T00:05:00Z"), card.warnedAt());
        assertEquals(OffsetDateTime.parse("2026-10-01T00:05:00Z"), card.missedAt());
        assertEquals(2, card.workingDaysLate(), "8 and 9 October: the National Day holiday is not counted (7 weekdays would be)");
        assertEquals(OffsetDateTime.parse("2026-10-09T02:00:00Z"), card.resolvedAt());
        String expectedId = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                ("adjustment-service|request/" + REQUEST + "|DRAFT|2026-09-30").getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        assertEquals(expectedId, card.id(), "the id is SHA-256 of source|subject|step|dueDate, first 16 hex digits");
        assertEquals(3, card.traces().size(), "warning, overdue flag, and the submission that resolved it");
    }

    @Test
    void anUnresolvedRedCardIsLateUntilTodayAndAnotherStepIsAnotherCard() {
        List<StoredTrace> traces = new Traces("2026-11-02T01:00:00Z")
                .at("2026-11-05T00:05:00Z", AdjustmentEvents.DEADLINE_MISSED, REQUEST, deadline("SUBMITTED", "2026-11-04", "2026-11-05"), "system", null)
                .at("2026-11-06T00:05:00Z", AdjustmentEvents.REQUEST_RETURNED, REQUEST, step("RETURN", "SUBMITTED", "RETURNED"), "legal", "legal")
                .at("2026-11-10T00:05:00Z", AdjustmentEvents.DEADLINE_MISSED, REQUEST, deadline("RETURNED", "2026-11-09", "2026-11-10"), "system", null)
                .list();
        List<Card> cards = CardDerivation.derive(traces, SHIPPED, LocalDate.parse("2026-11-16"));
        assertEquals(2, cards.size(), "the review and the resubmission are two duties");
        Card open = cards.get(0);
        assertEquals("RETURNED", open.step(), "latest due date first");
        assertNull(open.resolvedAt());
        assertEquals(5, open.workingDaysLate(), "10, 11, 12, 13 and 16 November up to today");
        assertEquals(OffsetDateTime.parse("2026-11-06T00:05:00Z"), cards.get(1).resolvedAt(), "the return completed the review");
        assertEquals(2, cards.get(1).workingDaysLate(), "5 and 6 November, the day it was returned");
    }

    @Test
    void aCardNamesTheSectionOfTheLastStaffMemberWhenTheEventNamesNoneElseTheLawsDefault() {
        UUID decision = UUID.randomUUID();
        DisclosureEvents.DecisionChanged received = DisclosureEvents.DEADLINE_WARNED.example();
        List<StoredTrace> handled = new Traces("2025-10-01T01:00:00Z")
                .add(DisclosureEvents.DECISION_RECEIVED, decision, received, "wang", "enforcement-brigade")
                .add(DisclosureEvents.DEADLINE_WARNED, decision, received, "system", null)
                .list();
        Card card = only(CardDerivation.derive(handled, SHIPPED, LocalDate.parse("2025-10-20")));
        assertEquals("enforcement-brigade", card.section(), "the section of the last staff member who acted on the decision");
        assertEquals("wang", card.person());
        assertEquals(CardColor.YELLOW, card.color());

        List<StoredTrace> untouched = new Traces("2025-10-01T01:00:00Z")
                .add(DisclosureEvents.DEADLINE_MISSED, UUID.randomUUID(), received, "system", null)
                .list();
        Card legal = only(CardDerivation.derive(untouched, SHIPPED, LocalDate.parse("2025-10-20")));
        assertEquals("legal", legal.section(), "no one acted: a disclosure is the legal section's");
        assertNull(legal.person(), "no one to name");

        String caseNo = "TS-2026-000777";
        List<StoredTrace> complaint = new Traces("2026-11-20T01:00:00Z")
                .add(ComplaintEvents.CASE_RECEIVED, caseNo, CaseChanged.of(caseNo, "COMPLAINT", "RECEIVED", null).withChannel("ONLINE"),
                        "anonymous", null)
                .add(ComplaintEvents.CASE_DEADLINE_WARNED, caseNo, CaseChanged.of(caseNo, "COMPLAINT", "RECEIVED", null)
                        .withDue("accept", LocalDate.parse("2026-11-23")), "system", null)
                .add(ComplaintEvents.CASE_ACCEPTED, caseNo, CaseChanged.of(caseNo, "COMPLAINT", "ACCEPTED", null), "handler", "office")
                .list();
        Card accept = only(CardDerivation.derive(complaint, SHIPPED, LocalDate.parse("2026-12-01")));
        assertEquals(CardKind.COMPLAINT_ACCEPT, accept.kind());
        assertEquals("office", accept.section(), "the public is no person: an acceptance is the office's");
        assertNull(accept.person(), "the submitter is never named");
        assertEquals(OffsetDateTime.parse("2026-11-20T04:00:00Z"), accept.resolvedAt());
    }

    @Test
    void anAnswerIsNotResolvedByAnAcceptanceNorACertificateByAnUpdateThatDoesNotRenewIt() {
        String caseNo = "TS-2026-000778";
        CaseChanged assigned = CaseChanged.of(caseNo, "COMPLAINT", "ASSIGNED", "hazchem");
        ListEvents.OfficerChanged officer = ListEvents.OFFICER_UPDATED.example();
        List<StoredTrace> traces = new Traces("2026-11-20T01:00:00Z")
                .add(ComplaintEvents.CASE_DEADLINE_MISSED, caseNo, assigned.withDue("answer", LocalDate.parse("2026-11-25")), "system", null)
                .add(ComplaintEvents.CASE_ACCEPTED, caseNo, assigned, "handler", "office")
                .add(ListEvents.CERTIFICATE_EXPIRING, "41010816001", new ListEvents.CertificateExpiry("41010816001", "张明",
                        officer.unitCreditCode(), LocalDate.parse("2029-06-30"), 30), "system", null)
                .add(ListEvents.OFFICER_UPDATED, "41010816001", officer, "legal", "legal") // still valid to 2029-06-30
                .list();
        List<Card> cards = CardDerivation.derive(traces, SHIPPED, LocalDate.parse("2026-11-27"));
        assertEquals(2, cards.size());
        Card certificate = cards.get(0);
        assertEquals(CardKind.OFFICER_CERTIFICATE, certificate.kind());
        assertNull(certificate.resolvedAt(), "the update did not move the last valid day");
        assertEquals("legal", certificate.section());
        Card answer = cards.get(1);
        assertEquals(CardKind.COMPLAINT_ANSWER, answer.kind());
        assertEquals("hazchem", answer.section(), "the assigned section, as the event names it");
        assertNull(answer.resolvedAt(), "accepting the case is not answering it");
        assertEquals(2, answer.workingDaysLate(), "26 and 27 November");
    }

    @Test
    void theCalendarIsTheShippedOneAsTheNoticeTracesCorrectIt() {
        HolidayNotice first = new HolidayNotice(2026, "一号通知", List.of(), List.of());
        HolidayNotice corrected = new HolidayNotice(2026, "更正通知",
                List.of(List.of(LocalDate.parse("2026-11-25"), LocalDate.parse("2026-11-27"))), List.of());
        List<StoredTrace> notices = new Traces("2026-11-01T01:00:00Z")
                .add(AdjustmentEvents.CALENDAR_NOTICE_LOADED, 2026, new NoticeLoaded(2026, "更正通知", 8, "cal-r8", corrected,
                        OffsetDateTime.parse("2026-11-01T02:00:00Z")), "legal", "legal")
                .at("2026-10-01T01:00:00Z", AdjustmentEvents.CALENDAR_NOTICE_LOADED, 2026, new NoticeLoaded(2026, "一号通知", 7, "cal-r7",
                        first, OffsetDateTime.parse("2026-10-01T02:00:00Z")), "legal", "legal")
                .list();
        WorkingDayCalendar calendar = TraceCalendar.of(notices);
        assertEquals("cal-r8", calendar.version(), "the latest notice for a year wins, whatever order the traces are read in");
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2026-11-26")), "the corrected notice's day off");
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2026-10-05")),
                "the loaded notices replace the shipped 2026 notice, which gave 1–7 October off");
        assertTrue(calendar.covers(2025), "the shipped notices of other years stay");
        assertEquals(1, CardDerivation.workingDaysLate(calendar, LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-30")),
                "only Monday 30 November is a working day after the 24th on the corrected calendar (25–27 off, 28–29 weekend)");
        assertNull(CardDerivation.workingDaysLate(calendar, LocalDate.parse("2026-12-30"), LocalDate.parse("2031-01-05")),
                "no count where no notice covers the days");
    }

    @Test
    void theSummaryCountsCardsPerMonthOfTheDueDateAndSection() {
        Card yellowNov = card("a", CardColor.YELLOW, "hazchem", "2026-11-03", true);
        Card redNov = card("b", CardColor.RED, "hazchem", "2026-11-30", false);
        Card redDec = card("c", CardColor.RED, "hazchem", "2026-12-01", true);
        Card other = card("d", CardColor.YELLOW, "legal", "2026-11-10", false);
        assertEquals(List.of(new CardSummary.Row("2026-11", "hazchem", 1, 1, 1), new CardSummary.Row("2026-11", "legal", 1, 0, 0),
                new CardSummary.Row("2026-12", "hazchem", 0, 1, 1)), CardSummary.of(List.of(redDec, yellowNov, other, redNov)));
    }

    static Card card(String subject, CardColor color, String section, String due, boolean resolved) {
        return new Card(subject, color, "adjustment-service", CardKind.ADJUSTMENT_STEP, subject, "DRAFT", section, null,
                LocalDate.parse(due), null, null, null, resolved ? OffsetDateTime.parse(due + "T00:00:00Z") : null, List.of());
    }
}
