package cn.gov.huiji.fourlists.list;

import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.list.domain.ListKind;
import cn.gov.huiji.fourlists.list.service.ItemQueries;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-LIST-5: a user typing Chinese words finds the items whose name, basis or duties contain them, name matches first. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ChineseSearchTest {

    static String licence, fireworks, unlicensed, inspection;

    @BeforeAll
    static void codes() {
        licence = Items.code("XK");
        fireworks = Items.code("XK");
        unlicensed = Items.code("CF");
        inspection = Items.code("JC");
    }

    static void load(Map<String, Object> item) {
        given().contentType(ContentType.JSON).body(item).post("/api/v1/lists/power/items").then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void chineseWordsAreFoundInNameBasisAndDutiesNameMatchesFirst() {
        Items.ensureSection("hazchem", "危险化学品安全监督管理科");
        Items.ensureSection("enforcement-brigade", "安全生产监察大队");
        load(Items.power(licence, "危险化学品经营许可证核发（不带储存设施）", "行政许可", "hazchem",
                List.of(Items.citation("ADMINISTRATIVE_REGULATION", "危险化学品安全管理条例", "国务院令第591号", "第三十三条"))));
        load(Items.power(fireworks, "《烟花爆竹经营（零售）许可证》核发", "行政许可", "hazchem",
                List.of(Items.citation("ADMINISTRATIVE_REGULATION", "烟花爆竹安全管理条例", "国务院令第455号", "第十九条"))));
        load(Items.power(unlicensed, "对未取得安全生产许可证擅自进行生产的处罚", "行政处罚", "enforcement-brigade",
                List.of(Items.citation("ADMINISTRATIVE_REGULATION", "安全生产许可证条例", "国务院令第397号", "第十九条"))));
        // Its name does not say 危险化学品, but its duties do (see Items.power).
        load(Items.power(inspection, "对生产经营单位执行安全生产法律法规情况的监督检查", "行政检查", "enforcement-brigade",
                List.of(Items.citation("LAW", "中华人民共和国安全生产法", "2014年8月31日修正", "第六十二条"))));

        List<String> hazchem = given().get("/api/v1/lists/power/items?q=危险化学品&size=200").then().statusCode(200)
                .extract().jsonPath().getList("items.code");
        assertTrue(hazchem.contains(licence) && hazchem.contains(inspection), "危险化学品 is found in a name and in duties: " + hazchem);
        assertTrue(hazchem.indexOf(licence) < hazchem.indexOf(inspection), "the item whose name holds the words comes first: " + hazchem);

        given().get("/api/v1/lists/power/items?q=烟花爆竹").then().statusCode(200)
                .body("items.code", hasItem(fireworks)).body("items.code", not(hasItem(licence)));
        // 安全生产许可证 stands in one item's name and its basis (安全生产许可证条例).
        given().get("/api/v1/lists/power/items?q=安全生产许可证").then().statusCode(200)
                .body("items[0].code", equalTo(unlicensed));
        given().get("/api/v1/lists/power/items?q=安全生产许可证条例").then().statusCode(200).body("items.code", hasItem(unlicensed));
        // Words separated by a space must all be there.
        given().get("/api/v1/lists/power/items?q=烟花爆竹 零售").then().body("items.code", hasItem(fireworks));
        given().get("/api/v1/lists/power/items?q=烟花爆竹 储存").then().body("items.code", not(hasItem(fireworks)));
        // Full-width letters and digits find their half-width forms.
        given().get("/api/v1/lists/power/items?q=ＡＪ－ＸＫ").then().body("items.code", hasItem(licence));
        // Filters narrow the search.
        given().get("/api/v1/lists/power/items?q=许可证&category=行政处罚").then()
                .body("items.category", everyItem(equalTo("行政处罚"))).body("items.code", hasItem(unlicensed));
        given().get("/api/v1/lists/power/items?section=hazchem&size=200").then()
                .body("items.section", everyItem(equalTo("hazchem")))
                .body("items.sectionName", everyItem(equalTo("危险化学品安全监督管理科")));
        given().get("/api/v1/lists/power/items?q=不存在的词语").then().statusCode(200).body("total", equalTo(0));
        assertEquals(0, given().get("/api/v1/lists/fee/items?q=烟花爆竹").then().extract().jsonPath().getInt("total"),
                "each list is searched on its own");

        // The in-process index (issue 19) and the database's GIN index give the same answers, page by page.
        for (String q : new String[]{null, "危险化学品", "烟花爆竹", "安全生产许可证", "许可证", "烟花爆竹 零售", "安全", "煤", "ＡＪ－ＸＫ", "不存在的词语"}) {
            for (String category : new String[]{null, "行政许可"}) {
                var f = new ItemQueries.Filter(ListKind.POWER, q, category, null, null, null);
                for (int page = 0; page < 3; page++) {
                    int p = page;
                    assertEquals(QuarkusTransaction.requiringNew().call(() -> queries.searchTheDatabase(f, p, 2)),
                            QuarkusTransaction.requiringNew().call(() -> queries.search(f, p, 2)),
                            "the index and the database answer \"" + q + "\" (category " + category + ", page " + page + ") alike");
                }
            }
        }
    }

    @Inject
    ItemQueries queries;
}
