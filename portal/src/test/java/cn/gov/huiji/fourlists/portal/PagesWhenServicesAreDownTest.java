package cn.gov.huiji.fourlists.portal;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** When a service does not answer, each page says so plainly instead of failing (issue 7). */
@QuarkusTest
class PagesWhenServicesAreDownTest {

    @Test
    void everyPageStillRendersAndSaysPlainlyThatTheServiceIsDown() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"zh-CN\">")).body(containsString("清单服务暂时无法访问"))
                .body(containsString("投诉举报服务暂时无法访问"));
        given().get("/lists/power?q=危险化学品").then().statusCode(200).body(containsString("清单服务暂时无法访问"));
        given().get("/items/410108-AJ-XK-001").then().statusCode(200).body(containsString("暂时无法访问"));
        given().get("/complaints/new").then().statusCode(200).body(containsString("<label for=\"content\">"));
        Forms.from("/complaints/new", true).multiPart("kind", "COMPLAINT").multiPart("subjectKind", "OTHER").multiPart("content", "测试")
                .multiPart("anonymous", "true").post("/complaints").then().statusCode(503)
                .body(containsString("投诉举报服务暂时无法访问"));
        Forms.from("/complaints/track", false).formParam("caseNo", "TS-2026-000001").formParam("code", "AAAA").post("/complaints/track").then().statusCode(503)
                .body(containsString("投诉举报服务暂时无法访问"));
        Forms.from("/complaints/track", false).formParam("caseNo", "TS-2026-000001").formParam("code", "AAAA").formParam("satisfied", "true")
                .post("/complaints/feedback").then().statusCode(503).body(containsString("投诉举报服务暂时无法访问"));
        given().get("/portal.css").then().statusCode(200).body(containsString("@media print"));
    }
}
