package cn.gov.huiji.fourlists.workbench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 电子监察 and the discipline group's supervision (Art. 21, 29, 31) against a stand-in audit-service answering with the
 * shapes of issue 17: the cards per section and month as charts and a table, each with its traces; a spot check announced
 * with the JSON audit-service takes; a draw asked for before the seed head exists refused in Chinese; a drawn check with
 * its seed, sample and findings, a finding recorded and revised, the report passed through; accountability recorded and
 * decided with the configured measures; the assessment and its CSV. Leaders read everything and see no form.
 */
@QuarkusTest
@QuarkusTestResource(value = OversightDeskTest.AuditService.class, restrictToAnnotatedClass = true)
class OversightDeskTest {

    static final String ANNOUNCED = "5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6";
    static final String SAMPLED = "7e2f3a4b-5c6d-4e7f-8a91-a2b3c4d5e6f7";
    static final String NEW = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    static final String FINDING = "1f2e3d4c-5b6a-4978-8a69-5b4c3d2e1f00";
    static final String RECORDED = "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d";
    static final String DECIDED = "3b4c5d6e-7f80-4b9c-8d1e-2f3a4b5c6d7e";
    static final String FIRST = "request/3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";
    static final String SECOND = "request/4d5e6f70-8b9c-4dae-9f10-2b3c4d5e6f70";
    static final String SEED = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String O = "/api/v1/oversight";
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    static final byte[] PDF = "%PDF-1.7\n抽查报告\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    static final String CSV = "\uFEFF科室（队）,调整申请按时公布,调整申请超期\r\n危险化学品安全监督管理科,5,1\r\n";

    @ConfigProperty(name = "quarkus.rest-client.audit.url")
    String auditService;

