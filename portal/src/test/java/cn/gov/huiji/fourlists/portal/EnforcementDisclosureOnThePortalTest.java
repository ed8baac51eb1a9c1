package cn.gov.huiji.fourlists.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-LIST-7, R-LIST-8 and R-LIST-9 as a citizen reads them on the portal: the published enforcement bodies and an entrusted
 * organisation's entrustments (Art. 17–18), the officers and the certificate check (Art. 19), and the discretion
 * standards on a 行政处罚 item's page (Art. 16), all in Chinese, with list-service's problems in its Chinese words and
 * never a personal identity number.
 */
@QuarkusTest
@QuarkusTestResource(value = EnforcementDisclosureOnThePortalTest.ListService.class, restrictToAnnotatedClass = true)
class EnforcementDisclosureOnThePortalTest {

    static final String BUREAU = "114101080051883705";
    static final String ENTRUSTED = "12410108MB1A04537P";
    static final String PENALTY_ITEM = "410108-AJ-CF-003";
    static final String IDENTITY_NUMBER = "410108199001011234";

    static String page(String path, int status) {
        String page = given().get(path).then().statusCode(status).contentType(org.hamcrest.Matchers.containsString("text/html"))
                .extract().asString();
        assertTrue(page.contains("<html lang=\"zh-CN\">"), path + " is a Chinese page");
        assertFalse(page.contains("style=\"") || page.contains("<script"), path + " works under the CSP: no inline style or script");
        assertFalse(page.contains("Exception") || page.contains("at cn.gov"), path + " never shows a stack trace");
        return page;
    }

    @Test
    void theBodiesPageListsThePublishedBodiesWithTheirConfirmation() {
        String page = page("/bodies", 200);
        for (String header : new String[]{"名称", "统一社会信用代码", "类别", "执法类别", "确认文号", "确认日期"}) {
            assertTrue(page.contains("<th scope=\"col\">" + header + "</th>"), "the table has the column " + header + ": " + page);
        }
        assertTrue(page.contains("<a href=\"/bodies/" + BUREAU + "\">惠济区安全生产监督管理局</a>"), "each body links to its page: " + page);
        assertTrue(page.contains("法定") && page.contains("受委托组织") && page.contains("惠济政〔2016〕45号") && page.contains("2016-09-30"),
                "the kind and the confirmation document and date of each body: " + page);
        assertTrue(page.contains("<label for=\"asOf\">") && page.contains("<label for=\"kind\">"), "the filters are labelled: " + page);

        assertTrue(page("/bodies?asOf=2010-01-01", 200).contains("该日期没有已公示的执法主体"), "an empty day is said plainly");
        assertEquals("2010-01-01", ListService.query("/api/v1/bodies").get("asOf"), "the day asked is the day list-service answers for");
        String refused = page("/bodies?asOf=2026-13-01", 400);
        assertTrue(refused.contains("参数不正确") && refused.contains("查询日期应为YYYY-MM-DD格式。"),
                "list-service's problem is shown with its titleZh and detailZh: " + refused);
    }

    @Test
    void anEntrustedOrganisationShowsWhoEntrustedWhatForHowLongAndWhetherItStillHolds() {
        String page = page("/bodies/" + ENTRUSTED + "?asOf=2026-05-01", 200);
        assertTrue(page.contains("<h1>惠济区安全生产执法监察大队</h1>"), "the body's name is the heading: " + page);
        assertTrue(page.contains("<th scope=\"row\">执法依据</th><td>《中华人民共和国行政处罚法》第二十条"), "its legal basis: " + page);
        for (String header : new String[]{"委托机关", "委托事项", "委托期限", "委托文号", "状态"}) {
            assertTrue(page.contains("<th scope=\"col\">" + header + "</th>"), "the entrustments have the column " + header + ": " + page);
        }
        assertTrue(page.contains("<a href=\"/items/" + PENALTY_ITEM + "?asOf=2026-05-01\">对生产经营单位未按照规定对从业人员进行安全生产教育和培训的处罚</a>"),
                "an entrusted item links to its page, named as on that day: " + page);
        assertTrue(page.contains("<span class=\"date\">2025-01-01</span> 至 <span class=\"date\">2027-12-31</span>") && page.contains("惠济安监〔2025〕3号"), "the term and the document: " + page);
        assertTrue(page.contains("在期内"), "the entrustment in term says so: " + page);
        assertTrue(page.contains("已终止（2026-03-01 撤销，理由：事项调整）"), "the revoked one says when and why: " + page);
        assertTrue(page.contains("<a href=\"/bodies/" + BUREAU + "?asOf=2026-05-01\">惠济区安全生产监督管理局</a>"),
                "the entrusting body links to its own disclosure: " + page);
    }

