package cn.gov.huiji.fourlists.list;

import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.list.config.SearchConfig;
import cn.gov.huiji.fourlists.list.rest.ItemResource;
import cn.gov.huiji.fourlists.list.service.CatalogueRevisions;
import cn.gov.huiji.fourlists.list.service.CurrentItemsIndex;
import cn.gov.huiji.fourlists.list.service.ItemLoadService;
import cn.gov.huiji.fourlists.list.service.ItemQueries;
import cn.gov.huiji.fourlists.list.service.SearchCache;
import cn.gov.huiji.fourlists.list.service.SectionService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-LIST-5 with several instances of list-service behind a load balancer: each keeps its own search answers and its own
 * copy of the lists' revision and section names, and none may answer from lists more than a second old. The running
 * service is instance A; instance B is a second set of the same objects over the same database.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SearchAnswersAcrossInstancesTest {

    /** CatalogueRevisions reads the revision at most once a second: the bound this test holds both instances to. */
    static final long BOUND_MS = 1_000;
    /** What the test itself adds on top: polling every 20 ms and computing the answer. */
    static final long SLACK_MS = 300;

    @Inject
    ItemLoadService loader;
    @Inject
    ItemQueries queries;
    @Inject
    TraceRecorder traces;
    @Inject
    ObjectMapper json;
    @Inject
    SearchConfig config;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    jakarta.persistence.EntityManager em;
    @Inject
    javax.sql.DataSource dataSource;

    /** Instance B: the same classes as the service's beans, with their own caches and their own search index. */
    ItemResource secondInstance() {
        CatalogueRevisions revisions = new CatalogueRevisions(transactions);
        ItemQueries ownIndex = new ItemQueries(em, dataSource, new CurrentItemsIndex(dataSource), revisions, config);
        return new ItemResource(loader, ownIndex, new SectionService(traces, revisions), null, json, new SearchCache(config), revisions);
    }

    /** No conditional headers: every answer has its body. */
    static final Request PLAIN = new Request() {
        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public Variant selectVariant(List<Variant> variants) {
            return null;
        }

        @Override
        public Response.ResponseBuilder evaluatePreconditions(EntityTag eTag) {
            return null;
        }

        @Override
        public Response.ResponseBuilder evaluatePreconditions(Date lastModified) {
            return null;
        }

        @Override
        public Response.ResponseBuilder evaluatePreconditions(Date lastModified, EntityTag eTag) {
            return null;
        }

        @Override
        public Response.ResponseBuilder evaluatePreconditions() {
            return null;
        }
    };

    /** The section's items as instance B answers the public search, as (total, section names). */
    record Answer(int total, List<String> sectionNames) {
        boolean shows(int items, String sectionName) {
            return total == items && sectionNames.size() == items && sectionNames.stream().allMatch(sectionName::equals);
        }
    }

    Answer search(ItemResource instance, String section) throws IOException {
        return search(instance, section, null);
    }

    Answer search(ItemResource instance, String section, String words) throws IOException {
        Response r = QuarkusTransaction.requiringNew().call(() -> instance.list(PLAIN, "power", words, null, section, null, null, 0, 200));
        assertEquals(200, r.getStatus(), "instance B answers the search");
        JsonNode body = json.readTree((byte[]) r.getEntity());
        List<String> names = new ArrayList<>();
        body.path("items").forEach(i -> names.add(i.path("sectionName").asText()));
        return new Answer(body.path("total").asInt(), names);
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aChangeMadeThroughOneInstanceIsInTheOthersSearchAnswerWithinASecondAndStaysThere() throws Exception {
        String section = "cache-check-" + (System.nanoTime() % 1_000_000);
        Items.ensureSection(section, "缓存核对科");
        given().contentType(ContentType.JSON).body(Items.penalty(Items.code("CF"), "对未按规定进行安全评价的处罚", section))
                .post("/api/v1/lists/power/items").then().statusCode(201);
        ItemResource b = secondInstance();
        assertTrue(search(b, section).shows(1, "缓存核对科"), "instance B finds the first item: " + search(b, section));
        assertTrue(search(b, section).shows(1, "缓存核对科"), "and answers again from its cache");
        assertTrue(search(b, section, "安全培训").shows(0, "缓存核对科"), "no item of the section holds 安全培训 yet");

        // Through instance A: a second item in the section, then the section renamed (both move the lists' revision).
        given().contentType(ContentType.JSON).body(Items.penalty(Items.code("CF"), "对未按规定进行安全培训的处罚", section))
                .post("/api/v1/lists/power/items").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("name", "缓存核对监督管理科"))
                .put("/api/v1/sections/" + section).then().statusCode(200);
        long changed = System.nanoTime();
        given().get("/api/v1/lists/power/items?section=" + section + "&size=200").then().statusCode(200)
                .body("total", equalTo(2)).body("items.sectionName", everyItem(equalTo("缓存核对监督管理科")));

        Answer seen = search(b, section);
        Answer byWords = search(b, section, "安全培训");
        while (!(seen.shows(2, "缓存核对监督管理科") && byWords.shows(1, "缓存核对监督管理科")) && ms(changed) < BOUND_MS + SLACK_MS) {
            Thread.sleep(20);
            seen = search(b, section);
            byWords = search(b, section, "安全培训");
        }
        long after = ms(changed);
        assertTrue(seen.shows(2, "缓存核对监督管理科"), "instance B still answers " + seen + " " + after
                + " ms after the change was committed through instance A; at most " + BOUND_MS + " ms is allowed");
        assertTrue(byWords.shows(1, "缓存核对监督管理科"), "instance B's own search index does not find the new item by its words "
                + after + " ms after the change: " + byWords);

        // Not served stale afterwards: over several of B's re-reads of the revision, every answer is the new one.
        while (ms(changed) < after + 3 * BOUND_MS) {
            Answer again = search(b, section);
            assertTrue(again.shows(2, "缓存核对监督管理科"), "instance B went back to " + again + " " + ms(changed) + " ms after the change");
            Thread.sleep(50);
        }
    }

    static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
