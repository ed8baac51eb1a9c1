package cn.gov.huiji.fourlists.system;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.gov.huiji.fourlists.system.Suite.LIST;
import static cn.gov.huiji.fourlists.system.Suite.as;
import static cn.gov.huiji.fourlists.system.Suite.awaitTraces;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-LIST-11 (Art. 8, 双公示) end to end: another bureau's case system sends a penalty decision with the integration
 * client; the legal section publishes it; the public finds it in the API and on the portal, other systems in the change
 * feed, the credit platform in the export with the fine in 万元; every step is a trace in audit-service; a natural
 * person's number is never shown in full.
 */
class DecisionsAreDisclosedIT {

    static final String DISCLOSURE = "http://127.0.0.1:8085";
    static final String BUREAU = "114101080051883705";

    /** A fresh item of the list, published by the legal section's first load (the decision cites it). */
    static String newItem(String list, String category, String name) {
        String code = String.format("3%011d", System.nanoTime() % 100_000_000_000L);
        Map<String, Object> item = ListsChangeOnlyByPublishedAdjustmentsIT.item(code, name, "2014年8月31日修正", "第九十四条");
        item.put("list", list.toUpperCase(java.util.Locale.ROOT));
        item.put("category", category);
        as("legal").contentType("application/json").body(item).post(LIST + "/api/v1/lists/" + list + "/items").then().statusCode(201);
        return code;
    }

    /**
     * Sends the decision until disclosure-service knows the item it cites: its projection of list-events follows the
     * load within moments. Any other answer than "item unknown" ends the wait.
     */
    static io.restassured.response.Response receive(java.util.function.Supplier<io.restassured.specification.RequestSpecification> as, String path,
                                                    Map<String, Object> decision) {
        long deadline = System.currentTimeMillis() + 30_000;
        io.restassured.response.Response r;
        do {
            r = as.get().contentType("application/json").body(decision).post(DISCLOSURE + path);
            if (r.statusCode() != 400 || !r.asString().contains("itemCode") || System.currentTimeMillis() > deadline) {
                return r;
            }
            Suite.sleep(500);
        } while (true);
    }

    @Test
    void aPenaltyDecisionFromAnotherSystemIsPublishedFedAndExported() {
        String item = newItem("power", "行政处罚", "对未按规定对从业人员进行安全生产教育和培训的处罚（双公示系统测试）");
        String today = LocalDate.now(ZoneOffset.ofHours(8)).toString();
        String documentNo = "惠安监罚〔2026〕系统测试" + System.nanoTime() % 1_000_000 + "号";
        String party = WhoMayEnforceIT.newCreditCode("91");
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("partyName", "系统测试商贸有限公司");
        decision.put("partyCategory", "LEGAL_ENTITY");
        decision.put("partyCreditCode", party);
        decision.put("legalRepresentative", "测试甲");
        decision.put("legalRepresentativeIdType", "ID_CARD");
        decision.put("legalRepresentativeIdNumber", "410108198001011234");
        decision.put("documentNo", documentNo);
        decision.put("violationType", "未按规定对从业人员进行安全生产教育和培训");
        decision.put("facts", "经查，该公司未按规定对新上岗从业人员进行安全生产教育和培训。");
        decision.put("basis", "《中华人民共和国安全生产法》第九十四条");
        decision.put("penaltyKinds", List.of("FINE"));
        decision.put("content", "罚款2000元");
        decision.put("fineYuan", 2000);
        decision.put("decisionDate", today);
        decision.put("validUntil", LocalDate.parse(today).plusDays(7).toString());
        decision.put("itemCode", item);

        String integration = AuthorizationMatrixIT.integrationToken();
        String id = receive(() -> RestAssured.given().auth().oauth2(integration), "/api/v1/decisions/penalties", decision)
                .then().statusCode(201).extract().path("id");
        as("clerk").contentType("application/json").body(decision).post(DISCLOSURE + "/api/v1/decisions/penalties")
                .then().statusCode(403);
        // Received, not yet public: the legal section checks it for secrets and privacy first (Art. 8).
        RestAssured.given().queryParam("q", documentNo).get(DISCLOSURE + "/api/v1/disclosures/penalties").then()
                .statusCode(200).body("items", org.hamcrest.Matchers.empty());
        as("legal").contentType("application/json").body("{}").post(DISCLOSURE + "/api/v1/decisions/" + id + "/publication")
                .then().statusCode(200);

        JsonPath found = RestAssured.given().queryParam("q", documentNo).get(DISCLOSURE + "/api/v1/disclosures/penalties")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(documentNo), found.getList("items.documentNo"), "the published decision is found by its number");
        String publicJson = found.prettify();
        assertFalse(publicJson.contains("410108198001011234"), "no personal number in a public answer: " + publicJson);

