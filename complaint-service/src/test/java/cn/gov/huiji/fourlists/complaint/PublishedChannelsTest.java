package cn.gov.huiji.fourlists.complaint;

import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Art. 9, 28: the bureau publishes phone, fax, postal address and e-mail for complaints; changes are traced. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class PublishedChannelsTest {

    static final List<Map<String, String>> CHANNELS = List.of(
            Map.of("kind", "PHONE", "value", "0371-63300000", "serviceHours", "工作日 8:30–12:00，14:30–17:30"),
            Map.of("kind", "FAX", "value", "0371-63300001"),
            Map.of("kind", "POSTAL_ADDRESS", "value", "郑州市惠济区开元路 惠济区安全生产监督管理局 法制科 450044"),
            Map.of("kind", "EMAIL", "value", "hjqajj@example.gov.cn"),
            Map.of("kind", "ONLINE_FORM", "value", "http://127.0.0.1:8080/complaints/new"));

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theAdminPublishesTheChannelsAndTheChangeIsTraced() {
        long before = OutboxProbe.entriesFor("channels").size();
        given().contentType(ContentType.JSON).body(CHANNELS).put("/api/v1/channels").then().statusCode(200);
        given().get("/api/v1/channels").then().statusCode(200)
                .body("kind", hasItems("PHONE", "FAX", "POSTAL_ADDRESS", "EMAIL", "ONLINE_FORM"));
        assertEquals(before + 1, OutboxProbe.entriesFor("channels").size(), "publishing channels must leave one trace");
        assertEquals("complaint-events", OutboxProbe.relayAndCollect("channels").get(0).topic());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void withoutFaxTheListIsRefusedAndNothingChanges() {
        given().contentType(ContentType.JSON).body(CHANNELS).put("/api/v1/channels").then().statusCode(200);
        long traces = OutboxProbe.entriesFor("channels").size();
        given().contentType(ContentType.JSON).body(CHANNELS.stream().filter(c -> !c.get("kind").equals("FAX")).toList())
                .put("/api/v1/channels").then().statusCode(400).contentType("application/problem+json")
                .body("detailZh", containsString("传真"));
        given().get("/api/v1/channels").then().body("kind", hasItems("FAX"));
        assertEquals(traces, OutboxProbe.entriesFor("channels").size());
    }

    @Test
    @TestSecurity(user = "handler", roles = "complaint-handler")
    void aComplaintHandlerMayNotChangeTheChannels() {
        given().contentType(ContentType.JSON).body(CHANNELS).put("/api/v1/channels").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anonymousWritesAre401() {
        given().contentType(ContentType.JSON).body(CHANNELS).put("/api/v1/channels").then().statusCode(401)
                .contentType("application/problem+json");
    }
}
