package cn.gov.huiji.fourlists.workbench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * complaint-service as the case desk calls it, with one named case (TS-2026-000007, assigned to hazchem, a PDF
 * attached). What the workbench sent is kept per path and read back at /fake/seen?path=… (over HTTP, so the test needs
 * no shared state across class loaders).
 */
public class FakeComplaintService implements QuarkusTestResourceLifecycleManager {

    static final String CASE = "TS-2026-000007";
    static final String ATTACHMENT = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";
    static final String PDF = "%PDF-1.4 scanned letter";

    private HttpServer server;
    private final Map<String, String> seen = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::answer);
        server.start();
        return Map.of("quarkus.rest-client.complaint.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String query = x.getRequestURI().getRawQuery();
        if (path.equals("/fake/seen")) {
            send(x, 200, "text/plain", seen.getOrDefault(query.substring("path=".length()), ""));
            return;
        }
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        seen.put(path, x.getRequestMethod() + " " + (query == null ? "" : query) + " " + x.getRequestHeaders().getFirst("Authorization")
                + " " + body);
        switch (x.getRequestMethod() + " " + path) {
            case "GET /api/v1/case-kinds" -> send(x, 200, "application/json", """
                    {"kinds":[{"code":"COMPLAINT","name":"投诉"},{"code":"REPORT","name":"举报"},{"code":"SUGGESTION","name":"意见建议"}],
                     "subjects":[{"code":"ITEM","name":"清单事项"},{"code":"OTHER","name":"其他"}],
                     "notAcceptedReasons":[{"code":"DUPLICATE","name":"重复举报"}],
                     "states":[{"code":"RECEIVED","name":"已接收"},{"code":"ACCEPTED","name":"已受理"},{"code":"ASSIGNED","name":"办理中"},
                               {"code":"ANSWERED","name":"已答复"},{"code":"CLOSED","name":"已办结"}],
                     "disclosureReasons":[{"code":"VERIFY_FACTS","name":"核实举报线索"},{"code":"CONTACT_SUBMITTER","name":"联系举报人"},
                               {"code":"OTHER","name":"其他"}]}""");
            case "GET /api/v1/cases" -> send(x, 200, "application/json", query != null && query.contains("state=ASSIGNED") ? """
                    {"items":[{"caseNo":"%s","kind":"REPORT","subjectKind":"ITEM","subjectRef":"410108-AJ-XK-002","state":"ASSIGNED",
                      "section":"hazchem","receivedAt":"2026-01-05T02:00:00Z","acceptDue":"2026-01-09","answerDue":"2026-03-06"}],
                     "page":0,"size":200,"total":1}""".formatted(CASE) : """
                    {"items":[],"page":0,"size":200,"total":0}""");
            case "POST /api/v1/cases" -> send(x, 201, "application/json", """
                    {"caseNo":"JB-2026-000042","queryCode":"ABCD-EFGH-JKLM","state":"RECEIVED","receivedAt":"2026-12-04T02:00:00Z",
                     "acceptDue":"2026-12-11","acceptDueCalendarVersion":"cal-r1","acceptDueProvisional":false}""");
            case "GET /api/v1/cases/" + CASE + "/record" -> send(x, 200, "application/json", """
                    {"caseNo":"%s","kind":"REPORT","subjectKind":"ITEM","subjectRef":"410108-AJ-XK-002","content":"加油站夜间违规卸油。",
                     "channel":"LETTER","anonymous":false,"state":"ASSIGNED","stateName":"办理中","section":"hazchem",
                     "acceptDue":"2026-01-09","answerDue":"2026-03-06",
                     "attachments":[{"id":"%s","mediaType":"application/pdf","size":%d}]}""".formatted(CASE, ATTACHMENT, PDF.length()));
            case "POST /api/v1/cases/" + CASE + "/identity-reveal" -> send(x, 200, "application/json", """
                    {"name":"张三","phone":"13912345678","idNumber":null,"address":"郑州市惠济区某路1号","email":null}""");
            case "GET /api/v1/cases/" + CASE + "/attachments/" + ATTACHMENT -> send(x, 200, "application/pdf", PDF);
            default -> send(x, 404, "application/problem+json", """
                    {"status":404,"titleZh":"未找到","detailZh":"未找到该案件。"}""");
        }
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        try (var out = x.getResponseBody()) {
            out.write(bytes);
        }
    }
}
