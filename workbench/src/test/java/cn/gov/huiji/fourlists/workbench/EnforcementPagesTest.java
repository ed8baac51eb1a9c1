package cn.gov.huiji.fourlists.workbench;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The legal section's registers (执法主体, 执法人员) and the discretion standards of the adjustment form when
 * list-service and adjustment-service do not answer (the test profile points every client at a closed port): each page
 * opens, says in plain Chinese what cannot be shown, and refuses what cannot even be sent before sending it.
 */
@QuarkusTest
class EnforcementPagesTest {

    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    static final String AWAY = "服务暂时无法访问，请稍后再试。";

    static RequestSpecification withCsrf(LegalAndAdminPagesTest.Csrf csrf) {
        return given().cookie(csrf.cookie(), csrf.cookieValue());
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void theLegalSectionFindsBothRegistersInTheMenuAndTheBodiesPageSaysListServiceIsAway() {
        given().get("/bodies").then().statusCode(503)
                .body(containsString("<a href=\"/bodies\">执法主体</a>"), containsString("<a href=\"/officers\">执法人员</a>"),
                        containsString("<h1>执法主体</h1>"), containsString("清单服务暂时无法访问，请稍后再试。"),
                        containsString("<a class=\"button\" href=\"/bodies/new\">登记执法主体</a>"),
                        not(containsString("尚未登记执法主体。")));
    }

    @Test
    @TestSecurity(user = "clerk", roles = "clerk")
    void aClerkHasNeitherTheMenuEntriesNorTheRegistersForms() {
        given().get("/officers").then().statusCode(503)
                .body(not(containsString("<a href=\"/bodies\">执法主体</a>")), not(containsString("登记执法人员")),
                        not(containsString("批量导入执法人员")), containsString("<label for=\"q\">姓名、单位或执法证号</label>"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aBodyWithADateThatIsNoDateIsRefusedBeforeSendingAndWhatWasTypedStays() {
        Response page = given().get("/bodies/new");
        page.then().statusCode(200).body(containsString("<label for=\"creditCode\">统一社会信用代码</label>"),
                containsString("<label for=\"kind\">主体类别</label>"), containsString(">受委托组织</option>"),
                containsString("<label for=\"confirmationDate\">确认日期</label>"), containsString("<button type=\"submit\">登记</button>"));
        var csrf = LegalAndAdminPagesTest.Csrf.of(page);
        withCsrf(csrf).contentType(FORM).formParam(csrf.field(), csrf.token()).formParam("creditCode", "114101080051883705")
                .formParam("name", "惠济区安全生产监督管理局").formParam("kind", "STATUTORY").formParam("enforcementCategory", "安全生产监管执法")
                .formParam("legalBasis", "《中华人民共和国安全生产法》第九条").formParam("confirmationNo", "惠编〔2016〕12号")
                .formParam("confirmationDate", "2016-06-31")
                .post("/bodies").then().statusCode(400)
                .body(containsString("确认日期应为 YYYY-MM-DD 格式的日期"), containsString("value=\"惠济区安全生产监督管理局\""),
                        containsString("value=\"惠编〔2016〕12号\""));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aBodyThatCannotBeReadSaysWhyAndOffersNoForms() {
        given().get("/bodies/114101080051883705").then().statusCode(503)
                .body(containsString("清单服务暂时无法访问"), not(containsString("撤销公告")), not(containsString("登记委托")));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void theOfficersPageOffersTheSearchTheRegisterAndTheImportAndRefusesAFileThatIsNoSpreadsheet() {
        Response page = given().get("/officers");
        page.then().statusCode(503).body(containsString("<button type=\"submit\">查询</button>"),
                containsString("<a class=\"button\" href=\"/officers/new\">登记执法人员</a>"),
                containsString("<label for=\"file\">执法人员表格文件（.xlsx 或 .csv）</label>"), containsString("<button type=\"submit\">导入</button>"),
                containsString("清单" + AWAY));
        var csrf = LegalAndAdminPagesTest.Csrf.of(page);
        withCsrf(csrf).multiPart(csrf.field(), csrf.token())
                .multiPart("file", "执法人员.xls", "执法证号".getBytes(StandardCharsets.UTF_8), "application/vnd.ms-excel")
                .post("/officers/import").then().statusCode(400).body(containsString("只能导入 .xlsx 或 .csv 格式的表格"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void anOfficersStatusChangeWithADateThatIsNoDateIsRefusedBeforeSending() {
        given().get("/officers/new").then().statusCode(200)
                .body(containsString("<label for=\"certificateNo\">执法证号</label>"),
                        containsString("<label for=\"unitCreditCode\">所在单位统一社会信用代码</label>"),
                        containsString("<label for=\"validTo\">有效期止</label>"), not(containsString("身份证号码\"")));
        Response page = given().get("/officers/41010816001");
        page.then().statusCode(503).body(containsString("执法证 41010816001"), containsString("清单" + AWAY));
        var csrf = LegalAndAdminPagesTest.Csrf.of(given().get("/officers/new"));
        withCsrf(csrf).contentType(FORM).formParam(csrf.field(), csrf.token()).formParam("status", "SUSPENDED")
                .formParam("date", "2017-02-30").formParam("reason", "涉嫌违纪")
                .post("/officers/41010816001/status").then().statusCode(400).body(containsString("变更日期应为 YYYY-MM-DD 格式的日期"));
    }

    static MultiPartSpecBuilder part(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8);
    }

    static RequestSpecification penaltyItemDraft(LegalAndAdminPagesTest.Csrf csrf, String intent, String fineFrom) {
        return withCsrf(csrf).multiPart(csrf.field(), csrf.token()).multiPart(part("intent", intent).build())
                .multiPart(part("changeKind", "ADD").build()).multiPart(part("item.category", "行政处罚").build())
                .multiPart(part("item.name", "对未进行安全生产教育和培训的处罚").build())
                .multiPart(part("disc.0.violation", "未按照规定对从业人员进行安全生产教育和培训").build())
                .multiPart(part("disc.0.GENERAL.circumstances", "未培训从业人员 3 人以下").build())
                .multiPart(part("disc.0.GENERAL.kinds", "FINE").build())
                .multiPart(part("disc.0.GENERAL.fineFrom", fineFrom).build());
    }

    @Test
    @TestSecurity(user = "clerk", roles = "clerk")
    void aPenaltyItemsDraftGrowsByOneStandardPerClickAndKeepsWhatWasTyped() {
        Response page = given().get("/requests/new");
        page.then().statusCode(200).body(containsString("行政处罚自由裁量基准（第十六条）"),
                containsString("在上方“权力类型”填写“行政处罚”后点“预览差异”"), not(containsString("添加一条裁量基准</button>")));
        var csrf = LegalAndAdminPagesTest.Csrf.of(page);
        penaltyItemDraft(csrf, "add-standard", "1万").post("/requests/new").then().statusCode(200)
                .body(containsString("<legend>裁量基准 1：未按照规定对从业人员进行安全生产教育和培训</legend>"),
                        containsString("<legend>裁量基准 2（新增）</legend>"),
                        containsString("id=\"d-1-violation\" name=\"disc.1.violation\" rows=\"2\" autofocus"),
                        containsString("id=\"d-0-GENERAL-kind-FINE\" name=\"disc.0.GENERAL.kinds\" value=\"FINE\" checked"),
                        containsString("<label for=\"d-0-GENERAL-kind-FINE\">罚款</label>"),
                        containsString("<span class=\"sr-only\">裁量基准1 一般 </span>情形（每行一项）"),
                        containsString(">未培训从业人员 3 人以下</textarea>"), containsString("value=\"1万\""),
                        containsString("<button type=\"submit\" name=\"intent\" value=\"add-standard\">添加一条裁量基准</button>"),
                        not(containsString("与现行版本的差异（预览）")));
    }

    @Test
    @TestSecurity(user = "clerk", roles = "clerk")
    void aFineThatIsNoAmountIsNamedBesideItsInputAndTheDraftIsNotSent() {
        var csrf = LegalAndAdminPagesTest.Csrf.of(given().get("/requests/new"));
        penaltyItemDraft(csrf, "save", "一万").post("/requests/new").then().statusCode(400)
                .body(containsString("有 1 处需要修改"), containsString("id=\"d-0-GENERAL-fineFrom-err\">罚款应为整数金额（元），如 10000 或 1万"),
                        containsString("value=\"一万\""), not(containsString("动态调整服务暂时无法访问")));
        penaltyItemDraft(csrf, "preview", "1万").post("/requests/new").then().statusCode(200)
                .body(containsString("自由裁量基准「未按照规定对从业人员进行安全生产教育和培训」（新增）"),
                        containsString("情形：未培训从业人员 3 人以下。处罚种类：罚款。罚款 1万元以上"));
    }
}
