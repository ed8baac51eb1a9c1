package cn.gov.huiji.fourlists.workbench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registers' pages against a double of list-service that answers with the spec's shapes: the legal section
 * withdraws a publication with its reason (a DELETE with a body), sees an unconfirmed body's publication refused and an
 * entrustment outside the entrusting body's items refused in Chinese with what it typed kept, imports a CSV of
 * officers as the file it is and reads every error by 行 and 列, and finds an officer by name.
 */
@QuarkusTest
@QuarkusTestResource(value = EnforcementDeskTest.ListService.class, restrictToAnnotatedClass = true)
class EnforcementDeskTest {

    static final String BUREAU = "114101080051883705";
    static final String BRIGADE = "12410108MB1A04537P";
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    static final String CSV = "执法证号,姓名,所在单位统一社会信用代码,执法类别,执法区域,发证机关,有效期起,有效期止\n"
            + "41010816001,张明,114101080051883705,安全生产监管执法,惠济区,郑州市人民政府法制办公室,2016-07-01,2027-02-30\n";

    @ConfigProperty(name = "quarkus.rest-client.lists.url")
    String listService;

    /** list-service as the workbench calls it; what it was sent is read back at /fake/seen?key=METHOD path. */
    public static class ListService implements QuarkusTestResourceLifecycleManager {

        private HttpServer server;
        private final Map<String, String> seen = new ConcurrentHashMap<>();

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/", this::answer);
            server.start();
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            return Map.of("quarkus.rest-client.lists.url", url, "quarkus.rest-client.list-import.url", url);
        }

        @Override
        public void stop() {
            server.stop(0);
        }

        private void answer(HttpExchange x) throws IOException {
            String path = x.getRequestURI().getPath();
            String query = x.getRequestURI().getQuery();
            if (path.equals("/fake/seen")) {
                send(x, 200, "text/plain", seen.getOrDefault(query.substring("key=".length()), ""));
                return;
            }
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String key = x.getRequestMethod() + " " + path;
            seen.put(key, (query == null ? "" : query) + " | " + x.getRequestHeaders().getFirst("Content-Type") + " | "
                    + x.getRequestHeaders().getFirst("Authorization") + " | " + body);
            switch (key) {
                case "GET /api/v1/bodies" -> send(x, 200, "application/json", "includeUnpublished=true".equals(query) ? """
                        [%s,{"creditCode":"%s","name":"惠济区安全生产执法监察大队","kind":"ENTRUSTED","kindZh":"受委托组织",
                          "enforcementCategory":"安全生产监管执法","legalBasis":"委托执法","published":false,"version":1,"entrustments":[]}]"""
                        .formatted(bureau(), BRIGADE) : "[" + bureau() + "]");
                case "GET /api/v1/bodies/" + BUREAU -> send(x, 200, "application/json", bureau());
                case "GET /api/v1/bodies/" + BRIGADE -> send(x, 200, "application/json", """
                        {"creditCode":"%s","name":"惠济区安全生产执法监察大队","kind":"ENTRUSTED","kindZh":"受委托组织",
                         "enforcementCategory":"安全生产监管执法","legalBasis":"委托执法","published":false,"version":1,
                         "validFrom":"2016-06-29T02:00:00Z","entrustments":[{"id":"6b0e0c4e-3f57-4d35-9c4a-0c2b1f7e9d21",
                          "entrustingBody":{"creditCode":"%s","name":"惠济区安全生产监督管理局"},"itemCodes":["410108-AJ-CF-001"],
                          "validFrom":"2016-07-01","validTo":"2099-06-30","documentNo":"惠安监委〔2016〕3号","documentDate":"2016-06-28",
                          "revoked":false,"inTerm":true}]}""".formatted(BRIGADE, BUREAU));
                case "DELETE /api/v1/bodies/" + BUREAU + "/publication" -> send(x, 200, "application/json", bureau());
                case "POST /api/v1/bodies/" + BRIGADE + "/publication" -> send(x, 409, "application/problem+json", """
                        {"status":409,"title":"Body not confirmed","titleZh":"主体未确认","detail":"no confirmation document",
                         "detailZh":"执法主体尚未确认，不能公告：请先登记确认文号和确认日期。"}""");
                case "POST /api/v1/bodies/" + BRIGADE + "/entrustments" -> send(x, 400, "application/problem+json", """
                        {"status":400,"titleZh":"输入有误","detailZh":"以下字段有误：itemCodes",
                         "errors":[{"field":"itemCodes[1]","message":"not an item of the entrusting body","messageZh":"410108-AJ-XK-001 不是委托机关的清单事项"}]}""");
                case "POST /api/v1/officers/import" -> send(x, 400, "application/problem+json", """
                        {"status":400,"titleZh":"输入有误","detailZh":"表格中有 2 处错误，未导入任何执法人员。",
                         "errors":[{"row":2,"column":"有效期止","message":"not a date","messageZh":"不是日期：2027-02-30"},
                                   {"row":2,"column":"执法类别","message":"differs from the unit's","messageZh":"与所在单位的执法类别不一致"}]}""");
                case "GET /api/v1/officers" -> send(x, 200, "application/json", """
                        {"items":[{"certificateNo":"41010816001","name":"张明","unit":{"creditCode":"%s","name":"惠济区安全生产监督管理局"},
                          "category":"安全生产监管执法","area":"惠济区","issuingAuthority":"郑州市人民政府法制办公室","validFrom":"2016-07-01",
                          "validTo":"2027-06-30","status":"VALID","statusZh":"有效"}],"page":0,"size":20,"total":1}""".formatted(BUREAU));
                default -> send(x, 404, "application/problem+json", """
                        {"status":404,"titleZh":"未找到","detailZh":"未找到该执法主体或执法人员。"}""");
            }
        }

