package cn.gov.huiji.fourlists.workbench;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case desk against complaint-service (a fake with one named case): handlers open the sealed parts only behind a
 * reason and the warning that it is recorded (Art. 30); a section never sees them; an offline case goes in with its
 * channel; the queue finds an overdue case.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeComplaintService.class, restrictToAnnotatedClass = true)
class CaseDeskTest {

    static final String CASE_PAGE = "/cases/" + FakeComplaintService.CASE;
    /** As a browser sends a form of this UTF-8 page. */
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @ConfigProperty(name = "quarkus.rest-client.complaint.url")
    String complaintService;

    @Test
    @TestSecurity(user = "handler", roles = "complaint-handler", attributes = @SecurityAttribute(key = "section", value = "office"))
    void aHandlerIsWarnedThatRevealingTheIdentityOrOpeningAnAttachmentIsRecorded() {
        given().get(CASE_PAGE).then().statusCode(200)
                .body(containsString("查看举报人身份将被记录并接受纪检组监督。"))
                .body(containsString("<label for=\"reveal-code\">查看理由类别</label>"))
                .body(containsString(">联系举报人</option>"))
                .body(containsString("<label for=\"reveal-reason\">查看理由（将记录在案）</label>"))
                .body(containsString("<button type=\"submit\">查看举报人身份</button>"))
                .body(containsString("附件 1（PDF 文件，23 字节）"))
                .body(containsString("<button type=\"submit\">下载附件</button>"))
                .body(not(containsString("张三")));
    }

    @Test
    @TestSecurity(user = "clerk", roles = "clerk", attributes = @SecurityAttribute(key = "section", value = "hazchem"))
    void theAssignedSectionSeesTheCaseButNeitherTheIdentityNorTheAttachments() {
        given().get(CASE_PAGE).then().statusCode(200)
                .body(containsString("加油站夜间违规卸油。"))
                .body(containsString("<button type=\"submit\">答复</button>"))
                .body(not(containsString("identity-reveal")))
                .body(not(containsString("查看举报人身份")))
                .body(not(containsString("/attachments")));
    }

    @Test
    @TestSecurity(user = "handler", roles = "complaint-handler", attributes = @SecurityAttribute(key = "section", value = "office"))
    void theRevealedIdentityIsShownOnceNeverCachedAndTheReasonGoesToComplaintService() throws Exception {
        Response page = given().get(CASE_PAGE);
        String[] token = csrf(page);
        given().cookies(page.getCookies()).contentType(FORM).formParam(token[0], token[1]).formParam("reasonCode", "CONTACT_SUBMITTER")
                .formParam("reason", "需电话回访核实举报线索").post(CASE_PAGE + "/identity-reveal").then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body(containsString("张三")).body(containsString("13912345678"))
                .body(containsString("查看举报人身份将被记录并接受纪检组监督。"));
        String seen = seen("/api/v1/cases/" + FakeComplaintService.CASE + "/identity-reveal");
        assertTrue(seen.contains("\"reasonCode\":\"CONTACT_SUBMITTER\"") && seen.contains("\"reason\":\"需电话回访核实举报线索\""), seen);
        assertTrue(seen.contains("Bearer "), "the handler's own token: " + seen);
    }

    @Test
    @TestSecurity(user = "handler", roles = "complaint-handler", attributes = @SecurityAttribute(key = "section", value = "office"))
    void anAttachmentIsPassedOnWithItsTypeUnderTheCasesNameAndWithTheReason() throws Exception {
        Response page = given().get(CASE_PAGE);
        String[] token = csrf(page);
        given().cookies(page.getCookies()).contentType(FORM).formParam(token[0], token[1]).formParam("attachment", FakeComplaintService.ATTACHMENT)
                .formParam("reasonCode", "VERIFY_FACTS").formParam("reason", "核对来信原件")
                .post(CASE_PAGE + "/attachments").then().statusCode(200)
                .contentType(containsString("application/pdf"))
                .header("Content-Disposition", equalTo("attachment; filename=\"TS-2026-000007-attachment-1b4e28ba.pdf\""))
                .body(equalTo(FakeComplaintService.PDF));
        String seen = seen("/api/v1/cases/" + FakeComplaintService.CASE + "/attachments/" + FakeComplaintService.ATTACHMENT);
        assertTrue(seen.contains("reasonCode=VERIFY_FACTS") && seen.contains("reason=%E6%A0%B8%E5%AF%B9"), "the reason as given: " + seen);
    }

    @Test
    @TestSecurity(user = "handler", roles = "complaint-handler", attributes = @SecurityAttribute(key = "section", value = "office"))
    void theOverdueFilterFindsTheCaseWhoseAnswerLimitHasPassed() {
        given().queryParam("due", "OVERDUE").get("/cases").then().statusCode(200)
                .body(containsString("<a href=\"" + CASE_PAGE + "\">" + FakeComplaintService.CASE + "</a>"))
                .body(containsString("答复 2026-03-06（已超期）"))
                .body(containsString("办理中")).body(containsString("举报"));
    }

    @Test
    @TestSecurity(user = "handler", roles = "complaint-handler", attributes = @SecurityAttribute(key = "section", value = "office"))
    void aLetterIsRecordedWithItsChannelAndTheReceiptLinksToTheNewCase() throws Exception {
        Response form = given().get("/cases/new");
        String[] token = csrf(form);
        given().cookies(form.getCookies()).multiPart(token[0], token[1]).multiPart("channel", "LETTER").multiPart("kind", "REPORT")
                .multiPart("subjectKind", "OTHER").multiPart("anonymous", "true")
                .multiPart(new MultiPartSpecBuilder("来信反映加油站夜间违规卸油。").controlName("content").charset(StandardCharsets.UTF_8).build())
                .post("/cases/new").then().statusCode(201)
                .body(containsString("已登记：案件 JB-2026-000042"))
                .body(containsString("ABCD-EFGH-JKLM"))
                .body(containsString("<a href=\"/cases/JB-2026-000042\">打开案件 JB-2026-000042</a>"));
        String seen = seen("/api/v1/cases");
        assertTrue(seen.startsWith("POST") && seen.contains("\"channel\":\"LETTER\"") && seen.contains("\"anonymous\":true")
                && seen.contains("来信反映加油站夜间违规卸油。"), seen);
    }

    private static String[] csrf(Response page) {
        Matcher m = Pattern.compile("name=\"([^\"]*csrf[^\"]*)\" value=\"([^\"]+)\"").matcher(page.asString());
        assertTrue(m.find(), "the page carries a CSRF token");
        return new String[]{m.group(1), m.group(2)};
    }

    private String seen(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(complaintService + "/fake/seen?path=" + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
