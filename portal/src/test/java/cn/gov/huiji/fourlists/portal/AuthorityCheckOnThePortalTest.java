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
import static cn.gov.huiji.fourlists.portal.EnforcementDisclosureOnThePortalTest.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 法无授权不可为 (Art. 4, 17–19; R-LIST-6, R-LIST-8, R-LIST-9) as a citizen asks it on the portal: may this body exercise
 * this power on this day, and may this officer do it for the body? The answer first (有权 / 无权), then list-service's
 * reason in its Chinese words, the item with its version and legal basis, and the certificate's own answer; a refused
 * input is named in Chinese beside the form.
 */
@QuarkusTest
@QuarkusTestResource(value = AuthorityCheckOnThePortalTest.ListService.class, restrictToAnnotatedClass = true)
class AuthorityCheckOnThePortalTest {

    static final String BUREAU = "114101080051883705";
    static final String ENTRUSTED = "12410108MB1A04537P";
    static final String PENALTY_ITEM = "410108-AJ-CF-003";
    static final String REVOKED_ITEM = "410108-AJ-CF-030";

    @Test
    void theFormHasALabelForEveryInputAndAsksNothingBeforeItIsFilledIn() {
        ListService.QUERIES.clear();
        String form = page("/authority-check", 200);
        assertTrue(form.contains("<h1>职权核验</h1>"), "the page's heading: " + form);
        for (String label : new String[]{"<label for=\"bodyCode\">实施主体统一社会信用代码</label>", "<label for=\"power\">事项编码或名称</label>",
                "<label for=\"date\">日期（可选，默认今日）</label>", "<label for=\"certificate\">执法证号（可选）</label>"}) {
            assertTrue(form.contains(label), "the form has " + label + ": " + form);
        }
        assertTrue(form.contains("placeholder=\"如：" + BUREAU + "\"") && !form.contains("value=\"" + BUREAU + "\""),
                "the bureau's code is a hint, not a prefilled answer: " + form);
        assertFalse(form.contains("id=\"verdict\""), "nothing asked, no verdict: " + form);
        assertTrue(ListService.QUERIES.isEmpty(), "the empty form does not ask list-service: " + ListService.QUERIES);
    }

    @Test
    void anAuthorizedBodyAndOfficerReadHaveThePowerWithTheItemItsVersionAndItsLegalBasis() {
        String page = page("/authority-check?bodyCode=" + BUREAU + "&power=" + PENALTY_ITEM + "&date=2026-05-01&certificate=41010816001", 200);
        assertEquals(Map.of("bodyCode", BUREAU, "power", PENALTY_ITEM, "date", "2026-05-01", "certificate", "41010816001"),
                ListService.last(), "the body, the power, the day and the certificate asked are what list-service is asked");
        assertTrue(page.contains("<p class=\"verdict-head\" id=\"verdict\">有权</p>"), "the answer first: " + page);
        assertTrue(page.contains("<strong id=\"reason-code\">有权执法</strong>"), "list-service's reasonCodeZh: " + page);
        assertTrue(page.contains("<p id=\"reason\">事项 " + PENALTY_ITEM + "（第2版）于 2026-05-01 授予该主体此项权力。</p>"),
                "and its sentence: " + page);
        assertTrue(page.contains("<h2 id=\"grant-h\">授权事项</h2>"), "the item that grants the power: " + page);
        assertTrue(page.contains("<a id=\"grant-item\" href=\"/items/" + PENALTY_ITEM + "?asOf=2026-05-01\">对生产经营单位未按照规定对从业人员进行安全生产教育和培训的处罚</a>"),
                "links to the item as it stood that day: " + page);
        assertTrue(page.contains("<td id=\"grant-version\">第 2 版（自 2026-01-01 起）</td>"), "its version: " + page);
        assertTrue(page.contains("<li>《中华人民共和国安全生产法》（2021年6月10日修正）第九十七条</li>"), "its legal basis: " + page);
        assertTrue(page.contains("<h2 id=\"officer-h\">执法证核验</h2>") && page.contains(
                "<p id=\"officer-verdict\">执法证 41010816001 在 2026-05-01 有效。持证人张明，所在单位惠济区安全生产监督管理局，执法类别为安全生产监管执法，执法区域为惠济区。"),
                "the certificate's answer, with the unit list-service gave flat: " + page);
    }

