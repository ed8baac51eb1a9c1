package cn.gov.huiji.fourlists.portal;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static cn.gov.huiji.fourlists.portal.EnforcementDisclosureOnThePortalTest.ListService.answer;
import static cn.gov.huiji.fourlists.portal.EnforcementDisclosureOnThePortalTest.ListService.parse;
import static cn.gov.huiji.fourlists.portal.EnforcementDisclosureOnThePortalTest.ListService.problem;
import static cn.gov.huiji.fourlists.portal.EnforcementDisclosureOnThePortalTest.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 双公示 (Art. 8, R-LIST-11) as a citizen reads it on the portal: 行政许可公示 and 行政处罚公示 searched by the party's
 * name, credit code or document number, by decision date and as on a day; each decision with every public field in
 * Chinese, sums in 元 and 长期 for 2099-12-31; disclosure-service's problems in its Chinese words; and never a natural
 * person's full certificate number nor a legal representative's number, even when a service wrongly sends one.
 */
@QuarkusTest
@QuarkusTestResource(value = DecisionDisclosureOnThePortalTest.DisclosureService.class, restrictToAnnotatedClass = true)
class DecisionDisclosureOnThePortalTest {

    static final String LICENCE_ID = "2b7e9d4a-1c3f-4a5e-8d6b-7f9a0c1e2d3b";
    static final String PERSON_LICENCE_ID = "3c8f0e5b-2d4a-4b6f-9e7c-8a0b1d2f3e4c";
    static final String PENALTY_ID = "6a2f4c1e-8b3d-4e7a-9c5f-1d2e3f4a5b6c";
    static final String PERSON_PENALTY_ID = "7b3a5d2f-9c4e-4f8b-8d6a-2e3f4a5b6c7d";
    /** A natural person's and a legal representative's full numbers, as a faulty service might send them. */
    static final String PERSON_NUMBER = "410108199001011234";
    static final String REPRESENTATIVE_NUMBER = "410108198001015678";

    @Test
    void theMenuHasOneEntryLeadingToBothDisclosuresAndTheHomePageHasTheirCards() {
        String home = page("/", 200);
        assertTrue(home.contains("<li><a href=\"/disclosures\">信用公示</a></li>"), "one menu entry for 双公示: " + home);
        String nav = home.substring(home.indexOf("<nav aria-label=\"主导航\">"), home.indexOf("</nav>"));
        assertEquals(10, nav.split("<li>", -1).length - 1, "the menu stays at ten entries (抽查公示 the tenth), one line at 1366 px: " + nav);
        assertTrue(home.contains("<a id=\"home-licensing\" href=\"/disclosures/licensing\"><span class=\"name\">行政许可公示</span>")
                && home.contains("<a id=\"home-penalties\" href=\"/disclosures/penalties\"><span class=\"name\">行政处罚公示</span>"),
                "the home page has a card for each: " + home);

        String landing = page("/disclosures", 200);
        assertTrue(landing.contains("<h1>信用公示</h1>"), "the landing page's heading: " + landing);
        assertTrue(landing.contains("<a id=\"licensing-card\" href=\"/disclosures/licensing\"><span class=\"name\">行政许可公示</span><span class=\"count\">现公示 2 条")
                && landing.contains("<a id=\"penalties-card\" href=\"/disclosures/penalties\"><span class=\"name\">行政处罚公示</span><span class=\"count\">现公示 23 条"),
                "both disclosures with how many decisions each shows: " + landing);
        assertTrue(landing.contains("<label for=\"q\">行政相对人名称、统一社会信用代码或决定书文号</label>")
                && landing.contains("formaction=\"/disclosures/licensing\""), "a labelled search for either, without script: " + landing);
    }

