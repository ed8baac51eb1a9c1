package cn.gov.huiji.fourlists.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-CMP-4 and R-CMP-5 as the submitter reads them on the tracking page: an extension with its reason and the new answer
 * due date, the answer, and the feedback on it (satisfied or not, with a comment, once), given with the query code
 * posted again, never in a URL. After an unsatisfied answer the page says that the case may be reopened once.
 */
@QuarkusTest
@QuarkusTestResource(value = TrackingAnAnsweredCaseTest.ComplaintService.class, restrictToAnnotatedClass = true)
class TrackingAnAnsweredCaseTest {

    static final String CODE = "ABCD-EFGH-JKLM";

    static String track(String caseNo) {
        return Forms.from("/complaints/track", false).formParam("caseNo", caseNo).formParam("code", CODE)
                .post("/complaints/track").then().statusCode(200).header("Cache-Control", "no-store").extract().asString();
    }

    @Test
    void anExtendedCaseShowsTheExtensionWithItsReasonAndTheNewAnswerDueDate() {
        String page = track(ComplaintService.ANSWERED);
        assertTrue(page.contains("<th scope=\"row\">延期</th>"), "the page has an extension row: " + page);
        assertTrue(page.contains("答复期限已延长 20 日，新的答复期限为 2027-02-08。延期理由：需现场核查，涉及多个科室"),
                "the extension shows its days, the new answer due date and its reason: " + page);
        assertTrue(page.contains("经核查，已督促承办科室于3个工作日内办结。"), "the answer is shown: " + page);
    }

    @Test
    void anAnsweredCaseOffersTheFeedbackFormWhichAsksForTheQueryCodeAgainAndPostsIt() {
        String page = track(ComplaintService.ANSWERED);
        assertTrue(page.contains("<h2 id=\"feedback-heading\">满意度评价</h2>"), "the feedback form is offered: " + page);
        assertTrue(page.contains("name=\"satisfied\" value=\"true\" required> 满意</label>")
                && page.contains("name=\"satisfied\" value=\"false\"> 不满意</label>"), "the two answers the API takes, in Chinese: " + page);
        assertTrue(page.contains("<label for=\"feedbackText\">") && page.contains("<label for=\"feedbackCode\">"),
                "the comment and the query code each have a label: " + page);
        assertFalse(page.contains(CODE), "the page never carries the query code back: " + page);

        String answer = Forms.from("/complaints/track", false).formParam("caseNo", ComplaintService.ANSWERED).formParam("code", CODE)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8") // as a browser sends a UTF-8 page's form
                .formParam("satisfied", "false").formParam("text", "答复未说明何时办结。").post("/complaints/feedback")
                .then().statusCode(200).header("Cache-Control", "no-store").extract().asString();
        assertTrue(answer.contains("评价已提交，感谢您的反馈。"), "the submitter is told the feedback was received: " + answer);
        assertTrue(answer.contains("<td id=\"feedback\">不满意</td>"), "the page shows the feedback given: " + answer);
        assertTrue(answer.contains("投诉举报人不满意的案件办结后可重新办理一次"), "after an unsatisfied answer the page says a reopening is possible once: " + answer);
        assertFalse(answer.contains("<h2 id=\"feedback-heading\">"), "feedback is given once: the form is gone: " + answer);

        assertEquals("/api/v1/cases/" + ComplaintService.ANSWERED + "/feedback", ComplaintService.lastFeedbackUri,
                "the query code is never put into a URL");
        JsonNode sent = ComplaintService.lastFeedback;
        assertEquals(CODE, sent.path("code").asText(), "the query code goes in the body");
        assertFalse(sent.path("satisfied").asBoolean(true), "不满意 is sent as satisfied=false");
        assertEquals("答复未说明何时办结。", sent.path("text").asText(), "the comment is sent");
    }

    @Test
    void feedbackGivenAlreadyIsRefusedWithTheServicesChineseReasonAndNoFormIsOffered() {
        String page = track(ComplaintService.FEEDBACK_GIVEN);
        assertFalse(page.contains("<h2 id=\"feedback-heading\">"), "no feedback form when the API does not take one: " + page);
        assertTrue(page.contains("<td id=\"feedback\">不满意</td>"), "the feedback given is shown: " + page);
        assertTrue(page.contains("id=\"reopening\""), "the closed case the submitter was not satisfied with may be reopened once: " + page);

        String refused = Forms.from("/complaints/track", false).formParam("caseNo", ComplaintService.FEEDBACK_GIVEN).formParam("code", CODE)
                .formParam("satisfied", "true").post("/complaints/feedback").then().statusCode(409).extract().asString();
        assertTrue(refused.contains("答复后可评价一次。"), "complaint-service's Chinese reason is shown: " + refused);
    }

    @Test
    void aCaseNotYetAnsweredOffersNoFeedbackAndShowsNoExtension() {
        String page = track(ComplaintService.RECEIVED);
        assertFalse(page.contains("满意度评价"), "no feedback before the answer: " + page);
        assertFalse(page.contains("延期理由"), "no extension row for a case never extended: " + page);
    }

