package cn.gov.huiji.fourlists.list;

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

        connector.source(AdjustmentEventsConsumer.CHANNEL).send(EventExamples.event(AdjustmentEvents.REQUEST_PUBLISHED, example.requestId(), 1));

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
        String unusable = EventExamples.event(publication, "x", 1).replace(
                "\"requestId\":\"" + publication.example().requestId() + "\"", "\"requestId\":\"not-a-uuid\"");
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
}