    @Test
    void theLicensingDisclosureSearchesByWordsDecisionDatesAndDayAndShowsTheTable() {
        String page = page("/disclosures/licensing?q=化工&from=2026-01-01&to=2026-12-31&asOf=2026-06-30", 200);
        assertEquals(Map.of("q", "化工", "from", "2026-01-01", "to", "2026-12-31", "asOf", "2026-06-30", "page", "0", "size", "20"),
                DisclosureService.query("/api/v1/disclosures/licensing"), "the words, the dates and the day go to disclosure-service");
        assertTrue(page.contains("<h1>行政许可公示</h1>"), "the heading: " + page);
        for (String label : new String[]{"<label for=\"q\">行政相对人名称、统一社会信用代码或决定书文号</label>", "<label for=\"from\">决定日期（起）</label>",
                "<label for=\"to\">决定日期（止）</label>", "<label for=\"asOf\">查询日期（可选，默认今日）</label>"}) {
            assertTrue(page.contains(label), "the form has " + label + ": " + page);
        }
        assertTrue(page.contains("value=\"化工\"") && page.contains("value=\"2026-06-30\""), "what was asked stays in the form: " + page);
        for (String header : new String[]{"行政相对人", "统一社会信用代码", "决定书文号", "许可类别", "许可内容", "决定日期", "有效期"}) {
            assertTrue(page.contains("<th scope=\"col\">" + header + "</th>"), "the table has the column " + header + ": " + page);
        }
        assertTrue(page.contains("<p role=\"status\" id=\"result-count\">2026-06-30 当日共公示行政许可决定 2 条，检索“化工”，决定日期 2026-01-01 至 2026-12-31</p>"),
                "what was found, and for which question: " + page);
        assertTrue(page.contains("<th scope=\"row\" data-label=\"行政相对人\"><a href=\"/disclosures/licensing/" + LICENCE_ID
                + "?asOf=2026-06-30\">郑州市惠济区某某化工有限公司</a></th>"), "each party links to its decision as on that day: " + page);
        assertTrue(page.contains("91410108MA44XRNB25") && page.contains("惠安监许〔2026〕5号") && page.contains("<td data-label=\"许可类别\">普通</td>"),
                "credit code, document number and the licence category in Chinese: " + page);
        assertTrue(page.contains("2026-03-02 至 长期"), "2099-12-31 is 长期: " + page);
        assertTrue(page.contains("<td data-label=\"许可内容\">准予危险化学品经营许可（不带储存设施），经营品种为：汽油、柴油、石脑油、甲醇、乙…</td>"),
                "the content is shortened to 40 characters in the table, whole on its page: " + page);
        assertTrue(page.contains("<td data-label=\"统一社会信用代码\" class=\"code\">—</td>"), "a natural person has no credit code: " + page);
    }

    @Test
    void thePenaltyDisclosureShowsTheKindsInTheLawsWordsAndTheEndOfDisclosureAndPages() {
        String page = page("/disclosures/penalties?q=惠安监罚", 200);
        for (String header : new String[]{"行政相对人", "统一社会信用代码", "决定书文号", "违法行为类型", "处罚类别", "处罚内容", "决定日期", "公示截止期"}) {
            assertTrue(page.contains("<th scope=\"col\">" + header + "</th>"), "the table has the column " + header + ": " + page);
        }
        assertTrue(page.contains("<td data-label=\"处罚类别\">警告、罚款</td>"), "the kinds as 行政处罚法 Art. 9 names them: " + page);
        assertTrue(page.contains("<td data-label=\"处罚内容\">罚款2000元</td>") && page.contains("<td data-label=\"公示截止期\"><span class=\"date\">2026-09-26</span></td>"),
                "the content and the 公示截止期: " + page);
        assertTrue(page.contains("共公示行政处罚决定 23 条") && page.contains("第 1 页 / 共 2 页")
                && page.contains("href=\"/disclosures/penalties?q=%E6%83%A0%E5%AE%89%E7%9B%91%E7%BD%9A&amp;page=1\" rel=\"next\""),
                "the result pages, the words kept in the link: " + page);
        assertFalse(page.contains(PERSON_NUMBER) || page.contains(REPRESENTATIVE_NUMBER),
                "no full certificate number in the table, whatever the service sent: " + page);
    }

