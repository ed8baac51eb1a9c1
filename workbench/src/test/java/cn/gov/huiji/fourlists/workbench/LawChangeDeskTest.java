package cn.gov.huiji.fourlists.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-LIST-10 (Art. 25(2), 26(1), 29) on the law-change screen against a double of adjustment-service that answers as
 * LawChangeResource does: the version amended reaches the service as amendedVersion, the confirmation names it, and
 * each obligation shows the changed law and its 起算日 beside its due date.
 */
@QuarkusTest
@QuarkusTestResource(value = LawChangeDeskTest.Services.class, restrictToAnnotatedClass = true)
class LawChangeDeskTest {

    static final String CHANGE = "5f0c2a8e-1b3d-4e6f-9a7b-8c9d0e1f2a3b";
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    /** list-service's sections and items, adjustment-service's law changes and obligations. */
    public static class Services implements QuarkusTestResourceLifecycleManager {

        static final ObjectMapper JSON = new ObjectMapper();
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
            Map<String, String> items = Map.of("410108-AJ-XK-002", "烟花爆竹经营（零售）许可", "410108-AJ-CF-001", "对未按规定设置安全生产管理机构的处罚");
            server.createContext("/api/v1/items/", x -> {
                String code = x.getRequestURI().getPath().substring("/api/v1/items/".length());
                if (items.containsKey(code)) {
                    json(x, 200, "{\"code\":\"" + code + "\",\"name\":\"" + items.get(code) + "\"}");
                } else {
                    json(x, 404, "{\"status\":404}");
                }
            });
            server.createContext("/api/v1/law-changes", Services::register);
            server.createContext("/api/v1/obligations", x -> json(x, 200, """
                    [{"id":"7d1c0000-0000-0000-0000-000000000001","lawChangeId":"%s","itemCode":"410108-AJ-XK-002","section":"hazchem",
                      "dueDate":"2026-12-10","calendarVersion":"cal-r3","state":"OPEN","requestId":null,"overdue":false,"workingDaysLeft":3,
                      "law":"安全生产法","dueFrom":"2026-12-07"},
                     {"id":"7d1c0000-0000-0000-0000-000000000002","lawChangeId":"0a1b2c3d-0000-0000-0000-000000000009",
                      "itemCode":"410108-AJ-CF-001","section":"hazchem","dueDate":"2026-03-05","calendarVersion":"cal-r1",
                      "state":"FULFILLED","requestId":"r-9","overdue":false,"workingDaysLeft":null,
                      "law":"河南省安全生产条例","dueFrom":"2026-03-02"}]""".formatted(CHANGE)));
            server.start();
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            return Map.of("quarkus.rest-client.adjustment.url", url, "quarkus.rest-client.lists.url", url);
        }

        @Override
        public void stop() {
            server.stop(0);
        }

        /** As LawChangeResource: role legal's token, the body as LawChangeInput, 201 with the obligations it opened. */
        private static void register(HttpExchange x) throws IOException {
            JsonNode body = JSON.readTree(x.getRequestBody().readAllBytes());
            if (body == null || !x.getRequestMethod().equals("POST")) {
                json(x, 405, "{\"status\":405}");
            } else if (x.getRequestHeaders().getFirst("Authorization") == null) {
                json(x, 401, "{\"status\":401}");
            } else if (!body.path("lawTitle").isTextual()) {
                json(x, 400, "{\"status\":400,\"detailZh\":\"测试替身未预期的登记：" + body + "\"}");
            } else {
                json(x, 201, """
                        {"id":"%s","lawTitle":"安全生产法","kind":"%s","amendedVersion":%s,"effective":"%s","dueFrom":"2026-12-07",
                         "obligations":[{"id":"7d1c0000-0000-0000-0000-000000000001","lawChangeId":"%1$s","itemCode":"410108-AJ-XK-002",
                                         "section":"hazchem","dueDate":"2026-12-10","calendarVersion":"cal-r3","state":"OPEN",
                                         "law":"安全生产法","dueFrom":"2026-12-07"}]}""".formatted(CHANGE, body.path("kind").asText(),
                        body.has("amendedVersion") ? body.get("amendedVersion").toString() : "null", body.path("effective").asText()));
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

    private static String register(String amendedVersion) {
        LegalAndAdminPagesTest.Csrf csrf = LegalAndAdminPagesTest.Csrf.of(given().get("/law-changes"));
        String location = given().cookie(csrf.cookie(), csrf.cookieValue()).redirects().follow(false).contentType(FORM)
                .formParam(csrf.field(), csrf.token()).formParam("lawTitle", "中华人民共和国安全生产法")
                .formParam("amendedVersion", amendedVersion).formParam("kind", "AMENDED").formParam("effective", "2021-09-01")
                .formParam("document", "主席令第八十八号")
                .when().post("/law-changes").then().statusCode(303).extract().header("Location");
        assertTrue(location != null && location.contains("registered=" + CHANGE), "the registration redirects to its confirmation: " + location);
        return location;
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void theVersionAmendedReachesTheServiceAndTheConfirmationNamesItWithTheDayTheThreeWorkingDaysRunFrom() {
        String confirmation = register("2014年8月31日修正");
        given().urlEncodingEnabled(false).when().get(confirmation).then().statusCode(200)
                .body(containsString("已登记：《安全生产法》修改"),
                        containsString("<tr><th scope=\"row\">被修改的版本</th><td>2014年8月31日修正</td></tr>"),
                        containsString("<tr><th scope=\"row\">施行日期</th><td>2021-09-01</td></tr>"),
                        containsString("<tr><th scope=\"row\">起算日</th><td>2026-12-07<p class=\"hint\">自施行之日起算；登记晚于施行的，自登记之日起算。</p>"),
                        containsString("<th scope=\"col\">起算日</th><th scope=\"col\">期限</th>"),
                        containsString("<td>410108-AJ-XK-002</td><td>烟花爆竹经营（零售）许可</td><td>危险化学品安全监督管理科</td><td>待提出调整申请</td>"
                                + "<td>2026-12-07</td><td>2026-12-10</td>"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aChangeNamingNoVersionIsConfirmedAsTouchingEveryVersion() {
        given().urlEncodingEnabled(false).when().get(register("")).then().statusCode(200)
                .body(containsString("<td>未填写，所有版本的引用均视为受影响</td>"), not(containsString("2014年8月31日修正</td>")));
    }

    @Test
    @TestSecurity(user = "clerk", roles = "clerk")
    void eachObligationShowsTheChangedLawAndItsStartingDayBesideItsDueDateWithTheRule() {
        given().when().get("/law-changes").then().statusCode(200)
                .body(containsString("<p class=\"hint\">起算日：自施行之日起算；登记晚于施行的，自登记之日起算。</p>"),
                        containsString("<th scope=\"col\">变更的法律法规</th><th scope=\"col\">状态</th><th scope=\"col\">起算日</th>"
                                + "<th scope=\"col\">期限</th><th scope=\"col\">操作</th>"),
                        containsString("<td>《安全生产法》</td>"),
                        containsString("<td>2026-12-07</td>\n      <td>2026-12-10</td>"),
                        containsString("<th scope=\"col\">变更的法律法规</th><th scope=\"col\">起算日</th><th scope=\"col\">期限</th>"
                                + "<th scope=\"col\">调整申请</th>"),
                        containsString("<td>《河南省安全生产条例》</td><td>2026-03-02</td><td>2026-03-05</td>"));
    }
}