    @Test
    void aBodyNotPublishedIsNotFoundInChinese() {
        String page = page("/bodies/91410100MA00000000", 404);
        assertTrue(page.contains("执法主体未公示") && page.contains("该日期没有已公示的该执法主体。"), "the problem in Chinese: " + page);
    }

    @Test
    void theOfficersPageSearchesByNameUnitOrCertificateAndNeverShowsAnIdentityNumber() {
        String page = page("/officers?q=张明", 200);
        assertTrue(page.contains("<label for=\"q\">姓名、单位或执法证号</label>"), "the search field is labelled: " + page);
        assertEquals("张明", ListService.query("/api/v1/officers").get("q"), "the words searched go to list-service as q");
        for (String header : new String[]{"执法证号", "姓名", "单位", "执法类别", "执法区域", "有效期", "状态"}) {
            assertTrue(page.contains("<th scope=\"col\">" + header + "</th>"), "the table has the column " + header + ": " + page);
        }
        assertTrue(page.contains("41010816001") && page.contains("安全生产监管执法") && page.contains("<span class=\"date\">2024-01-01</span> 至 <span class=\"date\">2028-12-31</span>"),
                "each officer's certificate, category and validity: " + page);
        assertTrue(page.contains("注销（2026-03-01）"), "a revoked certificate says since when: " + page);
        assertTrue(page.contains("共 21 人") && page.contains("第 1 页 / 共 2 页") && page.contains("href=\"/officers?q=%E5%BC%A0%E6%98%8E&amp;page=1\""),
                "the result pages, the words kept in the link: " + page);
        assertFalse(page.contains(IDENTITY_NUMBER), "a personal identity number is never published, even if a service sent one");
        assertTrue(page.contains("<label for=\"certificate\">执法证号</label>") && page.contains("<label for=\"date\">日期</label>"),
                "the certificate check is offered on the same page, labelled: " + page);
    }

    @Test
    void theCertificateCheckAnswersValidForWhichUnitCategoryAndArea() {
        String page = page("/officers/check?certificate=41010816001&date=2026-05-01", 200);
        assertTrue(page.contains("<p class=\"verdict-head\" id=\"verdict\">有效</p>"), "the answer first: " + page);
        assertTrue(page.contains("执法证 41010816001 在 2026-05-01 有效。持证人张明，所在单位惠济区安全生产监督管理局，执法类别为安全生产监管执法，执法区域为惠济区。"),
                "and in one plain sentence: " + page);
        assertEquals(Map.of("certificate", "41010816001", "date", "2026-05-01"), ListService.query("/api/v1/officers/check"),
                "the certificate and the day asked");
        assertFalse(page.contains(IDENTITY_NUMBER), "no identity number on the check either");
    }

