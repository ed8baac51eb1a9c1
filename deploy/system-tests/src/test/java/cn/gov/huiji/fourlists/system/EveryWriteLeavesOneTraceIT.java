package cn.gov.huiji.fourlists.system;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.gov.huiji.fourlists.system.Suite.ADJUSTMENT;
import static cn.gov.huiji.fourlists.system.Suite.AUDIT;
import static cn.gov.huiji.fourlists.system.Suite.COMPLAINT;
import static cn.gov.huiji.fourlists.system.Suite.LIST;
import static cn.gov.huiji.fourlists.system.Suite.as;
import static cn.gov.huiji.fourlists.system.Suite.awaitTraces;
import static cn.gov.huiji.fourlists.system.Suite.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** R-AUD-1: a write in each of the four services, with a real token, leaves exactly one trace in audit-service. */
class EveryWriteLeavesOneTraceIT {

    @SuppressWarnings("unchecked")
    static Map<String, Object> actorOf(Map<String, Object> trace) {
        return (Map<String, Object>) trace.get("actor");
    }

    @Test
    void listServiceSectionAndItemLoad() {
        String section = unique("sec-");
        as("admin").contentType("application/json").body(Map.of("name", "系统测试科"))
                .put(LIST + "/api/v1/sections/" + section).then().statusCode(201);
        var sectionTraces = awaitTraces("section/" + section, 1);
        assertEquals("fourlists.list.section.registered", sectionTraces.get(0).get("type"));
        assertEquals("admin", actorOf(sectionTraces.get(0)).get("userId"), "the trace names who acted");

        String code = String.format("9%011d", System.nanoTime() % 100_000_000_000L); // a national basic code (12 digits)
        as("legal").contentType("application/json").body(Map.of("code", code, "name", "对生产经营单位未按规定进行安全生产教育和培训的处罚",
                        "category", "行政处罚", "section", section, "legalBasis", List.of(Map.of("level", "LAW", "title", "中华人民共和国安全生产法", "article", "第九十七条"))))
                .post(LIST + "/api/v1/lists/power/items").then().statusCode(201);
        var itemTraces = awaitTraces("item/" + code, 1);
        assertEquals("fourlists/list-service", itemTraces.get(0).get("source"));
        assertEquals("legal", actorOf(itemTraces.get(0)).get("section"), "the trace names the actor's section from the token");
    }

    @Test
    void adjustmentServiceDraftRequest() {
        // A clerk applies for an item of their own section (hazchem); another section's item would be refused (403).
        String code = io.restassured.RestAssured.get(LIST + "/api/v1/lists/power/items?section=hazchem&size=1").then().statusCode(200)
                .extract().path("items[0].code");
        String id = as("clerk").contentType("application/json").body(Map.of("triggerKind", "LAW_AMENDED_OR_REPEALED",
                        "triggerDate", Suite.recentTriggerDate(), "changeKind", "MODIFY", "documents", List.of(Map.of("title", "《烟花爆竹安全管理条例》修订", "number", "国务院令第666号", "date", "2016-02-06")), "targetItemCode", code,
                        "summary", "依据条款修改，系统测试", "proposedItem", Map.of("code", code, "name",
                                "对未取得安全生产许可证擅自进行生产的处罚", "category", "行政处罚", "section", "hazchem",
                                "legalBasis", List.of(Map.of("level", "LAW", "title", "中华人民共和国安全生产法", "article", "第九十五条")))))
                .post(ADJUSTMENT + "/api/v1/requests").then().statusCode(201).extract().path("id");
        var traces = awaitTraces("request/" + id, 1);
        assertEquals("fourlists.adjustment.request.drafted", traces.get(0).get("type"));
        assertEquals("hazchem", actorOf(traces.get(0)).get("section"));
        assertEquals(List.of("clerk"), actorOf(traces.get(0)).get("roles"));
    }

    @Test
    void complaintServiceChannels() {
        int before = Suite.traces("channels").size();
        as("admin").contentType("application/json").body(List.of(
                        Map.of("kind", "PHONE", "value", "0371-63300000"),
                        Map.of("kind", "FAX", "value", "0371-63300001"),
                        Map.of("kind", "POSTAL_ADDRESS", "value", "郑州市惠济区 惠济区安全生产监督管理局"),
                        Map.of("kind", "EMAIL", "value", "hjqajj@example.gov.cn"),
                        Map.of("kind", "ONLINE_FORM", "value", "http://127.0.0.1:8080/complaints/new")))
                .put(COMPLAINT + "/api/v1/channels").then().statusCode(200);
        awaitTraces("channels", before + 1);
    }

    @Test
    void auditServiceExport() {
        String id = as("discipline").contentType("application/json").body(Map.of("actor", "legal"))
                .post(AUDIT + "/api/v1/traces/exports").then().statusCode(201).extract().path("id");
        var traces = awaitTraces("export/" + id, 1);
        assertEquals("fourlists/audit-service", traces.get(0).get("source"));
        assertEquals("discipline", actorOf(traces.get(0)).get("userId"));
    }
}
