package cn.gov.huiji.fourlists.list.enforcement;

import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.outbox.OutboxEntry;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import cn.gov.huiji.fourlists.list.enforcement.service.CertificateCheck;
import cn.gov.huiji.fourlists.list.enforcement.service.OfficerRegister;
import cn.gov.huiji.fourlists.list.enforcement.service.OfficerRules;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-LIST-9 (Art. 19): the legal section keeps the officers and their certificates; the public reads the register
 * and checks whether a certificate was valid on a day; every change is traced; no identity number anywhere.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class EnforcementOfficersTest {

    static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    static final LocalDate TO = LocalDate.of(2030, 12, 31);

    @Inject
    OfficerRegister register;

    static JsonPath check(String no, String date) {
        return given().queryParam("certificate", no).queryParam("date", date).get("/api/v1/officers/check")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void anOfficerGoesThroughEachStatusAndTheCheckAnswersForEveryDay() {
        String unit = Officers.body("惠济区安全生产监督管理局");
        String no = Officers.register("张明", unit, FROM, TO);
        Officers.status(no, "SUSPENDED", "2021-03-01", "涉嫌违纪，暂扣执法证", 200);
        Officers.status(no, "VALID", "2021-04-01", "调查结束，恢复执法资格", 200);
        Officers.status(no, "REVOKED", "2022-01-10", "调离执法岗位", 200);

        JsonPath before = check(no, "2019-12-31");
        assertFalse(before.getBoolean("valid"), "not valid before its first day");
        assertTrue(before.getString("reasonZh").contains("尚未生效"), before.getString("reasonZh"));
        JsonPath first = check(no, "2020-01-01");
        assertTrue(first.getBoolean("valid"), "valid on its first day: " + first.getString("reason"));
        assertEquals("VALID", first.getString("status"));
        assertEquals("有效", first.getString("statusZh"));
        assertEquals("张明", first.getString("name"));
        assertEquals(unit, first.getString("unit.creditCode"));
        assertEquals("惠济区安全生产监督管理局", first.getString("unit.name"));
        assertEquals("安全生产监管执法", first.getString("category"));
        assertEquals("惠济区", first.getString("area"));
        assertTrue(check(no, "2021-02-28").getBoolean("valid"), "valid the day before the suspension");
        for (String day : List.of("2021-03-01", "2021-03-31")) {
            JsonPath suspended = check(no, day);
            assertFalse(suspended.getBoolean("valid"), "suspended on " + day);
            assertEquals("SUSPENDED", suspended.getString("status"));
            assertEquals("暂扣", suspended.getString("statusZh"));
            assertTrue(suspended.getString("reasonZh").contains("暂扣") && suspended.getString("reasonZh").contains("涉嫌违纪"),
                    suspended.getString("reasonZh"));
        }
        assertTrue(check(no, "2021-04-01").getBoolean("valid"), "restored on 2021-04-01");
        assertTrue(check(no, "2022-01-09").getBoolean("valid"), "valid the day before the revocation");
        JsonPath revoked = check(no, "2022-01-10");
        assertFalse(revoked.getBoolean("valid"));
        assertEquals("REVOKED", revoked.getString("status"));
        assertEquals("注销", revoked.getString("statusZh"));
        assertTrue(revoked.getString("reason").contains("revoked"), revoked.getString("reason"));

        given().get("/api/v1/officers/" + no).then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("statusZh", equalTo("注销"))
                .body("statusDate", equalTo("2022-01-10")).body("statusReason", equalTo("调离执法岗位"))
                .body("statusHistory.status", equalTo(List.of("VALID", "SUSPENDED", "VALID", "REVOKED")))
                .body("statusHistory.date", equalTo(List.of("2020-01-01", "2021-03-01", "2021-04-01", "2022-01-10")))
                .body("statusHistory[1].reason", equalTo("涉嫌违纪，暂扣执法证"));

        List<OutboxEntry> traces = OutboxProbe.entriesFor("officer/" + no);
        assertEquals(List.of(ListEvents.OFFICER_REGISTERED.name(), ListEvents.OFFICER_STATUS_CHANGED.name(),
                ListEvents.OFFICER_STATUS_CHANGED.name(), ListEvents.OFFICER_STATUS_CHANGED.name()),
                traces.stream().map(e -> e.type).toList(), "one trace per change, in order");
        assertTrue(traces.get(1).data.contains("\"SUSPENDED\"") && traces.get(1).data.contains("2021-03-01")
                && traces.get(1).data.contains("涉嫌违纪"), "the trace carries the status, its date and reason: " + traces.get(1).data);

        Officers.status(no, "VALID", "2023-01-01", "恢复", 409); // a revoked certificate is final
        assertEquals(4, OutboxProbe.entriesFor("officer/" + no).size(), "a refused change leaves no trace");
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aStatusAlreadyInForceOrDatedBeforeTheCertificateIsRefused() {
        String unit = Officers.body("惠济区安全生产执法大队");
        String no = Officers.register("李华", unit, FROM, TO);
        Officers.status(no, "VALID", "2024-01-01", "无变化", 409);
        given().contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED", "date", "2019-06-01", "reason", "暂扣"))
                .post("/api/v1/officers/" + no + "/status").then().statusCode(400).body("errors.field", hasItem("date"));
        given().contentType(ContentType.JSON).body(Map.of("status", "LOST", "date", "2024-06-01", "reason", "遗失"))
                .post("/api/v1/officers/" + no + "/status").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED", "date", "2024-06-01"))
                .post("/api/v1/officers/" + no + "/status").then().statusCode(400).body("errors.field", hasItem("reason"));
        assertEquals(1, OutboxProbe.entriesFor("officer/" + no).size(), "only the registration was traced");
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aCertificateIsValidFromItsFirstToItsLastDayAndExpiredAfter() {
        String unit = Officers.body("惠济区应急管理综合执法大队");
        String no = Officers.register("王强", unit, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
        assertTrue(check(no, "2020-12-31").getBoolean("valid"), "the last day is inclusive");
        JsonPath expired = check(no, "2021-01-01");
        assertFalse(expired.getBoolean("valid"));
        assertEquals("VALID", expired.getString("status"), "the status stays 有效; the term has ended");
        assertTrue(expired.getString("reasonZh").contains("已过期"), expired.getString("reasonZh"));

        CertificateCheck direct = register.checkOn(no.toLowerCase(), LocalDate.of(2020, 6, 1)).orElseThrow();
        assertTrue(direct.valid(), "the authority check's entry point answers the same (and reads numbers in any case)");
        assertEquals(unit, direct.unitCreditCode());
        assertTrue(register.checkOn("NO-SUCH-1", LocalDate.of(2020, 6, 1)).isEmpty(), "an unknown certificate is empty");
    }

    @Test
    void anUnknownCertificateIsA404AndAMissingNumberA400() {
        given().queryParam("certificate", "0000-404").get("/api/v1/officers/check").then().statusCode(404)
                .contentType("application/problem+json").body("detailZh", containsString("不存在"));
        given().get("/api/v1/officers/check").then().statusCode(400).body("errors[0].field", equalTo("certificate"));
        given().queryParam("certificate", "0000-404").queryParam("date", "2026-02-30").get("/api/v1/officers/check")
                .then().statusCode(400).body("errors[0].field", equalTo("date"));
        given().get("/api/v1/officers/0000-404").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aRenewalIsANewVersionTracedWithWhatChangedAndPastDaysKeepTheRecordThenInForce() {
        String unit = Officers.body("惠济区安全生产监督管理局");
        String no = Officers.register("赵敏", unit, FROM, TO);
        Map<String, Object> renewed = Officers.officer(null, "赵敏", unit, FROM, LocalDate.of(2033, 12, 31));
        renewed.remove("certificateNo");
        renewed.put("area", "惠济区全域");
        given().contentType(ContentType.JSON).body(renewed).put("/api/v1/officers/" + no).then().statusCode(200)
                .body("validTo", equalTo("2033-12-31")).body("area", equalTo("惠济区全域"))
                .body("statusHistory", hasSize(1));
        given().contentType(ContentType.JSON).body(renewed).put("/api/v1/officers/" + no).then().statusCode(200);
        List<OutboxEntry> traces = OutboxProbe.entriesFor("officer/" + no);
        assertEquals(List.of(ListEvents.OFFICER_REGISTERED.name(), ListEvents.OFFICER_UPDATED.name()),
                traces.stream().map(e -> e.type).toList(), "a change is traced once; a request that changes nothing is not");
        assertTrue(traces.get(1).data.contains("有效期止") && traces.get(1).data.contains("执法区域"),
                "the update's trace names the changed fields: " + traces.get(1).data);
        assertEquals(LocalDate.of(2033, 12, 31), register.checkOn(no, register.today()).orElseThrow().validTo(),
                "today's check reads the renewed term");
        assertEquals(TO, register.checkOn(no, LocalDate.of(2020, 6, 1)).orElseThrow().validTo(),
                "a day before the renewal was recorded reads the record then in force");

        Map<String, Object> other = Officers.officer("OTHER-1", "赵敏", unit, FROM, TO);
        given().contentType(ContentType.JSON).body(other).put("/api/v1/officers/" + no).then().statusCode(400)
                .body("errors[0].field", equalTo("certificateNo"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void badRecordsAreRefusedNamingEachFieldAndNothingIsWritten() {
        String unit = Officers.body("惠济区安全生产监督管理局");
        String unregistered = Officers.unitCode();
        String no = Officers.certificateNo();
        given().contentType(ContentType.JSON).body(Officers.officer(no, "孙丽", unregistered, FROM, TO)).post("/api/v1/officers")
                .then().statusCode(400).body("errors.field", hasItem("unitCreditCode"))
                .body("errors.messageZh", hasItem(containsString("不是已登记的执法主体")));
        given().contentType(ContentType.JSON).body(Officers.officer(no, "孙丽", "914101081234567890", FROM, TO)).post("/api/v1/officers")
                .then().statusCode(400).body("errors.field", hasItem("unitCreditCode"));
        given().contentType(ContentType.JSON).body(Officers.officer(no, "孙丽", unit, TO, FROM)).post("/api/v1/officers")
                .then().statusCode(400).body("errors.field", hasItem("validTo"));
        given().contentType(ContentType.JSON).body(Officers.officer("no spaces!", "孙丽", unit, FROM, TO)).post("/api/v1/officers")
                .then().statusCode(400).body("errors.field", hasItem("certificateNo"));
        assertEquals(0, OutboxProbe.entriesFor("officer/" + no).size(), "nothing was traced");
        given().get("/api/v1/officers/" + no).then().statusCode(404);

        Officers.register("孙丽", unit, FROM, TO);
        String taken = Officers.register("周杰", unit, FROM, TO);
        given().contentType(ContentType.JSON).body(Officers.officer(taken, "周杰", unit, FROM, TO)).post("/api/v1/officers")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void onlyTheLegalSectionKeepsTheRegister() {
        given().contentType(ContentType.JSON).body(Officers.officer("4101-401", "甲", Officers.unitCode(), FROM, TO))
                .post("/api/v1/officers").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "clerk", roles = "clerk")
    void aClerkMayNotChangeTheRegister() {
        given().contentType(ContentType.JSON).body(Officers.officer("4101-403", "甲", Officers.unitCode(), FROM, TO))
                .post("/api/v1/officers").then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("status", "REVOKED", "date", "2024-01-01", "reason", "x"))
                .post("/api/v1/officers/4101-403/status").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void thePublicFindsOfficersByNameUnitNameOrCertificateNumber() {
        String fire = Officers.body("惠济区烟花爆竹安全检查站");
        String mines = Officers.body("惠济区非煤矿山监察中队");
        String a = Officers.register("欧阳明远", fire, FROM, TO);
        String b = Officers.register("欧阳晓", mines, FROM, TO);
        String c = Officers.register("钱进", mines, FROM, TO);

        given().queryParam("q", "欧阳").get("/api/v1/officers").then().statusCode(200)
                .body("items.certificateNo", equalTo(List.of(a, b))).body("total", equalTo(2));
        given().queryParam("q", "非煤矿山").get("/api/v1/officers").then().statusCode(200)
                .body("items.certificateNo", equalTo(List.of(b, c))).body("items[0].unit.name", equalTo("惠济区非煤矿山监察中队"));
        given().queryParam("q", c.toLowerCase()).get("/api/v1/officers").then().statusCode(200)
                .body("items.certificateNo", equalTo(List.of(c)));
        given().queryParam("q", "欧阳 烟花爆竹").get("/api/v1/officers").then().statusCode(200)
                .body("items.certificateNo", equalTo(List.of(a)));
        given().queryParam("unit", mines).queryParam("size", 1).queryParam("page", 1).get("/api/v1/officers").then().statusCode(200)
                .body("items.certificateNo", equalTo(List.of(c))).body("total", equalTo(2)).body("page", equalTo(1))
                .body("size", equalTo(1));
        given().queryParam("q", "无此人员名称").get("/api/v1/officers").then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void noPersonalIdentityNumberIsAcceptedStoredOrPublished() throws Exception {
        String unit = Officers.body("惠济区安全生产监督管理局");
        String first17 = "41010819800101123";
        String idNumber = first17 + Officers.identityCheck(first17);
        assertTrue(OfficerRules.holdsIdentityNumber(idNumber), "the test's number is a well-formed identity number");

        Map<String, Object> withId = new HashMap<>(Officers.officer(Officers.certificateNo(), "冯刚", unit, FROM, TO));
        withId.put("idNumber", idNumber);
        given().contentType(ContentType.JSON).body(withId).post("/api/v1/officers").then().statusCode(400)
                .body("errors[0].field", equalTo("idNumber")).body("errors[0].messageZh", equalTo("不允许的字段"));
        Map<String, Object> inName = Officers.officer(Officers.certificateNo(), "冯刚 " + idNumber, unit, FROM, TO);
        given().contentType(ContentType.JSON).body(inName).post("/api/v1/officers").then().statusCode(400)
                .body("errors.field", hasItem("name")).body("errors.messageZh", hasItem(containsString("身份证")));
        Map<String, Object> asNumber = Officers.officer(idNumber, "冯刚", unit, FROM, TO);
        given().contentType(ContentType.JSON).body(asNumber).post("/api/v1/officers").then().statusCode(400)
                .body("errors.field", hasItem("certificateNo"));

        String no = Officers.register("冯刚", unit, FROM, TO);
        Officers.status(no, "SUSPENDED", "2021-05-01", "身份证号 " + idNumber + " 不应出现", 400);
        ObjectMapper json = new ObjectMapper();
        for (String answer : List.of(
                given().get("/api/v1/officers/" + no).then().statusCode(200).extract().asString(),
                given().queryParam("q", "冯刚").get("/api/v1/officers").then().statusCode(200).extract().asString(),
                given().queryParam("certificate", no).get("/api/v1/officers/check").then().statusCode(200).extract().asString())) {
            assertFalse(OfficerRules.holdsIdentityNumber(answer), "no identity number in a public answer: " + answer);
            assertNoIdentityField(json.readTree(answer), answer);
        }
        for (OutboxEntry e : OutboxProbe.entriesFor("officer/" + no)) {
            assertFalse(OfficerRules.holdsIdentityNumber(e.data), "nor in a trace: " + e.data);
        }
    }

    private static void assertNoIdentityField(JsonNode node, String answer) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String name = f.getKey().toLowerCase();
                assertFalse(name.contains("identity") || name.contains("idnumber") || name.contains("idcard"),
                        "a public answer has an identity field " + f.getKey() + ": " + answer);
                assertNoIdentityField(f.getValue(), answer);
            }
        } else if (node.isArray()) {
            node.forEach(n -> assertNoIdentityField(n, answer));
        }
    }
}