    @Test
    void aLicensingDecisionShowsEveryPublicFieldInChinese() {
        String page = page("/disclosures/licensing/" + LICENCE_ID, 200);
        assertTrue(page.contains("<h1>郑州市惠济区某某化工有限公司 · 行政许可决定</h1>"), "the party and what it is: " + page);
        String[][] fields = {{"party-category", "行政相对人类别", "法人及非法人组织"}, {"party-credit-code", "统一社会信用代码", "91410108MA44XRNB25"},
                {"legal-representative", "法定代表人", "王某"}, {"document-name", "行政许可决定文书名称", "危险化学品经营许可证核发决定书"},
                {"document-no", "行政许可决定文书号", "惠安监许〔2026〕5号"}, {"licence-category", "许可类别", "普通"},
                {"certificate-name", "许可证书名称", "危险化学品经营许可证"}, {"licence-no", "许可编号", "豫郑惠危化经字〔2026〕000005"},
                {"decision-date", "许可决定日期", "2026-03-02"}, {"valid-from", "有效期自", "2026-03-02"}, {"valid-to", "有效期至", "长期"},
                {"authority", "许可机关", "郑州市惠济区安全生产监督管理局"}, {"authority-code", "许可机关统一社会信用代码", "114101080051883705"},
                {"data-source", "数据来源单位", "郑州市惠济区安全生产监督管理局"}, {"disclosure-end", "公示截止期", "2029-03-02"},
                {"version", "信息版本", "第 2 版（经更正）"}};
        for (String[] f : fields) {
            assertTrue(page.contains("<tr><th scope=\"row\">" + f[1] + "</th><td id=\"" + f[0] + "\">" + f[2] + "</td></tr>"),
                    f[1] + " is shown as " + f[2] + ": " + page);
        }
        assertTrue(page.contains("<td id=\"item\"><a href=\"/items/410108-AJ-XK-001?asOf=2026-03-02\">410108-AJ-XK-001</a></td>"),
                "the item the decision rests on, as it stood that day: " + page);
        assertFalse(page.contains(REPRESENTATIVE_NUMBER) || page.contains("198001"), "a legal representative's number is never shown: " + page);
    }

    @Test
    void aNaturalPersonsNumberIsShownOnlyAsMaskedAndAFullOneNeverWhateverTheServiceSends() {
        String masked = page("/disclosures/licensing/" + PERSON_LICENCE_ID, 200);
        assertTrue(masked.contains("<td id=\"party-category\">自然人</td>") && masked.contains("<td id=\"person-id-type\">身份证</td>")
                && masked.contains("<td id=\"person-id-number\">4101**********1234</td>"), "the number as disclosure-service masked it: " + masked);

        String faulty = page("/disclosures/penalties/" + PERSON_PENALTY_ID, 200);
        assertTrue(faulty.contains("<td id=\"party-name\">李某某</td>"), "the decision is shown: " + faulty);
        assertFalse(faulty.contains(PERSON_NUMBER), "a personIdNumber sent in full is never printed: " + faulty);
        assertFalse(faulty.contains("id=\"person-id-number\""), "nor a row for it: " + faulty);
        String table = page("/disclosures/penalties", 200);
        assertTrue(table.contains("李某某") && !table.contains(PERSON_NUMBER), "nor in the table: " + table);
    }

    @Test
    void aPenaltyDecisionShowsItsSumsInYuanItsKindsAndItsBasis() {
        String page = page("/disclosures/penalties/" + PENALTY_ID + "?asOf=2026-06-30", 200);
        assertEquals("2026-06-30", DisclosureService.query("/api/v1/disclosures/penalties/" + PENALTY_ID).get("asOf"),
                "the day asked goes to disclosure-service");
        assertTrue(page.contains("<td id=\"fine\">2,000 元</td>"), "the fine in 元, for people (the credit export has 万元): " + page);
        assertTrue(page.contains("<td id=\"confiscated\">1,234.50 元</td>"), "the confiscated sum in 元: " + page);
        assertTrue(page.contains("<td id=\"penalty-kinds\">警告、罚款</td>"), "the kinds in the law's words: " + page);
        String[][] fields = {{"document-no", "行政处罚决定书文号", "惠安监罚〔2025〕18号"}, {"violation-type", "违法行为类型", "未按规定对从业人员进行安全生产教育和培训"},
                {"facts", "违法事实", "经查，该公司未按规定对新上岗从业人员进行安全生产教育和培训。"},
                {"basis", "处罚依据", "《中华人民共和国安全生产法》第九十七条"}, {"content", "处罚内容", "罚款2000元"},
                {"decision-date", "处罚决定日期", "2025-09-26"}, {"valid-until", "处罚有效期", "2025-10-03"},
                {"disclosure-end", "公示截止期", "2026-09-26"}, {"authority", "处罚机关", "郑州市惠济区安全生产监督管理局"}};
        for (String[] f : fields) {
            assertTrue(page.contains("<tr><th scope=\"row\">" + f[1] + "</th><td id=\"" + f[0] + "\">" + f[2] + "</td></tr>"),
                    f[1] + " is shown as " + f[2] + ": " + page);
        }
        assertTrue(page.contains("<a href=\"/disclosures/penalties?asOf=2026-06-30\">返回行政处罚公示</a>"), "back to the list of that day: " + page);
        assertFalse(page.contains(REPRESENTATIVE_NUMBER), "no legal representative's number: " + page);
    }

