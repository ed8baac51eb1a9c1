package cn.gov.huiji.fourlists.list;

import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Art. 24: sections are the responsible units; registering or renaming one is a traced duty action. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SectionRegistrationTest {

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void registeringThenRenamingASectionLeavesOneTraceEach() {
        given().contentType(ContentType.JSON).body(Map.of("name", "职业安全健康监督管理科"))
                .put("/api/v1/sections/occupational-health").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("name", "职业健康监督管理科", "headName", "王某"))
                .put("/api/v1/sections/occupational-health").then().statusCode(200);
        var entries = OutboxProbe.entriesFor("section/occupational-health");
        assertEquals(2, entries.size());
        assertEquals(ListEvents.SECTION_REGISTERED.name(), entries.get(0).type);
        assertEquals(ListEvents.SECTION_UPDATED.name(), entries.get(1).type);
        given().get("/api/v1/sections").then().statusCode(200).body("name", hasItem("职业健康监督管理科"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aSectionCodeMustBeLowerCaseLetters() {
        given().contentType(ContentType.JSON).body(Map.of("name", "x"))
                .put("/api/v1/sections/Not Valid").then().statusCode(400).contentType("application/problem+json");
    }
}
