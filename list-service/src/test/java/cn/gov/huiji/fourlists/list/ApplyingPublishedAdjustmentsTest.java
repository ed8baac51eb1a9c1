package cn.gov.huiji.fourlists.list;

import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import cn.gov.huiji.fourlists.list.domain.Section;
import cn.gov.huiji.fourlists.list.messaging.AdjustmentEventsConsumer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** R-LIST-3, R-LIST-4: a published adjustment changes an item as a new version, once; nothing else does. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ApplyingPublishedAdjustmentsTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @BeforeEach
    void sectionExists() {
        Items.ensureBureauPublished();
        QuarkusTransaction.requiringNew().run(() -> {
            if (Section.findById("enforcement-brigade") == null) {
                Section s = new Section();
                s.code = "enforcement-brigade";
                s.name = "安全生产监察大队";
                s.persist();
            }
        });
    }

    static String published(UUID requestId, String changeKind, String code, Map<String, Object> proposed) {
        return cn.gov.huiji.fourlists.kernel.testing.SignedEvents.sign(
                TraceEventCodec.write(Items.published(requestId, changeKind, code, proposed, OffsetDateTime.now(ZoneOffset.UTC))));
    }

    static Map<String, Object> item(String code, String name) {
        return Items.penalty(code, name, "enforcement-brigade");
    }

    static void await(String what, Supplier<Integer> actual, int expected) {
        for (int i = 0; i < 100; i++) {
            if (actual.get() == expected) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        fail(what + ": expected " + expected + " but was " + actual.get());
    }

    static int versions(String code) {
        return given().get("/api/v1/items/" + code + "/versions").then().extract().jsonPath().getList("$").size();
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void addThenModifyThenRepealMakeVersionsAndARedeliveryChangesNothing() {
        String code = Items.code("CF");
        UUID add = UUID.randomUUID();
        connector.source(AdjustmentEventsConsumer.CHANNEL).send(published(add, "ADD", null, item(code, "对主要负责人未履行安全生产管理职责的处罚")));
        await("versions after ADD", () -> OutboxProbe.entriesFor("item/" + code).size(), 1);
        assertEquals(1, versions(code));

        UUID modify = UUID.randomUUID();
        String event = published(modify, "MODIFY", code, item(code, "对生产经营单位主要负责人未履行法定安全生产管理职责的处罚"));
        connector.source(AdjustmentEventsConsumer.CHANNEL).send(event);
        connector.source(AdjustmentEventsConsumer.CHANNEL).send(event); // redelivered
        await("traces after MODIFY", () -> OutboxProbe.entriesFor("item/" + code).size(), 2);
        await("versions after MODIFY", () -> versions(code), 2);
        given().get("/api/v1/items/" + code + "/versions").then()
                .body("[0].item.validTo", org.hamcrest.Matchers.notNullValue())
                .body("[1].item.validTo", equalTo(null))
                .body("[1].item.requestId", equalTo(modify.toString()))
                .body("[1].item.name", equalTo("对生产经营单位主要负责人未履行法定安全生产管理职责的处罚"));
        given().get("/api/v1/items/" + code).then().body("name", equalTo("对生产经营单位主要负责人未履行法定安全生产管理职责的处罚"));

        connector.source(AdjustmentEventsConsumer.CHANNEL).send(published(UUID.randomUUID(), "REPEAL", code, null));
        await("versions after REPEAL", () -> versions(code), 3);
        given().get("/api/v1/items/" + code).then().body("status", equalTo("REPEALED"));
        assertEquals(3, OutboxProbe.entriesFor("item/" + code).size(), "each applied adjustment leaves one trace; the redelivery none");
        assertEquals(ListEvents.ITEM_ADJUSTED.name(), OutboxProbe.entriesFor("item/" + code).get(2).type);

        // Art. 22, 26: a direct edit of the published item is refused, pointing to the adjustment workflow.
        given().contentType(ContentType.JSON).body(item(code, "x")).post("/api/v1/lists/power/items").then().statusCode(409);
    }

    @Test
    void anAdjustmentThatCannotApplyIsRejectedAndTracedNotLost() {
        String code = Items.code("QT");
        connector.source(AdjustmentEventsConsumer.CHANNEL).send(published(UUID.randomUUID(), "MODIFY", code, item(code, "不存在的事项")));
        await("rejection traces", () -> OutboxProbe.entriesFor("item/" + code).size(), 1);
        assertEquals(ListEvents.ADJUSTMENT_REJECTED.name(), OutboxProbe.entriesFor("item/" + code).get(0).type);
        given().get("/api/v1/items/" + code).then().statusCode(404);
    }
}