        private static String bureau() {
            return """
                    {"creditCode":"%s","name":"惠济区安全生产监督管理局","kind":"STATUTORY","kindZh":"法定","enforcementCategory":"安全生产监管执法",
                     "legalBasis":"《中华人民共和国安全生产法》第九条","confirmationNo":"惠编〔2016〕12号","confirmationDate":"2016-06-30",
                     "published":true,"version":2,"validFrom":"2016-07-01T01:00:00Z","entrustments":[]}""".formatted(BUREAU);
        }

        private static void send(HttpExchange x, int status, String type, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().set("Content-Type", type);
            x.sendResponseHeaders(status, bytes.length);
            try (var out = x.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private String seen(String key) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(listService + "/fake/seen?key="
                + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20"))).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void theLegalSectionWithdrawsAPublicationWithItsReason() throws Exception {
        Response page = given().get("/bodies/" + BUREAU);
        page.then().statusCode(200).body(containsString("<h1>惠济区安全生产监督管理局</h1>"), containsString("惠编〔2016〕12号（2016-06-30）"),
                containsString("<label for=\"withdraw-reason\">撤销公告的理由</label>"), containsString("<button type=\"submit\">撤销公告</button>"),
                containsString("本主体不是受委托组织，没有委托执法。"), containsString("<button type=\"submit\">保存修改</button>"));
        var csrf = LegalAndAdminPagesTest.Csrf.of(page);
        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType(FORM).formParam(csrf.field(), csrf.token())
                .formParam("reason", "机构撤并").redirects().follow(false)
                .post("/bodies/" + BUREAU + "/withdrawal").then().statusCode(303)
                .header("Location", containsString("/bodies/" + BUREAU + "?done=WITHDRAWN"));
        String sent = seen("DELETE /api/v1/bodies/" + BUREAU + "/publication");
        assertTrue(sent.contains("{\"reason\":\"机构撤并\"}") && sent.contains("application/json") && sent.contains("Bearer "),
                "the reason goes in the DELETE's JSON body, with the user's token: " + sent);
        given().get("/bodies/" + BUREAU + "?done=WITHDRAWN").then().statusCode(200).body(containsString("已撤销公告。"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void anUnconfirmedBodyIsNotPublishedAndAnEntrustmentOutsideTheEntrustingBodysItemsIsRefusedInChinese() throws Exception {
        Response page = given().get("/bodies/" + BRIGADE);
        page.then().statusCode(200).body(containsString("在委托期限内"), containsString("<button type=\"submit\">终止委托</button>"),
                containsString("尚未填写确认文号和确认日期"), containsString("<button type=\"submit\">公告</button>"),
                containsString("<label for=\"entrustingCreditCode\">委托机关统一社会信用代码</label>"),
                containsString("<option value=\"" + BUREAU + "\">惠济区安全生产监督管理局</option>"),
                containsString("<button type=\"submit\">登记委托</button>"));
        var csrf = LegalAndAdminPagesTest.Csrf.of(page);
        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType(FORM).formParam(csrf.field(), csrf.token())
                .post("/bodies/" + BRIGADE + "/publication").then().statusCode(409)
                .body(containsString("执法主体尚未确认，不能公告：请先登记确认文号和确认日期。"));
        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType(FORM).formParam(csrf.field(), csrf.token())
                .formParam("entrustingCreditCode", BUREAU).formParam("itemCodes", "410108-AJ-CF-001\n410108-AJ-XK-001")
                .formParam("validFrom", "2016-07-01").formParam("validTo", "2018-06-30").formParam("documentNo", "惠安监委〔2016〕5号")
                .formParam("documentDate", "2016-06-28")
                .post("/bodies/" + BRIGADE + "/entrustments").then().statusCode(400)
                .body(containsString("委托事项编码：410108-AJ-XK-001 不是委托机关的清单事项。"),
                        containsString(">410108-AJ-CF-001\n410108-AJ-XK-001</textarea>"), containsString("value=\"惠安监委〔2016〕5号\""));
        String sent = seen("POST /api/v1/bodies/" + BRIGADE + "/entrustments");
        assertTrue(sent.contains("\"entrustingCreditCode\":\"" + BUREAU + "\"")
                && sent.contains("\"itemCodes\":[\"410108-AJ-CF-001\",\"410108-AJ-XK-001\"]") && sent.contains("\"validTo\":\"2018-06-30\""), sent);
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aCsvOfOfficersGoesAsItIsAndEveryErrorIsShownByRowAndColumn() throws Exception {
        var csrf = LegalAndAdminPagesTest.Csrf.of(given().get("/officers"));
        given().cookie(csrf.cookie(), csrf.cookieValue()).multiPart(csrf.field(), csrf.token())
                .multiPart("file", "officers.csv", CSV.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/officers/import").then().statusCode(400)
                .body(containsString("导入结果：officers.csv"), containsString("表格中有 2 处错误，未导入任何执法人员。"),
                        containsString("<tr><td>2</td><td>有效期止</td><td>不是日期：2027-02-30</td></tr>"),
                        containsString("<tr><td>2</td><td>执法类别</td><td>与所在单位的执法类别不一致</td></tr>"));
        String sent = seen("POST /api/v1/officers/import");
        assertTrue(sent.contains(" | text/csv | Bearer "), "typed as CSV, with the user's token: " + sent);
        assertEquals(CSV, sent.substring(sent.lastIndexOf(" | ") + 3), "the bytes as uploaded");
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void theLegalSectionFindsAnOfficerByName() throws Exception {
        given().queryParam("q", "张明").get("/officers").then().statusCode(200)
                .body(containsString("<a href=\"/officers/41010816001\">41010816001</a>"), containsString("“张明”的查询结果，共 1 人"),
                        containsString("<td>有效</td>"));
        assertTrue(seen("GET /api/v1/officers").startsWith("q=张明&page=0&size=20"), seen("GET /api/v1/officers"));
    }
}
