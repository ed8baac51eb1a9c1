package cn.gov.huiji.fourlists.workbench;

import cn.gov.huiji.fourlists.logverifier.TreeHead;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 留痕查询 and 统计 against doubles of audit-, adjustment-, complaint- and list-service that answer as their resources
 * do: the auditor reads traces with their log check in Chinese, the log's state, requests an export and downloads it
 * through the workbench; a service's refusal replaces its chart only.
 */
@QuarkusTest
@QuarkusTestResource(value = AuditAndStatsWithServicesTest.Services.class, restrictToAnnotatedClass = true)
class AuditAndStatsWithServicesTest {

    static final String EXPORT = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    static final String CSV = "\uFEFFid,time,actor\n7,2026-11-26 08:30:00,clerk\n";
    static final String PREFIX = "case/TS-2026-";
    /** The filters the export double accepts, each exactly as the search that led to it. */
    static final Set<String> EXPORTABLE = Set.of("{\"actor\":\"clerk\",\"from\":\"2026-11-01\"}",
            "{\"subjectPrefix\":\"" + PREFIX + "\",\"section\":\"hazchem\"}");

    /** The services' doubles on one port; each checks what the workbench sends as the real resource would. */
    public static class Services implements QuarkusTestResourceLifecycleManager {

        private HttpServer server;

