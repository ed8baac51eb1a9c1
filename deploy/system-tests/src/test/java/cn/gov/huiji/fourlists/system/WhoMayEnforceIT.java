package cn.gov.huiji.fourlists.system;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static cn.gov.huiji.fourlists.system.Suite.COMPLAINT;
import static cn.gov.huiji.fourlists.system.Suite.LIST;
import static cn.gov.huiji.fourlists.system.Suite.as;
import static cn.gov.huiji.fourlists.system.Suite.awaitTraces;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Art. 17–19 (R-LIST-8, R-LIST-9) end to end on the running suite: only a confirmed, published body enforces; an
 * entrusted organisation only within the term and scope of its entrustment; an officer only with a certificate valid
 * that day for that unit and category. The authority check names the reason of every no, every register change
 * leaves its trace in audit-service, and a complaint about an officer must name a certificate that exists.
 */
class WhoMayEnforceIT {

    static final String BUREAU = "114101080051883705";
    static final String CATEGORY = "安全生产监管执法";
    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** A fresh 统一社会信用代码 with a correct GB 32100 check character, so each run registers new bodies. */
    static String newCreditCode(String kindPrefix) {
        StringBuilder b = new StringBuilder(kindPrefix).append("410108");
        while (b.length() < 17) {
            b.append(CHARS.charAt(ThreadLocalRandom.current().nextInt(10)));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARS.indexOf(b.charAt(i)) * WEIGHTS[i];
        }
        return b.append(CHARS.charAt((31 - sum % 31) % 31)).toString();
    }

