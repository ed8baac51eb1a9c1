package cn.gov.huiji.fourlists.portal;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static cn.gov.huiji.fourlists.portal.EnforcementDisclosureOnThePortalTest.page;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 抽查公示 when audit-service does not answer (the test profile points it at a closed port): the page says so plainly. */
@QuarkusTest
class SpotChecksWhenTheLogIsDownTest {

    @Test
    void theListAndACheckSayPlainlyThatTheyCannotBeShownNow() {
        String list = page("/spot-checks", 200);
        assertTrue(list.contains("<h1>抽查公示</h1>")
                && list.contains("<p class=\"notice\" role=\"status\" id=\"service-down\">抽查公示暂时无法访问，请稍后再试。</p>"), list);
        String check = page("/spot-checks/7e2f3a4b-5c6d-4e7f-8a91-a2b3c4d5e6f7", 503);
        assertTrue(check.contains("抽查公示暂时无法访问，请稍后再试。") && check.contains("<a href=\"/spot-checks\">返回抽查公示</a>"), check);
    }
}
