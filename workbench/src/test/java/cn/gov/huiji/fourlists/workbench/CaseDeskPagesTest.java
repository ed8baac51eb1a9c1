package cn.gov.huiji.fourlists.workbench;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case desk's pages when complaint-service cannot be reached (the test profile points it at a closed port): each
 * says so in plain Chinese, handlers get the queue's filters and the intake form, a section neither the intake nor
 * any other section's cases.
 */
@QuarkusTest
class CaseDeskPagesTest {

    static final String UNREACHABLE = "投诉举报服务暂时无法访问，请稍后再试。";

    @Test
    @TestSecurity(user = "handler", roles = "complaint-handler", attributes = @SecurityAttribute(key = "section", value = "office"))
    void theHandlersQueueOffersEveryFilterAndSaysPlainlyThatTheServiceIsDown() {
        given().get("/cases").then().statusCode(503)
                .body(containsString(UNREACHABLE))
                .body(containsString("登记来件（电话、传真、信函、来访）"))
                .body(containsString("<label for=\"f-state\">状态</label>"))
                .body(containsString("<label for=\"f-kind\">类别</label>"))
                .body(containsString("<label for=\"f-section\">承办科室</label>"))
                .body(containsString("<label for=\"f-due\">期限</label>"))
                .body(containsString(">今天到期</option>")).body(containsString(">已超期</option>"));
    }

    @Test
    @TestSecurity(user = "clerk", roles = "clerk", attributes = @SecurityAttribute(key = "section", value = "hazchem"))
    void aSectionsQueueHasNoSectionFilterAndNoIntake() {
        given().get("/cases").then().statusCode(503)
                .body(containsString("交办给本科室的案件"))
                .body(not(containsString("f-section")))
                .body(not(containsString("登记来件")));
    }

    @Test
    @TestSecurity(user = "handler", roles = "complaint-handler", attributes = @SecurityAttribute(key = "section", value = "office"))
    void newIsTheIntakeFormNotACaseNumberedNew() {
        given().get("/cases/new").then().statusCode(503)
                .body(containsString("<h1>登记来件</h1>"))
                .body(not(containsString("案件 new")))
                .body(containsString(UNREACHABLE))
                .body(containsString(">电话</option>")).body(containsString(">来访</option>"))
                .body(containsString("<label for=\"i-channel\">来源渠道</label>"));
    }

    @Test
    @TestSecurity(user = "handler", roles = "complaint-handler", attributes = @SecurityAttribute(key = "section", value = "office"))
    void aRecordedCallPassesTheCsrfCheckAndKeepsWhatWasTypedWhenTheServiceIsDown() {
        Response form = given().get("/cases/new");
        Matcher token = Pattern.compile("name=\"([^\"]*csrf[^\"]*)\" value=\"([^\"]+)\"").matcher(form.asString());
        assertTrue(token.find(), "the intake form carries a CSRF token");
        given().cookies(form.getCookies()).multiPart(token.group(1), token.group(2))
                .multiPart("channel", "PHONE").multiPart("kind", "REPORT").multiPart("subjectKind", "OTHER")
                .multiPart(new MultiPartSpecBuilder("来电反映加油站夜间违规卸油。").controlName("content").charset(StandardCharsets.UTF_8).build())
                .multiPart("anonymous", "true")
                .post("/cases/new").then().statusCode(503)
                .body(containsString(UNREACHABLE))
                .body(containsString("来电反映加油站夜间违规卸油。"));
    }

    @Test
    @TestSecurity(user = "head", roles = "section-head", attributes = @SecurityAttribute(key = "section", value = "hazchem"))
    void onlyAComplaintHandlerRecordsACase() {
        given().get("/cases/new").then().statusCode(403)
                .body(containsString("只有投诉举报受理人可以登记来件。"))
                .body(not(containsString("<form method=\"post\"")));
    }

    @Test
    @TestSecurity(user = "handler", roles = "complaint-handler", attributes = @SecurityAttribute(key = "section", value = "office"))
    void theCasePageSaysPlainlyThatTheServiceIsDown() {
        given().get("/cases/TS-2026-000001").then().statusCode(503).body(containsString(UNREACHABLE));
    }
}