    @Test
    void disclosureServicesProblemsAreShownInChineseWithTheRefusedFieldNamed() {
        String refused = page("/disclosures/penalties?from=2026-13-01", 400);
        assertTrue(refused.contains("<div class=\"notice\" role=\"alert\" id=\"search-problem\"><p><strong>参数不正确</strong></p><p>决定日期（起）：日期应为YYYY-MM-DD格式。</p></div>"),
                "the problem's titleZh and the field's message, named by its label: " + refused);
        assertTrue(refused.contains("<input id=\"from\" name=\"from\" type=\"date\" value=\"2026-13-01\" aria-invalid=\"true\" aria-describedby=\"search-problem\">"),
                "the refused input is marked: " + refused);

        String missing = page("/disclosures/penalties/8c4b6e3a-0d5f-4a9c-9e7b-3f4a5b6c7d8e", 404);
        assertTrue(missing.contains("决定未公示") && missing.contains("该决定未公示，或已到期撤下、取消公示。"),
                "a decision not public is disclosure-service's 404 problem, in Chinese: " + missing);
        String unknown = page("/disclosures/permits", 404);
        assertTrue(unknown.contains("没有该公示栏目"), "an unknown disclosure is said plainly: " + unknown);
    }

    /** disclosure-service answering with the spec's public shapes (issue 16): kernel Page of the public view, problems. */
    public static class DisclosureService implements QuarkusTestResourceLifecycleManager {

        static final Map<String, Map<String, String>> QUERIES = new ConcurrentHashMap<>();
        private HttpServer server;

        static Map<String, String> query(String path) {
            return QUERIES.getOrDefault(path, Map.of());
        }

