package cn.gov.huiji.fourlists.disclosure;

import cn.gov.huiji.fourlists.disclosure.messaging.CalendarNoticeConsumer;
import cn.gov.huiji.fourlists.disclosure.messaging.ListItemsConsumer;
import cn.gov.huiji.fourlists.disclosure.service.ItemProjection;
import cn.gov.huiji.fourlists.kernel.calendar.CalendarInForce;
import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.events.DeadLetterEvents;
import cn.gov.huiji.fourlists.kernel.events.ListEvents;
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

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * disclosure-service against the contract it consumes: list-service's declared item examples reach the item
 * projection a decision is checked against, adjustment-service's declared notice becomes the same calendar revision;
 * an unsigned or altered item event, or a record that is no event, goes to the dead letters, traced, and applies
 * nothing.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ConsumerContractTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    ItemProjection items;

    @Inject
    CalendarInForce calendars;

    static void await(String what, java.util.function.BooleanSupplier done) {
        for (int i = 0; i < 200 && !done.getAsBoolean(); i++) {
            DecisionsInTest.sleep();
        }
        if (!done.getAsBoolean()) {
            fail(what);
        }
    }

    Optional<Integer> versionOn(String code, LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> items.inForceOn(code, day).map(ItemProjection.ItemVersion::version));
    }

    @Test
    void theDeclaredItemExamplesAreHeldVersionByVersion() {
        var loaded = ListEvents.ITEM_LOADED.example();
        var adjusted = ListEvents.ITEM_ADJUSTED.example();
        connector.source(ListItemsConsumer.CHANNEL).send(EventExamples.signed(ListEvents.ITEM_LOADED, loaded.code(), 1));
        connector.source(ListItemsConsumer.CHANNEL).send(EventExamples.signed(ListEvents.ITEM_ADJUSTED, loaded.code(), 2));
        LocalDate afterAdjustment = adjusted.validFrom().toLocalDate().plusDays(1);
        await("version 2 of " + loaded.code() + " held", () -> versionOn(loaded.code(), afterAdjustment).equals(Optional.of(2)));
        assertEquals(Optional.of(1), versionOn(loaded.code(), loaded.validFrom().toLocalDate().plusDays(1)),
                "between the two, the first version was in force");
    }

    @Test
    void theDeclaredNoticeExampleIsHeldAsTheSameRevision() {
        var example = AdjustmentEvents.CALENDAR_NOTICE_LOADED.example();
        connector.source(CalendarNoticeConsumer.CHANNEL).send(EventExamples.signed(AdjustmentEvents.CALENDAR_NOTICE_LOADED, example.year(), 1));
        await("revision " + example.revision() + " held",
                () -> calendars.revisions().stream().anyMatch(r -> r.revision() == example.revision()));
        assertTrue(calendars.current().covers(example.year()), "the example's year is counted on its notice");
    }

    @Test
    void anUnsignedOrAlteredItemEventIsDeadLetteredAndAppliesNothing() {
        String subject = DeadLetterEvents.DISCLOSURE.subject("list-events");
        int before = OutboxProbe.entriesFor(subject).size();
        var example = ListEvents.ITEM_LOADED.example();
        String unsigned = "410108-AJ-CF-" + System.nanoTime() % 1000 + "1";
        String altered = "410108-AJ-CF-" + System.nanoTime() % 1000 + "2";
        String genuine = "410108-AJ-CF-" + System.nanoTime() % 1000 + "3";
        connector.source(ListItemsConsumer.CHANNEL).send(EventExamples.event(ListEvents.ITEM_LOADED, unsigned, 1, item(example, unsigned)));
        // signed for one item, then altered to name another: the signature no longer verifies
        connector.source(ListItemsConsumer.CHANNEL).send(EventExamples.signed(ListEvents.ITEM_LOADED, example.code(), 2)
                .replace("\"code\":\"" + example.code() + "\"", "\"code\":\"" + altered + "\""));
        connector.source(ListItemsConsumer.CHANNEL).send("not an event");
        connector.source(ListItemsConsumer.CHANNEL).send(EventExamples.signed(ListEvents.ITEM_LOADED, genuine, 3, item(example, genuine)));
        await("the signed event after the poison records applied", () -> known(genuine));
        assertFalse(known(unsigned), "an unsigned event publishes no item here");
        assertFalse(known(altered), "an altered event publishes no item here");
        assertEquals(before + 3, OutboxProbe.entriesFor(subject).size(), "each poison record is traced as dead-lettered");
    }

    boolean known(String code) {
        return QuarkusTransaction.requiringNew().call(() -> items.known(code));
    }

    static ListEvents.ItemVersionChanged item(ListEvents.ItemVersionChanged e, String code) {
        return new ListEvents.ItemVersionChanged(code, 1, e.list(), e.name(), e.category(), e.section(), e.legalBasis(),
                e.bodyCreditCode(), e.status(), e.validFrom(), null, null, e.citations());
    }
}