        @Override
        public Map<String, String> start() {
            try {
                KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                byte[] root = new byte[32];
                Arrays.fill(root, (byte) 0x5e);
                TreeHead head = TreeHead.sign(OffsetDateTime.parse("2026-12-04T10:15:30+08:00").toInstant().toEpochMilli(), 5120, root,
                        key.getPrivate());
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/api/v1/sections", x -> json(x, 200, """
                        [{"code":"hazchem","name":"危险化学品安全监督管理科"},{"code":"office","name":"办公室"}]"""));
                server.createContext("/api/v1/log/tree-head", x -> json(x, 200, "{\"treeSize\":" + head.treeSize() + ",\"rootHash\":\""
                        + head.rootHash() + "\",\"timestamp\":" + head.timestamp() + ",\"signature\":\"" + head.signature() + "\"}"));
                server.createContext("/api/v1/log/public-key", x -> send(x, 200, "application/x-pem-file", TreeHead.toPem(key.getPublic()), null));
                server.createContext("/api/v1/log/gaps", x -> json(x, 200, """
                        [{"source":"fourlists/list-service","firstMissing":41,"lastMissing":42,"detectedAt":"2026-12-04T02:00:00Z","resolvedAt":null}]"""));
                server.createContext("/api/v1/traces", Services::traces);
                // the auditor is not among the roles of adjustment-service's statistics
                server.createContext("/api/v1/stats/sections", x -> send(x, 403, "application/problem+json", """
                        {"type":"about:blank","title":"Forbidden","titleZh":"无权访问","status":403}""", null));
                server.createContext("/api/v1/cases/stats", x -> json(x, 200, """
                        {"bySection":[{"key":"hazchem","kind":"COMPLAINT","cases":5,"open":3,"overdue":1},
                                      {"key":"hazchem","kind":"REPORT","cases":4,"open":1,"overdue":1},
                                      {"key":"","kind":"SUGGESTION","cases":2,"open":2,"overdue":0}],"byItem":[]}"""));
                server.start();
                String url = "http://127.0.0.1:" + server.getAddress().getPort();
                return Map.of("quarkus.rest-client.audit.url", url, "quarkus.rest-client.adjustment.url", url,
                        "quarkus.rest-client.complaint.url", url, "quarkus.rest-client.lists.url", url);
            } catch (Exception e) {
                throw new IllegalStateException("the services' doubles did not start", e);
            }
        }

        private static void traces(HttpExchange x) throws IOException {
            String path = x.getRequestURI().getPath();
            String query = x.getRequestURI().getRawQuery() == null ? "" : x.getRequestURI().getRawQuery();
            if (x.getRequestHeaders().getFirst("Authorization") == null) {
                send(x, 401, "application/problem+json", "{\"status\":401}", null);
            } else if (path.equals("/api/v1/traces/exports") && x.getRequestMethod().equals("POST")) {
                String filter = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).replace(" ", "");
                if (!EXPORTABLE.contains(filter)) {
                    send(x, 400, "application/problem+json", "{\"status\":400,\"detailZh\":\"导出条件与查询条件不一致：" + filter + "\"}", null);
                    return;
                }
                json(x, 201, "{\"id\":\"" + EXPORT + "\",\"requestedBy\":\"auditor\",\"requestedAt\":\"2026-12-04T02:00:00Z\",\"entryCount\":1}");
            } else if (path.equals("/api/v1/traces/exports/" + EXPORT)) {
                json(x, 200, "{\"id\":\"" + EXPORT + "\",\"requestedBy\":\"auditor\",\"requestedAt\":\"2026-12-04T02:00:00Z\",\"entryCount\":1,"
                        + "\"entries\":[{\"id\":7,\"integrity\":\"VERIFIED\"}]}");
            } else if (path.equals("/api/v1/traces/exports/" + EXPORT + "/content") && query.equals("format=csv")) {
                send(x, 200, "text/csv; charset=UTF-8", CSV, "attachment; filename=\"traces-" + EXPORT + ".csv\"");
            } else if (path.equals("/api/v1/traces") && query.contains("type=fourlists.audit.export.created")) {
                json(x, 200, "{\"items\":[{\"id\":9,\"type\":\"fourlists.audit.export.created\",\"subject\":\"export/" + EXPORT + "\","
                        + "\"time\":\"2026-12-04T02:00:00Z\",\"actor\":{\"userId\":\"auditor\",\"roles\":[\"auditor\"]},"
                        + "\"data\":{\"exportId\":\"" + EXPORT + "\",\"actor\":\"clerk\",\"from\":\"2026-10-31T16:00:00Z\",\"entryCount\":1},"
                        + "\"integrity\":\"VERIFIED\"}],\"page\":0,\"size\":50,\"total\":1}");
            } else if (path.equals("/api/v1/traces")) {
                Map<String, String> asked = parameters(query);
                String section = asked.get("section");
                if (section != null && !section.matches("[a-z0-9-]{2,64}")) {
                    // as audit-service refuses a section that is no section code
                    send(x, 400, "application/problem+json", """
                            {"type":"urn:fourlists:problem:validation","title":"Invalid input","titleZh":"输入有误","status":400,
                             "detailZh":"字段 section：应为科室（队）代码：2 至 64 位小写字母、数字或连字符",
                             "errors":[{"field":"section","message":"a section code is expected",
                                        "messageZh":"应为科室（队）代码：2 至 64 位小写字母、数字或连字符"}]}""", null);
                    return;
                }
                if ((section != null || asked.containsKey("subjectPrefix"))
                        && !(PREFIX.equals(asked.get("subjectPrefix")) && "hazchem".equals(section))) {
                    send(x, 400, "application/problem+json", "{\"status\":400,\"detailZh\":\"对象前缀或科室（队）未按原样送达："
                            + query + "\"}", null);
                    return;
                }
                int page = "1".equals(asked.get("page")) ? 1 : 0;
                json(x, 200, """
                        {"items":[
                          {"id":7,"source":"fourlists/adjustment-service","sequence":41,"type":"fourlists.adjustment.request.submitted",
                           "subject":"request/a1","time":"2026-11-26T00:30:00Z","actor":{"userId":"clerk","roles":["clerk"],"section":"hazchem"},
                           "data":{"requestId":"a1"},"logIndex":6,"integrity":"VERIFIED"},
                          {"id":8,"source":"fourlists/complaint-service","sequence":5,"type":"fourlists.complaint.case.accepted",
                           "subject":"case/TS-2026-000001","time":"2026-11-26T01:00:00Z","actor":{"userId":"handler","roles":["complaint-handler"]},
                           "logIndex":7,"integrity":"MISMATCH"}],
                         "page":%d,"size":50,"total":120}""".formatted(page));
            } else {
                send(x, 404, "application/problem+json", "{\"status\":404}", null);
            }
        }

        /** The query's parameters, decoded, as the real resource reads them. */
        private static Map<String, String> parameters(String query) {
            Map<String, String> parameters = new HashMap<>();
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    parameters.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return parameters;
        }

        private static void json(HttpExchange x, int status, String body) throws IOException {
            send(x, status, "application/json", body, null);
        }

        private static void send(HttpExchange x, int status, String type, String body, String disposition) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", type);
            if (disposition != null) {
                x.getResponseHeaders().add("Content-Disposition", disposition);
            }
            x.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(bytes);
            }
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void theAuditorReadsEachTracesLogCheckTheLogsStateAndPagesOnWithTheSameSearch() {
        given().get("/traces?actor=clerk&from=2026-11-01").then().statusCode(200)
                .body(containsString("已核验：与公开日志一致"), containsString("不一致：存储的痕迹在写入日志后被改动，请报纪检组"),
                        containsString("<tr class=\"mismatch\">"), containsString("2026-11-26 08:30:00"),
                        containsString("危险化学品安全监督管理科"), containsString("科室经办人"), containsString("动态调整服务"),
                        containsString("共 120 条"), containsString("第 1 页，共 3 页"),
                        containsString("href=\"/traces?actor=clerk&amp;from=2026-11-01&amp;page=1\" rel=\"next\">下一页</a>"),
                        containsString("发现 1 处缺口，共缺 2 条痕迹（漏报），见下表。"), containsString("清单服务"),
                        containsString("签名有效（已用审计服务公布的日志公钥核验）"), containsString("<code>5e5e5e5e5e5e5e5e…</code>"),
                        containsString("5120 条"), containsString("2026-12-04 10:15:30"),
                        containsString("<input type=\"hidden\" name=\"actor\" value=\"clerk\">"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void anExportIsAskedForWithTheSearchShownListedAndDownloadedThroughTheWorkbench() {
        Response form = given().get("/traces?actor=clerk&from=2026-11-01");
        Matcher token = Pattern.compile("name=\"([^\"]*csrf[^\"]*)\" value=\"([^\"]+)\"").matcher(form.asString());
        assertTrue(token.find(), "the export form carries a CSRF token");
        given().cookies(form.getCookies()).redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(token.group(1), token.group(2)).formParam("actor", "clerk").formParam("from", "2026-11-01")
                .post("/traces/exports").then().statusCode(303)
                .header("Location", containsString("/traces/exports/" + EXPORT + "?done=1"));

        given().get("/traces/exports/" + EXPORT + "?done=1").then().statusCode(200)
                .body(containsString("已生成导出。"), containsString("全部 1 条痕迹已与公开日志核对一致。"),
                        containsString("操作人 clerk；自 2026-11-01 00:00:00"),
                        containsString("href=\"/traces/exports/" + EXPORT + "/content?format=csv\""));
        given().get("/traces/exports").then().statusCode(200)
                .body(containsString("2026-12-04 10:00:00"), containsString("href=\"/traces/exports/" + EXPORT + "\">查看并下载</a>"));
        given().get("/traces/exports/" + EXPORT + "/content?format=csv").then().statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"traces-" + EXPORT + ".csv\""))
                .body(equalTo(CSV));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void aSearchBySubjectPrefixAndSectionReachesAuditServiceAsTypedAndIsCarriedToTheNextPageAndTheExport() {
        // the double answers with traces only when both conditions arrive as typed
        Response form = given().queryParam("subjectPrefix", PREFIX).queryParam("section", "hazchem").get("/traces");
        form.then().statusCode(200)
                .body(containsString("共 120 条"), not(containsString("未按原样送达")),
                        containsString("<input id=\"subjectPrefix\" name=\"subjectPrefix\" value=\"" + PREFIX + "\" maxlength=\"200\">"),
                        containsString("<option value=\"hazchem\" selected>危险化学品安全监督管理科</option>"),
                        containsString("<option value=\"office\">办公室</option>"),
                        containsString("href=\"/traces?subjectPrefix=case%2FTS-2026-&amp;section=hazchem&amp;page=1\" rel=\"next\">下一页</a>"),
                        containsString("<input type=\"hidden\" name=\"subjectPrefix\" value=\"" + PREFIX + "\">"),
                        containsString("<input type=\"hidden\" name=\"section\" value=\"hazchem\">"));
        // the next-page link exactly as the browser follows it
        given().urlEncodingEnabled(false).get("/traces?subjectPrefix=case%2FTS-2026-&section=hazchem&page=1").then().statusCode(200)
                .body(containsString("第 2 页，共 3 页"), not(containsString("未按原样送达")));

        Matcher token = Pattern.compile("name=\"([^\"]*csrf[^\"]*)\" value=\"([^\"]+)\"").matcher(form.asString());
        assertTrue(token.find(), "the export form carries a CSRF token");
        given().cookies(form.getCookies()).redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(token.group(1), token.group(2)).formParam("subjectPrefix", PREFIX).formParam("section", "hazchem")
                .post("/traces/exports").then().statusCode(303)
                .header("Location", containsString("/traces/exports/" + EXPORT + "?done=1"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void aSectionAuditServiceRefusesIsNamedByItsLabelInChinese() {
        given().get("/traces?section=Hazchem").then().statusCode(400)
                .body(containsString("输入有误。 科室（队）：应为科室（队）代码：2 至 64 位小写字母、数字或连字符。"),
                        containsString("<label for=\"section\">科室（队）</label>"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void aRefusedStatisticLeavesANoticeInPlaceOfItsChartAndTheOtherChartStands() {
        given().get("/stats").then().statusCode(200)
                .body(containsString("您无权查看动态调整申请的时限统计。"), not(containsString("id=\"adjustment-chart-title\"")),
                        containsString("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""), containsString("role=\"img\""),
                        containsString("aria-label=\"各科室投诉举报：已了结、在办未超期与在办已超期\""),
                        containsString("<th scope=\"row\">危险化学品安全监督管理科</th><td>9</td><td>5</td><td>4</td><td>2</td><td>2</td>"),
                        containsString("<th scope=\"row\">尚未交办</th>"));
    }
}
