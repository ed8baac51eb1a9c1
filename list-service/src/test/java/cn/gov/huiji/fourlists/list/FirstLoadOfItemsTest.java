package cn.gov.huiji.fourlists.list;

import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.outbox.OutboxEntry;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import cn.gov.huiji.fourlists.list.domain.Section;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-LIST-4: the legal section's first load is a way in, and every loaded item leaves exactly one trace. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class FirstLoadOfItemsTest {

    static final String SECTION = "hazchem";

    @BeforeEach
    void sectionExists() {
        Items.ensureBureauPublished();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            if (Section.findById(SECTION) == null) {
                Section s = new Section();
                s.code = SECTION;
                s.name = "危险化学品安全监督管理科";
                s.persist();
            }
        });
    }

    static Map<String, Object> item(String code) {
        Map<String, Object> m = new java.util.HashMap<>(Items.power(code, "《烟花爆竹经营（零售）许可证》核发", "行政许可", SECTION,
                java.util.List.of(Items.citation("ADMINISTRATIVE_REGULATION", "烟花爆竹安全管理条例", "国务院令第455号", "第十九条"))));
        m.remove("list");
        return m;
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal", attributes = @SecurityAttribute(key = "section", value = "legal"))
    void aLoadedItemIsReadablePubliclyAndLeavesOneTraceThatTheRelayPublishes() {
        given().contentType(ContentType.JSON).body(item("410108-AJ-XK-901"))
                .post("/api/v1/lists/power/items")
                .then().statusCode(201).header("Location", containsString("/api/v1/items/410108-AJ-XK-901"));

        List<OutboxEntry> entries = OutboxProbe.entriesFor("item/410108-AJ-XK-901");
        assertEquals(1, entries.size(), "loading an item must write exactly one trace event in its transaction");
        assertEquals(ListEvents.ITEM_LOADED.name(), entries.get(0).type);
        assertEquals("legal", entries.get(0).actorId, "the trace must name the staff member who acted");
        assertEquals("legal", entries.get(0).actorSection, "the trace must name the actor's section");

        List<OutboxProbe.Published> published = OutboxProbe.relayAndCollect("item/410108-AJ-XK-901");
        assertEquals(1, published.size(), "the relay must publish the committed trace exactly once");
        OutboxProbe.Published record = published.get(0);
        assertEquals("list-events", record.topic());
        assertEquals("item/410108-AJ-XK-901", record.key(), "the record key must be the subject");
        assertEquals("fourlists/list-service", record.event().source());
        assertEquals("1.0", record.event().specversion());
        assertTrue(record.event().sequence() >= 1, "a published event carries its per-source sequence");
        assertTrue(record.event().datadigest().startsWith("sha256:"), "a published event carries the digest of its data");
        assertEquals(entries.get(0).eventId.toString(), record.event().id());
        assertTrue(OutboxProbe.entriesFor("item/410108-AJ-XK-901").get(0).sentAt != null, "a published entry is marked sent");
        assertTrue(OutboxProbe.relayAndCollect("item/410108-AJ-XK-901").size() == 1, "a sent entry is not published again");

        given().get("/api/v1/items/410108-AJ-XK-901").then().statusCode(200)
                .body("name", equalTo("《烟花爆竹经营（零售）许可证》核发"))
                .body("list", equalTo("POWER"));
        // One page large enough for every item the suite loads (other tests' items sort before XK).
        given().get("/api/v1/lists/power/items?size=200").then().statusCode(200)
                .body("items.code", hasItem("410108-AJ-XK-901"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal", attributes = @SecurityAttribute(key = "section", value = "legal"))
    void sequencesOfOneSourceAreGaplessAndIncreasing() {
        for (String code : List.of("410108-AJ-XK-9101", "410108-AJ-XK-9102", "410108-AJ-XK-9103")) {
            given().contentType(ContentType.JSON).body(item(code)).post("/api/v1/lists/power/items").then().statusCode(201);
        }
        OutboxProbe.relayAndCollect("none");
        List<Long> sequences = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                OutboxEntry.<OutboxEntry>list("order by sequence").stream().map(e -> e.sequence).toList());
        for (int i = 0; i < sequences.size(); i++) {
            assertEquals(i + 1L, sequences.get(i), "sequence numbers of one source must run 1, 2, 3… without gaps");
        }
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal", attributes = @SecurityAttribute(key = "section", value = "legal"))
    void loadingAPublishedItemAgainIsRefusedAndLeavesNoTrace() {
        given().contentType(ContentType.JSON).body(item("410108-AJ-XK-902")).post("/api/v1/lists/power/items").then().statusCode(201);
        given().contentType(ContentType.JSON).body(item("410108-AJ-XK-902")).post("/api/v1/lists/power/items")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("adjustment")).body("detailZh", containsString("动态调整"));
        assertEquals(1, OutboxProbe.entriesFor("item/410108-AJ-XK-902").size(), "a refused change must leave no trace");
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal", attributes = @SecurityAttribute(key = "section", value = "legal"))
    void anUnknownSectionRollsBackEverything() {
        Map<String, Object> body = new java.util.HashMap<>(item("410108-AJ-XK-903"));
        body.put("section", "no-such-section");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/lists/power/items")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("section"));
        given().get("/api/v1/items/410108-AJ-XK-903").then().statusCode(404).contentType("application/problem+json");
        assertEquals(0, OutboxProbe.entriesFor("item/410108-AJ-XK-903").size(), "no trace may exist for a change that did not commit");
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void invalidInputNamesTheFieldInBothLanguages() {
        Map<String, Object> body = new java.util.HashMap<>(item("410108-AJ-XK-904"));
        body.put("name", "");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/lists/power/items")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"))
                .body("title", equalTo("Invalid input")).body("titleZh", equalTo("输入有误"));
        given().contentType(ContentType.JSON).body("{\"code\": \"x\", \"unexpected\": 1}").post("/api/v1/lists/power/items")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("unexpected"));
        given().contentType(ContentType.JSON).body("{not json").post("/api/v1/lists/power/items")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void withoutATokenAWriteIs401ProblemJson() {
        given().contentType(ContentType.JSON).body(item("410108-AJ-XK-905")).post("/api/v1/lists/power/items")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("titleZh", equalTo("需要登录认证"));
    }

    @Test
    @TestSecurity(user = "clerk", roles = "clerk", attributes = @SecurityAttribute(key = "section", value = "hazchem"))
    void aClerkMayNotLoadItems403ProblemJson() {
        given().contentType(ContentType.JSON).body(item("410108-AJ-XK-906")).post("/api/v1/lists/power/items")
                .then().statusCode(403).contentType("application/problem+json").body("titleZh", equalTo("无权操作"));
        assertEquals(0, OutboxProbe.entriesFor("item/410108-AJ-XK-906").size());
    }

    @Test
    void unknownListIs404() {
        given().get("/api/v1/lists/taxes/items").then().statusCode(404).contentType("application/problem+json");
    }
}
