package cn.gov.huiji.fourlists.list;

import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import cn.gov.huiji.fourlists.kernel.testing.SignedEvents;
import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.events.DeadLetterEvents;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.EventExamples;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import cn.gov.huiji.fourlists.list.messaging.AdjustmentEventsConsumer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * list-service against the contract it consumes: adjustment-service's declared example of a publication changes the
 * item as it says; records that are no usable publication go to the dead letters, traced, and the next one applies.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ConsumerContractTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void theDeclaredPublicationExampleBecomesTheItemsNextVersion() {
        var example = AdjustmentEvents.REQUEST_PUBLISHED.example();
        String code = example.targetItemCode();
        Items.ensureSection("enforcement-brigade", "安全生产监察大队");
        given().contentType(ContentType.JSON).body(Items.penalty(code, "对未取得安全生产许可证擅自进行生产的处罚（旧）", "enforcement-brigade"))
                .post("/api/v1/lists/power/items").then().statusCode(201);

        connector.source(AdjustmentEventsConsumer.CHANNEL).send(EventExamples.signed(AdjustmentEvents.REQUEST_PUBLISHED, example.requestId(), 1));

        ApplyingPublishedAdjustmentsTest.await("versions of the example's item", () -> OutboxProbe.entriesFor("item/" + code).size(), 2);
        given().get("/api/v1/items/" + code).then().statusCode(200).body("name", equalTo(example.proposedItem().name()))
                .body("version", equalTo(2));
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndTracedAndTheNextPublicationApplies() {
        String subject = DeadLetterEvents.LIST.subject("adjustment-events");
        int before = OutboxProbe.entriesFor(subject).size();
        var publication = AdjustmentEvents.REQUEST_PUBLISHED;
        connector.source(AdjustmentEventsConsumer.CHANNEL).send("not JSON at all");
        connector.source(AdjustmentEventsConsumer.CHANNEL).send("{\"json\":\"but no event\"}");
        String unusable = SignedEvents.sign(EventExamples.event(publication, "x", 1).replace(
                "\"requestId\":\"" + publication.example().requestId() + "\"", "\"requestId\":\"not-a-uuid\""));
        connector.source(AdjustmentEventsConsumer.CHANNEL).send(unusable);

        String code = Items.code("CF");
        Items.ensureSection("enforcement-brigade", "安全生产监察大队");
        UUID request = UUID.randomUUID();
        connector.source(AdjustmentEventsConsumer.CHANNEL).send(ApplyingPublishedAdjustmentsTest.published(request, "ADD", null,
                ApplyingPublishedAdjustmentsTest.item(code, "对未按规定设置安全生产管理机构的处罚")));

        ApplyingPublishedAdjustmentsTest.await("the publication after the poison records", () -> OutboxProbe.entriesFor("item/" + code).size(), 1);
        assertEquals(before + 3, OutboxProbe.entriesFor(subject).size(), "each poison record is traced as dead-lettered");
        assertEquals(DeadLetterEvents.LIST.name(), OutboxProbe.entriesFor(subject).get(before).type);
    }

    /** Issue 13: only adjustment-service's own signature makes list-service apply a publication. */
    @Test
    void anUnsignedATamperedOrAForeignPublicationIsDeadLetteredAndChangesNoList() {
        String subject = DeadLetterEvents.LIST.subject("adjustment-events");
        int before = OutboxProbe.entriesFor(subject).size();
        Items.ensureSection("enforcement-brigade", "安全生产监察大队");
        String forgedCode = Items.code("CF");
        String genuine = ApplyingPublishedAdjustmentsTest.published(UUID.randomUUID(), "ADD", null,
                ApplyingPublishedAdjustmentsTest.item(forgedCode, "对伪造发布的事项的处罚"));
        com.fasterxml.jackson.databind.node.ObjectNode unsigned = (com.fasterxml.jackson.databind.node.ObjectNode) TraceEventCodec.parseTree(genuine);
        unsigned.remove("signature");
        String tampered = genuine.replace("对伪造发布的事项的处罚", "对篡改发布的事项的处罚");
        String foreign = SignedEvents.sign(unsigned.toString().replace("\"fourlists/adjustment-service\"", "\"fourlists/complaint-service\""));
        connector.source(AdjustmentEventsConsumer.CHANNEL).send(unsigned.toString());
        connector.source(AdjustmentEventsConsumer.CHANNEL).send(tampered);
        connector.source(AdjustmentEventsConsumer.CHANNEL).send(foreign);

        String code = Items.code("CF");
        connector.source(AdjustmentEventsConsumer.CHANNEL).send(ApplyingPublishedAdjustmentsTest.published(UUID.randomUUID(), "ADD", null,
                ApplyingPublishedAdjustmentsTest.item(code, "对未按规定配备注册安全工程师的处罚")));
        ApplyingPublishedAdjustmentsTest.await("the genuine publication after the forged ones", () -> OutboxProbe.entriesFor("item/" + code).size(), 1);

        assertEquals(0, OutboxProbe.entriesFor("item/" + forgedCode).size(), "no forged publication changes a list");
        given().get("/api/v1/items/" + forgedCode).then().statusCode(404);
        List<String> reasons = OutboxProbe.entriesFor(subject).subList(before, OutboxProbe.entriesFor(subject).size()).stream()
                .map(e -> e.data).toList();
        assertEquals(3, reasons.size(), "each forged record is dead-lettered with a trace: " + reasons);
        assertTrue(reasons.get(0).contains("unsigned event"), reasons.get(0));
        assertTrue(reasons.get(1).contains("does not verify"), reasons.get(1));
        assertTrue(reasons.get(2).contains("is recorded by adjustment-service, not by fourlists/complaint-service"), reasons.get(2));
    }
}