    static Map<String, Object> body(String code, String name, String kind) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("creditCode", code);
        m.put("name", name);
        m.put("kind", kind);
        m.put("enforcementCategory", CATEGORY);
        m.put("legalBasis", "《中华人民共和国行政处罚法》（2009年8月27日修正）第十八条");
        m.put("confirmationNo", "惠编〔2016〕系统测试");
        m.put("confirmationDate", "2016-06-30");
        return m;
    }

    static void registerAndPublish(Map<String, Object> body) {
        as("legal").contentType("application/json").body(body).post(LIST + "/api/v1/bodies").then().statusCode(201);
        as("legal").contentType("application/json").body("{}")
                .post(LIST + "/api/v1/bodies/" + body.get("creditCode") + "/publication").then().statusCode(200);
    }

    static JsonPath check(String body, String power, String date, String certificate) {
        var request = RestAssured.given().queryParam("bodyCode", body).queryParam("power", power).queryParam("date", date);
        if (certificate != null) {
            request.queryParam("certificate", certificate);
        }
        return request.get(LIST + "/api/v1/authority-check").then().statusCode(200).extract().jsonPath();
    }

    /** Three penalty items of the bureau's published list (the demo data has dozens). */
    static List<String> penaltyItemsOfTheBureau() {
        List<String> codes = RestAssured.given().queryParam("category", "行政处罚").queryParam("size", 3)
                .get(LIST + "/api/v1/lists/power/items").then().statusCode(200).extract().jsonPath().getList("items.code");
        assertEquals(3, codes.size(), "the demo data holds penalty items: " + codes);
        return codes;
    }

    static Map<String, Object> entrustment(String item, String from, String to) {
        return Map.of("entrustingCreditCode", BUREAU, "itemCodes", List.of(item), "validFrom", from, "validTo", to,
                "documentNo", "惠安监委〔2016〕系统测试", "documentDate", "2016-06-28");
    }

    @Test
    void theAuthorityCheckAnswersForTheBodyThePowerAndTheOfficerWithEveryReason() {
        List<String> items = penaltyItemsOfTheBureau();
        String lapsedItem = items.get(0), entrustedItem = items.get(1), notEntrusted = items.get(2);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.ofHours(8));

        // A registered body that nobody confirmed and published does not enforce (主体未确认).
        String unconfirmed = newCreditCode("12");
        Map<String, Object> draft = body(unconfirmed, "系统测试未公告单位", "AUTHORIZED");
        as("legal").contentType("application/json").body(draft).post(LIST + "/api/v1/bodies").then().statusCode(201);
        RestAssured.get(LIST + "/api/v1/bodies/" + unconfirmed).then().statusCode(404);
        assertEquals("BODY_NOT_CONFIRMED", check(unconfirmed, lapsedItem, today.toString(), null).getString("reasonCode"));

        // An entrusted organisation acts for the bureau only within the entrustment's scope and term (Art. 18).
        String entrusted = newCreditCode("12");
        registerAndPublish(body(entrusted, "系统测试受委托执法组织", "ENTRUSTED"));
        as("legal").contentType("application/json").body(entrustment(lapsedItem, "2016-07-01", today.minusDays(1).toString()))
                .post(LIST + "/api/v1/bodies/" + entrusted + "/entrustments").then().statusCode(201);
        as("legal").contentType("application/json").body(entrustment(entrustedItem, "2016-07-01", today.plusYears(1).toString()))
                .post(LIST + "/api/v1/bodies/" + entrusted + "/entrustments").then().statusCode(201);
        RestAssured.get(LIST + "/api/v1/bodies/" + entrusted).then().statusCode(200)
                .body("kindZh", equalTo("受委托组织")).body("entrustments.entrustingBody.creditCode", hasItem(BUREAU))
                .body("entrustments.inTerm", hasItems(true, false));
        JsonPath inTerm = check(entrusted, entrustedItem, today.toString(), null);
        assertEquals("AUTHORIZED", inTerm.getString("reasonCode"), "in term and in scope: " + inTerm.prettify());
        assertEquals("ENTRUSTMENT_EXPIRED", check(entrusted, lapsedItem, today.toString(), null).getString("reasonCode"),
                "an entrustment that ended yesterday gives no authority today");
        assertEquals("OUTSIDE_ENTRUSTMENT", check(entrusted, notEntrusted, today.toString(), null).getString("reasonCode"),
                "an item the bureau did not entrust is outside the scope");

        // An officer acts only with a certificate valid that day, for that unit (Art. 19; 执法证无效 otherwise).
        String certificate = "41010899" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        as("legal").contentType("application/json").body(Map.of("certificateNo", certificate, "name", "系统测试执法员",
                        "unitCreditCode", BUREAU, "category", CATEGORY, "area", "惠济区", "issuingAuthority", "郑州市人民政府法制办公室",
                        "validFrom", "2016-07-01", "validTo", today.plusYears(2).toString()))
                .post(LIST + "/api/v1/officers").then().statusCode(201);
        JsonPath yes = check(BUREAU, lapsedItem, today.toString(), certificate);
        assertEquals("AUTHORIZED", yes.getString("reasonCode"), "the bureau with a valid certificate: " + yes.prettify());
        assertTrue(yes.getBoolean("authorized"));
        assertEquals("NO_AUTHORITY", check(BUREAU, "系统测试：本局清单上没有的权力", today.toString(), certificate).getString("reasonCode"));
        // Suspended from tomorrow: valid today, not tomorrow.
        String tomorrow = today.plusDays(1).toString();
        as("legal").contentType("application/json").body(Map.of("status", "SUSPENDED", "date", tomorrow, "reason", "系统测试：暂扣执法证"))
                .post(LIST + "/api/v1/officers/" + certificate + "/status").then().statusCode(200);
        JsonPath suspended = check(BUREAU, lapsedItem, tomorrow, certificate);
        assertEquals("CERTIFICATE_INVALID", suspended.getString("reasonCode"), suspended.prettify());
        assertFalse(suspended.getBoolean("authorized"));
        assertTrue(check(BUREAU, lapsedItem, today.toString(), certificate).getBoolean("authorized"),
                "the day before the suspension the certificate is still valid");
        RestAssured.given().queryParam("certificate", certificate).queryParam("date", tomorrow)
                .get(LIST + "/api/v1/officers/check").then().statusCode(200)
                .body("valid", equalTo(false)).body("statusZh", equalTo("暂扣")).body("unit.creditCode", equalTo(BUREAU));
        RestAssured.given().queryParam("q", certificate).get(LIST + "/api/v1/officers").then().statusCode(200)
                .body("items.certificateNo", hasItem(certificate));

        // Each register change is one trace in audit-service, naming who acted.
        var bodyTraces = awaitTraces("body/" + entrusted, 4);
        assertEquals(List.of("fourlists.list.body.published", "fourlists.list.body.registered",
                        "fourlists.list.entrustment.registered", "fourlists.list.entrustment.registered"),
                bodyTraces.stream().map(t -> (String) t.get("type")).sorted().toList());
        var officerTraces = awaitTraces("officer/" + certificate, 2);
        assertEquals(List.of("fourlists.list.officer.registered", "fourlists.list.officer.status-changed"),
                officerTraces.stream().map(t -> (String) t.get("type")).sorted().toList());

        // The clerk of a section may not keep the registers: that is the legal section's (Art. 18).
        as("clerk").contentType("application/json").body(body(newCreditCode("12"), "越权登记", "AUTHORIZED"))
                .post(LIST + "/api/v1/bodies").then().statusCode(403);
    }

    @Test
    void aSpreadsheetOfOfficersIsCheckedWholeAndAComplaintAboutAnOfficerNamesARealCertificate() {
        String first = "41010898" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String header = "执法证号,姓名,所在单位统一社会信用代码,执法类别,执法区域,发证机关,有效期起,有效期止\n";
        String bad = header
                + first + ",系统测试甲," + BUREAU + "," + CATEGORY + ",惠济区,郑州市人民政府法制办公室,2016-07-01,2028-06-30\n"
                + first + "9,系统测试乙,114101080051883706," + CATEGORY + ",惠济区,郑州市人民政府法制办公室,2016-07-01,2015-06-30\n";
        as("legal").contentType("text/csv").body(bad.getBytes(StandardCharsets.UTF_8)).post(LIST + "/api/v1/officers/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.row", hasItems(3));
        RestAssured.get(LIST + "/api/v1/officers/" + first).then().statusCode(404);

        String good = header
                + first + ",系统测试甲," + BUREAU + "," + CATEGORY + ",惠济区,郑州市人民政府法制办公室,2016-07-01,2028-06-30\n";
        as("legal").contentType("text/csv").body(good.getBytes(StandardCharsets.UTF_8)).post(LIST + "/api/v1/officers/import")
                .then().statusCode(200).body("imported", equalTo(1));
        RestAssured.get(LIST + "/api/v1/officers/" + first).then().statusCode(200)
                .body("name", equalTo("系统测试甲")).body("statusZh", equalTo("有效"));

        // complaint-service learns officers from list-events; an unknown certificate is refused, a known one accepted.
        Map<String, Object> complaint = new LinkedHashMap<>();
        complaint.put("kind", "COMPLAINT");
        complaint.put("subjectKind", "OFFICER");
        complaint.put("subjectRef", "41010800000000");
        complaint.put("content", "系统测试：执法人员在检查中态度恶劣，未出示执法证件。");
        complaint.put("anonymous", true);
        RestAssured.given().contentType("application/json").body(complaint).post(COMPLAINT + "/api/v1/cases")
                .then().statusCode(400).body("errors.field", hasItem(containsString("subjectRef")));
        complaint.put("subjectRef", first);
        awaitTraces("officer/" + first, 1); // the registration is on list-events; complaint-service reads the same topic
        int status = 0;
        for (int attempt = 0; attempt < 4 && status != 201; attempt++) { // few tries: intake allows 10 a minute per client
            Suite.sleep(2000);
            status = RestAssured.given().contentType("application/json").body(complaint).post(COMPLAINT + "/api/v1/cases")
                    .then().extract().statusCode();
        }
        assertEquals(201, status, "a complaint naming a registered officer's certificate is received");
    }
}