    @Test
    void theCertificateCheckSaysWhyNotAndShowsTheStatusHistory() {
        String page = page("/officers/check?certificate=41010816002&date=2026-05-01", 200);
        assertTrue(page.contains("id=\"verdict\">无效</p>"), "invalid: " + page);
        assertTrue(page.contains("<td id=\"reason\">执法证已暂扣。</td>"), "the reason, in list-service's words: " + page);
        assertTrue(page.contains("<h2 id=\"history-h\">状态变更记录</h2>") && page.contains("涉嫌违规执法，暂扣执法证"),
                "the dated status changes with their reasons: " + page);

        String unknown = page("/officers/check?certificate=99999999999&date=2026-05-01", 404);
        assertTrue(unknown.contains("执法证不存在") && unknown.contains("未查询到执法证号为 99999999999 的执法证。"),
                "an unknown certificate is list-service's 404 problem, in Chinese: " + unknown);
        String form = page("/officers/check", 200);
        assertFalse(form.contains("id=\"verdict\""), "without a certificate, only the form");
    }

    @Test
    void aPenaltyItemShowsItsDiscretionStandardsAndOnAnEarlierDayThatItHadNone() {
        String page = page("/items/" + PENALTY_ITEM, 200);
        assertTrue(page.contains("<h2 id=\"disc-h\">行政处罚自由裁量基准</h2>"), "the section: " + page);
        assertTrue(page.contains("<h3 id=\"disc-1-h\">违法行为 1：未按照规定对从业人员进行安全生产教育和培训</h3>"), "each violation: " + page);
        assertTrue(page.contains("<th scope=\"row\">法定幅度</th><td>罚款10万元以下</td>"), "the statutory range: " + page);
        for (String header : new String[]{"阶次", "情形", "处罚种类", "罚款幅度", "违法所得倍数", "其他"}) {
            assertTrue(page.contains("<th scope=\"col\">" + header + "</th>"), "the levels have the column " + header + ": " + page);
        }
        assertTrue(page.contains(">一般</th>") && page.contains(">较重</th>"), "the levels in Chinese: " + page);
        assertTrue(page.contains("警告、罚款") && page.contains("1万元至3万元") && page.contains("3万元至10万元"),
                "the kinds in the law's words and the fines in 万元: " + page);
        assertTrue(page.contains("<dt>不予处罚情形</dt>") && page.contains("首次违法且危害后果轻微并及时改正的"), "the conditions: " + page);
        assertTrue(page.contains("来源说明：幅度据记忆整理"), "the source note: " + page);
        assertTrue(page.contains("href=\"/bodies/" + BUREAU + "\">查看执法主体公示</a>"), "the implementing body links to its disclosure");

        String before = page("/items/" + PENALTY_ITEM + "?asOf=2025-01-01", 200);
        assertEquals("2025-01-01", ListService.query("/api/v1/items/" + PENALTY_ITEM).get("asOf"), "the day asked is read");
        assertTrue(before.contains("该事项尚未制定裁量基准") && !before.contains("<h3 id=\"disc-1-h\">"),
                "the version in force that day had no standards, and says so: " + before);

        String licence = page("/items/410108-AJ-XK-001", 200);
        assertFalse(licence.contains("行政处罚自由裁量基准"), "a licence has no discretion section");
    }

    @Test
    void theApprovalListAndTheDisclosuresHaveTheirPlaceInTheNavigation() {
        String home = page("/", 200);
        for (String link : new String[]{"<a href=\"/lists/approval\">审批事项清单</a>", "<a href=\"/bodies\">执法主体公示</a>",
                "<a href=\"/officers\">执法人员公示</a>"}) {
            assertTrue(home.contains(link), "the navigation has " + link + ": " + home);
        }
        assertTrue(home.contains("<a href=\"/lists/approval\"><span class=\"name\">行政审批事项清单</span><span class=\"count\">2 项</span>"),
                "the index shows the approval list beside the others: " + home);
        String approval = page("/lists/approval", 200);
        assertTrue(approval.contains("<h1>行政审批事项清单</h1>") && approval.contains("<label for=\"category\">审批类别</label>")
                && approval.contains("<th scope=\"col\">审批类别</th>"), "the approval list calls its category 审批类别: " + approval);
        assertTrue(approval.contains("危险化学品经营许可证核发"), "its items: " + approval);
    }

