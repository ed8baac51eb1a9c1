package cn.gov.huiji.fourlists.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/**
 * R-ADJ-3 as the citizen reads it: an acceptance deadline counted before the next year's holiday notice is out is
 * shown with the plain note that it is provisional, on the receipt and when tracking the case.
 */
@QuarkusTest
@QuarkusTestResource(value = ProvisionalDueDateOnThePortalTest.ComplaintServiceStub.class, restrictToAnnotatedClass = true)
class ProvisionalDueDateOnThePortalTest {

    static final String NOTE = "暂按工作日计算，待国务院节假日安排公布后重算";

    @Test
    void theReceiptAndTheTrackingPageSayTheDeadlineIsProvisional() {
        Forms.from("/complaints/new", true).multiPart("kind", "COMPLAINT").multiPart("subjectKind", "OTHER").multiPart("content", "年底提交的投诉")
                .multiPart("anonymous", "true").post("/complaints").then().statusCode(201)
                .header("Cache-Control", "no-store") // the receipt shows the query code
                .body(containsString("2027-01-06")).body(containsString(NOTE));
        Forms.from("/complaints/track", false).formParam("caseNo", "TS-2026-000777").formParam("code", "ABCD-EFGH-JKLM")
                .post("/complaints/track").then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("2027-01-06")).body(containsString(NOTE));
    }

    @Test
    void aQueryCodeInAUrlIsNeverUsedAndEveryPageCarriesTheSecurityHeaders() {
        given().get("/complaints/track?caseNo=TS-2026-000777&code=ABCD-EFGH-JKLM").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("2027-01-06"))) // the form, not the case
                .body(containsString("method=\"post\""))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndNothingReachesComplaintService() {
        int before = ComplaintServiceStub.submissions;
        given().multiPart("kind", "COMPLAINT").multiPart("subjectKind", "OTHER").multiPart("content", "他站伪造的提交")
                .multiPart("anonymous", "true").post("/complaints").then().statusCode(400);
        given().formParam("caseNo", "TS-2026-000777").formParam("code", "ABCD-EFGH-JKLM").post("/complaints/track").then().statusCode(400);
        org.junit.jupiter.api.Assertions.assertEquals(before, ComplaintServiceStub.submissions, "a forged post must not be submitted");
    }

    @Test
    void behindTheTrustedProxyTheCitizensAddressIsTheOneComplaintServiceLimits() {
        Forms.from("/complaints/new", true).header("X-Forwarded-For", "203.0.113.7").multiPart("kind", "COMPLAINT")
                .multiPart("subjectKind", "OTHER").multiPart("content", "经反向代理提交").multiPart("anonymous", "true")
                .post("/complaints").then().statusCode(201);
        org.junit.jupiter.api.Assertions.assertEquals("203.0.113.7", ComplaintServiceStub.lastClient,
                "the citizen's address from the trusted proxy's header, not the proxy's own");
    }

    /** complaint-service as it answers on 30 December 2026, before the 2027 notice is loaded. */
    public static class ComplaintServiceStub implements QuarkusTestResourceLifecycleManager {

        static final String CASE = """
                {"caseNo":"TS-2026-000777","kind":"COMPLAINT","kindName":"投诉","state":"RECEIVED","stateName":"已收到",
                 "receivedAt":"2026-12-30T02:00:00Z","acceptDue":"2027-01-06","acceptDueCalendarVersion":"provisional",
                 "acceptDueProvisional":true,"feedbackOpen":false}""";
        static final String RECEIPT = """
                {"caseNo":"TS-2026-000777","queryCode":"ABCD-EFGH-JKLM","state":"RECEIVED","receivedAt":"2026-12-30T02:00:00Z",
                 "acceptDue":"2027-01-06","acceptDueCalendarVersion":"provisional","acceptDueProvisional":true,"notice":"…"}""";

        private HttpServer server;
        static volatile int submissions;
        static volatile String lastClient;

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/api/v1/cases", exchange -> {
                boolean submit = "POST".equals(exchange.getRequestMethod());
                if (submit) {
                    submissions++;
                    lastClient = exchange.getRequestHeaders().getFirst("X-Forwarded-For");
                }
                exchange.getRequestBody().readAllBytes();
                answer(exchange, submit ? 201 : 200, submit ? RECEIPT : CASE);
            });
            server.createContext("/api/v1/channels", exchange -> answer(exchange, 200, "[]"));
            server.start();
            return Map.of("quarkus.rest-client.complaints.url", "http://127.0.0.1:" + server.getAddress().getPort());
        }

        static void answer(HttpExchange exchange, int status, String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }
}
