package cn.gov.huiji.fourlists.complaint;

import cn.gov.huiji.fourlists.complaint.messaging.CalendarNoticeConsumer;
import cn.gov.huiji.fourlists.kernel.calendar.CalendarInForce;
import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.events.DeadLetterEvents;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.EventExamples;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * complaint-service against the contract it consumes: adjustment-service's declared example of a loaded holiday notice
 * becomes the same revision here; a record that is no event goes to the dead letters, traced, and the next one applies.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ConsumerContractTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    CalendarInForce calendars;

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
}