    @Test
    void anEntrustmentRevokedBeforeTheDayIsNoPowerAndSaysSo() {
        String page = page("/authority-check?bodyCode=" + ENTRUSTED + "&power=" + REVOKED_ITEM + "&date=2026-05-01", 200);
        assertFalse(ListService.last().containsKey("certificate"), "no certificate asked, none sent: " + ListService.last());
        assertTrue(page.contains("id=\"verdict\">无权</p>") && page.contains("verdict state-invalid"), "no power: " + page);
        assertTrue(page.contains("<strong id=\"reason-code\">委托已过期</strong>"), "list-service's reason code in Chinese: " + page);
        assertTrue(page.contains("该委托已自 2026-03-01 起终止（事项调整）（惠济安监〔2025〕4号），委托已过期。"), "and why: " + page);
        assertFalse(page.contains("id=\"grant\"") || page.contains("id=\"officer\""), "no item grants it and no officer was asked: " + page);
    }

    @Test
    void aSuspendedCertificateIsNoPowerEvenWhereTheBodyHasIt() {
        String page = page("/authority-check?bodyCode=" + BUREAU + "&power=" + PENALTY_ITEM + "&date=2026-05-01&certificate=41010816002", 200);
        assertTrue(page.contains("id=\"verdict\">无权</p>"), "no power for this officer: " + page);
        assertTrue(page.contains("<strong id=\"reason-code\">执法证无效</strong>"), "the reason code: " + page);
        assertTrue(page.contains("<p id=\"reason\">执法证 41010816002 在 2026-05-01 无效：执法证已暂扣。</p>"), "the reason: " + page);
        assertTrue(page.contains("<h2 id=\"grant-h\">执法主体持有的事项</h2>"), "the body's item is not called a grant to the officer: " + page);
        assertTrue(page.contains("<td id=\"officer-reason\">执法证已暂扣。</td>") && page.contains("<td>暂扣</td>"),
                "the certificate's own answer: " + page);
    }

    @Test
    void anInvalidCreditCodeIsShownInChineseBesideTheFormNamingTheField() {
        String page = page("/authority-check?bodyCode=114101080051883706&power=" + PENALTY_ITEM, 400);
        assertTrue(page.contains("id=\"check-problem\"") && page.contains("<strong>输入有误</strong>"), "list-service's titleZh: " + page);
        assertTrue(page.contains("实施主体统一社会信用代码：不是有效的统一社会信用代码（GB 32100）"), "its messageZh, the field named as on the form: " + page);
        assertTrue(page.contains("value=\"114101080051883706\" required aria-invalid=\"true\" aria-describedby=\"check-problem\""),
                "the refused input keeps what was typed and is marked: " + page);
        assertFalse(page.contains("id=\"verdict\""), "no verdict on a refused question: " + page);
    }

    /** list-service answering /authority-check as service/AuthorityCheck does, for the bureau and its entrusted brigade. */
    public static class ListService implements QuarkusTestResourceLifecycleManager {

        static final Map<String, Map<String, String>> QUERIES = new ConcurrentHashMap<>();
        private HttpServer server;

        static Map<String, String> last() {
            return QUERIES.getOrDefault("/api/v1/authority-check", Map.of());
        }

