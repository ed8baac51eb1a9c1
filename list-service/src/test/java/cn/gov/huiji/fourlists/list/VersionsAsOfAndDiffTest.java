package cn.gov.huiji.fourlists.list;

import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.list.service.AdjustmentApplier;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-LIST-3, R-LIST-5: every change is a version; any read can ask for a past day; two versions compare field by field. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class VersionsAsOfAndDiffTest {

    @Inject
    AdjustmentApplier applier;

    String code;

    @BeforeEach
    void anItemAddedInJanuaryAndAmendedInMarch() {
        Items.ensureSection("enforcement-brigade", "安全生产监察大队");
        code = Items.code("CF");
        Map<String, Object> v1 = Items.penalty(code, "对生产经营单位未按规定设置安全生产管理机构的处罚", "enforcement-brigade");
        assertEquals(AdjustmentApplier.Outcome.APPLIED,
                applier.apply(Items.published(UUID.randomUUID(), "ADD", null, v1, OffsetDateTime.parse("2026-01-10T09:00:00+08:00"))));
        Map<String, Object> v2 = new HashMap<>(v1);
        v2.put("name", "对生产经营单位未按规定设置安全生产管理机构或者配备安全生产管理人员的处罚");
        v2.put("legalBasis", List.of(Items.citation("LAW", "中华人民共和国安全生产法", "2021年6月10日修正", "第九十七条"),
                Items.citation("DEPARTMENTAL_RULE", "安全生产违法行为行政处罚办法", "原国家安全监管总局令第15号", "第四十五条")));
        assertEquals(AdjustmentApplier.Outcome.APPLIED,
                applier.apply(Items.published(UUID.randomUUID(), "MODIFY", code, v2, OffsetDateTime.parse("2026-03-01T10:00:00+08:00"))));
    }

    @Test
    void asOfAnswersWhatTheListSaidAtTheEndOfThatDay() {
        given().get("/api/v1/items/" + code + "?asOf=2026-02-01").then().statusCode(200)
                .body("version", equalTo(1)).body("name", equalTo("对生产经营单位未按规定设置安全生产管理机构的处罚"));
        given().get("/api/v1/items/" + code + "?asOf=2026-03-01").then().statusCode(200).body("version", equalTo(2));
        given().get("/api/v1/items/" + code).then().statusCode(200).body("version", equalTo(2))
                .body("sectionName", equalTo("安全生产监察大队"))
                .body("content.legalBasis[1].title", equalTo("安全生产违法行为行政处罚办法"))
                .body("legalBasis", containsString("【部委规章】《安全生产违法行为行政处罚办法》"));
        given().get("/api/v1/items/" + code + "?asOf=2026-01-09").then().statusCode(404)
                .contentType("application/problem+json").body("titleZh", equalTo("该日期不在有效期内"));
        given().get("/api/v1/items/" + code + "?asOf=2026-13-01").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
        given().get("/api/v1/lists/power/items?asOf=2026-02-01&q=安全生产管理机构").then().statusCode(200)
                .body("items.find { it.code == '" + code + "' }.version", equalTo(1));
    }

    @Test
    void historyShowsEachVersionWithWhatItChangedAndTheDiffComparesFieldByField() {
        given().get("/api/v1/items/" + code + "/versions").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].item.validTo", containsString("2026-03-01"))
                .body("[1].changedFields", hasItems("name", "legalBasis"))
                .body("[1].changedFields", not(hasItem("section")));
        given().get("/api/v1/items/" + code + "/diff?from=1&to=2").then().statusCode(200)
                .body("changes.field", hasItems("name", "legalBasis"))
                .body("changes.find { it.field == 'legalBasis' }.label", equalTo("实施依据"))
                .body("changes.find { it.field == 'legalBasis' }.after[1].article", equalTo("第四十五条"))
                .body("changes.find { it.field == 'name' }.before", equalTo("对生产经营单位未按规定设置安全生产管理机构的处罚"));
        given().get("/api/v1/items/" + code + "/diff?from=1&to=9").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/items/" + code + "/diff?from=1").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theNewVersionIsFoundBySearchAndExportedAndTheOldTextIsNot() {
        given().get("/api/v1/lists/power/items?q=配备安全生产管理人员").then().statusCode(200)
                .body("items.code", hasItem(code));
        given().get("/api/v1/lists/power/items?q=安全生产违法行为行政处罚办法").then().statusCode(200)
                .body("items.code", hasItem(code));
        given().get("/api/v1/lists/power/items?q=配备安全生产管理人员&asOf=2026-02-01").then().statusCode(200)
                .body("items.code", not(hasItem(code)));
        String csv = given().get("/api/v1/lists/power/export?format=csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.contains("对生产经营单位未按规定设置安全生产管理机构或者配备安全生产管理人员的处罚"), "the export lists the new version");
        assertTrue(csv.contains("【部委规章】《安全生产违法行为行政处罚办法》（原国家安全监管总局令第15号）第四十五条"),
                "the export prints the new basis as a published list does");
    }

    @Test
    void theLatestPublishedAdjustmentsAreListedNewestFirst() {
        List<String> from = given().get("/api/v1/changes?limit=100").then().statusCode(200)
                .body("find { it.code == '" + code + "' && it.version == 2 }.name", containsString("配备安全生产管理人员"))
                .body("requestId", not(hasItem((Object) null)))
                .extract().jsonPath().getList("validFrom");
        List<OffsetDateTime> times = from.stream().map(OffsetDateTime::parse).toList();
        for (int i = 1; i < times.size(); i++) {
            assertTrue(!times.get(i).isAfter(times.get(i - 1)), "newest first: " + from);
        }
    }

    @Test
    void aFlowChartDrawsTheStepsInOrder() {
        String svg = given().get("/api/v1/items/" + code + "/flowchart.svg").then().statusCode(200)
                .contentType(containsString("image/svg+xml")).extract().asString();
        int a = svg.indexOf("立案"), b = svg.indexOf("调查取证"), c = svg.indexOf("决定");
        assertTrue(a > 0 && a < b && b < c, "the steps 立案 → 调查取证 → 决定 appear in order");
        assertTrue(svg.contains("执法人员 · 30个工作日"), "each step shows who does it and its time limit");
        assertTrue(svg.contains("承诺时限 50 个工作日"), "the chart states the promised limit");
    }

    @Test
    void pollersGet304UntilTheItemChanges() {
        Response first = given().get("/api/v1/items/" + code);
        String etag = first.header("ETag");
        assertTrue(etag != null && first.header("Last-Modified") != null, "an item answers with ETag and Last-Modified");
        given().header("If-None-Match", etag).get("/api/v1/items/" + code).then().statusCode(304);
        String listTag = given().get("/api/v1/lists/power/items?q=安全").header("ETag");
        given().header("If-None-Match", listTag).get("/api/v1/lists/power/items?q=安全").then().statusCode(304);
        given().header("If-None-Match", listTag).get("/api/v1/lists/power/items?q=处罚").then().statusCode(200);
        String exportTag = given().get("/api/v1/lists/power/export?format=csv").header("ETag");
        given().header("If-None-Match", exportTag).get("/api/v1/lists/power/export?format=csv").then().statusCode(304);

        Map<String, Object> v3 = Items.penalty(code, "对生产经营单位未按规定设置安全生产管理机构或者配备安全生产管理人员的处罚（2026年修订）", "enforcement-brigade");
        applier.apply(Items.published(UUID.randomUUID(), "MODIFY", code, v3, OffsetDateTime.now()));
        Response after = given().header("If-None-Match", etag).get("/api/v1/items/" + code);
        assertEquals(200, after.statusCode(), "a changed item is sent again");
        assertNotEquals(etag, after.header("ETag"));
        given().header("If-None-Match", listTag).get("/api/v1/lists/power/items?q=安全").then().statusCode(200);
        given().header("If-None-Match", exportTag).get("/api/v1/lists/power/export?format=csv").then().statusCode(200);
    }
}
