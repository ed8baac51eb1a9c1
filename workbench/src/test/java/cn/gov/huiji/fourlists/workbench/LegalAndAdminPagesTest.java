package cn.gov.huiji.fourlists.workbench;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
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
 * The legal section's and the admin's pages when the services do not answer (the test profile points every client at
 * a closed port): the page still opens, says in plain Chinese what cannot be shown, and refuses what cannot be sent
 * before sending it.
 */
@QuarkusTest
class LegalAndAdminPagesTest {

    static final Pattern TOKEN = Pattern.compile("name=\"([^\"]+)\" value=\"([^\"]+)\"");

    /** The page's CSRF form field and its cookie, as a browser would send them back. */
    record Csrf(String field, String token, String cookie, String cookieValue) {
        static Csrf of(Response page) {
            Matcher m = TOKEN.matcher(page.asString());
            assertTrue(m.find(), "the page's forms carry the CSRF token");
            var cookie = page.getDetailedCookies().asList().stream().filter(c -> c.getName().contains("csrf")).findFirst()
                    .orElseThrow(() -> new AssertionError("the page sets the CSRF cookie"));
            return new Csrf(m.group(1), m.group(2), cookie.getName(), cookie.getValue());
        }
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void theLegalSectionRegistersChangesEvenWhenTheObligationsCannotBeRead() {
        given().when().get("/law-changes").then().statusCode(200)
                .body(containsString("登记法律法规修改或废止"), containsString("<label for=\"lawTitle\">法律法规名称</label>"),
                        containsString("<button type=\"submit\">登记</button>"), containsString("动态调整服务暂时无法访问，调整义务稍后显示。"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void theRegisterAsksForTheVersionAmendedAndSaysThatLeavingItEmptyTouchesEveryVersion() {
        given().when().get("/law-changes").then().statusCode(200)
                .body(containsString("<label for=\"amendedVersion\">被修改的版本（可选）</label>"),
                        containsString("<p id=\"amendedVersion-hint\" class=\"hint\">填写被修改或废止的版本，如“2014年8月31日修正”；"
                                + "不填则所有版本的引用均视为受影响。</p>"),
                        containsString("aria-describedby=\"amendedVersion-hint\""));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aRegistrationTheServiceCouldNotTakeKeepsTheVersionTyped() {
        Csrf csrf = Csrf.of(given().when().get("/law-changes"));
        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(csrf.field(), csrf.token()).formParam("lawTitle", "安全生产法").formParam("amendedVersion", "2014年8月31日修正")
                .formParam("kind", "AMENDED").formParam("effective", "2021-09-01").formParam("document", "主席令第八十八号")
                .when().post("/law-changes").then().statusCode(503)
                .body(containsString("动态调整服务暂时无法访问"), containsString("name=\"amendedVersion\" type=\"text\" maxlength=\"200\" "
                        + "value=\"2014年8月31日修正\""));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void theConfirmationNamesTheVersionAmendedTheEffectiveDateAndTheDayTheThreeWorkingDaysRunFrom() {
        given().queryParam("registered", "c1").queryParam("title", "安全生产法").queryParam("kind", "AMENDED").queryParam("items", 2)
                .queryParam("version", "2014年8月31日修正").queryParam("effective", "2021-09-01").queryParam("dueFrom", "2026-12-07")
                .when().get("/law-changes").then().statusCode(200)
                .body(containsString("已登记：《安全生产法》修改"),
                        containsString("<tr><th scope=\"row\">被修改的版本</th><td>2014年8月31日修正</td></tr>"),
                        containsString("<tr><th scope=\"row\">施行日期</th><td>2021-09-01</td></tr>"),
                        containsString("<tr><th scope=\"row\">起算日</th><td>2026-12-07<p class=\"hint\">自施行之日起算；登记晚于施行的，自登记之日起算。</p>"));
        given().queryParam("registered", "c2").queryParam("title", "安全生产法").queryParam("kind", "REPEALED").queryParam("items", 0)
                .when().get("/law-changes").then().statusCode(200)
                .body(containsString("<td>未填写，所有版本的引用均视为受影响</td>"), not(containsString("<th scope=\"row\">起算日</th>")));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void afterRegisteringThePageNamesTheChangeAndNeverClaimsNoItemsWhenItCouldNotReadThem() {
        given().queryParam("registered", "c1").queryParam("title", "安全生产法").queryParam("kind", "AMENDED").queryParam("items", 2)
                .when().get("/law-changes").then().statusCode(200)
                .body(containsString("已登记：《安全生产法》修改"), containsString("引用该法律法规的现行事项共 2 项"),
                        not(containsString("没有现行事项引用该法律法规")));
    }

    @Test
    @TestSecurity(user = "clerk", roles = "clerk")
    void aClerkReadsTheObligationsButHasNoRegisterForm() {
        given().when().get("/law-changes").then().statusCode(200)
                .body(containsString("待履行的调整义务"), not(containsString("登记法律法规修改或废止")));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void theLegalDeskOffersTheFourListsAndRefusesAFileThatIsNotXlsxOrCsvBeforeSendingIt() {
        Response page = given().when().get("/legal");
        page.then().statusCode(200).body(containsString("投诉举报服务暂时无法访问，收件箱稍后显示。"), containsString("清单首次导入"),
                containsString(">行政事业性收费</label>"), containsString(">政府性基金</label>"));
        Csrf csrf = Csrf.of(page);
        given().cookie(csrf.cookie(), csrf.cookieValue()).multiPart(csrf.field(), csrf.token()).multiPart("list", "POWER")
                .multiPart("file", "权责清单.xls", "序号".getBytes(StandardCharsets.UTF_8), "application/vnd.ms-excel")
                .when().post("/legal/import").then().statusCode(400)
                .body(containsString("只能导入 .xlsx 或 .csv 格式的表格"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theAdminPageOpensWithEveryFormAndSaysWhichServiceIsAway() {
        Response page = given().when().get("/admin");
        page.then().statusCode(200)
                .body(containsString("清单服务（科室（队））暂时无法访问"), containsString("保存科室（队）"),
                        containsString("投诉举报电话：号码、地址或网址"), containsString("更新投诉举报渠道"), containsString("载入通知"));
        Csrf csrf = Csrf.of(page);
        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(csrf.field(), csrf.token()).formParam("year", "2027").formParam("document", "国务院办公厅通知")
                .formParam("daysOff", "2027-10-01 至 2027-10-07").formParam("workingWeekendDays", "2027-09-27")
                .when().post("/admin/notices").then().statusCode(400)
                .body(containsString("调休上班日 2027-09-27 是星期一，不是周末。"), containsString("2027-10-01 至 2027-10-07"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aNoticeThatCouldNotBeLoadedNeverClaimsThatNothingWasRecomputed() {
        Csrf csrf = Csrf.of(given().when().get("/admin"));
        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(csrf.field(), csrf.token()).formParam("year", "2027").formParam("document", "国务院办公厅通知")
                .formParam("daysOff", "2027-10-01 至 2027-10-07").formParam("workingWeekendDays", "2027-09-26")
                .when().post("/admin/notices").then().statusCode(503)
                .body(containsString("动态调整服务暂时无法访问，请稍后再试。"), not(containsString("重新计算的期限")),
                        not(containsString("没有需要重新计算的暂定期限。")));
    }
}
