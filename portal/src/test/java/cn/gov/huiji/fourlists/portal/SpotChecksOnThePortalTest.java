package cn.gov.huiji.fourlists.portal;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;

import static cn.gov.huiji.fourlists.portal.EnforcementDisclosureOnThePortalTest.ListService.answer;
import static cn.gov.huiji.fourlists.portal.EnforcementDisclosureOnThePortalTest.ListService.problem;
import static cn.gov.huiji.fourlists.portal.EnforcementDisclosureOnThePortalTest.page;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 抽查公示 (Art. 21, 29; R-ADJ-6) as anyone reads it on the portal: the spot checks announced, each with its population
 * in Chinese, period, sample size, announcement time and the log sizes fixed before anyone could know the sample; once
 * drawn, the seed head, the seed and the sample in rank order; and how anyone recomputes it with log-verifier from the
 * public log. Never a finding or who announced it, even if a service sent them; headings, labels and the page's
 * language as every portal page has them.
 */
@QuarkusTest
@QuarkusTestResource(value = SpotChecksOnThePortalTest.AuditService.class, restrictToAnnotatedClass = true)
class SpotChecksOnThePortalTest {

    static final String SAMPLED = "7e2f3a4b-5c6d-4e7f-8a91-a2b3c4d5e6f7";
    static final String ANNOUNCED = "5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6";
    static final String MISSING = "0f0e0d0c-0b0a-4909-8807-060504030201";
    static final String SEED = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String SIGNATURE = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=";
    static final String RANK = "00a1b2c3d4e5f60718293a4b5c6d7e8f00a1b2c3d4e5f60718293a4b5c6d7e8f";

    /** audit-service's public spot checks, answering with the spec's shapes. */
    public static class AuditService implements QuarkusTestResourceLifecycleManager {

        private HttpServer server;

