package cn.gov.huiji.fourlists.list;

import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.list.service.AdjustmentApplier;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** R-LIST-6, Art. 4 (法无授权不可为): does a published item in force give this body this power on this date? */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AuthorityCheckTest {

    @Inject
    AdjustmentApplier applier;

    @Test
    void yesWithItemAndBasisNoWithAReasonAndABadBodyCodeIs400() {
        Items.ensureSection("enforcement-brigade", "安全生产监察大队");
        String code = Items.code("CF");
        String name = "对危险化学品经营单位未取得经营许可证从事经营活动的处罚";
        applier.apply(Items.published(UUID.randomUUID(), "ADD", null, Items.penalty(code, name, "enforcement-brigade"),
                OffsetDateTime.parse("2026-02-01T09:00:00+08:00")));
        applier.apply(Items.published(UUID.randomUUID(), "REPEAL", code, null, OffsetDateTime.parse("2026-06-01T09:00:00+08:00")));
        String check = "/api/v1/authority-check?bodyCode=" + Items.BUREAU;

        given().get(check + "&power=" + code + "&date=2026-03-15").then().statusCode(200)
                .body("authorized", equalTo(true)).body("grant.code", equalTo(code)).body("grant.version", equalTo(1))
                .body("grant.legalBasis[0].title", equalTo("中华人民共和国安全生产法"))
                .body("grant.legalBasisText", containsString("第九十四条"));
        given().get(check + "&power=" + name + "&date=2026-03-15").then().statusCode(200)
                .body("authorized", equalTo(true)).body("grant.code", equalTo(code));
        given().get(check + "&power=" + code + "&date=2026-01-15").then().statusCode(200)
                .body("authorized", equalTo(false)).body("grant", nullValue()).body("reasonZh", containsString("法无授权不可为"));
        given().get(check + "&power=" + code + "&date=2026-07-01").then().statusCode(200)
                .body("authorized", equalTo(false)).body("reasonZh", containsString("已取消"));
        // Another body (a valid code) does not hold the power.
        given().get("/api/v1/authority-check?bodyCode=91330100716105852F&power=" + code + "&date=2026-03-15").then().statusCode(200)
                .body("authorized", equalTo(false)).body("reasonZh", containsString("其他实施主体"));
        given().get("/api/v1/authority-check?bodyCode=91330100716105852G&power=" + code).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("bodyCode"))
                .body("detailZh", containsString("统一社会信用代码"));
        given().get("/api/v1/authority-check?power=" + code).then().statusCode(400).body("errors[0].field", equalTo("bodyCode"));
        given().get(check).then().statusCode(400).body("errors[0].field", equalTo("power"));
    }
}