        static final String BUREAU = """
                "authority":{"name":"郑州市惠济区安全生产监督管理局","creditCode":"114101080051883705"},
                "dataSource":{"name":"郑州市惠济区安全生产监督管理局","creditCode":"114101080051883705"}""";
        static final String LICENCE = """
                {"id":"%s","kind":"LICENSING","version":2,"state":"PUBLISHED","partyName":"郑州市惠济区某某化工有限公司",
                 "partyCategory":"LEGAL_ENTITY","partyCreditCode":"91410108MA44XRNB25","legalRepresentative":"王某",
                 "legalRepresentativeIdNumber":"%s","documentName":"危险化学品经营许可证核发决定书","documentNo":"惠安监许〔2026〕5号",
                 "licenceCategory":"GENERAL","certificateName":"危险化学品经营许可证","licenceNo":"豫郑惠危化经字〔2026〕000005",
                 "content":"准予危险化学品经营许可（不带储存设施），经营品种为：汽油、柴油、石脑油、甲醇、乙醇、丙酮、甲苯、二甲苯、乙酸乙酯、异丙醇。",
                 "decisionDate":"2026-03-02","validFrom":"2026-03-02","validTo":"2099-12-31","itemCode":"410108-AJ-XK-001",
                 "disclosureEnd":"2029-03-02",%s}""".formatted(LICENCE_ID, REPRESENTATIVE_NUMBER, BUREAU);
        static final String PERSON_LICENCE = """
                {"id":"%s","kind":"LICENSING","version":1,"state":"PUBLISHED","partyName":"张某某","partyCategory":"NATURAL_PERSON",
                 "personIdType":"ID_CARD","personIdNumber":"4101**********1234","documentName":"烟花爆竹经营（零售）许可决定书",
                 "documentNo":"惠安监许〔2026〕7号","licenceCategory":"GENERAL","content":"准予烟花爆竹经营（零售）许可",
                 "decisionDate":"2026-03-02","validFrom":"2026-03-02","validTo":"2027-03-01","itemCode":"410108-AJ-XK-002",
                 "disclosureEnd":"2027-03-01",%s}""".formatted(PERSON_LICENCE_ID, BUREAU);
        static final String PENALTY = """
                {"id":"%s","kind":"PENALTY","version":1,"state":"PUBLISHED","partyName":"郑州市惠济区某某化工有限公司",
                 "partyCategory":"LEGAL_ENTITY","partyCreditCode":"91410108MA44XRNB25","legalRepresentative":"王某",
                 "legalRepresentativeIdNumber":"%s","documentNo":"惠安监罚〔2025〕18号","violationType":"未按规定对从业人员进行安全生产教育和培训",
                 "facts":"经查，该公司未按规定对新上岗从业人员进行安全生产教育和培训。","basis":"《中华人民共和国安全生产法》第九十七条",
                 "penaltyKinds":["WARNING","FINE"],"content":"罚款2000元","fineYuan":2000.00,"confiscatedYuan":"1234.5",
                 "decisionDate":"2025-09-26","validUntil":"2025-10-03","itemCode":"410108-AJ-CF-003","disclosureEnd":"2026-09-26",%s}"""
                .formatted(PENALTY_ID, REPRESENTATIVE_NUMBER, BUREAU);
        /** A faulty answer: a natural person's number in full, where only a masked one may be. */
        static final String PERSON_PENALTY = """
                {"id":"%s","kind":"PENALTY","version":1,"state":"PUBLISHED","partyName":"李某某","partyCategory":"NATURAL_PERSON",
                 "personIdType":"ID_CARD","personIdNumber":"%s","documentNo":"惠安监罚〔2026〕3号","violationType":"未持证上岗",
                 "penaltyKinds":["FINE"],"content":"罚款1000元","fineYuan":1000,"decisionDate":"2026-02-10","validUntil":"2026-02-17",
                 "disclosureEnd":"2027-02-10",%s}""".formatted(PERSON_PENALTY_ID, PERSON_NUMBER, BUREAU);

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/api/v1/disclosures/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                Map<String, String> q = parse(exchange.getRequestURI().getRawQuery());
                QUERIES.put(path, q);
                exchange.getRequestBody().readAllBytes();
                switch (path) {
                    case "/api/v1/disclosures/licensing" -> answer(exchange, 200,
                            "{\"items\":[" + LICENCE + "," + PERSON_LICENCE + "],\"page\":0,\"size\":20,\"total\":2}");
                    case "/api/v1/disclosures/penalties" -> {
                        if ("2026-13-01".equals(q.get("from"))) {
                            answer(exchange, 400, """
                                    {"type":"https://fourlists.huiji.gov.cn/problems/validation","title":"Invalid request","titleZh":"参数不正确",
                                     "status":400,"detail":"from must be YYYY-MM-DD","detailZh":"参数不正确。",
                                     "errors":[{"field":"from","message":"must be YYYY-MM-DD","messageZh":"日期应为YYYY-MM-DD格式。"}]}""");
                        } else {
                            answer(exchange, 200, "{\"items\":[" + PENALTY + "," + PERSON_PENALTY + "],\"page\":0,\"size\":20,\"total\":23}");
                        }
                    }
                    case "/api/v1/disclosures/licensing/" + LICENCE_ID -> answer(exchange, 200, LICENCE);
                    case "/api/v1/disclosures/licensing/" + PERSON_LICENCE_ID -> answer(exchange, 200, PERSON_LICENCE);
                    case "/api/v1/disclosures/penalties/" + PENALTY_ID -> answer(exchange, 200, PENALTY);
                    case "/api/v1/disclosures/penalties/" + PERSON_PENALTY_ID -> answer(exchange, 200, PERSON_PENALTY);
                    default -> answer(exchange, 404, problem(404, "决定未公示", "该决定未公示，或已到期撤下、取消公示。"));
                }
            });
            server.start();
            return Map.of("quarkus.rest-client.disclosures.url", "http://127.0.0.1:" + server.getAddress().getPort());
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }
}
