package cn.gov.huiji.fourlists.list;

import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.list.service.AdjustmentApplier;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * R-LIST-6, Art. 4 (法无授权不可为), Art. 17–19: may this body, and this officer, exercise this power on this date?
 * Every answer names its reasonCode.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AuthorityCheckTest {

    @Inject
    AdjustmentApplier applier;

    @Inject
    Clock clock;

    String code;
    String name;
    LocalDate today;

    @BeforeEach
    void aPenaltyItemOfThePublishedBureau() {
        Items.ensureSection("enforcement-brigade", "安全生产监察大队");
        today = BureauClock.today(clock);
        code = Items.code("CF");
        name = "对危险化学品经营单位未取得经营许可证从事经营活动的处罚" + code;
        assertEquals(AdjustmentApplier.Outcome.APPLIED, applier.apply(Items.published(UUID.randomUUID(), "ADD", code,
                Items.penalty(code, name, "enforcement-brigade"), OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5))));
    }

    String check(String body, String power, LocalDate date) {
        return "/api/v1/authority-check?bodyCode=" + body + "&power=" + power + "&date=" + date;
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void yesWithItemAndBasisNoWithAReasonAndABadBodyCodeIs400() {
        given().get(check(Items.BUREAU, code, today)).then().statusCode(200)
                .body("authorized", equalTo(true)).body("reasonCode", equalTo("AUTHORIZED"))
                .body("grant.code", equalTo(code)).body("grant.version", equalTo(1))
                .body("grant.legalBasis[0].title", equalTo("中华人民共和国安全生产法"))
                .body("grant.legalBasisText", containsString("第九十四条")).body("officer", nullValue());
        given().get(check(Items.BUREAU, name, today)).then().statusCode(200)
                .body("authorized", equalTo(true)).body("grant.code", equalTo(code));
        given().get(check(Items.BUREAU, "本局清单上没有的权力", today)).then().statusCode(200)
                .body("authorized", equalTo(false)).body("reasonCode", equalTo("NO_AUTHORITY"))
                .body("reasonCodeZh", equalTo("法无授权不可为")).body("grant", nullValue())
                .body("reasonZh", containsString("法无授权不可为"));
        // Another published body does not hold the power.
        String other = Bodies.published("惠济区另一执法机关", "STATUTORY");
        given().get(check(other, code, today)).then().statusCode(200)
                .body("authorized", equalTo(false)).body("reasonCode", equalTo("NO_AUTHORITY"))
                .body("reasonZh", containsString("其他实施主体"));

        applier.apply(Items.published(UUID.randomUUID(), "REPEAL", code, null, OffsetDateTime.now(ZoneOffset.UTC)));
        given().get(check(Items.BUREAU, code, today)).then().statusCode(200)
                .body("authorized", equalTo(false)).body("reasonCode", equalTo("ITEM_REPEALED"))
                .body("reasonCodeZh", equalTo("事项已取消")).body("reasonZh", containsString("已取消"));

        given().get("/api/v1/authority-check?bodyCode=91330100716105852G&power=" + code).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("bodyCode"))
                .body("detailZh", containsString("统一社会信用代码"));
        given().get("/api/v1/authority-check?power=" + code).then().statusCode(400).body("errors[0].field", equalTo("bodyCode"));
        given().get("/api/v1/authority-check?bodyCode=" + Items.BUREAU).then().statusCode(400).body("errors[0].field", equalTo("power"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aBodyNotConfirmedAndPublishedThatDayHasNoAuthority() {
        // Registered and confirmed, never published (Art. 17: 主体未确认).
        String draft = Bodies.registered("惠济区未公告执法机关", "AUTHORIZED");
        given().get(check(draft, code, today)).then().statusCode(200)
                .body("authorized", equalTo(false)).body("reasonCode", equalTo("BODY_NOT_CONFIRMED"))
                .body("reasonCodeZh", equalTo("主体未确认")).body("reasonZh", containsString("未公告"));
        // Not in the register at all.
        given().get(check(Bodies.freshCode(), code, today)).then().statusCode(200)
                .body("reasonCode", equalTo("BODY_NOT_CONFIRMED")).body("reasonZh", containsString("未登记"));
        // The bureau was not yet in the register on a day long past: the register then confirmed no body.
        given().get(check(Items.BUREAU, code, today.minusYears(1))).then().statusCode(200)
                .body("authorized", equalTo(false)).body("reasonCode", equalTo("BODY_NOT_CONFIRMED"));
    }

    static Map<String, Object> officer(String no, String unit, String category, LocalDate from, LocalDate to) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("certificateNo", no);
        m.put("name", "王执法");
        m.put("unitCreditCode", unit);
        m.put("category", category);
        m.put("area", "惠济区");
        m.put("issuingAuthority", "郑州市人民政府法制办公室");
        m.put("validFrom", from.toString());
        m.put("validTo", to.toString());
        return m;
    }

    static String register(Map<String, Object> officer) {
        given().contentType(ContentType.JSON).body(officer).post("/api/v1/officers").then().statusCode(201);
        return (String) officer.get("certificateNo");
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void withACertificateTheOfficerMustHoldOneValidThatDayForThatUnitAndCategory() {
        String suffix = Integer.toString((int) (System.nanoTime() % 1_000_000 + 1_000_000));
        String valid = register(officer("AC-" + suffix + "-1", Items.BUREAU, Bodies.CATEGORY, today.minusYears(1), today.plusYears(1)));
        given().get(check(Items.BUREAU, code, today) + "&certificate=" + valid).then().statusCode(200)
                .body("authorized", equalTo(true)).body("reasonCode", equalTo("AUTHORIZED"))
                .body("officer.certificateNo", equalTo(valid)).body("officer.valid", equalTo(true))
                .body("grant.code", equalTo(code));

        String unknown = "AC-" + suffix + "-9";
        given().get(check(Items.BUREAU, code, today) + "&certificate=" + unknown).then().statusCode(200)
                .body("authorized", equalTo(false)).body("reasonCode", equalTo("CERTIFICATE_INVALID"))
                .body("reasonCodeZh", equalTo("执法证无效")).body("officer", nullValue()).body("reasonZh", containsString("未登记"));

        String other = Bodies.published("惠济区另一执法机关", "STATUTORY");
        String elsewhere = register(officer("AC-" + suffix + "-2", other, Bodies.CATEGORY, today.minusYears(1), today.plusYears(1)));
        given().get(check(Items.BUREAU, code, today) + "&certificate=" + elsewhere).then().statusCode(200)
                .body("authorized", equalTo(false)).body("reasonCode", equalTo("CERTIFICATE_INVALID"))
                .body("officer.valid", equalTo(true)).body("reasonZh", containsString("所在单位"));

        String wrongCategory = register(officer("AC-" + suffix + "-3", Items.BUREAU, "城市管理执法", today.minusYears(1), today.plusYears(1)));
        given().get(check(Items.BUREAU, code, today) + "&certificate=" + wrongCategory).then().statusCode(200)
                .body("reasonCode", equalTo("CERTIFICATE_INVALID")).body("reasonZh", containsString("执法类别"));

        String lapsed = register(officer("AC-" + suffix + "-4", Items.BUREAU, Bodies.CATEGORY, today.minusYears(3), today.minusDays(1)));
        given().get(check(Items.BUREAU, code, today) + "&certificate=" + lapsed).then().statusCode(200)
                .body("reasonCode", equalTo("CERTIFICATE_INVALID")).body("officer.valid", equalTo(false))
                .body("officer.reasonZh", notNullValue());

        given().contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED", "date", today.toString(), "reason", "涉嫌违纪，暂扣执法证"))
                .post("/api/v1/officers/" + valid + "/status").then().statusCode(200);
        given().get(check(Items.BUREAU, code, today) + "&certificate=" + valid).then().statusCode(200)
                .body("authorized", equalTo(false)).body("reasonCode", equalTo("CERTIFICATE_INVALID"))
                .body("officer.status", equalTo("SUSPENDED")).body("reasonZh", containsString("暂扣"));
        // The body's own no comes first: the certificate does not make a body that holds nothing authorised.
        given().get(check(Items.BUREAU, "本局清单上没有的权力", today) + "&certificate=" + valid).then().statusCode(200)
                .body("reasonCode", equalTo("NO_AUTHORITY")).body("officer.certificateNo", equalTo(valid));
    }
}
