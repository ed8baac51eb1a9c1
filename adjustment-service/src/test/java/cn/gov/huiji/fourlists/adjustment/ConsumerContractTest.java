package cn.gov.huiji.fourlists.adjustment;

import cn.gov.huiji.fourlists.adjustment.messaging.ListEventsConsumer;
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
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * adjustment-service against the contract it consumes: list-service's declared examples of a loaded and an adjusted
 * item reach the projection that law changes search (R-LIST-10); a poison record is dead-lettered and traced, and the
 * next event is applied.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ConsumerContractTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager em;

    List<?> projected(String code) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select name, section_code, legal_basis, status, cast(cited_laws as text) from item_projection where code = ?1")
                .setParameter(1, code).getResultList());
    }

    void awaitProjected(String code) {
        for (int i = 0; i < 200 && projected(code).isEmpty(); i++) {
            sleep();
        }
        if (projected(code).isEmpty()) {
            fail(code + " never reached the projection");
        }
    }

    @Test
    void theDeclaredItemExamplesReachTheProjection() {
        var loaded = ListEvents.ITEM_LOADED.example();
        connector.source(ListEventsConsumer.CHANNEL).send(EventExamples.signed(ListEvents.ITEM_LOADED, loaded.code(), 1));
        awaitProjected(loaded.code());
        Object[] row = (Object[]) projected(loaded.code()).get(0);
        assertEquals(loaded.name(), row[0]);
        assertEquals(loaded.section(), row[1]);
        assertEquals(loaded.legalBasis(), row[2]);
        var cited = cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec.parseTree((String) row[4]);
        assertEquals(1, cited.size(), "law changes find items by the laws they cite: " + cited);
        assertEquals(loaded.citations().get(0).title(), cited.get(0).path("title").asText());
        assertEquals(loaded.citations().get(0).version(), cited.get(0).path("version").asText());
        connector.source(ListEventsConsumer.CHANNEL).send(EventExamples.signed(ListEvents.ITEM_ADJUSTED, loaded.code(), 2));
        String adjusted = ListEvents.ITEM_ADJUSTED.example().status();
        for (int i = 0; i < 200 && !adjusted.equals(((Object[]) projected(loaded.code()).get(0))[3]); i++) {
            sleep();
        }
        assertEquals(adjusted, ((Object[]) projected(loaded.code()).get(0))[3]);
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndTracedAndTheNextEventApplies() {
        String subject = DeadLetterEvents.ADJUSTMENT.subject("list-events");
        int before = OutboxProbe.entriesFor(subject).size();
        connector.source(ListEventsConsumer.CHANNEL).send("<xml/>");
        connector.source(ListEventsConsumer.CHANNEL).send("{\"specversion\":\"1.0\"}");
        var example = ListEvents.ITEM_LOADED.example();
        connector.source(ListEventsConsumer.CHANNEL).send(EventExamples.signed(ListEvents.ITEM_LOADED, "x", 3)
                .replace("\"section\":\"" + example.section() + "\"", "\"section\":null"));
        String code = "410108-AJ-DLQ-" + System.nanoTime() % 100000;
        connector.source(ListEventsConsumer.CHANNEL).send(EventExamples.signed(ListEvents.ITEM_LOADED, code, 4,
                new ListEvents.ItemVersionChanged(code, 1, "POWER", "事项" + code, "行政检查", "hazchem", "《中华人民共和国消防法》第十六条",
                        null, "PUBLISHED", example.validFrom(), null, null, null)));
        awaitProjected(code);
        assertEquals(before + 3, OutboxProbe.entriesFor(subject).size(), "each poison record is traced as dead-lettered");
    }

    static void sleep() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
