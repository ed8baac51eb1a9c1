package cn.gov.huiji.fourlists.workbench;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * 留痕查询 and 统计 when the services do not answer (the test profile points every client at a closed port): each page
 * still opens with its form and says in plain Chinese what cannot be shown, chart by chart.
 */
@QuarkusTest
class AuditAndStatsPagesTest {

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void theTraceSearchOpensWithEveryConditionAndSaysTheAuditServiceIsAway() {
        given().get("/traces").then().statusCode(503)
                .body(containsString("<h1>留痕查询</h1>"), containsString("审计服务暂时无法访问，请稍后再试。"),
                        containsString("日志状态暂时无法读取，请稍后再试。"),
                        containsString("<label for=\"subject\">对象（完整标识，如 item/3700000225001）</label>"),
                        containsString("<label for=\"subjectPrefix\">对象前缀（如 request/ 或 case/TS-2026-）</label>"),
                        containsString("<label for=\"actor\">操作人（用户名）</label>"),
                        containsString("<label for=\"section\">科室（队）</label>"),
                        containsString("科室（队）列表暂时无法读取，请填写科室（队）代码"),
                        containsString("<label for=\"type\">事件类型（如 fourlists.adjustment.request.published）</label>"),
                        containsString("<label for=\"from\">起始日期</label>"), containsString("<label for=\"to\">截止日期（含当日）</label>"),
                        containsString("<button type=\"submit\">申请导出</button>"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void anExportThatIsNoExportIsNotFoundWithoutAskingTheService() {
        given().get("/traces/exports/not-an-export").then().statusCode(404).body(containsString("未找到该导出记录。"));
        given().get("/traces/exports/1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f/content?format=xlsx").then().statusCode(404)
                .body(containsString("未找到该导出文件。"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void eachChartThatCannotBeDrawnSaysWhichServiceIsAwayAndNoOther() {
        given().get("/stats").then().statusCode(200)
                .body(containsString("<h1>统计</h1>"), containsString("动态调整服务暂时无法访问，这张图表请稍后再看。"),
                        containsString("投诉举报服务暂时无法访问，这张图表请稍后再看。"), not(containsString("<svg")));
    }
}
