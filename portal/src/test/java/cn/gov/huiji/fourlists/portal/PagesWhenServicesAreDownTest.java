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

    @Test
    void theEnforcementDisclosuresStillRenderTheirFormsAndSayPlainlyThatListServiceIsDown() {
        given().get("/bodies").then().statusCode(200).body(containsString("<h1>执法主体公示</h1>"))
                .body(containsString("<label for=\"asOf\">")).body(containsString("清单服务暂时无法访问"));
        given().get("/bodies/114101080051883705").then().statusCode(503).body(containsString("清单服务暂时无法访问"));
        given().get("/officers?q=张明").then().statusCode(200).body(containsString("<label for=\"q\">姓名、单位或执法证号</label>"))
                .body(containsString("<label for=\"certificate\">执法证号</label>")).body(containsString("清单服务暂时无法访问"));
        given().get("/officers/check").then().statusCode(200).body(containsString("<h1>执法证有效性查询</h1>"))
                .body(org.hamcrest.Matchers.not(containsString("清单服务暂时无法访问"))); // nothing asked yet
        given().get("/officers/check?certificate=41010816001&date=2026-05-01").then().statusCode(503)
                .body(containsString("清单服务暂时无法访问")).body(containsString("value=\"41010816001\""));
        given().get("/authority-check").then().statusCode(200).body(containsString("<h1>职权核验</h1>"))
                .body(org.hamcrest.Matchers.not(containsString("清单服务暂时无法访问"))); // nothing asked yet
        given().get("/authority-check?bodyCode=114101080051883705&power=410108-AJ-CF-003").then().statusCode(503)
                .body(containsString("<p class=\"notice\" role=\"status\" id=\"service-down\">清单服务暂时无法访问"))
                .body(containsString("value=\"410108-AJ-CF-003\"")).body(org.hamcrest.Matchers.not(containsString("id=\"verdict\"")));
        given().get("/").then().statusCode(200).body(containsString("<a href=\"/authority-check\"><span class=\"name\">职权核验</span>"));
        given().get("/bodies").then().statusCode(200).body(containsString("<a href=\"/authority-check\">职权核验</a>"));
        given().get("/").then().statusCode(200).body(containsString("<a href=\"/lists/approval\">审批事项清单</a>"))
                .body(containsString("<a href=\"/bodies\">执法主体公示</a>")).body(containsString("<a href=\"/officers\">执法人员公示</a>"));
    }

    @Test
    void theDecisionDisclosuresStillRenderTheirFormsAndSayPlainlyThatDisclosureServiceIsDown() {
        given().get("/disclosures").then().statusCode(200).body(containsString("<h1>信用公示</h1>"))
                .body(containsString("<p class=\"notice\" role=\"status\" id=\"service-down\">信用公示服务暂时无法访问，请稍后再试。</p>"))
                .body(containsString("href=\"/disclosures/licensing\"")).body(containsString("href=\"/disclosures/penalties\""));
        given().get("/disclosures/licensing?q=化工").then().statusCode(200).body(containsString("<h1>行政许可公示</h1>"))
                .body(containsString("<label for=\"q\">行政相对人名称、统一社会信用代码或决定书文号</label>")).body(containsString("value=\"化工\""))
                .body(containsString("信用公示服务暂时无法访问")).body(org.hamcrest.Matchers.not(containsString("id=\"decisions\"")));
        given().get("/disclosures/penalties").then().statusCode(200).body(containsString("<h1>行政处罚公示</h1>"))
                .body(containsString("信用公示服务暂时无法访问"));
        given().get("/disclosures/penalties/6a2f4c1e-8b3d-4e7a-9c5f-1d2e3f4a5b6c").then().statusCode(503)
                .body(containsString("信用公示服务暂时无法访问")).body(containsString("<a href=\"/disclosures/penalties\">返回行政处罚公示</a>"));
        given().get("/").then().statusCode(200).body(containsString("<a href=\"/disclosures\">信用公示</a>"))
                .body(containsString("<a id=\"home-penalties\" href=\"/disclosures/penalties\">"));
    }
}
