package cn.gov.huiji.fourlists.workbench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.specification.MultiPartSpecification;
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
 * 双公示's pages against a double of disclosure-service that answers with the spec's shapes: the legal section finds
 * the overdue decisions, publishes one, cancels one with its reason, reads a refused restoration in Chinese, sees the
 * service's field errors beside the fields of the entry form with everything typed kept, enters a licensing decision,
 * corrects a decision with its reason and downloads the credit export as the service made it.
 */
@QuarkusTest
@QuarkusTestResource(value = DecisionDeskTest.DisclosureService.class, restrictToAnnotatedClass = true)
class DecisionDeskTest {

    static final String RECEIVED = "6a2f4c1e-8b3d-4e7a-9c5f-1d2e3f4a5b6c";
    static final String CANCELLED = "2b7e9d4a-1c3f-4a5e-8d6b-7f9a0c1e2d3b";
    static final String ENTERED = "0f5c1b2a-3d4e-4f60-8a7b-9c8d7e6f5a4b";
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    static final String CSV = "\uFEFFCF_XDR_MC,CF_XDR_LB,CF_NR_FK\r\n郑州市惠济区某某化工有限公司,法人及非法人组织,0.200000\r\n";

    @ConfigProperty(name = "quarkus.rest-client.disclosure.url")
    String disclosureService;

