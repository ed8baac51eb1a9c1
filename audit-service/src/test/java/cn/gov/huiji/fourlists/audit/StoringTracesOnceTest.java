package cn.gov.huiji.fourlists.audit;

import cn.gov.huiji.fourlists.kernel.events.DeadLetterEvents;
import cn.gov.huiji.fourlists.audit.messaging.TraceIngestor;
import cn.gov.huiji.fourlists.audit.service.TraceStore;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** R-AUD-1, R-AUD-3, R-AUD-4: every trace is stored exactly once and can be found by the discipline group. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class StoringTracesOnceTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager em;

    @Inject
    cn.gov.huiji.fourlists.audit.service.TraceStore store;

    /** An event as its source's relay publishes it: of a type that source records, signed with its key (issue 13). */
    static String event(String id, String source, long sequence, String subject) {
        String type = source.equals("fourlists/complaint-service") ? cn.gov.huiji.fourlists.kernel.events.ComplaintEvents.CHANNELS_UPDATED.name()
                : cn.gov.huiji.fourlists.kernel.events.ListEvents.ITEM_LOADED.name();
        return cn.gov.huiji.fourlists.kernel.testing.SignedEvents.sign(TraceEventCodec.write(new TraceEvent("1.0", id, source, type, subject,
                OffsetDateTime.of(2026, 11, 26, 2, 0, 0, 0, ZoneOffset.UTC), "application/json", sequence, "legal", "legal",
                "legal", TraceEventCodec.digest("{}"), TraceEventCodec.parseTree("{\"code\":\"1\"}"))));
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    static void await(String what, LongSupplier actual, long expected) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (actual.getAsLong() == expected) {
                return;
            }
            Thread.sleep(50);
        }
        fail(what + ": expected " + expected + " but was " + actual.getAsLong());
    }

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void aRedeliveredEventIsStoredOnceAndFoundBySubject() throws InterruptedException {
        String id = UUID.randomUUID().toString();
        String payload = event(id, "fourlists/list-service", 1001, "item/redelivered");
        connector.source(TraceIngestor.CHANNEL).send(List.of(payload));
        connector.source(TraceIngestor.CHANNEL).send(List.of(payload));
        await("stored traces for the subject", () -> count("select count(*) from trace_entry where subject = 'item/redelivered'"), 1);
        Thread.sleep(300); // give a wrongly stored second copy the chance to appear
        assertEquals(1, count("select count(*) from trace_entry where subject = 'item/redelivered'"),
                "a redelivered event must be stored exactly once");
        given().queryParam("subject", "item/redelivered").get("/api/v1/traces").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].eventId", equalTo(id))
                .body("items[0].actor.userId", equalTo("legal")).body("items[0].data.code", equalTo("1"));
    }

    /** Issue 13: what its source did not sign never enters the log; it is dead-lettered with a trace. */
    @Test
    void anUnsignedOrTamperedEventIsDeadLetteredAndNeverStored() throws InterruptedException {
        long deadLettered = count("select count(*) from outbox_entry where type = '" + DeadLetterEvents.AUDIT.name() + "'");
        String genuine = event(UUID.randomUUID().toString(), "fourlists/list-service", 3001, "item/forged-1");
        com.fasterxml.jackson.databind.node.ObjectNode unsigned = (com.fasterxml.jackson.databind.node.ObjectNode) TraceEventCodec.parseTree(
                event(UUID.randomUUID().toString(), "fourlists/list-service", 3002, "item/forged-2"));
        unsigned.remove("signature");
        connector.source(TraceIngestor.CHANNEL).send(List.of(genuine.replace("item/forged-1", "item/forged-3"), unsigned.toString()));
        connector.source(TraceIngestor.CHANNEL).send(List.of(genuine));
        await("the genuine event after the forged ones", () -> count("select count(*) from trace_entry where subject = 'item/forged-1'"), 1);
        assertEquals(0, count("select count(*) from trace_entry where subject in ('item/forged-2', 'item/forged-3')"),
                "no unsigned or tampered event is stored");
        assertEquals(deadLettered + 2, count("select count(*) from outbox_entry where type = '" + DeadLetterEvents.AUDIT.name() + "'"),
                "each forged record is dead-lettered with a trace");
    }

    @Test
    void unreadableAndConflictingEventsAreKeptAsRejectedAndDoNotStopTheConsumer() throws InterruptedException {
        long rejected = count("select count(*) from rejected_event");
        long deadLettered = count("select count(*) from outbox_entry where type = '" + DeadLetterEvents.AUDIT.name() + "'");
        connector.source(TraceIngestor.CHANNEL).send(List.of("{not json"));
        // A well-formed CloudEvent whose id is not a UUID once stopped the whole ingestion: now it is set aside.
        connector.source(TraceIngestor.CHANNEL).send(List.of(event("not-a-uuid", "fourlists/complaint-service", 6, "channels")));
        connector.source(TraceIngestor.CHANNEL).send(List.of(event(UUID.randomUUID().toString(), "fourlists/complaint-service", 7, "channels")));
        connector.source(TraceIngestor.CHANNEL).send(List.of(event(UUID.randomUUID().toString(), "fourlists/complaint-service", 7, "channels")));
        connector.source(TraceIngestor.CHANNEL).send(List.of(event(UUID.randomUUID().toString(), "fourlists/complaint-service", 8, "channels")));
        await("traces of the complaint source", () -> count("select count(*) from trace_entry where source = 'fourlists/complaint-service'"), 2);
        assertEquals(rejected + 3, count("select count(*) from rejected_event"),
                "an unreadable record, an event without a UUID and a second event claiming a taken sequence number must be kept as rejected");
        assertEquals(deadLettered + 3, count("select count(*) from outbox_entry where type = '" + DeadLetterEvents.AUDIT.name() + "'"),
                "each record set aside goes to its topic's dead letters and leaves a trace");
    }

    @Test
    void aBatchWithARedeliveryAndAConflictStoresEachGoodEventOnce() {
        String source = "fourlists/batch-test";
        String a = event(UUID.randomUUID().toString(), source, 1, "item/batch");
        String b = event(UUID.randomUUID().toString(), source, 2, "item/batch");
        String thief = event(UUID.randomUUID().toString(), source, 2, "item/batch");
        var outcomes = store.ingestAll(List.of(a, b, a, thief, "[]")).counts();
        assertEquals(2, outcomes.get(TraceStore.Outcome.STORED), "two distinct events are stored");
        assertEquals(1, outcomes.get(TraceStore.Outcome.DUPLICATE), "the redelivered event is recognised");
        assertEquals(2, outcomes.get(TraceStore.Outcome.REJECTED), "the sequence thief and the non-event are rejected");
        assertEquals(2, count("select count(*) from trace_entry where source = 'fourlists/batch-test'"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void anExportIsItselfTraced() {
        String exportId = given().contentType(ContentType.JSON).body(Map.of("actor", "legal", "from", "2026-01-01"))
                .post("/api/v1/traces/exports").then().statusCode(201).extract().path("id");
        var entries = OutboxProbe.entriesFor("export/" + exportId);
        assertEquals(1, entries.size(), "an export must leave one trace");
        assertEquals("auditor", entries.get(0).actorId);
        assertEquals("audit-events", OutboxProbe.relayAndCollect("export/" + exportId).get(0).topic());
        given().get("/api/v1/traces/exports/" + exportId).then().statusCode(200).body("requestedBy", equalTo("auditor"));
    }

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void anExportReadsAsCsvAndAsJsonLinesWithExactlyTheSelectedTraces() throws InterruptedException {
        String subject = "item/export-" + UUID.randomUUID();
        String first = event(UUID.randomUUID().toString(), "fourlists/list-service", 2001, subject);
        String second = event(UUID.randomUUID().toString(), "fourlists/list-service", 2002, subject);
        connector.source(TraceIngestor.CHANNEL).send(List.of(first));
        connector.source(TraceIngestor.CHANNEL).send(List.of(second));
        await("stored traces for the subject", () -> count("select count(*) from trace_entry where subject = '" + subject + "'"), 2);
        String exportId = given().contentType(ContentType.JSON).body(Map.of("subject", subject))
                .post("/api/v1/traces/exports").then().statusCode(201).body("entryCount", equalTo(2)).extract().path("id");
        String jsonl = given().queryParam("format", "jsonl").get("/api/v1/traces/exports/" + exportId + "/content")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("application/x-ndjson")).extract().asString();
        assertEquals(first + "\n" + second + "\n", jsonl, "JSON lines carry each stored event exactly as received");
        String csv = given().queryParam("format", "csv").get("/api/v1/traces/exports/" + exportId + "/content")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(3, lines.length, "a header and one row per trace");
        assertEquals("\uFEFFid,eventId,source,sequence,type,subject,time,actorId,actorRoles,actorSection,digest,logIndex,integrity", lines[0]);
        assertTrue(lines[1].endsWith(",NOT_YET_LOGGED"), "each row says whether the log already proves it: " + lines[1]);
        assertEquals(true, lines[1].contains(",fourlists/list-service,2001,fourlists.list.item.loaded," + subject + ","), lines[1]);
        given().queryParam("format", "xml").get("/api/v1/traces/exports/" + exportId + "/content")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void aBadDateNamesTheField() {
        given().queryParam("from", "yesterday").get("/api/v1/traces").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
    }

    @Test
    @TestSecurity(user = "clerk", roles = "clerk")
    void aClerkMayNotReadTheTraces() {
        given().get("/api/v1/traces").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anonymousReadersGet401() {
        given().get("/api/v1/traces").then().statusCode(401).contentType("application/problem+json");
    }
}
