package cn.gov.huiji.fourlists.workbench;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * 电子监察's pages when audit-service does not answer (the test profile points its client at a closed port): each page
 * still opens with its menu and, for the discipline group, its forms, and says in plain Chinese that the service is
 * away; the sections' staff find 电子监察 in the menu with only the cards and the accountability records, and no form.
 */
@QuarkusTest
class OversightPagesTest {

    static final String UNREACHABLE = "审计服务暂时无法访问，请稍后再试。";

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void theDisciplineGroupsPagesOpenWithTheirFormsAndSayTheServiceIsAway() {
        given().get("/oversight").then().statusCode(503)
                .body(containsString("<a href=\"/oversight\">电子监察</a>"), containsString("<h1>电子监察</h1>"), containsString(UNREACHABLE),
                        containsString("<a href=\"/oversight/spot-checks\">抽查</a>"), containsString("<a href=\"/oversight/assessment\">考核</a>"),
                        containsString("<label for=\"c-from\">起始月份</label>"), containsString("<label for=\"c-color\">颜色</label>"),
                        containsString("科室（队）列表暂时无法读取，请填写科室（队）代码。"), containsString("图表请稍后再看"));
        given().get("/oversight/spot-checks").then().statusCode(503)
                .body(containsString(UNREACHABLE), containsString("<h2 id=\"announce-h\">公告抽查</h2>"),
                        containsString("<button type=\"submit\">公告</button>"));
        given().get("/oversight/accountability").then().statusCode(503)
                .body(containsString(UNREACHABLE), containsString("<h2 id=\"record-h\">登记问责</h2>"),
                        containsString("问责措施的列表暂时无法读取，以下为通知所列的五种措施。"),
                        containsString("<option value=\"REMOVED_FROM_ENFORCEMENT\">调离执法岗位</option>"));
        given().get("/oversight/spot-checks/5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6").then().statusCode(503).body(containsString(UNREACHABLE));
        given().get("/oversight/spot-checks/not-a-check").then().statusCode(404).body(containsString("未找到该抽查。"));
        given().get("/oversight/assessment?from=2026-01-01&to=2026-06-30").then().statusCode(503)
                .body(containsString(UNREACHABLE), containsString("value=\"2026-06-30\""));
    }

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void anAnnouncementThatCannotBeSentKeepsWhatWasTyped() {
        var csrf = LegalAndAdminPagesTest.Csrf.of(given().get("/oversight/spot-checks"));
        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(csrf.field(), csrf.token()).formParam("title", "年度抽查").formParam("population", "ADJUSTMENT_REQUESTS")
                .formParam("from", "2026-01-01").formParam("to", "2026-12-31").formParam("sampleSize", "30")
                .post("/oversight/spot-checks").then().statusCode(503)
                .body(containsString(UNREACHABLE), containsString("value=\"年度抽查\""),
                        containsString("<option value=\"ADJUSTMENT_REQUESTS\" selected>清单调整申请</option>"), containsString("value=\"30\""));
        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(csrf.field(), csrf.token()).formParam("title", "年度抽查").formParam("from", "2026-12-31").formParam("to", "2026-01-01")
                .post("/oversight/spot-checks").then().statusCode(400)
                .body(containsString("起始日期 2026-12-31 晚于截止日期 2026-01-01。"), containsString("value=\"2026-12-31\""));
    }

    @Test
    @TestSecurity(user = "head", roles = "section-head")
    void aSectionHeadFindsTheCardsAndTheAccountabilityRecordsButNoSpotCheckAssessmentOrForm() {
        given().get("/oversight").then()
                .body(containsString("<a href=\"/oversight\">电子监察</a>"), containsString("<a href=\"/oversight/accountability\">问责</a>"),
                        not(containsString("<a href=\"/oversight/spot-checks\">")), not(containsString("<a href=\"/oversight/assessment\">")),
                        containsString("您只能看到本科室（队）的红黄牌。"));
        given().get("/oversight/accountability").then().body(not(containsString("登记问责")), not(containsString("<form method=\"post\"")));
    }

    @Test
    @TestSecurity(user = "handler", roles = "complaint-handler")
    void whoeverHasNoPartInOversightHasNoMenuEntry() {
        given().get("/cases").then().body(not(containsString("<a href=\"/oversight\">电子监察</a>")));
    }
}