    /** list-service answering with the spec's shapes (issue 15) for the bureau, one entrusted organisation and two officers. */
    public static class ListService implements QuarkusTestResourceLifecycleManager {

        static final Map<String, Map<String, String>> QUERIES = new ConcurrentHashMap<>();
        private HttpServer server;

        static Map<String, String> query(String path) {
            return QUERIES.getOrDefault(path, Map.of());
        }

        static final String BUREAU_VIEW = """
                {"creditCode":"114101080051883705","name":"惠济区安全生产监督管理局","kind":"STATUTORY","kindZh":"法定",
                 "enforcementCategory":"安全生产监管执法","legalBasis":"《中华人民共和国安全生产法》第十条",
                 "confirmationNo":"惠济政〔2016〕45号","confirmationDate":"2016-09-30","published":true,"version":1,
                 "validFrom":"2016-09-30T02:00:00Z","entrustments":[]}""";
        static final String ENTRUSTED_VIEW = """
                {"creditCode":"12410108MB1A04537P","name":"惠济区安全生产执法监察大队","kind":"ENTRUSTED","kindZh":"受委托组织",
                 "enforcementCategory":"安全生产监管执法","legalBasis":"《中华人民共和国行政处罚法》第二十条",
                 "confirmationNo":"惠济政〔2016〕46号","confirmationDate":"2016-09-30","published":true,"version":2,
                 "validFrom":"2025-01-01T00:00:00Z","entrustments":[
                  {"id":"6b0e0c4e-3f57-4d35-9c4a-0c2b1f7e9d21","entrustingBody":{"creditCode":"114101080051883705","name":"惠济区安全生产监督管理局"},
                   "itemCodes":["410108-AJ-CF-003"],"validFrom":"2025-01-01","validTo":"2027-12-31","documentNo":"惠济安监〔2025〕3号",
                   "documentDate":"2024-12-20","revoked":false,"revokedOn":null,"revokedReason":null,"inTerm":true},
                  {"id":"7c1f1d5f-4068-4e46-8d5b-1d3c2f8f0e32","entrustingBody":{"creditCode":"114101080051883705","name":"惠济区安全生产监督管理局"},
                   "itemCodes":["410108-AJ-CF-030"],"validFrom":"2025-01-01","validTo":"2027-12-31","documentNo":"惠济安监〔2025〕4号",
                   "documentDate":"2024-12-20","revoked":true,"revokedOn":"2026-03-01","revokedReason":"事项调整","inTerm":false}]}""";
        static final String OFFICERS = """
                {"items":[
                  {"certificateNo":"41010816001","name":"张明","idNumber":"410108199001011234",
                   "unit":{"creditCode":"114101080051883705","name":"惠济区安全生产监督管理局"},"category":"安全生产监管执法",
                   "area":"惠济区","issuingAuthority":"郑州市人民政府","validFrom":"2024-01-01","validTo":"2028-12-31",
                   "status":"VALID","statusZh":"有效","statusDate":"2024-01-01","statusReason":null},
                  {"certificateNo":"41010816009","name":"张明远","unit":{"creditCode":"114101080051883705","name":"惠济区安全生产监督管理局"},
                   "category":"安全生产监管执法","area":"惠济区","issuingAuthority":"郑州市人民政府","validFrom":"2020-01-01",
                   "validTo":"2026-12-31","status":"REVOKED","statusZh":"注销","statusDate":"2026-03-01","statusReason":"调离执法岗位"}],
                 "page":0,"size":20,"total":21}""";
        static final String VALID = """
                {"certificateNo":"41010816001","date":"2026-05-01","valid":true,"status":"VALID","statusZh":"有效","name":"张明",
                 "idNumber":"410108199001011234","unit":{"creditCode":"114101080051883705","name":"惠济区安全生产监督管理局"},
                 "category":"安全生产监管执法","area":"惠济区","validFrom":"2024-01-01","validTo":"2028-12-31","reason":null,"reasonZh":null}""";
        static final String SUSPENDED = """
                {"certificateNo":"41010816002","date":"2026-05-01","valid":false,"status":"SUSPENDED","statusZh":"暂扣","name":"李华",
                 "unit":{"creditCode":"114101080051883705","name":"惠济区安全生产监督管理局"},"category":"安全生产监管执法",
                 "area":"惠济区","validFrom":"2024-01-01","validTo":"2028-12-31","reason":"SUSPENDED","reasonZh":"执法证已暂扣。"}""";
        static final String SUSPENDED_OFFICER = """
                {"certificateNo":"41010816002","name":"李华","status":"SUSPENDED","statusZh":"暂扣","statusHistory":[
                  {"status":"VALID","statusZh":"有效","date":"2024-01-01","reason":"发证","recordedAt":"2024-01-01T02:00:00Z"},
                  {"status":"SUSPENDED","statusZh":"暂扣","date":"2026-04-15","reason":"涉嫌违规执法，暂扣执法证","recordedAt":"2026-04-15T02:00:00Z"}]}""";
        static final String DISCRETION = """
                [{"violation":"未按照规定对从业人员进行安全生产教育和培训","violatedClause":"《中华人民共和国安全生产法》第二十八条第一款",
                  "penaltyClause":"《中华人民共和国安全生产法》第九十七条第（三）项","statutoryRange":{"fineToYuan":100000},
                  "levels":[{"severity":"GENERAL","circumstances":["未培训人员3人以下的"],"penaltyKinds":["WARNING","FINE"],
                             "range":{"fineFromYuan":10000,"fineToYuan":30000}},
                            {"severity":"SERIOUS","circumstances":["未培训人员4人以上的","拒不改正的"],"penaltyKinds":["FINE"],
                             "range":{"fineFromYuan":30000,"fineToYuan":100000},"otherPenalties":"责令限期改正"}],
                  "noPenalty":["首次违法且危害后果轻微并及时改正的"],"heavier":["一年内因同一违法行为受过处罚的"],
                  "sourceNote":"幅度据记忆整理，待与公布的裁量基准表核对"}]""";