        static final String GRANT = """
                {"code":"410108-AJ-CF-003","list":"POWER","name":"对生产经营单位未按照规定对从业人员进行安全生产教育和培训的处罚",
                 "category":"行政处罚","implementingBody":"惠济区安全生产监督管理局","version":2,"validFrom":"2026-01-01T00:00:00Z",
                 "validTo":null,"legalBasisText":"《中华人民共和国安全生产法》第九十七条",
                 "legalBasis":[{"level":"LAW","title":"中华人民共和国安全生产法","version":"2021年6月10日修正","article":"第九十七条","excerpt":null}]}""";
        static final String ZHANG = """
                {"certificateNo":"41010816001","date":"2026-05-01","valid":true,"status":"VALID","statusZh":"有效","name":"张明",
                 "unitCreditCode":"114101080051883705","unitName":"惠济区安全生产监督管理局","category":"安全生产监管执法",
                 "area":"惠济区","validFrom":"2024-01-01","validTo":"2028-12-31","reason":"VALID","reasonZh":null}""";
        static final String LI = """
                {"certificateNo":"41010816002","date":"2026-05-01","valid":false,"status":"SUSPENDED","statusZh":"暂扣","name":"李华",
                 "unitCreditCode":"114101080051883705","unitName":"惠济区安全生产监督管理局","category":"安全生产监管执法",
                 "area":"惠济区","validFrom":"2024-01-01","validTo":"2028-12-31","reason":"SUSPENDED","reasonZh":"执法证已暂扣。"}""";

        static String answerOf(boolean authorized, String body, String power, String grant, String code, String codeZh,
                               String reasonZh, String officer) {
            return """
                    {"authorized":%s,"bodyCode":"%s","power":"%s","date":"2026-05-01","grant":%s,"reason":"(English)",
                     "reasonZh":"%s","reasonCode":"%s","reasonCodeZh":"%s","officer":%s}"""
                    .formatted(authorized, body, power, grant, reasonZh, code, codeZh, officer);
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
                if (!"/api/v1/authority-check".equals(path)) {
                    answer(exchange, 404, EnforcementDisclosureOnThePortalTest.ListService.problem(404, "未找到", "未找到。"));
                    return;
                }
                String body = q.getOrDefault("bodyCode", "");
                String certificate = q.getOrDefault("certificate", "");
                if (BUREAU.equals(body) && "41010816002".equals(certificate)) {
                    answer(exchange, 200, answerOf(false, BUREAU, PENALTY_ITEM, GRANT, "CERTIFICATE_INVALID", "执法证无效",
                            "执法证 41010816002 在 2026-05-01 无效：执法证已暂扣。", LI));
                } else if (BUREAU.equals(body)) {
                    answer(exchange, 200, answerOf(true, BUREAU, PENALTY_ITEM, GRANT, "AUTHORIZED", "有权执法",
                            "事项 410108-AJ-CF-003（第2版）于 2026-05-01 授予该主体此项权力。", certificate.isEmpty() ? "null" : ZHANG));
                } else if (ENTRUSTED.equals(body)) {
                    answer(exchange, 200, answerOf(false, ENTRUSTED, REVOKED_ITEM, "null", "ENTRUSTMENT_EXPIRED", "委托已过期",
                            "2026-05-01 没有有效的委托涵盖该项权力：该委托已自 2026-03-01 起终止（事项调整）（惠济安监〔2025〕4号），委托已过期。", "null"));
                } else {
                    answer(exchange, 400, """
                            {"type":"https://fourlists.huiji.gov.cn/problems/validation","title":"Invalid input","titleZh":"输入有误",
                             "status":400,"detail":"Field 'bodyCode': not a valid unified social credit code (GB 32100)",
                             "detailZh":"字段 bodyCode：不是有效的统一社会信用代码（GB 32100）","errors":[{"field":"bodyCode",
                             "message":"not a valid unified social credit code (GB 32100)","messageZh":"不是有效的统一社会信用代码（GB 32100）"}]}""");
                }
            });
            server.start();
            return Map.of("quarkus.rest-client.lists.url", "http://127.0.0.1:" + server.getAddress().getPort());
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }
}