    /** audit-service's oversight and list-service's sections on one port; what each call sent is read back at /fake/seen. */
    public static class AuditService implements QuarkusTestResourceLifecycleManager {

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
            return Map.of("quarkus.rest-client.audit.url", url, "quarkus.rest-client.lists.url", url);
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
            seen.put(key, (query == null ? "" : query) + " | " + x.getRequestHeaders().getFirst("Authorization") + " | " + body);
            switch (key) {
                case "GET /api/v1/sections" -> send(x, 200, "application/json", """
                        [{"code":"hazchem","name":"危险化学品安全监督管理科"},{"code":"office","name":"办公室"}]""");
                case "GET " + O + "/cards" -> send(x, 200, "application/json", """
                        [{"id":"a1b2c3d4e5f60718","color":"RED","source":"adjustment-service","kind":"ADJUSTMENT_STEP",
                          "subject":"%s","step":"SECTION_REVIEW","section":"hazchem","person":"zhang.wei","dueDate":"2026-11-10",
                          "warnedAt":"2026-11-09T01:00:00Z","missedAt":"2026-11-11T01:00:00Z","workingDaysLate":3,
                          "resolvedAt":"2026-11-20T02:00:00Z",
                          "traces":[{"traceId":"t-1","eventId":"e-1","type":"fourlists.adjustment.deadline.missed",
                                     "occurredAt":"2026-11-11T01:00:00Z","leafIndex":4096}]},
                         {"id":"b2c3d4e5f6071829","color":"YELLOW","source":"complaint-service","kind":"COMPLAINT_ANSWER",
                          "subject":"case/TS-2026-000007","step":"ANSWER","section":"office","person":"li.na","dueDate":"2026-12-08",
                          "warnedAt":"2026-12-05T01:00:00Z","missedAt":null,"workingDaysLate":null,"resolvedAt":null,
                          "traces":[{"traceId":"t-2","eventId":"e-2","type":"fourlists.complaint.deadline.warned",
                                     "occurredAt":"2026-12-05T01:00:00Z","leafIndex":null}]}]""".formatted(FIRST));
                case "GET " + O + "/cards/summary" -> send(x, 200, "application/json", """
                        [{"month":"2026-11","section":"hazchem","yellow":2,"red":1,"resolved":1},
                         {"month":"2026-12","section":"hazchem","yellow":1,"red":0,"resolved":0},
                         {"month":"2026-12","section":"office","yellow":4,"red":2,"resolved":3}]""");
                case "GET " + O + "/spot-checks" -> send(x, 200, "application/json", "[" + sampled() + "," + announced() + "]");
                case "GET " + O + "/spot-checks/" + ANNOUNCED -> send(x, 200, "application/json", announced());
                case "GET " + O + "/spot-checks/" + SAMPLED, "POST " + O + "/spot-checks/" + SAMPLED + "/draw" ->
                        send(x, 200, "application/json", sampled());
                case "POST " + O + "/spot-checks" -> {
                    if (body.contains("\"seedTreeSize\":100")) {
                        send(x, 422, "application/problem+json", """
                                {"type":"urn:fourlists:problem:seed-not-in-future","status":422,"title":"Seed head not in the future",
                                 "titleZh":"种子树头须在将来","detail":"the log already has 5120 entries",
                                 "detailZh":"种子树头的日志条数须大于当前日志条数 5120：已经签发的树头人人可见，不能作为种子。"}""");
                    } else {
                        send(x, 201, "application/json", "{\"id\":\"" + NEW + "\",\"state\":\"ANNOUNCED\"}");
                    }
                }
                case "POST " + O + "/spot-checks/" + ANNOUNCED + "/draw" -> send(x, 409, "application/problem+json", """
                        {"type":"urn:fourlists:problem:seed-head-not-yet","status":409,"title":"Seed head not yet signed",
                         "titleZh":"种子树头尚未签发","detail":"The log has 5130 entries; the draw waits for the head at 5140.",
                         "detailZh":"日志现有 5130 条，种子树头要等日志达到 5140 条才签发，届时才能抽取样本。"}""");
                case "POST " + O + "/spot-checks/" + SAMPLED + "/findings" -> {
                    if (body.contains("request/not-sampled")) {
                        send(x, 422, "application/problem+json", """
                                {"type":"urn:fourlists:problem:not-in-sample","status":422,"title":"Not in the sample","titleZh":"不在样本中",
                                 "detail":"request/not-sampled is not in the sample","detailZh":"request/not-sampled 不在本次抽查的样本中。"}""");
                    } else {
                        send(x, 201, "application/json", "{\"id\":\"" + FINDING + "\"}");
                    }
                }
                case "PUT " + O + "/findings/" + FINDING -> send(x, 200, "application/json", "{\"id\":\"" + FINDING + "\"}");
                case "GET " + O + "/spot-checks/" + SAMPLED + "/report.pdf" -> {
                    x.getResponseHeaders().set("Content-Disposition", "inline; filename=\"spot-check-" + SAMPLED + ".pdf\"");
                    send(x, 200, "application/pdf", PDF);
                }
                case "GET " + O + "/measures" -> send(x, 200, "application/json", """
                        [{"code":"WARNING_TALK","label":"诫勉谈话"},{"code":"CIRCULATED_CRITICISM","label":"通报批评"},
                         {"code":"WRITTEN_SELF_EXAMINATION","label":"责令书面检查"},{"code":"REMOVED_FROM_ENFORCEMENT","label":"调离执法岗位"},
                         {"code":"REFERRED","label":"移送处理"},{"code":"PERFORMANCE_DEDUCTION","label":"扣减绩效考核分"}]""");
                case "GET " + O + "/accountability" -> send(x, 200, "application/json", """
                        [{"id":"%s","state":"RECORDED","section":"hazchem","person":"zhang.wei","facts":"调整申请超期 3 个工作日未报。",
                          "findings":["%s"],"cards":["a1b2c3d4e5f60718"],"basis":"惠安监管〔2016〕41号第二十九条",
                          "measure":"PERFORMANCE_DEDUCTION","measureLabel":"扣减绩效考核分","decisionDate":null,"decisionDocument":null,"recordedBy":"discipline",
                          "recordedAt":"2026-12-03T02:00:00Z","updatedAt":"2026-12-03T02:00:00Z"},
                         {"id":"%s","state":"DECIDED","section":"office","person":null,"facts":"投诉答复超期。","findings":[],
                          "cards":["b2c3d4e5f6071829"],"basis":"惠安监管〔2016〕41号第三十一条","measure":"CIRCULATED_CRITICISM",
                          "decisionDate":"2026-12-10","decisionDocument":"惠安监纪〔2026〕3号","recordedBy":"discipline",
                          "recordedAt":"2026-12-04T02:00:00Z","updatedAt":"2026-12-10T02:00:00Z"}]""".formatted(RECORDED, FINDING, DECIDED));
                case "POST " + O + "/accountability" -> send(x, 201, "application/json", "{\"id\":\"" + RECORDED + "\",\"state\":\"RECORDED\"}");
                case "PUT " + O + "/accountability/" + RECORDED, "POST " + O + "/accountability/" + RECORDED + "/decision" ->
                        send(x, 200, "application/json", "{\"id\":\"" + RECORDED + "\"}");
                case "GET " + O + "/assessment" -> send(x, 200, "application/json", """
                        {"from":"2026-01-01","to":"2026-12-31","rows":[{"section":"hazchem","adjustmentsOnTime":5,"adjustmentsLate":1,
                          "complaintsOnTime":7,"complaintsLate":2,"yellowCards":3,"redCards":1,"findings":1,"measures":0}]}""");
                case "GET " + O + "/assessment.csv" -> {
                    x.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"assessment-2026-01-01-2026-12-31.csv\"");
                    send(x, 200, "text/csv; charset=UTF-8", CSV);
                }
                default -> send(x, 404, "application/problem+json", """
                        {"status":404,"titleZh":"未找到","detailZh":"未找到该抽查。"}""");
            }
        }

        static String announced() {
            return """
                    {"id":"%s","title":"2027年第一季度投诉举报案件抽查","population":"COMPLAINT_CASES","from":"2027-01-01","to":"2027-03-31",
                     "sampleSize":10,"populationTreeSize":5120,"seedTreeSize":5140,"algorithm":"fourlists-spot-check/1","state":"ANNOUNCED",
                     "announcedAt":"2026-12-04T02:00:00Z","announcedBy":"discipline","announcementTraceId":"c0ffee00-0000-4000-8000-000000000001",
                     "seed":null,"seedHeadSignature":null,"populationCount":null,"sample":[],"sampledAt":null}""".formatted(ANNOUNCED);
        }

        static String sampled() {
            return """
                    {"id":"%s","title":"2026年第四季度清单调整申请抽查","population":"ADJUSTMENT_REQUESTS","from":"2026-10-01","to":"2026-12-31",
                     "sampleSize":2,"populationTreeSize":4800,"seedTreeSize":4820,"algorithm":"fourlists-spot-check/1","state":"SAMPLED",
                     "announcedAt":"2026-12-01T02:00:00Z","announcedBy":"discipline","announcementTraceId":"c0ffee00-0000-4000-8000-000000000002",
                     "seed":"%s","seedHeadSignature":"q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=","populationCount":37,
                     "sample":[{"object":"%s","rank":"00a1b2c3d4e5f60718293a4b5c6d7e8f00a1b2c3d4e5f60718293a4b5c6d7e8f",
                                "findings":[{"id":"%s","checkId":"%s","object":"%s","kind":"CONCEALED","section":"hazchem",
                                             "person":"zhang.wei","traceIndexes":[4096,4101],"documents":["惠安监调〔2026〕12号"],
                                             "evidence":"申请已于 11 月 8 日退回，痕迹记为提交。","examiner":"discipline",
                                             "recordedAt":"2026-12-05T02:00:00Z","revisedAt":null}]},
                               {"object":"%s","rank":"0b1c2d3e4f5061728394a5b6c7d8e9f00b1c2d3e4f5061728394a5b6c7d8e9f0","findings":[]}],
                     "sampledAt":"2026-12-02T03:00:00Z"}""".formatted(SAMPLED, SEED, FIRST, FINDING, SAMPLED, FIRST, SECOND);
        }

        private static void send(HttpExchange x, int status, String type, String body) throws IOException {
            send(x, status, type, body.getBytes(StandardCharsets.UTF_8));
        }

        private static void send(HttpExchange x, int status, String type, byte[] bytes) throws IOException {
            x.getResponseHeaders().set("Content-Type", type);
            x.sendResponseHeaders(status, bytes.length);
            try (var out = x.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** What the workbench last sent to METHOD path: "query | Authorization | body". */
    private String seen(String key) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(auditService + "/fake/seen?key="
                + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20"))).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String sentBody(String seen) {
        return seen.substring(seen.lastIndexOf(" | ") + 3);
    }

    private static LegalAndAdminPagesTest.Csrf csrf(String page) {
        return LegalAndAdminPagesTest.Csrf.of(given().get(page));
    }

    // --- 电子监察 ---------------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void theCardsShowPerSectionAndMonthAsChartsAndEachCardWithItsTracesAndWhenItWasResolved() throws Exception {
        given().get("/oversight?section=hazchem&from=2026-10&to=2026-11&color=RED").then().statusCode(200)
                .body(containsString("<a href=\"/oversight\">电子监察</a>"), containsString("<h1>电子监察</h1>"),
                        containsString("<tr class=\"card-red\">"), containsString("红牌（超期）"), containsString("黄牌（预警）"),
                        containsString("<td>危险化学品安全监督管理科</td>"), containsString("<td>3 个工作日</td>"),
                        containsString("已于 2026-11-20 10:00 办结"), containsString("<td>未办结</td>"),
                        containsString("<code>fourlists.adjustment.deadline.missed</code> 2026-11-11 09:00，日志位置 4096"),
                        containsString("，尚未写入日志"), containsString("清单调整环节"), containsString("投诉举报答复"),
                        containsString("href=\"/traces?subject=request%2F3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f\""),
                        containsString("href=\"/oversight/accountability?card=a1b2c3d4e5f60718&amp;forSection=hazchem&amp;person=zhang.wei\""),
                        containsString("aria-label=\"各科室（队）的黄牌与红牌\""), containsString("aria-label=\"各月的黄牌与红牌\""),
                        containsString("<th scope=\"row\">危险化学品安全监督管理科</th><td>3</td><td>1</td><td>1</td>"),
                        containsString("<th scope=\"row\">2026年11月</th><td>2</td><td>1</td><td>1</td>"),
                        not(containsString("<th scope=\"row\">办公室</th>")),
                        containsString("<option value=\"hazchem\" selected>危险化学品安全监督管理科</option>"),
                        containsString("<option value=\"RED\" selected>红牌（超期）</option>"), containsString("value=\"2026-10\""));
        String asked = seen("GET /api/v1/oversight/cards");
        assertTrue(asked.startsWith("section=hazchem&from=2026-10-01&to=2026-11-30&color=RED | Bearer "),
                "the months become the first and last day, with the section, the colour and the user's token: " + asked);
        assertTrue(seen("GET /api/v1/oversight/cards/summary").startsWith("from=2026-10-01&to=2026-11-30 | "),
                "the charts are of the same months: " + seen("GET /api/v1/oversight/cards/summary"));
    }

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void aMonthRangeTheWrongWayRoundIsRefusedBeforeAsking() {
        given().get("/oversight?from=2026-12&to=2026-01").then().statusCode(400)
                .body(containsString("起始月份 2026-12 晚于截止月份 2026-01。"), containsString("value=\"2026-12\""));
    }

    // --- spot checks ----------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void theDisciplineGroupAnnouncesASpotCheckWithTheJsonAuditServiceTakes() throws Exception {
        given().get("/oversight/spot-checks").then().statusCode(200)
                .body(containsString("<h2 id=\"announce-h\">公告抽查</h2>"), containsString("<label for=\"s-title\">抽查名称</label>"),
                        containsString("<option value=\"PUBLISHED_ITEMS\" selected>已公布清单事项</option>"),
                        containsString("<option value=\"ADJUSTMENT_REQUESTS\">清单调整申请</option>"),
                        containsString("<option value=\"COMPLAINT_CASES\">投诉举报案件</option>"),
                        containsString("<option value=\"DISCLOSURES\">双公示决定</option>"),
                        containsString("<label for=\"s-seed\">种子树头的日志条数（可选）</label>"),
                        containsString("<a href=\"/oversight/spot-checks/" + SAMPLED + "\">2026年第四季度清单调整申请抽查</a>"),
                        containsString("<td>已公告，待抽取</td>"), containsString("<td>日志第 5140 条时</td>"));
        var csrf = csrf("/oversight/spot-checks");
        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType(FORM).formParam(csrf.field(), csrf.token())
                .formParam("title", "2027年第一季度投诉举报案件抽查").formParam("population", "COMPLAINT_CASES")
                .formParam("from", "2027-01-01").formParam("to", "2027-03-31").formParam("sampleSize", " 20 ").formParam("seedTreeSize", "6000")
                .redirects().follow(false).post("/oversight/spot-checks").then().statusCode(303)
                .header("Location", containsString("/oversight/spot-checks/" + NEW + "?done=ANNOUNCED"));
        String sent = seen("POST /api/v1/oversight/spot-checks");
        assertTrue(sent.contains("Bearer "), "with the user's token: " + sent);
        assertEquals("{\"title\":\"2027年第一季度投诉举报案件抽查\",\"population\":\"COMPLAINT_CASES\",\"from\":\"2027-01-01\","
                + "\"to\":\"2027-03-31\",\"sampleSize\":20,\"seedTreeSize\":6000}", sentBody(sent), "the spec's fields, numbers as numbers");
    }

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void aSeedHeadAlreadyPastIsRefusedInChineseAndEverythingTypedIsKept() {
        var csrf = csrf("/oversight/spot-checks");
        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType(FORM).formParam(csrf.field(), csrf.token())
                .formParam("title", "补充抽查").formParam("population", "DISCLOSURES").formParam("from", "2026-01-01")
                .formParam("to", "2026-06-30").formParam("sampleSize", "5").formParam("seedTreeSize", "100")
                .post("/oversight/spot-checks").then().statusCode(422)
                .body(containsString("种子树头的日志条数须大于当前日志条数 5120：已经签发的树头人人可见，不能作为种子。"),
                        containsString("value=\"补充抽查\""), containsString("<option value=\"DISCLOSURES\" selected>双公示决定</option>"),
                        containsString("value=\"2026-06-30\""), containsString("value=\"100\""));
        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType(FORM).formParam(csrf.field(), csrf.token())
                .formParam("title", "补充抽查").formParam("population", "DISCLOSURES").formParam("sampleSize", "501")
                .post("/oversight/spot-checks").then().statusCode(400).body(containsString("样本量应为 1 至 500 之间的整数。"));
    }

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void aDrawBeforeTheSeedHeadExistsSaysInChineseWhatTheLogAwaits() throws Exception {
        given().get("/oversight/spot-checks/" + ANNOUNCED).then().statusCode(200)
                .body(containsString("<h1>抽查：2027年第一季度投诉举报案件抽查</h1>"), containsString("<td>投诉举报案件</td>"),
                        containsString("<td>2027-01-01 至 2027-03-31</td>"), containsString("公告时已签名的日志前 5120 条"),
                        containsString("日志达到 5140 条时签发的签名树头"), containsString("<button type=\"submit\">抽取样本</button>"));
        var csrf = csrf("/oversight/spot-checks/" + ANNOUNCED);
        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType(FORM).formParam(csrf.field(), csrf.token())
                .post("/oversight/spot-checks/" + ANNOUNCED + "/draw").then().statusCode(409)
                .body(containsString("<p class=\"notice\" role=\"alert\">日志现有 5130 条，种子树头要等日志达到 5140 条才签发，届时才能抽取样本。</p>"),
                        containsString("<button type=\"submit\">抽取样本</button>"));
        assertTrue(seen("POST /api/v1/oversight/spot-checks/" + ANNOUNCED + "/draw").contains("Bearer "), "asked with the user's token");

        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType(FORM).formParam(csrf.field(), csrf.token()).redirects().follow(false)
                .post("/oversight/spot-checks/" + SAMPLED + "/draw").then().statusCode(303)
                .header("Location", containsString("/oversight/spot-checks/" + SAMPLED + "?done=SAMPLED"));
    }

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void aDrawnCheckShowsItsSeedItsSampleInRankOrderItsFindingsTheReportAndTheOutsidersCommand() {
        given().get("/oversight/spot-checks/" + SAMPLED + "?done=SAMPLED").then().statusCode(200)
                .body(containsString("<p class=\"done\" role=\"status\">已抽取样本。</p>"),
                        containsString("<code class=\"hash\">q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=</code>"),
                        containsString("<code class=\"hash\">" + SEED + "</code>"), containsString("<td>37 个</td>"),
                        containsString("<td>2026-12-02 11:00</td>"), containsString("<tr id=\"object-1\">"), containsString("<td><code>" + FIRST + "</code></td>"),
                        containsString("<td><code>00a1b2c3d4e5f607</code></td>"), containsString("<tr id=\"object-2\">"),
                        containsString("<td><code>" + SECOND + "</code></td>"),
                        containsString("<strong>瞒报</strong>，责任科室（队）危险化学品安全监督管理科，责任人 zhang.wei"),
                        containsString("相关痕迹的日志位置：4096, 4101"), containsString("相关文件：惠安监调〔2026〕12号"),
                        containsString("检查人 discipline，2026-12-05 10:00"),
                        containsString("href=\"/oversight/spot-checks/" + SAMPLED + "/report.pdf\">下载抽查报告（PDF，可打印）</a>"),
                        containsString("<code>java -jar log-verifier-cli.jar spot-check --log http://127.0.0.1:8084 --check " + SAMPLED + "</code>"),
                        containsString("<label for=\"f2-evidence\">证据和说明</label>"),
                        containsString("<input type=\"radio\" id=\"f2-kind-OMITTED\" name=\"kind\" value=\"OMITTED\" required><label for=\"f2-kind-OMITTED\">漏报"),
                        containsString("<label for=\"f2-kind-NONE\">未发现问题"),
                        containsString("id=\"r" + FINDING + "-kind-CONCEALED\" name=\"kind\" value=\"CONCEALED\" required checked>"),
                        containsString("href=\"/oversight/accountability?finding=" + FINDING + "&amp;forSection=hazchem&amp;person=zhang.wei\""),
                        not(containsString("抽取样本</button>")));
    }

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void aFindingIsPostedForItsObjectAndRevisedAndARefusalKeepsWhatWasTyped() throws Exception {
        var csrf = csrf("/oversight/spot-checks/" + SAMPLED);
        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType(FORM).formParam(csrf.field(), csrf.token())
                .formParam("object", SECOND).formParam("kind", "OMITTED").formParam("evidence", "11月受理的投诉未见受理痕迹。")
                .formParam("traceIndexes", "4200，4211 4215").formParam("documents", "受理登记簿第 12 页\n\n现场照片 3 张\n")
                .formParam("section", "hazchem").formParam("person", "")
                .redirects().follow(false).post("/oversight/spot-checks/" + SAMPLED + "/findings").then().statusCode(303)
                .header("Location", containsString("/oversight/spot-checks/" + SAMPLED + "?done=FINDING"));
        assertEquals("{\"object\":\"" + SECOND + "\",\"kind\":\"OMITTED\",\"section\":\"hazchem\",\"traceIndexes\":[4200,4211,4215],"
                        + "\"documents\":[\"受理登记簿第 12 页\",\"现场照片 3 张\"],\"evidence\":\"11月受理的投诉未见受理痕迹。\"}",
                sentBody(seen("POST /api/v1/oversight/spot-checks/" + SAMPLED + "/findings")), "the finding as audit-service takes it");

        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType(FORM).formParam(csrf.field(), csrf.token())
                .formParam("checkId", SAMPLED).formParam("object", FIRST).formParam("kind", "FALSE_REPORT")
                .formParam("evidence", "复核后认定为虚报。").redirects().follow(false)
                .post("/oversight/findings/" + FINDING).then().statusCode(303).header("Location", containsString("done=REVISED"));
        assertEquals("{\"object\":\"" + FIRST + "\",\"kind\":\"FALSE_REPORT\",\"evidence\":\"复核后认定为虚报。\"}",
                sentBody(seen("PUT /api/v1/oversight/findings/" + FINDING)), "the revision goes to the finding");

        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType(FORM).formParam(csrf.field(), csrf.token())
                .formParam("object", SECOND).formParam("kind", "OTHER").formParam("evidence", "见附件").formParam("traceIndexes", "第4200条")
                .post("/oversight/spot-checks/" + SAMPLED + "/findings").then().statusCode(400)
                .body(containsString("相关痕迹的日志位置应为非负整数，多个以逗号或空格分隔，如 1024, 1031。"), containsString("<details open>"),
                        containsString("value=\"第4200条\""), containsString(">见附件</textarea>"));

        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType(FORM).formParam(csrf.field(), csrf.token())
                .formParam("object", "request/not-sampled").formParam("kind", "OTHER").formParam("evidence", "误填的对象")
                .post("/oversight/spot-checks/" + SAMPLED + "/findings").then().statusCode(422)
                .body(containsString("request/not-sampled 不在本次抽查的样本中。"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void theReportIsAuditServicesPdfAsItIs() {
        var answer = given().get("/oversight/spot-checks/" + SAMPLED + "/report.pdf");
        answer.then().statusCode(200).header("Content-Type", startsWith("application/pdf"))
                .header("Content-Disposition", equalTo("inline; filename=\"spot-check-" + SAMPLED + ".pdf\""));
        assertArrayEquals(PDF, answer.asByteArray(), "the bytes as audit-service made them");
        given().get("/oversight/spot-checks/not-a-check/report.pdf").then().statusCode(404).body(containsString("未找到该抽查。"));
    }

    @Test
    @TestSecurity(user = "leader", roles = "leader")
    void aLeaderReadsTheSampleAndTheFindingsButSeesNoForm() {
        given().get("/oversight/spot-checks/" + SAMPLED).then().statusCode(200)
                .body(containsString("<strong>瞒报</strong>"), containsString("spot-check --log"),
                        not(containsString("<form method=\"post\"")), not(containsString("记录检查结论")), not(containsString("据此问责")));
        given().get("/oversight/spot-checks/" + ANNOUNCED).then().statusCode(200)
                .body(containsString("由纪检组抽取"), not(containsString("抽取样本</button>")));
        given().get("/oversight/spot-checks").then().statusCode(200)
                .body(containsString("2026年第四季度清单调整申请抽查"), not(containsString("<h2 id=\"announce-h\">")), not(containsString("<form method=\"post\"")));
        given().get("/oversight/accountability").then().statusCode(200)
                .body(containsString("扣减绩效考核分（已登记，待决定）"), not(containsString("登记问责")), not(containsString("记录决定")),
                        not(containsString("<form method=\"post\"")));
        given().get("/oversight").then().statusCode(200).body(containsString("红牌（超期）"), not(containsString("据此问责")),
                not(containsString("在留痕查询中查看")));
    }

    // --- accountability -------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void accountabilityIsRecordedWithTheConfiguredMeasuresAndDecided() throws Exception {
        given().get("/oversight/accountability?finding=" + FINDING + "&forSection=hazchem&person=zhang.wei").then().statusCode(200)
                .body(containsString("<h2 id=\"record-h\">登记问责</h2>"), containsString("<option value=\"hazchem\" selected>危险化学品安全监督管理科</option>"),
                        containsString("value=\"zhang.wei\""), containsString(">" + FINDING + "</textarea>"),
                        containsString("<option value=\"WARNING_TALK\">诫勉谈话</option>"), containsString("<option value=\"REFERRED\">移送处理</option>"),
                        containsString("<option value=\"PERFORMANCE_DEDUCTION\">扣减绩效考核分</option>"),
                        containsString("危险化学品安全监督管理科，zhang.wei：扣减绩效考核分（已登记，待决定）"),
                        containsString("<td>2026-12-10，惠安监纪〔2026〕3号</td>"), containsString("<label for=\"d-" + RECORDED + "-date\">决定日期</label>"),
                        not(containsString("action=\"/oversight/accountability/" + DECIDED + "/decision\"")));
        var csrf = csrf("/oversight/accountability");
        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType(FORM).formParam(csrf.field(), csrf.token())
                .formParam("section", "hazchem").formParam("person", "zhang.wei").formParam("facts", "调整申请退回后记为提交。")
                .formParam("findings", FINDING + "\n").formParam("cards", "a1b2c3d4e5f60718, b2c3d4e5f6071829")
                .formParam("basis", "惠安监管〔2016〕41号第二十九条").formParam("measure", "WARNING_TALK").redirects().follow(false)
                .post("/oversight/accountability").then().statusCode(303).header("Location", containsString("/oversight/accountability?done=RECORDED"));
        assertEquals("{\"section\":\"hazchem\",\"person\":\"zhang.wei\",\"facts\":\"调整申请退回后记为提交。\",\"findings\":[\"" + FINDING + "\"],"
                        + "\"cards\":[\"a1b2c3d4e5f60718\",\"b2c3d4e5f6071829\"],\"basis\":\"惠安监管〔2016〕41号第二十九条\",\"measure\":\"WARNING_TALK\"}",
                sentBody(seen("POST /api/v1/oversight/accountability")), "the record as audit-service takes it");

        given().get("/oversight/accountability?edit=" + RECORDED).then().statusCode(200)
                .body(containsString("<h2 id=\"record-h\">修改问责记录</h2>"), containsString("<input type=\"hidden\" name=\"id\" value=\"" + RECORDED + "\">"),
                        containsString(">调整申请超期 3 个工作日未报。</textarea>"));
        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType(FORM).formParam(csrf.field(), csrf.token()).formParam("id", RECORDED)
                .formParam("section", "hazchem").formParam("facts", "更正后的事实").formParam("basis", "第二十九条").formParam("measure", "REFERRED")
                .redirects().follow(false).post("/oversight/accountability").then().statusCode(303).header("Location", containsString("done=CHANGED"));
        assertTrue(sentBody(seen("PUT /api/v1/oversight/accountability/" + RECORDED)).contains("\"measure\":\"REFERRED\""), "a revision is a PUT");

        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType(FORM).formParam(csrf.field(), csrf.token())
                .formParam("decisionDate", "2026-12-12").formParam("decisionDocument", "惠安监纪〔2026〕5号").redirects().follow(false)
                .post("/oversight/accountability/" + RECORDED + "/decision").then().statusCode(303).header("Location", containsString("done=DECIDED"));
        assertEquals("{\"decisionDate\":\"2026-12-12\",\"decisionDocument\":\"惠安监纪〔2026〕5号\"}",
                sentBody(seen("POST /api/v1/oversight/accountability/" + RECORDED + "/decision")));
        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType(FORM).formParam(csrf.field(), csrf.token())
                .formParam("decisionDate", "2026-12-32").formParam("decisionDocument", "惠安监纪〔2026〕6号")
                .post("/oversight/accountability/" + RECORDED + "/decision").then().statusCode(400)
                .body(containsString("决定日期应为 YYYY-MM-DD 格式的日期"), containsString("value=\"惠安监纪〔2026〕6号\""));
        given().get("/oversight/accountability?done=DECIDED").then().statusCode(200).body(containsString("已记录问责决定。"));
    }

    // --- assessment ---------------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "leader", roles = "leader")
    void theAssessmentIsATableForThePeriodAndItsCsvIsAuditServicesFile() throws Exception {
        given().get("/oversight/assessment?from=2026-01-01&to=2026-12-31").then().statusCode(200)
                .body(containsString("2026-01-01 至 2026-12-31 各科室（队）考核情况"),
                        containsString("<th scope=\"row\">危险化学品安全监督管理科</th><td>5</td><td>1</td><td>7</td><td>2</td><td>3</td><td>1</td><td>1</td><td>0</td>"),
                        containsString("href=\"/oversight/assessment.csv?from=2026-01-01&amp;to=2026-12-31\""));
        var answer = given().get("/oversight/assessment.csv?from=2026-01-01&to=2026-12-31");
        answer.then().statusCode(200).header("Content-Type", startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"assessment-2026-01-01-2026-12-31.csv\""));
        assertEquals(CSV, new String(answer.asByteArray(), StandardCharsets.UTF_8), "the bytes as audit-service made them");
        assertTrue(seen("GET /api/v1/oversight/assessment.csv").startsWith("from=2026-01-01&to=2026-12-31 | Bearer "));
        given().get("/oversight/assessment?from=2026-12-31&to=2026-01-01").then().statusCode(400)
                .body(containsString("起始日期 2026-12-31 晚于截止日期 2026-01-01。"));
    }
}
