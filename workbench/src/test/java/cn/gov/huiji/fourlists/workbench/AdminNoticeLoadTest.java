package cn.gov.huiji.fourlists.workbench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * R-ADJ-3 on the admin page: loading a year's holiday notice shows, from adjustment-service's answer, each provisional
 * due date it counted again (重新计算的期限), or says that there was none.
 */
@QuarkusTest
@QuarkusTestResource(value = AdminNoticeLoadTest.Services.class, restrictToAnnotatedClass = true)
class AdminNoticeLoadTest {

    static final String REQUEST = "0b8f6c2e-5d7a-4c11-9e3b-2f4a6d8c1e90";
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    /** list-service's sections and adjustment-service's calendar; the load refuses what the admin did not send. */
    public static class Services implements QuarkusTestResourceLifecycleManager {

        private HttpServer server;

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/api/v1/sections", x -> json(x, 200, """
                    [{"code":"hazchem","name":"危险化学品安全监督管理科"}]"""));
            server.createContext("/api/v1/channels", x -> json(x, 200, "[]"));
            server.createContext("/api/v1/calendar/notices", Services::calendar);
            server.createContext("/api/v1/calendar/revisions", x -> json(x, 200, "[]"));
            server.start();
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            return Map.of("quarkus.rest-client.adjustment.url", url, "quarkus.rest-client.lists.url", url,
                    "quarkus.rest-client.complaint.url", url);
        }

        @Override
        public void stop() {
            server.stop(0);
        }

        private static void calendar(HttpExchange x) throws IOException {
            String path = x.getRequestURI().getPath();
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).replace(" ", "");
            if (x.getRequestMethod().equals("GET")) {
                json(x, 200, "{\"calendarVersion\":\"cal-r2\",\"years\":[2024,2025,2026,2036]}");
            } else if (x.getRequestHeaders().getFirst("Authorization") == null) {
                json(x, 401, "{\"status\":401}");
            } else if (path.equals("/api/v1/calendar/notices/2037") && body.contains("\"year\":2037")
                    && body.contains("[[\"2037-01-01\",\"2037-01-03\"]]")) {
                json(x, 200, """
                        {"calendarVersion":"cal-r3","years":[2024,2025,2026,2036,2037],
                         "recomputed":[{"kind":"REQUEST","id":"%s","itemCode":"410108-AJ-CF-001","section":"hazchem",
                                        "previousDueDate":"2037-01-05","dueDate":"2037-01-07","calendarVersion":"cal-r3"},
                                       {"kind":"OBLIGATION","id":"7d2e9a41-3c6b-4f08-8a5d-1b9e0c7f4a26","itemCode":"410108-AJ-XK-002",
                                        "section":"enforcement-brigade","previousDueDate":"2037-01-06","dueDate":"2037-01-08",
                                        "calendarVersion":"cal-r3"}]}""".formatted(REQUEST));
            } else if (path.equals("/api/v1/calendar/notices/2038")) {
                json(x, 200, "{\"calendarVersion\":\"cal-r4\",\"years\":[2024,2025,2026,2036,2037,2038],\"recomputed\":[]}");
            } else {
                json(x, 400, "{\"status\":400,\"detailZh\":\"测试替身未预期的通知：" + path + " " + body + "\"}");
            }
        }

        private static void json(HttpExchange x, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().set("Content-Type", status < 400 ? "application/json" : "application/problem+json");
            x.sendResponseHeaders(status, bytes.length);
            x.getResponseBody().write(bytes);
            x.close();
        }
    }

    private static Response load(String year, String daysOff) {
        Response page = given().get("/admin");
        LegalAndAdminPagesTest.Csrf csrf = LegalAndAdminPagesTest.Csrf.of(page);
        return given().cookie(csrf.cookie(), csrf.cookieValue()).redirects().follow(false).contentType(FORM)
                .formParam(csrf.field(), csrf.token()).formParam("year", year)
                .formParam("document", "国务院办公厅关于" + year + "年部分节假日安排的通知").formParam("daysOff", daysOff)
                .formParam("workingWeekendDays", "").when().post("/admin/notices");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void afterLoadingANoticeTheAdminSeesEachDueDateItCountedAgainFromWhatToWhat() {
        load("2037", "2037-01-01 至 2037-01-03").then().statusCode(200)
                .body(containsString("已载入 2037 年节假日安排通知。"),
                        containsString("<h2 id=\"recomputed-h\">重新计算的期限</h2>"),
                        containsString("<th scope=\"col\">类别</th><th scope=\"col\">事项/申请</th><th scope=\"col\">科室</th>"
                                + "<th scope=\"col\">原期限</th><th scope=\"col\">新期限</th><th scope=\"col\">工作日历</th>"),
                        containsString("<tr><td>调整申请</td><td>事项 410108-AJ-CF-001<br>申请编号 " + REQUEST
                                + "</td><td>危险化学品安全监督管理科</td>"),
                        containsString("<td>2037-01-05</td><td>2037-01-07</td><td>cal-r3</td>"),
                        containsString("<tr><td>调整义务</td><td>事项 410108-AJ-XK-002</td><td>enforcement-brigade</td>"),
                        containsString("<td>2037-01-06</td><td>2037-01-08</td><td>cal-r3</td>"),
                        not(containsString("没有需要重新计算的暂定期限。")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aLoadThatRecomputedNothingSaysSo() {
        load("2038", "2038-01-01").then().statusCode(200)
                .body(containsString("已载入 2038 年节假日安排通知。"), containsString("重新计算的期限"),
                        containsString("<p class=\"empty\">没有需要重新计算的暂定期限。</p>"), not(containsString("<th scope=\"col\">原期限</th>")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theAdminPageAloneListsNoRecomputation() {
        given().get("/admin").then().statusCode(200)
                .body(containsString("现行工作日历版本：<strong>cal-r2</strong>"), not(containsString("重新计算的期限")));
    }
}