        static final String SAMPLED_CHECK = """
                {"id":"%s","title":"2026年第四季度已公布清单事项抽查","population":"PUBLISHED_ITEMS","from":"2026-10-01","to":"2026-12-31",
                 "sampleSize":2,"populationTreeSize":4800,"seedTreeSize":4820,"algorithm":"fourlists-spot-check/1","state":"SAMPLED",
                 "announcedAt":"2026-12-01T02:00:00Z","announcementTraceId":"c0ffee00-0000-4000-8000-000000000002",
                 "seed":"%s","seedHeadSignature":"%s","populationCount":37,
                 "sample":[{"object":"item/410108-AJ-XK-001","rank":"%s","findings":[{"kind":"CONCEALED","evidence":"内部证据不应公开"}]},
                           {"object":"item/410108-AJ-CF-003","rank":"0b1c2d3e4f5061728394a5b6c7d8e9f00b1c2d3e4f5061728394a5b6c7d8e9f0"}],
                 "sampledAt":"2026-12-02T03:00:00Z","announcedBy":"discipline-officer-7"}""".formatted(SAMPLED, SEED, SIGNATURE, RANK);
        static final String ANNOUNCED_CHECK = """
                {"id":"%s","title":"2027年第一季度投诉举报案件抽查","population":"COMPLAINT_CASES","from":"2027-01-01","to":"2027-03-31",
                 "sampleSize":10,"populationTreeSize":5120,"seedTreeSize":5140,"algorithm":"fourlists-spot-check/1","state":"ANNOUNCED",
                 "announcedAt":"2026-12-04T02:00:00Z","announcementTraceId":"c0ffee00-0000-4000-8000-000000000001",
                 "seed":null,"seedHeadSignature":null,"populationCount":null,"sample":[],"sampledAt":null}""".formatted(ANNOUNCED);

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/api/v1/oversight/public/spot-checks", exchange -> {
                exchange.getRequestBody().readAllBytes();
                String path = exchange.getRequestURI().getPath();
                if (exchange.getRequestHeaders().containsKey("Authorization")) {
                    answer(exchange, 400, problem(400, "不应携带凭证", "公开接口不需要登录。"));
                    return;
                }
                switch (path) {
                    case "/api/v1/oversight/public/spot-checks" -> answer(exchange, 200, "[" + ANNOUNCED_CHECK + "," + SAMPLED_CHECK + "]");
                    case "/api/v1/oversight/public/spot-checks/" + SAMPLED -> answer(exchange, 200, SAMPLED_CHECK);
                    case "/api/v1/oversight/public/spot-checks/" + ANNOUNCED -> answer(exchange, 200, ANNOUNCED_CHECK);
                    default -> answer(exchange, 404, problem(404, "未找到", "抽查 " + MISSING + " 不存在。"));
                }
            });
            server.start();
            return Map.of("quarkus.rest-client.log.url", "http://127.0.0.1:" + server.getAddress().getPort(),
                    "fourlists.portal.log-address", "https://log.fourlists.example");
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }

    @Test
    void theMenuLeadsToTheSpotChecksAndTheListShowsEachAnnouncement() {
        String home = page("/", 200);
        assertTrue(home.contains("<li><a href=\"/spot-checks\">抽查公示</a></li>"), "抽查公示 is in the menu: " + home);
        String page = page("/spot-checks", 200);
        assertTrue(page.contains("<h1>抽查公示</h1>"), "the heading: " + page);
        assertTrue(page.contains("第二十一条、第二十九条") && page.contains("漏报、瞒报、虚报"), "what the checks are for, by the notice: " + page);
        for (String header : new String[]{"抽查名称", "抽查对象", "期间", "样本量", "公告时间", "状态"}) {
            assertTrue(page.contains("<th scope=\"col\">" + header + "</th>"), "the table has the column " + header + ": " + page);
        }
        assertTrue(page.contains("<th scope=\"row\" data-label=\"抽查名称\"><a href=\"/spot-checks/" + ANNOUNCED + "\">2027年第一季度投诉举报案件抽查</a></th>")
                && page.contains("<td data-label=\"抽查对象\">投诉举报案件</td>") && page.contains("<td data-label=\"期间\">2027-01-01 至 2027-03-31</td>")
                && page.contains("<td data-label=\"状态\">已公告，待抽取样本</td>"), "the announced check, its population in Chinese: " + page);
        assertTrue(page.contains("<td data-label=\"抽查对象\">已公布清单事项</td>") && page.contains("<td data-label=\"状态\">已抽取样本</td>")
                && page.contains("<span class=\"date\">2026-12-01 10:00</span>"), "the drawn check, announced at the bureau's time: " + page);
        assertTrue(page.contains("<p role=\"status\" id=\"result-count\">共公告抽查 2 次</p>"), "how many: " + page);
    }

    @Test
    void aDrawnCheckShowsItsAnnouncementSeedSampleAndHowAnyoneRecomputesIt() {
        String page = page("/spot-checks/" + SAMPLED, 200);
        assertTrue(page.contains("<h1>2026年第四季度已公布清单事项抽查</h1>"), "the check's title is the heading: " + page);
        String[][] fields = {{"population", "抽查对象", "已公布清单事项"}, {"period", "期间", "2026-10-01 至 2026-12-31"}, {"sample-size", "样本量", "2"},
                {"announced-at", "公告时间", "2026-12-01 10:00"}, {"population-tree-size", "总体所在的日志范围", "公告时已签名的日志前 4800 条"},
                {"seed-tree-size", "种子树头", "日志达到 4820 条时签发的签名树头"}, {"algorithm", "抽样算法", "<code>fourlists-spot-check/1</code>"},
                {"population-count", "总体数量", "37 个"}, {"sampled-at", "抽取时间", "2026-12-02 11:00"},
                {"seed", "种子", "<code class=\"code\">" + SEED + "</code>"},
                {"seed-head-signature", "树头签名", "<code class=\"code\">" + SIGNATURE + "</code>"}};
        for (String[] f : fields) {
            assertTrue(page.contains("<tr><th scope=\"row\">" + f[1] + "</th><td id=\"" + f[0] + "\">" + f[2] + "</td></tr>"),
                    f[1] + " is shown as " + f[2] + ": " + page);
        }
        assertTrue(page.contains("href=\"https://log.fourlists.example/api/v1/log/tree-heads?treeSize=4820\""),
                "the seed head can be looked up in the public log: " + page);
        assertTrue(page.contains("<tr><td data-label=\"序号\">1</td><th scope=\"row\" data-label=\"对象\"><a href=\"/items/410108-AJ-XK-001\">item/410108-AJ-XK-001</a></th>"
                + "<td data-label=\"排序值\"><code class=\"code\">" + RANK + "</code></td></tr>"), "the sample in rank order, an item linked to its page: " + page);
        assertTrue(page.indexOf("item/410108-AJ-XK-001</a>") < page.indexOf("item/410108-AJ-CF-003</a>"), "in the order audit-service drew them");
        assertTrue(page.contains("<code id=\"command\">java -jar log-verifier-cli.jar spot-check --log https://log.fourlists.example --check "
                + SAMPLED + "</code>"), "the outsider's command, with the public log's address: " + page);
        assertTrue(page.contains("<h2 id=\"verify-h\">如何复核</h2>") && page.contains("SHA-256"), "how the sample is derived: " + page);
        assertFalse(page.contains("内部证据不应公开") || page.contains("CONCEALED") || page.contains("discipline-officer-7"),
                "no finding and no name reaches the public, whatever a service sent: " + page);
    }

    @Test
    void aCheckNotYetDrawnSaysWhenItWillBeAndShowsNoSeed() {
        String page = page("/spot-checks/" + ANNOUNCED, 200);
        assertTrue(page.contains("<td id=\"population\">投诉举报案件</td>") && page.contains("<td id=\"sample-size\">10</td>"), "the announcement: " + page);
        assertTrue(page.contains("<p class=\"notice\" role=\"status\" id=\"not-yet\">样本尚未抽取：日志达到 5140 条并签发树头后抽取，届时本页公布种子和样本。</p>"),
                "when the sample will be drawn: " + page);
        assertFalse(page.contains("id=\"seed\"") || page.contains("id=\"sample\""), "no seed and no sample yet: " + page);
        assertTrue(page.contains("--check " + ANNOUNCED), "the command is already known: " + page);
    }

    @Test
    void aCheckThatDoesNotExistIsSaidPlainly() {
        String missing = page("/spot-checks/" + MISSING, 404);
        assertTrue(missing.contains("<strong>未找到</strong>") && missing.contains("不存在。"), "audit-service's problem in Chinese: " + missing);
        assertTrue(page("/spot-checks/not-a-check", 404).contains("请从抽查公示列表中选择。"), "no id, no question asked");
    }
}
