package cn.gov.huiji.fourlists.workbench;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * 双公示's pages (Art. 8) when disclosure-service does not answer (the test profile points its client at a closed
 * port): each page still opens and says so in plain Chinese; the entry form keeps what was typed and refuses what
 * cannot be sent before sending it; only the legal section sees the steps, the entry and the export.
 */
@QuarkusTest
class DecisionPagesTest {

    static final String ID = "6a2f4c1e-8b3d-4e7a-9c5f-1d2e3f4a5b6c";
    static final String UNREACHABLE = "双公示服务暂时无法访问，请稍后再试。";

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void theListOpensWithItsFiltersTheEntryAndTheExportAndSaysTheServiceCannotBeReached() {
        given().get("/decisions").then().statusCode(503)
                .body(containsString("<a href=\"/decisions\">双公示</a>"), containsString("<h1>双公示</h1>"), containsString(UNREACHABLE),
                        containsString("<label for=\"f-state\">状态</label>"), containsString("<option value=\"RECEIVED\">待公示</option>"),
                        containsString("<option value=\"CANCELLED\">已取消公示</option>"), containsString("<label for=\"f-kind\">类别</label>"),
                        containsString("<label for=\"f-overdue\">只看逾期未公示</label>"), containsString("<button type=\"submit\">筛选</button>"),
                        containsString("<a class=\"button\" href=\"/decisions/new?kind=licensing\">录入行政许可决定</a>"),
                        containsString("<a class=\"button\" href=\"/decisions/new?kind=penalty\">录入行政处罚决定</a>"),
                        containsString("<h2 id=\"export-h\">信用信息导出</h2>"), containsString("<label for=\"x-from\">决定日期自</label>"),
                        containsString("<button type=\"submit\" name=\"format\" value=\"csv\">下载 CSV</button>"),
                        containsString("<button type=\"submit\" name=\"format\" value=\"xlsx\">下载 XLSX</button>"),
                        containsString("<h2 id=\"import-h\">批量导入决定</h2>"), containsString("<label for=\"i-kind\">决定类别</label>"),
                        containsString("<label for=\"i-file\">决定表格文件（.xlsx 或 .csv）</label>"),
                        containsString("<button type=\"submit\">导入</button>"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void onlyASpreadsheetIsImportedAndAnUnreachableServiceIsSaidSo() {
        var csrf = LegalAndAdminPagesTest.Csrf.of(given().get("/decisions/new?kind=penalty"));
        given().cookie(csrf.cookie(), csrf.cookieValue()).multiPart(csrf.field(), csrf.token()).multiPart(DecisionDeskTest.text("kind", "penalty"))
                .multiPart("file", "decisions.xls", new byte[]{1, 2, 3}, "application/vnd.ms-excel")
                .post("/decisions/import").then().statusCode(400).body(containsString("只能导入 .xlsx 或 .csv 格式的表格，所选文件为“decisions.xls”。"));
        given().cookie(csrf.cookie(), csrf.cookieValue()).multiPart(csrf.field(), csrf.token()).multiPart(DecisionDeskTest.text("kind", "penalty"))
                .multiPart("file", "decisions.csv", "CF_XDR_MC\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv")
                .post("/decisions/import").then().statusCode(503).body(containsString(UNREACHABLE));
    }

    @Test
    @TestSecurity(user = "leader", roles = "leader")
    void leadersReadButEnterPublishAndExportNothing() {
        given().get("/decisions").then().statusCode(503)
                .body(containsString("<a href=\"/decisions\">双公示</a>"), containsString(UNREACHABLE),
                        not(containsString("录入行政处罚决定")), not(containsString("信用信息导出")));
    }

    @Test
    @TestSecurity(user = "clerk", roles = "clerk")
    void aSectionClerkHasNoDisclosureInTheMenu() {
        given().get("/requests").then().body(not(containsString("<a href=\"/decisions\">双公示</a>")));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void thePenaltyFormOffersTheKernelsKindsAndNeverRemembersANaturalPersonsNumber() {
        given().get("/decisions/new?kind=penalty").then().statusCode(200)
                .body(containsString("<h1>录入行政处罚决定</h1>"),
                        containsString("<label for=\"d-partyName\">行政相对人名称<span class=\"req\" aria-hidden=\"true\">*</span></label>"),
                        containsString("<option value=\"NATURAL_PERSON\">自然人</option>"),
                        containsString("<option value=\"INDIVIDUAL_BUSINESS\">个体工商户</option>"),
                        containsString("<input type=\"checkbox\" id=\"d-kind-FINE\" name=\"penaltyKinds\" value=\"FINE\"><label for=\"d-kind-FINE\">罚款</label>"),
                        containsString("<label for=\"d-kind-CIRCULATED_CRITICISM\">通报批评</label>"),
                        containsString("<input id=\"d-personIdNumber\" name=\"personIdNumber\" type=\"text\" maxlength=\"64\" value=\"\" autocomplete=\"off\""),
                        containsString("绝不全文公开"), containsString("<label for=\"d-fineYuan\">罚款金额（元）</label>"),
                        containsString("<option value=\"GENERAL\">一般</option>"), containsString("enctype=\"multipart/form-data\""),
                        containsString("<button type=\"submit\">保存</button>"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void theLicensingFormAsksForTheLicensingFields() {
        given().get("/decisions/new?kind=licensing").then().statusCode(200)
                .body(containsString("<h1>录入行政许可决定</h1>"), containsString("<label for=\"d-licenceCategory\">许可类别"),
                        containsString("<option value=\"SPECIAL\">特许</option>"), containsString("长期有效的填 2099-12-31。"),
                        containsString("<label for=\"d-validTo\">有效期至"), not(containsString("penaltyKinds")));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aDecisionTheServiceCouldNotTakeKeepsWhatWasTyped() {
        var csrf = LegalAndAdminPagesTest.Csrf.of(given().get("/decisions/new?kind=penalty"));
        given().cookie(csrf.cookie(), csrf.cookieValue()).multiPart(csrf.field(), csrf.token())
                .multiPart(DecisionDeskTest.text("partyName", "郑州市惠济区某某化工有限公司")).multiPart(DecisionDeskTest.text("documentNo", "惠安监罚〔2025〕18号"))
                .multiPart(DecisionDeskTest.text("penaltyKinds", "FINE")).multiPart(DecisionDeskTest.text("fineYuan", "2000")).multiPart(DecisionDeskTest.text("decisionDate", "2025-09-26"))
                .post("/decisions/new?kind=penalty").then().statusCode(503)
                .body(containsString(UNREACHABLE), containsString("value=\"惠安监罚〔2025〕18号\""),
                        containsString("id=\"d-kind-FINE\" name=\"penaltyKinds\" value=\"FINE\" checked>"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aDateThatIsNoDateIsNamedBesideItsInputAndNothingIsSent() {
        var csrf = LegalAndAdminPagesTest.Csrf.of(given().get("/decisions/new?kind=penalty"));
        given().cookie(csrf.cookie(), csrf.cookieValue()).multiPart(csrf.field(), csrf.token())
                .multiPart(DecisionDeskTest.text("decisionDate", "2025-02-30")).multiPart(DecisionDeskTest.text("fineYuan", "两千"))
                .post("/decisions/new?kind=penalty").then().statusCode(400)
                .body(containsString("有 2 处需要修改，已在对应字段旁标出；您填写的内容都已保留。"),
                        containsString("<p class=\"field-error\" id=\"d-decisionDate-err\">应为 YYYY-MM-DD 格式的日期，例如 2025-09-26</p>"),
                        containsString("<p class=\"field-error\" id=\"d-fineYuan-err\">应为金额（元），如 2000、2000.50 或 0.2万</p>"),
                        not(containsString(UNREACHABLE)));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aDecisionsPageAndItsCorrectionSayTheServiceCannotBeReached() {
        given().get("/decisions/" + ID).then().statusCode(503).body(containsString(UNREACHABLE), not(containsString("<button")));
        given().get("/decisions/" + ID + "/correction").then().statusCode(503).body(containsString(UNREACHABLE));
        given().get("/decisions/not-a-decision").then().statusCode(404).body(containsString("未找到该决定。"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aCancellationWithoutItsReasonIsNotSent() {
        var csrf = LegalAndAdminPagesTest.Csrf.of(given().get("/decisions/new?kind=penalty"));
        given().cookie(csrf.cookie(), csrf.cookieValue()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(csrf.field(), csrf.token()).formParam("reason", "  ")
                .post("/decisions/" + ID + "/cancellation").then().statusCode(400).body(containsString("请写明取消公示的理由。"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void anExportRangeTheWrongWayRoundIsRefusedBeforeAsking() {
        given().queryParam("kind", "penalty").queryParam("from", "2025-12-31").queryParam("to", "2025-01-01").queryParam("format", "csv")
                .get("/decisions/export").then().statusCode(400)
                .body(containsString("起始日期 2025-12-31 晚于截止日期 2025-01-01。"), containsString("value=\"2025-12-31\""));
        given().queryParam("kind", "penalty").queryParam("from", "2025-01-01").queryParam("to", "2025-12-31").queryParam("format", "xlsx")
                .get("/decisions/export").then().statusCode(503).body(containsString(UNREACHABLE));
    }
}
