package cn.gov.huiji.fourlists.system;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.gov.huiji.fourlists.system.Suite.ADJUSTMENT;
import static cn.gov.huiji.fourlists.system.Suite.LIST;
import static cn.gov.huiji.fourlists.system.Suite.as;
import static cn.gov.huiji.fourlists.system.Suite.awaitTraces;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Art. 26 end to end, with real tokens of five users: a section's clerk applies, the legal section returns it,
 * the section head resubmits, the legal section passes it, a leader approves, the legal section reports, the
 * district office confirms, the legal section publishes — and list-service holds the new version.
 */
class AdjustmentThroughFiveStagesIT {

    static final String ITEM = "410108-AJ-XK-002"; // a demo item of the hazchem section

    static void act(String user, String id, String action, Map<String, String> body, String expectedState) {
        as(user).contentType("application/json").body(body)
                .post(ADJUSTMENT + "/api/v1/requests/" + id + "/actions/" + action)
                .then().statusCode(200).body("state", org.hamcrest.Matchers.equalTo(expectedState));
    }

    @Test
    void aModifyRequestIsPublishedAndBecomesTheItemsNewVersion() {
        String version = "国务院令第455号，2016年2月6日修订，系统测试 " + System.nanoTime();
        String newBasis = "【行政法规】《烟花爆竹安全管理条例》（" + version + "）第十九条第二款";
        Map<String, Object> proposed = Map.of("code", ITEM, "list", "POWER", "name", "《烟花爆竹经营（零售）许可证》核发",
                "category", "行政许可", "section", "hazchem", "legalBasis", List.of(Map.of("level", "ADMINISTRATIVE_REGULATION",
                        "title", "烟花爆竹安全管理条例", "version", version, "article", "第十九条第二款")));
        String id = as("clerk").contentType("application/json").body(Map.of("triggerKind", "LAW_AMENDED_OR_REPEALED",
                        "triggerDate", Suite.recentTriggerDate(), "changeKind", "MODIFY", "documents", List.of(Map.of("title", "《烟花爆竹安全管理条例》修订", "number", "国务院令第666号", "date", "2016-02-06")), "targetItemCode", ITEM,
                        "summary", "《烟花爆竹安全管理条例》修订，实施依据条款调整", "proposedItem", proposed))
                .post(ADJUSTMENT + "/api/v1/requests").then().statusCode(201).extract().path("id");

        act("clerk", id, "submit", Map.of(), "SUBMITTED");
        act("legal", id, "return", Map.of("comment", "请注明修订令号"), "RETURNED");
        act("head", id, "submit", Map.of("comment", "已注明"), "SUBMITTED");
        act("legal", id, "pass-review", Map.of(), "STUDY");
        act("leader", id, "approve", Map.of("meetingReference", "局长办公会纪要〔2026〕第21号"), "APPROVED");
        act("legal", id, "report", Map.of(), "REPORTED");
        act("district", id, "confirm", Map.of(), "CONFIRMED");
        act("legal", id, "publish", Map.of(), "PUBLISHED");

        // list-service applies the publication as a new version
        boolean applied = false;
        for (int i = 0; i < 120 && !applied; i++) {
            List<Map<String, Object>> versions = io.restassured.RestAssured.get(LIST + "/api/v1/items/" + ITEM + "/versions")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            @SuppressWarnings("unchecked")
            Map<String, Object> last = (Map<String, Object>) versions.get(versions.size() - 1).get("item");
            if (id.equals(last.get("requestId"))) {
                assertEquals(newBasis, last.get("legalBasis"));
                assertEquals(null, last.get("validTo"), "the new version is in force");
                assertTrue(versions.size() >= 2, "the earlier version stays readable");
                applied = true;
            } else {
                Suite.sleep(500);
            }
        }
        assertTrue(applied, "list-service never showed the version made by request " + id);

        var traces = awaitTraces("request/" + id, 9);
        assertEquals(List.of("fourlists.adjustment.request.drafted", "fourlists.adjustment.request.submitted",
                        "fourlists.adjustment.request.returned", "fourlists.adjustment.request.submitted",
                        "fourlists.adjustment.request.review-passed", "fourlists.adjustment.request.approved",
                        "fourlists.adjustment.request.reported", "fourlists.adjustment.request.confirmed",
                        "fourlists.adjustment.request.published"),
                traces.stream().sorted((a, b) -> Long.compare(((Number) a.get("sequence")).longValue(), ((Number) b.get("sequence")).longValue()))
                        .map(t -> t.get("type")).toList(), "every step is in the audit log, in order");
        assertTrue(Suite.traces("item/" + ITEM).stream().anyMatch(t -> "fourlists.list.item.adjusted".equals(t.get("type"))),
                "list-service's own trace of the new version reaches the audit log");
    }
}
