package cn.gov.huiji.fourlists.complaint;

import cn.gov.huiji.fourlists.complaint.messaging.CalendarNoticeConsumer;
import cn.gov.huiji.fourlists.complaint.messaging.OfficerEventsConsumer;
import cn.gov.huiji.fourlists.complaint.service.OfficerProjection;
import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.calendar.CalendarInForce;
import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.events.DeadLetterEvents;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.EventExamples;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * complaint-service against the contract it consumes: adjustment-service's declared example of a loaded holiday notice
 * becomes the same revision here, list-service's declared officer examples reach the officer projection; a record that
 * is no event, or an event its producer did not sign, goes to the dead letters, traced, and the next one applies.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ConsumerContractTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    CalendarInForce calendars;

    @Inject
    OfficerProjection officers;

    boolean held(long revision) {
        return calendars.revisions().stream().anyMatch(r -> r.revision() == revision);
    }

    void await(String what, java.util.function.BooleanSupplier done) {
        for (int i = 0; i < 200 && !done.getAsBoolean(); i++) {
            OneCalendarTest.sleep();
        }
        if (!done.getAsBoolean()) {
            fail(what);
        }
    }

    @Test
    void theDeclaredNoticeExampleIsHeldAsTheSameRevision() {
        var example = AdjustmentEvents.CALENDAR_NOTICE_LOADED.example();
        connector.source(CalendarNoticeConsumer.CHANNEL).send(EventExamples.signed(AdjustmentEvents.CALENDAR_NOTICE_LOADED, example.year(), 1));
        await("revision " + example.revision() + " held", () -> held(example.revision()));
        assertTrue(calendars.current().covers(example.year()), "the example's year is counted on its notice");
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndTracedAndTheNextNoticeApplies() {
        String subject = DeadLetterEvents.COMPLAINT.subject("adjustment-events");
        int before = OutboxProbe.entriesFor(subject).size();
        var type = AdjustmentEvents.CALENDAR_NOTICE_LOADED;
        connector.source(CalendarNoticeConsumer.CHANNEL).send("]");
        connector.source(CalendarNoticeConsumer.CHANNEL).send(EventExamples.signed(type, 2031, 2).replace("\"2030-01-01\"", "\"2030-13-45\""));
        var valid = new cn.gov.huiji.fourlists.kernel.calendar.NoticeLoaded(2031, "（测试）", 2, "cal-r2",
                new cn.gov.huiji.fourlists.kernel.calendar.HolidayNotice(2031, "（测试）", java.util.List.of(), java.util.List.of()),
                type.example().loadedAt());
        connector.source(CalendarNoticeConsumer.CHANNEL).send(EventExamples.signed(type, 2031, 3, valid));
        await("revision 2 held after the poison records", () -> held(2));
        assertEquals(before + 2, OutboxProbe.entriesFor(subject).size(), "each poison record is traced as dead-lettered");
    }

    @Test
    void theDeclaredOfficerExamplesReachTheProjectionInTheirOrder() {
        var registered = ListEvents.OFFICER_REGISTERED.example();
        String certificate = registered.certificateNo();
        connector.source(OfficerEventsConsumer.CHANNEL).send(EventExamples.signed(ListEvents.OFFICER_REGISTERED, certificate, 1));
        await("certificate " + certificate + " projected", () -> known(certificate));
        assertEquals(java.util.Optional.of(registered.status()), statusOf(certificate));
        connector.source(OfficerEventsConsumer.CHANNEL).send(EventExamples.signed(ListEvents.OFFICER_UPDATED, certificate, 2));
        connector.source(OfficerEventsConsumer.CHANNEL).send(EventExamples.signed(ListEvents.OFFICER_STATUS_CHANGED, certificate, 3));
        String suspended = ListEvents.OFFICER_STATUS_CHANGED.example().status();
        await("the certificate's status changed to " + suspended, () -> statusOf(certificate).equals(java.util.Optional.of(suspended)));
    }

    @Test
    void anUnsignedOrForgedOfficerEventIsDeadLetteredAndAppliesNothing() {
        String subject = DeadLetterEvents.COMPLAINT.subject("list-events");
        int before = OutboxProbe.entriesFor(subject).size();
        var example = ListEvents.OFFICER_REGISTERED.example();
        String unsigned = "41010816" + System.nanoTime() % 1000 + "1";
        String forged = "41010816" + System.nanoTime() % 1000 + "2";
        String genuine = "41010816" + System.nanoTime() % 1000 + "3";
        connector.source(OfficerEventsConsumer.CHANNEL).send(EventExamples.event(ListEvents.OFFICER_REGISTERED, unsigned, 1, officer(example, unsigned)));
        // signed for one certificate, then altered to register another: the signature no longer verifies
        connector.source(OfficerEventsConsumer.CHANNEL).send(EventExamples.signed(ListEvents.OFFICER_REGISTERED, example.certificateNo(), 2)
                .replace("\"certificateNo\":\"" + example.certificateNo() + "\"", "\"certificateNo\":\"" + forged + "\""));
        connector.source(OfficerEventsConsumer.CHANNEL).send("not an event");
        connector.source(OfficerEventsConsumer.CHANNEL).send(EventExamples.signed(ListEvents.OFFICER_REGISTERED, genuine, 3, officer(example, genuine)));
        await("the signed event after the poison records applied", () -> known(genuine));
        assertFalse(known(unsigned), "an unsigned event registers no officer");
        assertFalse(known(forged), "an altered event registers no officer");
        assertEquals(before + 3, OutboxProbe.entriesFor(subject).size(), "each poison record is traced as dead-lettered");
    }

    boolean known(String certificate) {
        return QuarkusTransaction.requiringNew().call(() -> officers.exists(certificate));
    }

    java.util.Optional<String> statusOf(String certificate) {
        return QuarkusTransaction.requiringNew().call(() -> officers.status(certificate));
    }

    static ListEvents.OfficerChanged officer(ListEvents.OfficerChanged example, String certificate) {
        return new ListEvents.OfficerChanged(certificate, example.name(), example.unitCreditCode(), example.category(), example.area(),
                example.issuingAuthority(), example.validFrom(), example.validTo(), example.status(), example.statusDate(), null);
    }
}