    @Test
    void feedbackWithoutItsCsrfTokenOrWithoutAChoiceNeverReachesComplaintService() {
        int before = ComplaintService.feedbacks;
        given().formParam("caseNo", ComplaintService.ANSWERED).formParam("code", CODE).formParam("satisfied", "false")
                .post("/complaints/feedback").then().statusCode(400);
        String incomplete = Forms.from("/complaints/track", false).formParam("caseNo", ComplaintService.ANSWERED).formParam("code", CODE)
                .post("/complaints/feedback").then().statusCode(400).extract().asString();
        assertTrue(incomplete.contains("请选择“满意”或“不满意”"), "the submitter is told what is missing: " + incomplete);
        assertEquals(before, ComplaintService.feedbacks, "neither a forged nor an incomplete feedback is sent on");
    }

    /** complaint-service answering for three cases: one just received, one answered after an extension, one with feedback. */
    public static class ComplaintService implements QuarkusTestResourceLifecycleManager {

        static final String RECEIVED = "TS-2026-000901";
        static final String ANSWERED = "TS-2026-000902";
        static final String FEEDBACK_GIVEN = "TS-2026-000903";
        static final ObjectMapper JSON = new ObjectMapper();

        static volatile int feedbacks;
        static volatile String lastFeedbackUri;
        static volatile JsonNode lastFeedback;
        private HttpServer server;

        static ObjectNode view(String caseNo) {
            ObjectNode c = JSON.createObjectNode().put("caseNo", caseNo).put("kind", "COMPLAINT").put("kindName", "投诉")
                    .put("receivedAt", "2026-11-20T02:00:00Z").put("acceptDue", "2026-11-27").put("acceptDueCalendarVersion", "cal-r0")
                    .put("acceptDueProvisional", false).put("feedbackOpen", false);
            if (RECEIVED.equals(caseNo)) {
                return c.put("state", "RECEIVED").put("stateName", "已接收");
            }
            c.put("acceptedOn", "2026-11-20").put("answerDue", "2027-02-08").put("answerDueCalendarVersion", "calendar-days")
                    .put("extendedDays", 20).put("extensionReason", "需现场核查，涉及多个科室")
                    .put("answeredOn", "2026-12-01").put("publicAnswer", "经核查，已督促承办科室于3个工作日内办结。");
            if (ANSWERED.equals(caseNo)) {
                return c.put("state", "ANSWERED").put("stateName", "已答复").put("feedbackOpen", true);
            }
            return c.put("state", "CLOSED").put("stateName", "已办结").put("closedOn", "2026-12-02").put("feedbackSatisfied", false);
        }

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/api/v1/cases/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                String query = exchange.getRequestURI().getQuery();
                byte[] body = exchange.getRequestBody().readAllBytes();
                String caseNo = path.substring("/api/v1/cases/".length()).replace("/feedback", "");
                if ("GET".equals(exchange.getRequestMethod())) {
                    boolean known = java.util.Set.of(RECEIVED, ANSWERED, FEEDBACK_GIVEN).contains(caseNo);
                    if (known && ("code=" + CODE).equals(query)) {
                        ProvisionalDueDateOnThePortalTest.ComplaintServiceStub.answer(exchange, 200, view(caseNo).toString());
                    } else {
                        notFound(exchange);
                    }
                    return;
                }
                feedbacks++;
                lastFeedbackUri = exchange.getRequestURI().toString();
                JsonNode input = JSON.readTree(body);
                lastFeedback = input;
                if (!CODE.equals(input.path("code").asText())) {
                    notFound(exchange);
                } else if (ANSWERED.equals(caseNo)) {
                    ObjectNode given = view(caseNo).put("feedbackSatisfied", input.path("satisfied").asBoolean()).put("feedbackOpen", false);
                    ProvisionalDueDateOnThePortalTest.ComplaintServiceStub.answer(exchange, 200, given.toString());
                } else {
                    ProvisionalDueDateOnThePortalTest.ComplaintServiceStub.answer(exchange, 409, """
                            {"type":"https://fourlists.huiji.gov.cn/problems/conflict","title":"Conflict","titleZh":"冲突","status":409,
                             "detail":"Feedback is given once, after the answer.","detailZh":"答复后可评价一次。","errors":[],"allowed":[]}""");
                }
            });
            server.start();
            return Map.of("quarkus.rest-client.complaints.url", "http://127.0.0.1:" + server.getAddress().getPort());
        }

        static void notFound(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
            ProvisionalDueDateOnThePortalTest.ComplaintServiceStub.answer(exchange, 404, """
                    {"type":"https://fourlists.huiji.gov.cn/problems/case-not-found","title":"No such case","titleZh":"未查询到案件",
                     "status":404,"detail":"No case matches this number and query code.","detailZh":"受理编号或查询码不正确，未查询到案件。",
                     "errors":[],"allowed":[]}""");
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }
}
