package cn.gov.huiji.fourlists.list;

import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.outbox.OutboxEntry;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.list.domain.ListItem;
import cn.gov.huiji.fourlists.list.enforcement.domain.BodyKind;
import cn.gov.huiji.fourlists.list.enforcement.service.BodyService;
import cn.gov.huiji.fourlists.list.service.AdjustmentApplier;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-LIST-8 (Art. 17–18): the legal section registers enforcement bodies, publishes only confirmed ones, withdraws them
 * with a reason and records entrustments with their items and term; the public reads the published bodies as on any
 * day; only a confirmed and published body implements a newly loaded or adjusted item; every change is one trace.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class EnforcementBodiesTest {

    @Inject
    AdjustmentApplier applier;

    @Inject
    BodyService bodies;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    LocalDate today;

    @BeforeEach
    void theBureauIsPublished() {
        Items.ensureSection("enforcement-brigade", "安全生产监察大队");
        today = BureauClock.today(clock);
    }

    static List<String> traces(String creditCode) {
        return OutboxProbe.entriesFor("body/" + creditCode).stream().map(e -> e.type).toList();
    }

    /** A penalty item of the bureau in force (added by a published adjustment a few minutes ago); returns its code. */
    String bureauItem(String name) {
        String code = Items.code("CF");
        assertEquals(AdjustmentApplier.Outcome.APPLIED, applier.apply(Items.published(UUID.randomUUID(), "ADD", code,
                Items.penalty(code, name, "enforcement-brigade"), OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5))));
        return code;
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aBodyIsRegisteredUnpublishedAndIsPublishedOnlyOnceConfirmed() {
        String code = Bodies.freshCode();
        given().contentType(ContentType.JSON).body(Bodies.body(code, "惠济区应急管理综合执法大队", "AUTHORIZED", false))
                .post("/api/v1/bodies").then().statusCode(201)
                .header("Location", containsString("/api/v1/bodies/" + code))
                .body("published", equalTo(false)).body("version", equalTo(1)).body("kindZh", equalTo("授权"))
                .body("confirmationNo", nullValue());
        assertEquals(List.of(ListEvents.BODY_REGISTERED.name()), traces(code), "registering leaves exactly one trace");
        given().get("/api/v1/bodies").then().statusCode(200).body("creditCode", not(hasItem(code)));
        given().queryParam("includeUnpublished", true).get("/api/v1/bodies").then().statusCode(200)
                .body("find { it.creditCode == '" + code + "' }.published", equalTo(false));

        // Art. 17: no confirmation, no publication.
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/bodies/" + code + "/publication").then().statusCode(409)
                .contentType("application/problem+json").body("titleZh", equalTo("主体未确认"));
        assertEquals(1, traces(code).size(), "a refused publication leaves no trace");

        given().contentType(ContentType.JSON).body(Bodies.body(code, "惠济区应急管理综合执法大队", "AUTHORIZED", true))
                .put("/api/v1/bodies/" + code).then().statusCode(200)
                .body("version", equalTo(2)).body("confirmationNo", equalTo("惠编〔2016〕12号")).body("published", equalTo(false));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/bodies/" + code + "/publication").then().statusCode(200)
                .body("published", equalTo(true)).body("version", equalTo(3));
        // Publishing again and sending the record unchanged change nothing.
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/bodies/" + code + "/publication").then().statusCode(200)
                .body("version", equalTo(3));
        given().contentType(ContentType.JSON).body(Bodies.body(code, "惠济区应急管理综合执法大队", "AUTHORIZED", true))
                .put("/api/v1/bodies/" + code).then().statusCode(200).body("version", equalTo(3));
        assertEquals(List.of(ListEvents.BODY_REGISTERED.name(), ListEvents.BODY_UPDATED.name(), ListEvents.BODY_PUBLISHED.name()),
                traces(code), "each change one trace, a change of nothing none");

        given().get("/api/v1/bodies").then().statusCode(200).body("creditCode", hasItem(code));
        given().get("/api/v1/bodies?kind=AUTHORIZED").then().statusCode(200).body("creditCode", hasItem(code));
        given().get("/api/v1/bodies?kind=STATUTORY").then().statusCode(200).body("creditCode", not(hasItem(code)))
                .body("creditCode", hasItem(Items.BUREAU));
        given().get("/api/v1/bodies/" + code).then().statusCode(200).body("name", equalTo("惠济区应急管理综合执法大队"))
                .body("enforcementCategory", equalTo(Bodies.CATEGORY)).body("entrustments.size()", equalTo(0));

        // A published body keeps its confirmation.
        given().contentType(ContentType.JSON).body(Bodies.body(code, "惠济区应急管理综合执法大队", "AUTHORIZED", false))
                .put("/api/v1/bodies/" + code).then().statusCode(409);
        // Registered twice is a conflict.
        given().contentType(ContentType.JSON).body(Bodies.body(code, "重复登记", "AUTHORIZED", true))
                .post("/api/v1/bodies").then().statusCode(409);
        assertEquals(3, traces(code).size());
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aWithdrawnBodyLeavesThePublicRegisterWithItsReason() {
        String code = Bodies.published("惠济区拟撤并执法机关", "STATUTORY");
        given().contentType(ContentType.JSON).body("{}").delete("/api/v1/bodies/" + code + "/publication").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "机构撤并")).delete("/api/v1/bodies/" + code + "/publication")
                .then().statusCode(200).body("published", equalTo(false)).body("version", equalTo(3));
        given().contentType(ContentType.JSON).body(Map.of("reason", "机构撤并")).delete("/api/v1/bodies/" + code + "/publication")
                .then().statusCode(409);
        assertEquals(List.of(ListEvents.BODY_REGISTERED.name(), ListEvents.BODY_PUBLISHED.name(), ListEvents.BODY_WITHDRAWN.name()),
                traces(code));
        OutboxEntry withdrawn = OutboxProbe.entriesFor("body/" + code).get(2);
        assertTrue(withdrawn.data.contains("机构撤并"), "the withdrawal's trace carries its reason: " + withdrawn.data);
        given().get("/api/v1/bodies").then().statusCode(200).body("creditCode", not(hasItem(code)));
        // The legal section still reads the record; it says unpublished.
        given().get("/api/v1/bodies/" + code).then().statusCode(200).body("published", equalTo(false));
    }

    @Test
    void thePublicReadsOnlyPublishedBodiesAndAsOfAnswersWhatTheRegisterSaidThatDay() {
        String code = Bodies.freshCode();
        bodies.register(new BodyService.BodyData(code, "惠济区安全生产执法大队", BodyKind.AUTHORIZED, Bodies.CATEGORY,
                "《河南省安全生产条例》第六条", "惠编〔2016〕20号", LocalDate.parse("2016-07-15")), "legal");
        given().get("/api/v1/bodies/" + code).then().statusCode(404).contentType("application/problem+json");
        bodies.publish(code, "legal");
        // The register as it stood: registered ten days ago, published five days ago (the versions moved back in time).
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update enforcement_body_version set valid_from = valid_from - interval '10 days', "
                    + "valid_to = valid_to - interval '5 days' where credit_code = ?1 and version = 1").setParameter(1, code).executeUpdate();
            em.createNativeQuery("update enforcement_body_version set valid_from = valid_from - interval '5 days' "
                    + "where credit_code = ?1 and version = 2").setParameter(1, code).executeUpdate();
        });
        bodies.update(code, new BodyService.BodyData(code, "惠济区应急管理执法大队", BodyKind.AUTHORIZED, Bodies.CATEGORY,
                "《河南省安全生产条例》第六条", "惠编〔2016〕20号", LocalDate.parse("2016-07-15")), "legal");

        given().get("/api/v1/bodies/" + code + "?asOf=" + today.minusDays(12)).then().statusCode(404);
        given().get("/api/v1/bodies/" + code + "?asOf=" + today.minusDays(7)).then().statusCode(404); // registered, not published
        given().get("/api/v1/bodies/" + code + "?asOf=" + today.minusDays(3)).then().statusCode(200)
                .body("version", equalTo(2)).body("name", equalTo("惠济区安全生产执法大队")).body("published", equalTo(true));
        given().get("/api/v1/bodies/" + code).then().statusCode(200).body("version", equalTo(3)).body("name", equalTo("惠济区应急管理执法大队"));
        given().get("/api/v1/bodies?asOf=" + today.minusDays(7)).then().statusCode(200).body("creditCode", not(hasItem(code)));
        given().get("/api/v1/bodies?asOf=" + today.minusDays(3)).then().statusCode(200).body("creditCode", hasItem(code));
        given().get("/api/v1/bodies?asOf=2026-13-01").then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        given().get("/api/v1/bodies?kind=PRIVATE").then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void badInputIsA400NamingTheFieldAndWritesNothing() {
        String bad = "114101080051883706"; // the bureau's code with a wrong check character
        given().contentType(ContentType.JSON).body(Bodies.body(bad, "校验位错误", "STATUTORY", true)).post("/api/v1/bodies")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("creditCode"))
                .body("detailZh", containsString("统一社会信用代码"));
        Map<String, Object> noName = Bodies.body(Bodies.freshCode(), "x", "STATUTORY", true);
        noName.remove("name");
        given().contentType(ContentType.JSON).body(noName).post("/api/v1/bodies").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        Map<String, Object> badKind = Bodies.body(Bodies.freshCode(), "x", "PRIVATE", true);
        given().contentType(ContentType.JSON).body(badKind).post("/api/v1/bodies").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        Map<String, Object> halfConfirmed = Bodies.body(Bodies.freshCode(), "x", "STATUTORY", true);
        halfConfirmed.remove("confirmationDate");
        given().contentType(ContentType.JSON).body(halfConfirmed).post("/api/v1/bodies").then().statusCode(400)
                .body("errors[0].field", equalTo("confirmationDate"));
        assertEquals(0, traces(bad).size() + traces((String) noName.get("creditCode")).size()
                + traces((String) halfConfirmed.get("creditCode")).size(), "a refused registration leaves no trace");
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/bodies/" + Bodies.freshCode() + "/publication")
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "clerk", roles = "clerk")
    void onlyTheLegalSectionKeepsTheRegister() {
        given().contentType(ContentType.JSON).body(Bodies.body(Bodies.freshCode(), "越权登记", "STATUTORY", true))
                .post("/api/v1/bodies").then().statusCode(403).contentType("application/problem+json");
        given().queryParam("includeUnpublished", true).get("/api/v1/bodies").then().statusCode(403)
                .contentType("application/problem+json");
    }

    Map<String, Object> entrustment(String entrusting, List<String> items, LocalDate from, LocalDate to) {
        Map<String, Object> m = new HashMap<>();
        m.put("entrustingCreditCode", entrusting);
        m.put("itemCodes", items);
        m.put("validFrom", from.toString());
        m.put("validTo", to.toString());
        m.put("documentNo", "惠安监委〔2026〕3号");
        m.put("documentDate", from.minusDays(3).toString());
        return m;
    }

    String check(String body, String power, LocalDate date) {
        return "/api/v1/authority-check?bodyCode=" + body + "&power=" + power + "&date=" + date;
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void anEntrustedOrganisationActsOnlyWithinTheItemsAndTheTermEntrustedUntilRevoked() {
        String entrusted = bureauItem("对生产经营单位未如实记录安全生产教育和培训情况的处罚");
        String notEntrusted = bureauItem("对生产经营单位未建立事故隐患排查治理制度的处罚");
        String org = Bodies.published("惠济区安全生产执法服务中心", "ENTRUSTED");
        String statutory = Bodies.published("惠济区另一行政机关", "STATUTORY");

        // Bad entrustments: each a 400 naming its field, or a 409 for a body that is no entrusted organisation.
        given().contentType(ContentType.JSON).body(entrustment(Items.BUREAU, List.of(entrusted), today, today.minusDays(1)))
                .post("/api/v1/bodies/" + org + "/entrustments").then().statusCode(400).body("errors[0].field", equalTo("validTo"));
        given().contentType(ContentType.JSON).body(entrustment("114101080051883706", List.of(entrusted), today, today))
                .post("/api/v1/bodies/" + org + "/entrustments").then().statusCode(400)
                .body("errors[0].field", equalTo("entrustingCreditCode"));
        given().contentType(ContentType.JSON).body(entrustment(Bodies.freshCode(), List.of(entrusted), today, today))
                .post("/api/v1/bodies/" + org + "/entrustments").then().statusCode(400)
                .body("errors[0].field", equalTo("entrustingCreditCode")).body("errors[0].messageZh", containsString("已登记"));
        given().contentType(ContentType.JSON).body(entrustment(Items.BUREAU, List.of("410108-AJ-CF-0"), today, today))
                .post("/api/v1/bodies/" + org + "/entrustments").then().statusCode(400).body("errors[0].field", equalTo("itemCodes[0]"));
        given().contentType(ContentType.JSON).body(entrustment(Items.BUREAU, List.of(entrusted), today, today))
                .post("/api/v1/bodies/" + statutory + "/entrustments").then().statusCode(409);
        assertEquals(2, traces(org).size(), "refused entrustments leave no trace");

        String id = given().contentType(ContentType.JSON)
                .body(entrustment(Items.BUREAU, List.of(entrusted), today.minusDays(10), today.plusDays(10)))
                .post("/api/v1/bodies/" + org + "/entrustments").then().statusCode(201)
                .body("entrustingBody.creditCode", equalTo(Items.BUREAU)).body("entrustingBody.name", equalTo(Items.BUREAU_NAME))
                .body("itemCodes", equalTo(List.of(entrusted))).body("inTerm", equalTo(true)).body("revoked", equalTo(false))
                .extract().path("id");
        assertEquals(ListEvents.ENTRUSTMENT_REGISTERED.name(), traces(org).get(2));
        given().get("/api/v1/bodies/" + org).then().statusCode(200).body("kindZh", equalTo("受委托组织"))
                .body("entrustments[0].id", equalTo(id)).body("entrustments[0].inTerm", equalTo(true));
        given().get("/api/v1/bodies/" + org + "?asOf=" + today.plusDays(11)).then().statusCode(200)
                .body("entrustments[0].inTerm", equalTo(false));

        // In term and in scope: yes, with the entrusting body's item.
        given().get(check(org, entrusted, today)).then().statusCode(200).body("authorized", equalTo(true))
                .body("reasonCode", equalTo("AUTHORIZED")).body("grant.code", equalTo(entrusted))
                .body("reasonZh", containsString("惠安监委〔2026〕3号"));
        // Outside the items entrusted.
        given().get(check(org, notEntrusted, today)).then().statusCode(200).body("authorized", equalTo(false))
                .body("reasonCode", equalTo("OUTSIDE_ENTRUSTMENT")).body("reasonCodeZh", equalTo("超出委托范围"));
        // Outside the term.
        given().get(check(org, entrusted, today.plusDays(11))).then().statusCode(200).body("authorized", equalTo(false))
                .body("reasonCode", equalTo("ENTRUSTMENT_EXPIRED")).body("reasonCodeZh", equalTo("委托已过期"));

        // Revoked from tomorrow: today still yes, tomorrow no.
        given().contentType(ContentType.JSON).body(Map.of("date", today.plusDays(20).toString(), "reason", "x"))
                .post("/api/v1/bodies/" + org + "/entrustments/" + id + "/revocation").then().statusCode(400)
                .body("errors[0].field", equalTo("date"));
        given().contentType(ContentType.JSON).body(Map.of("date", today.plusDays(1).toString(), "reason", "受托组织撤销"))
                .post("/api/v1/bodies/" + org + "/entrustments/" + id + "/revocation").then().statusCode(200)
                .body("revoked", equalTo(true)).body("revokedOn", equalTo(today.plusDays(1).toString()))
                .body("revokedReason", equalTo("受托组织撤销")).body("inTerm", equalTo(true));
        given().contentType(ContentType.JSON).body(Map.of("date", today.plusDays(1).toString(), "reason", "受托组织撤销"))
                .post("/api/v1/bodies/" + org + "/entrustments/" + id + "/revocation").then().statusCode(409);
        given().get(check(org, entrusted, today)).then().statusCode(200).body("reasonCode", equalTo("AUTHORIZED"));
        given().get(check(org, entrusted, today.plusDays(1))).then().statusCode(200)
                .body("reasonCode", equalTo("ENTRUSTMENT_EXPIRED")).body("reasonZh", containsString("终止"));
        given().get("/api/v1/bodies/" + org + "?asOf=" + today.plusDays(1)).then().statusCode(200)
                .body("entrustments[0].inTerm", equalTo(false)).body("entrustments[0].revoked", equalTo(true));

        assertEquals(List.of(ListEvents.BODY_REGISTERED.name(), ListEvents.BODY_PUBLISHED.name(),
                ListEvents.ENTRUSTMENT_REGISTERED.name(), ListEvents.ENTRUSTMENT_REVOKED.name()), traces(org));
        OutboxEntry revoked = OutboxProbe.entriesFor("body/" + org).get(3);
        assertTrue(revoked.data.contains("受托组织撤销") && revoked.data.contains("\"validTo\":\"" + today + "\""),
                "the revocation's trace says the reason and that today is the last day: " + revoked.data);
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void anItemNamingABodyNotConfirmedAndPublishedIsNotLoaded() {
        String draft = Bodies.registered("惠济区未公告执法机关", "STATUTORY");
        String code = Items.code("XK");
        Map<String, Object> item = new HashMap<>(Items.penalty(code, "对未公告主体的处罚事项", "enforcement-brigade"));
        item.put("implementingBody", Map.of("name", "惠济区未公告执法机关", "creditCode", draft));
        given().contentType(ContentType.JSON).body(item).post("/api/v1/lists/power/items").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("implementingBody.creditCode"))
                .body("detailZh", containsString("主体未确认"));
        given().get("/api/v1/items/" + code).then().statusCode(404);
        assertEquals(0, OutboxProbe.entriesFor("item/" + code).size(), "a refused load leaves no trace");
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> ListItem.count("code", code)));

        // Published, the same item loads.
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/bodies/" + draft + "/publication").then().statusCode(200);
        given().contentType(ContentType.JSON).body(item).post("/api/v1/lists/power/items").then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void anAdjustmentNamingABodyNotConfirmedAndPublishedIsRejectedWithThatReason() {
        String draft = Bodies.registered("惠济区未公告执法机关", "STATUTORY");
        String code = Items.code("CF");
        Map<String, Object> item = new HashMap<>(Items.penalty(code, "对未公告主体的处罚事项", "enforcement-brigade"));
        item.put("implementingBody", Map.of("name", "惠济区未公告执法机关", "creditCode", draft));
        assertEquals(AdjustmentApplier.Outcome.REJECTED, applier.apply(Items.published(UUID.randomUUID(), "ADD", code, item,
                OffsetDateTime.now(ZoneOffset.UTC))));
        List<OutboxEntry> entries = OutboxProbe.entriesFor("item/" + code);
        assertEquals(1, entries.size(), "the rejection is one trace and nothing else");
        assertEquals(ListEvents.ADJUSTMENT_REJECTED.name(), entries.get(0).type);
        assertTrue(entries.get(0).data.contains("主体未确认"), "the rejection names its reason: " + entries.get(0).data);
        given().get("/api/v1/items/" + code).then().statusCode(404);

        // A published bureau item whose body is later withdrawn can no longer be changed by an adjustment.
        String body = Bodies.published("惠济区将撤销公告机关", "STATUTORY");
        String other = Items.code("CF");
        Map<String, Object> v1 = new HashMap<>(Items.penalty(other, "对拟撤销主体的处罚事项", "enforcement-brigade"));
        v1.put("implementingBody", Map.of("name", "惠济区将撤销公告机关", "creditCode", body));
        assertEquals(AdjustmentApplier.Outcome.APPLIED, applier.apply(Items.published(UUID.randomUUID(), "ADD", other, v1,
                OffsetDateTime.now(ZoneOffset.UTC))));
        given().contentType(ContentType.JSON).body(Map.of("reason", "机构撤并")).delete("/api/v1/bodies/" + body + "/publication")
                .then().statusCode(200);
        Map<String, Object> v2 = new HashMap<>(v1);
        v2.put("name", "对拟撤销主体的处罚事项（修订）");
        assertEquals(AdjustmentApplier.Outcome.REJECTED, applier.apply(Items.published(UUID.randomUUID(), "MODIFY", other, v2,
                OffsetDateTime.now(ZoneOffset.UTC))));
        assertEquals(List.of(ListEvents.ITEM_ADJUSTED.name(), ListEvents.ADJUSTMENT_REJECTED.name()),
                OutboxProbe.entriesFor("item/" + other).stream().map(e -> e.type).toList());
        given().get("/api/v1/items/" + other).then().statusCode(200).body("version", equalTo(1));
    }
}