        static String item(String code, String name, String category, int version, String discretion) {
            return """
                    {"code":"%s","list":"POWER","listName":"行政权责清单","name":"%s","category":"%s","section":"law",
                     "sectionName":"政策法规科","status":"PUBLISHED","version":%d,"validFrom":"2026-01-01T00:00:00Z","validTo":null,
                     "content":{"code":"%s","list":"POWER","name":"%s","category":"%s",
                       "implementingBody":{"name":"惠济区安全生产监督管理局","creditCode":"114101080051883705"},
                       "legalBasis":[{"title":"中华人民共和国安全生产法","article":"第九十七条"}],
                       "processFlow":[{"step":"立案"},{"step":"调查取证"},{"step":"决定"}],"discretion":%s}}"""
                    .formatted(code, name, category, version, code, name, category, discretion);
        }

        static String problem(int status, String titleZh, String detailZh) {
            return """
                    {"type":"https://fourlists.huiji.gov.cn/problems/x","title":"Problem","titleZh":"%s","status":%d,
                     "detail":"Problem","detailZh":"%s","errors":[]}""".formatted(titleZh, status, detailZh);
        }

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/api/v1/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                Map<String, String> q = parse(exchange.getRequestURI().getRawQuery());
                QUERIES.put(path, q);
                exchange.getRequestBody().readAllBytes();
                String cf = "对生产经营单位未按照规定对从业人员进行安全生产教育和培训的处罚";
                switch (path) {
                    case "/api/v1/bodies" -> {
                        if ("2026-13-01".equals(q.get("asOf"))) {
                            answer(exchange, 400, problem(400, "参数不正确", "查询日期应为YYYY-MM-DD格式。"));
                        } else {
                            answer(exchange, 200, "2010-01-01".equals(q.get("asOf")) ? "[]" : "[" + BUREAU_VIEW + "," + ENTRUSTED_VIEW + "]");
                        }
                    }
                    case "/api/v1/bodies/" + BUREAU -> answer(exchange, 200, BUREAU_VIEW);
                    case "/api/v1/bodies/" + ENTRUSTED -> answer(exchange, 200, ENTRUSTED_VIEW);
                    case "/api/v1/officers" -> answer(exchange, 200, OFFICERS);
                    case "/api/v1/officers/check" -> {
                        switch (q.getOrDefault("certificate", "")) {
                            case "41010816001" -> answer(exchange, 200, VALID);
                            case "41010816002" -> answer(exchange, 200, SUSPENDED);
                            default -> answer(exchange, 404, problem(404, "执法证不存在",
                                    "未查询到执法证号为 " + q.get("certificate") + " 的执法证。"));
                        }
                    }
                    case "/api/v1/officers/41010816002" -> answer(exchange, 200, SUSPENDED_OFFICER);
                    case "/api/v1/items/" + PENALTY_ITEM -> answer(exchange, 200, "2025-01-01".equals(q.get("asOf"))
                            ? item(PENALTY_ITEM, cf, "行政处罚", 1, "null") : item(PENALTY_ITEM, cf, "行政处罚", 2, DISCRETION));
                    case "/api/v1/items/410108-AJ-XK-001" -> answer(exchange, 200,
                            item("410108-AJ-XK-001", "危险化学品经营许可证核发（不带储存设施）", "行政许可", 1, "null"));
                    case "/api/v1/lists" -> answer(exchange, 200, """
                            [{"list":"POWER","path":"power","name":"行政权责清单"},{"list":"APPROVAL","path":"approval","name":"行政审批事项清单"},
                             {"list":"FEE","path":"fee","name":"行政事业性收费清单"},{"list":"FUND","path":"fund","name":"政府性基金清单"}]""");
                    case "/api/v1/lists/approval/items" -> answer(exchange, 200, """
                            {"items":[{"code":"410108-AJ-SP-001","list":"APPROVAL","name":"危险化学品经营许可证核发","category":"行政许可",
                              "section":"hazchem","sectionName":"危险化学品监督管理科","status":"PUBLISHED","version":1},
                             {"code":"410108-AJ-SP-002","list":"APPROVAL","name":"烟花爆竹经营（零售）许可","category":"行政许可",
                              "section":"hazchem","sectionName":"危险化学品监督管理科","status":"PUBLISHED","version":1}],
                             "page":0,"size":20,"total":2}""");
                    case "/api/v1/sections", "/api/v1/changes" -> answer(exchange, 200, "[]");
                    default -> {
                        if (path.startsWith("/api/v1/lists/") && path.endsWith("/items")) {
                            answer(exchange, 200, "{\"items\":[],\"page\":0,\"size\":20,\"total\":0}");
                        } else if (path.endsWith("/versions")) {
                            answer(exchange, 200, "[]");
                        } else if (path.startsWith("/api/v1/bodies/")) {
                            answer(exchange, 404, problem(404, "执法主体未公示", "该日期没有已公示的该执法主体。"));
                        } else {
                            answer(exchange, 404, problem(404, "未找到", "未找到。"));
                        }
                    }
                }
            });
            server.start();
            return Map.of("quarkus.rest-client.lists.url", "http://127.0.0.1:" + server.getAddress().getPort());
        }

        static Map<String, String> parse(String raw) {
            Map<String, String> q = new ConcurrentHashMap<>();
            if (raw != null) {
                for (String pair : raw.split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                                URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                    }
                }
            }
            return q;
        }

        static void answer(HttpExchange exchange, int status, String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }
}
