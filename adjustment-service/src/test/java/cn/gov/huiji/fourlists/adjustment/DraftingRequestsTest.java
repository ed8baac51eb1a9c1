package cn.gov.huiji.fourlists.adjustment;

import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Art. 25, 26(1): a section drafts an adjustment request; the draft is traced and stays within the section. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class DraftingRequestsTest {

    static final java.util.List<Map<String, Object>> BASIS = java.util.List.of(Map.of("level", "LAW",
            "title", "中华人民共和国安全生产法", "version", "2021年6月10日修正", "article", "第九十五条"));

    static final Map<String, Object> MODIFY = Map.of("triggerKind", "LAW_AMENDED_OR_REPEALED", "triggerDate", "2026-11-20",
            "changeKind", "MODIFY", "documents", Documents.LAW_JSON, "targetItemCode", "410108-AJ-CF-001", "summary", "《安全生产法》2021年修正，罚则条款序号变化",
            "proposedItem", Map.of("code", "410108-AJ-CF-001", "list", "POWER", "name", "对未取得安全生产许可证擅自进行生产的处罚",
                    "category", "行政处罚", "section", "enforcement-brigade", "legalBasis", BASIS));

    @Test
    @TestSecurity(user = "clerk", roles = "clerk", attributes = @SecurityAttribute(key = "section", value = "hazchem"))
    void aClerksDraftBelongsToTheirSectionAndLeavesOneTrace() {
        String id = given().contentType(ContentType.JSON).body(MODIFY).post("/api/v1/requests")
                .then().statusCode(201).body("state", equalTo("DRAFT")).body("section", equalTo("hazchem"))
                .body("applicant", equalTo("clerk")).extract().path("id");
        var entries = OutboxProbe.entriesFor("request/" + id);
        assertEquals(1, entries.size(), "drafting must leave exactly one trace");
        assertEquals(AdjustmentEvents.REQUEST_DRAFTED.name(), entries.get(0).type);
        assertEquals("hazchem", entries.get(0).actorSection);
        var published = OutboxProbe.relayAndCollect("request/" + id);
        assertEquals("adjustment-events", published.get(0).topic());
        assertEquals("application/cloudevents+json", published.get(0).contentType(),
                "structured mode of the CloudEvents Kafka binding: the record says it carries a whole event");
        assertTrue(published.get(0).payload().contains("\"sequence\":\"" + String.format("%019d", published.get(0).event().sequence()) + "\""),
                "the sequence extension is a lexicographically ordered string: " + published.get(0).payload());
        given().get("/api/v1/requests/" + id).then().statusCode(200).body("summary", equalTo(MODIFY.get("summary")));
    }

    @Test
    @TestSecurity(user = "clerk2", roles = "clerk", attributes = @SecurityAttribute(key = "section", value = "general-supervision"))
    void aClerkDoesNotSeeAnotherSectionsRequest() {
        String id = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            var r = new cn.gov.huiji.fourlists.adjustment.domain.AdjustmentRequest();
            r.id = java.util.UUID.randomUUID();
            r.triggerKind = cn.gov.huiji.fourlists.adjustment.domain.TriggerKind.NEW_LAW;
            r.triggerDate = java.time.LocalDate.of(2026, 11, 2);
            r.changeKind = cn.gov.huiji.fourlists.adjustment.domain.ChangeKind.ADD;
            r.summary = "x";
            r.section = "hazchem";
            r.applicant = "clerk";
            r.documents = "[]";
            r.state = cn.gov.huiji.fourlists.adjustment.domain.RequestState.DRAFT;
            r.createdAt = java.time.OffsetDateTime.now();
            r.persist();
            return r.id.toString();
        });
        given().get("/api/v1/requests/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "clerk", roles = "clerk", attributes = @SecurityAttribute(key = "section", value = "hazchem"))
    void modifyingWithoutATargetItemNamesTheField() {
        Map<String, Object> body = new java.util.HashMap<>(MODIFY);
        body.remove("targetItemCode");
        long before = OutboxProbe.total();
        given().contentType(ContentType.JSON).body(body).post("/api/v1/requests")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("targetItemCode"));
        body.put("triggerKind", "WHIM");
        body.put("targetItemCode", "410108-AJ-CF-001");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/requests")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("triggerKind"));
        assertEquals(before, OutboxProbe.total(), "a refused request must leave no trace");
    }

    @Test
    @TestSecurity(user = "clerk", roles = "clerk", attributes = @SecurityAttribute(key = "section", value = "hazchem"))
    void theProposedItemIsCheckedByListServicesRulesBeforeItCanBeDrafted() {
        Map<String, Object> body = new java.util.HashMap<>(MODIFY);
        body.put("proposedItem", Map.of("code", "410108-AJ-CF-001", "name", "", "category", "行政处罚", "section", "x", "legalBasis", BASIS));
        given().contentType(ContentType.JSON).body(body).post("/api/v1/requests")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("proposedItem.name"));
        body.put("proposedItem", Map.of("code", "9999", "name", "x", "category", "行政处罚", "section", "x"));
        given().contentType(ContentType.JSON).body(body).post("/api/v1/requests")
                .then().statusCode(400).body("errors[0].field", equalTo("proposedItem.code"));
        body.remove("proposedItem");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/requests")
                .then().statusCode(400).body("errors[0].field", equalTo("proposedItem"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal", attributes = @SecurityAttribute(key = "section", value = "legal"))
    void theLegalSectionDoesNotDraftRequests() {
        given().contentType(ContentType.JSON).body(MODIFY).post("/api/v1/requests").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anonymousCallersGet401() {
        given().contentType(ContentType.JSON).body(MODIFY).post("/api/v1/requests").then().statusCode(401)
                .contentType("application/problem+json");
    }
}