        JsonPath feed = RestAssured.given().queryParam("since", 0).queryParam("limit", 1000)
                .get(DISCLOSURE + "/api/v1/disclosures/changes").then().statusCode(200).extract().jsonPath();
        assertTrue(feed.getList("items.decisionId").contains(id), "the change feed carries the publication");

        String csv = RestAssured.given().auth().oauth2(integration).queryParam("kind", "penalty").queryParam("from", today)
                .queryParam("to", today).queryParam("format", "csv").get(DISCLOSURE + "/api/v1/disclosures/export")
                .then().statusCode(200).extract().asString();
        String[] lines = csv.replace("\uFEFF", "").split("\r?\n");
        List<String> header = List.of(lines[0].split(","));
        assertEquals("CF_XDR_MC", header.get(0), "the credit platform's field codes, in its order");
        String row = java.util.Arrays.stream(lines).filter(l -> l.contains(documentNo)).findFirst().orElseThrow(
                () -> new AssertionError("the export holds the decision: " + csv));
        List<String> cells = List.of(row.split(",", -1));
        assertEquals("0.200000", cells.get(header.indexOf("CF_NR_FK")), "2000 元 is 0.2 万元, six decimals: " + row);
        assertEquals(today, cells.get(header.indexOf("CF_JDRQ")));
        assertFalse(row.contains("410108198001011234"), "the legal representative's number is masked: " + row);
        System.out.println("credit export row (CF_*): " + row);

        RestAssured.get(PortalInBrowserIT.PORTAL + "/disclosures/penalties?q=" + documentNo).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("系统测试商贸有限公司"));
        var traces = awaitTraces("decision/" + id, 2);
        assertEquals(List.of("fourlists.disclosure.decision.published", "fourlists.disclosure.decision.received"),
                traces.stream().map(t -> (String) t.get("type")).sorted().toList());
    }

    @Test
    void aLicensingDecisionIsPublishedAndExportedInTheCreditPlatformsFields() {
        String item = newItem("approval", "行政许可", "危险化学品经营许可证核发（双公示系统测试）");
        String today = LocalDate.now(ZoneOffset.ofHours(8)).toString();
        String documentNo = "惠安监许〔2026〕系统测试" + System.nanoTime() % 1_000_000 + "号";
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("partyName", "系统测试化工经营部");
        decision.put("partyCategory", "INDIVIDUAL_BUSINESS");
        decision.put("partyCreditCode", WhoMayEnforceIT.newCreditCode("92"));
        decision.put("legalRepresentative", "测试乙");
        decision.put("documentName", "危险化学品经营许可证核发决定书");
        decision.put("documentNo", documentNo);
        decision.put("licenceCategory", "GENERAL");
        decision.put("certificateName", "危险化学品经营许可证");
        decision.put("licenceNo", "豫郑惠危化经字〔2026〕000001");
        decision.put("content", "准予危险化学品经营许可（不带储存设施）");
        decision.put("decisionDate", today);
        decision.put("validFrom", today);
        decision.put("validTo", "2099-12-31");
        decision.put("itemCode", item);
        String id = receive(() -> as("legal"), "/api/v1/decisions/licensing", decision).then().statusCode(201).extract().path("id");
        as("legal").contentType("application/json").body("{}").post(DISCLOSURE + "/api/v1/decisions/" + id + "/publication")
                .then().statusCode(200);
        String csv = as("legal").queryParam("kind", "licensing").queryParam("from", today).queryParam("to", today)
                .queryParam("format", "csv").get(DISCLOSURE + "/api/v1/disclosures/export").then().statusCode(200).extract().asString();
        String[] lines = csv.replace("\uFEFF", "").split("\r?\n");
        List<String> header = List.of(lines[0].split(","));
        assertEquals("XK_XDR_MC", header.get(0));
        String row = java.util.Arrays.stream(lines).filter(l -> l.contains(documentNo)).findFirst().orElseThrow(
                () -> new AssertionError("the export holds the licensing decision: " + csv));
        List<String> cells = List.of(row.split(",", -1));
        assertEquals("2099-12-31", cells.get(header.indexOf("XK_YXQZI")), "长期 is 2099-12-31: " + row);
        System.out.println("credit export row (XK_*): " + row);
    }
}