    /** disclosure-service as the workbench calls it; what it was sent is read back at /fake/seen?key=METHOD path. */
    public static class DisclosureService implements QuarkusTestResourceLifecycleManager {

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
            return Map.of("quarkus.rest-client.disclosure.url", url, "quarkus.rest-client.disclosure-import.url", url);
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
                case "GET /api/v1/decisions" -> send(x, 200, "application/json", """
                        {"items":[{"id":"%s","kind":"PENALTY","kindZh":"行政处罚","state":"RECEIVED","stateZh":"待公示","version":2,
                          "documentNo":"惠安监罚〔2025〕18号","decisionDate":"2025-09-26","partyName":"郑州市惠济区某某化工有限公司",
                          "partyCategory":"LEGAL_ENTITY","partyCreditCode":"91410108MA44XRNB25","itemCode":"410108-AJ-CF-001",
                          "dueDate":"2025-10-16","calendarVersion":"cal-r1","overdue":true,"disclosureEnd":"2026-09-26"},
                         {"id":"%s","kind":"LICENSING","kindZh":"行政许可","state":"CANCELLED","stateZh":"已取消公示","version":1,
                          "documentNo":"惠安监许〔2026〕7号","decisionDate":"2026-03-02","partyName":"张某某","partyCategory":"NATURAL_PERSON",
                          "itemCode":"410108-AJ-XK-001","dueDate":"2026-03-11","calendarVersion":"cal-r1","overdue":false,
                          "disclosureEnd":"2099-03-02"}],"page":0,"size":20,"total":41}""".formatted(RECEIVED, CANCELLED));
                case "GET /api/v1/decisions/" + RECEIVED -> send(x, 200, "application/json", received());
                case "GET /api/v1/decisions/" + CANCELLED -> send(x, 200, "application/json", cancelled());
                case "POST /api/v1/decisions/" + RECEIVED + "/publication", "POST /api/v1/decisions/" + RECEIVED + "/cancellation",
                     "PUT /api/v1/decisions/" + RECEIVED -> send(x, 200, "application/json", received());
                case "POST /api/v1/decisions/" + CANCELLED + "/restoration" -> send(x, 409, "application/problem+json", """
                        {"status":409,"title":"Disclosure ended","titleZh":"公示期已满","detail":"past the disclosure end",
                         "detailZh":"已过公示截止期 2026-09-26，不能恢复公示。"}""");
                case "POST /api/v1/decisions/penalties" -> send(x, 400, "application/problem+json", """
                        {"status":400,"titleZh":"输入有误","detailZh":"以下字段有误：partyCreditCode, penaltyKinds",
                         "errors":[{"field":"enterPenalty.decision.partyCreditCode","message":"check character","messageZh":"统一社会信用代码校验位不正确"},
                                   {"field":"penaltyKinds[0]","message":"not after 2021-07-15","messageZh":"该处罚种类只用于2021年7月15日前作出的决定"},
                                   {"field":"itemCode","message":"repealed","messageZh":"事项 410108-AJ-CF-009 在决定日期已废止"}]}""");
                case "POST /api/v1/decisions/licensing" -> {
                    x.getResponseHeaders().set("Location", "/api/v1/decisions/" + ENTERED);
                    send(x, 201, "application/json", "{\"id\":\"" + ENTERED + "\",\"kind\":\"LICENSING\",\"state\":\"RECEIVED\"}");
                }
                case "POST /api/v1/decisions/import" -> {
                    if (x.getRequestHeaders().getFirst("Content-Type").startsWith("text/csv")) {
                        send(x, 400, "application/problem+json", """
                                {"status":400,"titleZh":"输入有误","detailZh":"表格中有 2 处错误，未导入任何决定。",
                                 "errors":[{"field":"row[2].处罚类别","message":"unknown kind","messageZh":"无法识别的处罚类别：罚金"},
                                           {"field":"row[3].行政相对人代码_1(统一社会信用代码)","message":"check character",
                                            "messageZh":"统一社会信用代码不符合 GB 32100（18位，校验码不正确）"}]}""");
                    } else {
                        send(x, 201, "application/json", """
                                {"kind":"PENALTY","received":1,"decisions":[{"row":2,"id":"%s","documentNo":"惠安监罚〔2025〕18号",
                                 "dueDate":"2025-10-16"}]}""".formatted(RECEIVED));
                    }
                }
                case "GET /api/v1/disclosures/export" -> {
                    x.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"cf-2025-01-01-2025-12-31.csv\"");
                    send(x, 200, "text/csv; charset=UTF-8", CSV);
                }
                default -> send(x, 404, "application/problem+json", """
                        {"status":404,"titleZh":"未找到","detailZh":"未找到该决定。"}""");
            }
        }

        static String received() {
            return """
                    {"id":"%s","kind":"PENALTY","kindZh":"行政处罚","state":"RECEIVED","stateZh":"待公示","version":2,
                     "dueDate":"2025-10-16","calendarVersion":"cal-r1","dueProvisional":false,"overdue":true,"disclosureEnd":"2026-09-26",
                     "authority":"惠济区安全生产监督管理局","authorityCreditCode":"114101080051883705",
                     "current":{"version":2,"recordedBy":"legal","recordedAt":"2025-09-28T08:30:00Z","reason":"决定书文号录入错误，依原件更正",
                       "partyName":"郑州市惠济区某某化工有限公司","partyCategory":"LEGAL_ENTITY","partyCreditCode":"91410108MA44XRNB25",
                       "legalRepresentative":"王某","legalRepresentativeIdType":"ID_CARD","legalRepresentativeIdNumberMasked":"4101**********1234",
                       "documentNo":"惠安监罚〔2025〕18号","violationType":"未按规定对从业人员进行安全生产教育和培训","facts":"经查……",
                       "basis":"《中华人民共和国安全生产法》第九十七条","penaltyKinds":["FINE"],"content":"罚款2000元","fineYuan":2000.00,
                       "decisionDate":"2025-09-26","validUntil":"2026-09-26","itemCode":"410108-AJ-CF-001","itemVersion":1},
                     "versions":[{"version":1,"recordedBy":"integration","recordedAt":"2025-09-26T02:00:00Z"},
                                 {"version":2,"recordedBy":"legal","recordedAt":"2025-09-28T08:30:00Z","reason":"决定书文号录入错误，依原件更正"}],
                     "steps":[{"action":"RECEIVE","toState":"RECEIVED","version":1,"actor":"integration","at":"2025-09-26T02:00:00Z"},
                              {"action":"FLAG_MISSED","fromState":"RECEIVED","toState":"RECEIVED","version":1,"actor":"disclosure-service",
                               "at":"2025-10-17T00:05:00Z"}]}"""
                    .formatted(RECEIVED);
        }

        static String cancelled() {
            return """
                    {"id":"%s","kind":"LICENSING","kindZh":"行政许可","state":"CANCELLED","stateZh":"已取消公示","version":1,
                     "dueDate":"2026-03-11","calendarVersion":"cal-r1","dueProvisional":false,"overdue":false,"disclosureEnd":"2099-03-02",
                     "current":{"version":1,"partyName":"张某某","partyCategory":"NATURAL_PERSON","personIdType":"ID_CARD",
                       "personIdNumberMasked":"4101********1234","documentName":"危险化学品经营许可证核发决定书","documentNo":"惠安监许〔2026〕7号",
                       "licenceCategory":"GENERAL","content":"准予许可","decisionDate":"2026-03-02","validFrom":"2026-03-02",
                       "validTo":"2099-12-31","itemCode":"410108-AJ-XK-001","itemVersion":1},
                     "versions":[{"version":1,"recordedBy":"legal","recordedAt":"2026-03-02T01:00:00Z"}],
                     "steps":[{"action":"RECEIVE","toState":"RECEIVED","version":1,"actor":"legal","at":"2026-03-02T01:00:00Z"},
                              {"action":"PUBLISH","fromState":"RECEIVED","toState":"PUBLISHED","version":1,"actor":"legal","at":"2026-03-03T01:00:00Z"},
                              {"action":"CANCEL","fromState":"PUBLISHED","toState":"CANCELLED","version":1,"actor":"legal",
                               "at":"2026-04-01T02:00:00Z","reason":"行政复议决定撤销原许可决定"}]}""".formatted(CANCELLED);
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
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(disclosureService + "/fake/seen?key="
                + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20"))).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** A text part of a posted form, in UTF-8 as a browser sends it. */
    static MultiPartSpecification text(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build();
    }

    private static LegalAndAdminPagesTest.Csrf csrf() {
        return LegalAndAdminPagesTest.Csrf.of(given().get("/decisions/new?kind=penalty"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void theListShowsEachDecisionWithItsLimitAndFiltersOnTheOverdue() throws Exception {
        given().queryParam("state", "RECEIVED").queryParam("kind", "PENALTY").queryParam("overdue", "true").get("/decisions").then()
                .statusCode(200)
                .body(containsString("<tr class=\"overdue\">"), containsString("<td>行政处罚</td>"),
                        containsString("<a href=\"/decisions/" + RECEIVED + "\">惠安监罚〔2025〕18号</a>"),
                        containsString("<td>2025-10-16（已逾期）</td>"), containsString("<td>待公示</td>"),
                        containsString("<td>已取消公示</td>"), containsString("<td>2099-03-02</td>"),
                        containsString("<option value=\"RECEIVED\" selected>待公示</option>"),
                        containsString("id=\"f-overdue\" name=\"overdue\" value=\"true\" checked"),
                        containsString("符合条件的决定共 41 件，期限最早的在前（第 1 / 3 页"),
                        containsString("<a href=\"/decisions?state=RECEIVED&amp;kind=PENALTY&amp;overdue=true&amp;page=2\" rel=\"next\">下一页</a>"));
        assertTrue(seen("GET /api/v1/decisions").startsWith("state=RECEIVED&kind=PENALTY&overdue=true&page=0&size=20 | "),
                seen("GET /api/v1/decisions"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void theLegalSectionPublishesAReceivedDecisionAndSeesItsVersions() throws Exception {
        given().get("/decisions/" + RECEIVED).then().statusCode(200)
                .body(containsString("<h1>行政处罚决定 惠安监罚〔2025〕18号</h1>"), containsString("<button type=\"submit\">公示</button>"),
                        containsString("不含国家秘密、商业秘密和个人隐私"), containsString("<td>第 2 版</td><td>legal</td><td>2025-09-28 16:30</td><td>决定书文号录入错误，依原件更正</td>"),
                        containsString("<td>第 1 版</td><td>integration</td><td>2025-09-26 10:00</td><td>收到决定</td>"),
                        containsString("<tr><th scope=\"row\">处罚种类</th><td class=\"content\">罚款</td></tr>"),
                        containsString("2025-10-16（已逾期）"), containsString("按工作日历 cal-r1 计算"),
                        containsString("<tr><th scope=\"row\">法定代表人证件号码</th><td class=\"content\">4101**********1234</td></tr>"),
                        containsString("<tr><th scope=\"row\">处罚机关</th><td class=\"content\">惠济区安全生产监督管理局（114101080051883705）</td></tr>"),
                        containsString("<td>逾期未公示</td><td>待公示</td><td>disclosure-service</td><td>2025-10-17 08:05</td>"),
                        containsString("<a class=\"button\" href=\"/decisions/" + RECEIVED + "/correction\">更正</a>"),
                        not(containsString("取消公示的理由")));
        var csrf = csrf();
        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType(FORM).formParam(csrf.field(), csrf.token()).redirects().follow(false)
                .post("/decisions/" + RECEIVED + "/publication").then().statusCode(303)
                .header("Location", containsString("/decisions/" + RECEIVED + "?done=PUBLISHED"));
        String sent = seen("POST /api/v1/decisions/" + RECEIVED + "/publication");
        assertTrue(sent.contains("application/json") && sent.contains("Bearer ") && sent.endsWith(" | {}"), "an empty JSON body, with the user's token: " + sent);
        given().get("/decisions/" + RECEIVED + "?done=PUBLISHED").then().statusCode(200).body(containsString("<p class=\"done\" role=\"status\">已公示。</p>"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aCancellationGoesWithItsReasonAndARefusedRestorationIsExplainedInChineseWithTheReasonKept() throws Exception {
        var csrf = csrf();
        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType(FORM).formParam(csrf.field(), csrf.token())
                .formParam("reason", "行政复议决定撤销原处罚决定").redirects().follow(false)
                .post("/decisions/" + RECEIVED + "/cancellation").then().statusCode(303)
                .header("Location", containsString("done=CANCELLED"));
        assertTrue(seen("POST /api/v1/decisions/" + RECEIVED + "/cancellation").endsWith(" | {\"reason\":\"行政复议决定撤销原处罚决定\"}"),
                seen("POST /api/v1/decisions/" + RECEIVED + "/cancellation"));

        given().get("/decisions/" + CANCELLED).then().statusCode(200)
                .body(containsString("<label for=\"restore-reason\">恢复公示的理由</label>"), containsString("<button type=\"submit\">恢复公示</button>"),
                        containsString("2099-12-31（长期）"), containsString("4101********1234"), not(containsString("<button type=\"submit\">公示</button>")),
                        containsString("<td>取消公示</td><td>公示中 → 已取消公示</td><td>legal</td><td>2026-04-01 10:00</td><td>行政复议决定撤销原许可决定</td>"));
        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType(FORM).formParam(csrf.field(), csrf.token())
                .formParam("reason", "行政复议维持原决定").post("/decisions/" + CANCELLED + "/restoration").then().statusCode(409)
                .body(containsString("已过公示截止期 2026-09-26，不能恢复公示。"), containsString(">行政复议维持原决定</textarea>"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void theServicesRefusalOfAnEntryStandsBesideTheFieldsAndEverythingTypedIsKept() throws Exception {
        var csrf = csrf();
        given().cookie(csrf.cookie(), csrf.cookieValue()).multiPart(csrf.field(), csrf.token())
                .multiPart(text("partyName", "郑州市惠济区某某化工有限公司")).multiPart(text("partyCategory", "LEGAL_ENTITY"))
                .multiPart(text("partyCreditCode", "91410108MA44XRNB26")).multiPart(text("documentNo", "惠安监罚〔2025〕18号"))
                .multiPart(text("penaltyKinds", "SUSPEND_OR_REVOKE_PERMIT")).multiPart(text("penaltyKinds", "FINE")).multiPart(text("fineYuan", "2,000"))
                .multiPart(text("decisionDate", "2025-09-26")).multiPart(text("itemCode", "410108-AJ-CF-009"))
                .post("/decisions/new?kind=penalty").then().statusCode(400)
                .body(containsString("有 3 处需要修改，已在对应字段旁标出；您填写的内容都已保留。"),
                        containsString("<p class=\"field-error\" id=\"d-partyCreditCode-err\">统一社会信用代码校验位不正确</p>"),
                        containsString("<p class=\"field-error\" id=\"d-itemCode-err\">事项 410108-AJ-CF-009 在决定日期已废止</p>"),
                        containsString("<p class=\"field-error\" role=\"alert\">该处罚种类只用于2021年7月15日前作出的决定</p>"),
                        containsString("value=\"91410108MA44XRNB26\""), containsString("value=\"2,000\""),
                        containsString("id=\"d-kind-SUSPEND_OR_REVOKE_PERMIT\" name=\"penaltyKinds\" value=\"SUSPEND_OR_REVOKE_PERMIT\" checked>"));
        String sent = seen("POST /api/v1/decisions/penalties");
        assertTrue(sent.contains("\"fineYuan\":2000") && sent.contains("\"penaltyKinds\":[\"SUSPEND_OR_REVOKE_PERMIT\",\"FINE\"]")
                && sent.contains("\"partyCreditCode\":\"91410108MA44XRNB26\""), "the service's field names, the amount in 元 as a number: " + sent);
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void anEnteredLicensingDecisionOpensItsPage() {
        var csrf = csrf();
        given().cookie(csrf.cookie(), csrf.cookieValue()).multiPart(csrf.field(), csrf.token())
                .multiPart(text("partyName", "张某某")).multiPart(text("partyCategory", "NATURAL_PERSON")).multiPart(text("personIdNumber", "410108199001011234"))
                .multiPart(text("documentNo", "惠安监许〔2026〕7号")).multiPart(text("validTo", "2099-12-31")).redirects().follow(false)
                .post("/decisions/new?kind=licensing").then().statusCode(303)
                .header("Location", containsString("/decisions/" + ENTERED + "?done=ENTERED"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aCorrectionStartsFromTheDecisionAsHeldAndGoesWithItsReason() throws Exception {
        given().get("/decisions/" + RECEIVED + "/correction").then().statusCode(200)
                .body(containsString("<h1>更正行政处罚决定 惠安监罚〔2025〕18号</h1>"), containsString("value=\"惠安监罚〔2025〕18号\""),
                        containsString("id=\"d-kind-FINE\" name=\"penaltyKinds\" value=\"FINE\" checked>"),
                        containsString("<label for=\"d-reason\">更正理由<span class=\"req\" aria-hidden=\"true\">*</span></label>"),
                        containsString("<input type=\"hidden\" name=\"kind\" value=\"penalty\">"),
                        containsString("name=\"legalRepresentativeIdNumber\" type=\"text\" maxlength=\"64\" value=\"\""),
                        containsString("<button type=\"submit\">保存更正</button>"));
        var csrf = csrf();
        given().cookie(csrf.cookie(), csrf.cookieValue()).multiPart(csrf.field(), csrf.token()).multiPart(text("kind", "penalty"))
                .multiPart(text("partyName", "郑州市惠济区某某化工有限公司")).multiPart(text("documentNo", "惠安监罚〔2025〕19号"))
                .multiPart(text("penaltyKinds", "FINE")).multiPart(text("reason", "决定书文号录入错误，依原件更正")).redirects().follow(false)
                .post("/decisions/" + RECEIVED + "/correction").then().statusCode(303)
                .header("Location", containsString("done=CORRECTED"));
        String sent = seen("PUT /api/v1/decisions/" + RECEIVED);
        assertTrue(sent.contains("\"reason\":\"决定书文号录入错误，依原件更正\"") && sent.contains("\"documentNo\":\"惠安监罚〔2025〕19号\""), sent);
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void theCreditExportIsTheServicesFileAsItIs() throws Exception {
        var answer = given().queryParam("kind", "penalty").queryParam("from", "2025-01-01").queryParam("to", "2025-12-31")
                .queryParam("format", "csv").get("/decisions/export");
        answer.then().statusCode(200).header("Content-Disposition", "attachment; filename=\"cf-2025-01-01-2025-12-31.csv\"")
                .contentType(containsString("text/csv"));
        assertEquals(CSV, new String(answer.asByteArray(), StandardCharsets.UTF_8), "the bytes as the service made them");
        assertTrue(seen("GET /api/v1/disclosures/export").startsWith("kind=penalty&from=2025-01-01&to=2025-12-31&format=csv | "),
                seen("GET /api/v1/disclosures/export"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aSpreadsheetOfDecisionsGoesAsItIsAndEveryErrorIsShownByRowAndColumn() throws Exception {
        String csv = "CF_XDR_MC,CF_CFLB\n某某化工有限公司,罚金\n";
        var csrf = csrf();
        given().cookie(csrf.cookie(), csrf.cookieValue()).multiPart(csrf.field(), csrf.token()).multiPart(text("kind", "penalty"))
                .multiPart("file", "penalties.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/decisions/import").then().statusCode(400)
                .body(containsString("导入结果：penalties.csv"), containsString("表格中有 2 处错误，未导入任何决定。"),
                        containsString("<tr><td>2</td><td>处罚类别</td><td>无法识别的处罚类别：罚金</td></tr>"),
                        containsString("<tr><td>3</td><td>行政相对人代码_1(统一社会信用代码)</td><td>统一社会信用代码不符合 GB 32100（18位，校验码不正确）</td></tr>"));
        String sent = seen("POST /api/v1/decisions/import");
        assertTrue(sent.startsWith("kind=penalty | text/csv | Bearer "), "the kind, typed as CSV, with the user's token: " + sent);
        assertEquals(csv, sent.substring(sent.lastIndexOf(" | ") + 3), "the bytes as uploaded");

        given().cookie(csrf.cookie(), csrf.cookieValue()).multiPart(csrf.field(), csrf.token()).multiPart(text("kind", "penalty"))
                .multiPart("file", "penalties.xlsx", new byte[]{0x50, 0x4b, 0x03, 0x04}, "application/octet-stream")
                .post("/decisions/import").then().statusCode(200)
                .body(containsString("已导入 1 件行政处罚决定，均为待公示"),
                        containsString("<tr><td>2</td><td><a href=\"/decisions/" + RECEIVED + "\">惠安监罚〔2025〕18号</a></td><td>2025-10-16</td></tr>"));
        assertTrue(seen("POST /api/v1/decisions/import").contains(" | application/vnd.openxmlformats-officedocument.spreadsheetml.sheet | "),
                "an .xlsx goes typed as one, whatever the browser called it: " + seen("POST /api/v1/decisions/import"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void anAuditorReadsADecisionWithoutItsSteps() {
        given().get("/decisions/" + RECEIVED).then().statusCode(200)
                .body(containsString("<h1>行政处罚决定 惠安监罚〔2025〕18号</h1>"), not(containsString("<button")),
                        not(containsString("/correction")));
    }
}
