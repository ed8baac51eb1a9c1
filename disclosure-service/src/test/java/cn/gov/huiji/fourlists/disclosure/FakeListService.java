package cn.gov.huiji.fourlists.disclosure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * list-service's discretion endpoints as disclosure-service calls them. An item whose code ends in {@code -STD} has
 * one standard whose level GENERAL ranges from 10000 to 30000 元 and the assessment weighs the fine sent against it;
 * an item ending in {@code -DOWN} answers 500 (list-service failing); every other item has no standards.
 */
public class FakeListService implements QuarkusTestResourceLifecycleManager {

    static final String VIOLATION = "未按照规定对从业人员进行安全生产教育和培训";
    private static final ObjectMapper JSON = new ObjectMapper();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::answer);
        server.start();
        return Map.of("quarkus.rest-client.list-service.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange x) throws IOException {
        String[] path = x.getRequestURI().getPath().split("/"); // "", api, v1, items, {code}, discretion[, assess]
        String code = path.length > 4 ? path[4] : "";
        if (code.endsWith("-DOWN")) {
            send(x, 500, "{\"status\": 500}");
            return;
        }
        boolean standard = code.endsWith("-STD");
        if ("GET".equals(x.getRequestMethod())) {
            send(x, 200, standard ? """
                    {"code": "%s", "version": 1, "standards": [{"violation": "%s", "levels": [{"severity": "GENERAL",
                     "penaltyKinds": ["FINE"], "range": {"fineFromYuan": 10000, "fineToYuan": 30000}}]}]}""".formatted(code, VIOLATION)
                    : "{\"code\": \"" + code + "\", \"version\": 1, \"standards\": [], \"noteZh\": \"该事项尚未制定裁量基准\"}");
            return;
        }
        JsonNode request = JSON.readTree(x.getRequestBody());
        if (!"0".equals(request.path("violation").asText()) || !"GENERAL".equals(request.path("severity").asText())) {
            send(x, 400, """
                    {"status": 400, "errors": [{"field": "severity", "message": "the standard of this violation has no level %s",
                     "messageZh": "该违法行为的裁量基准没有该阶次"}]}""".formatted(request.path("severity").asText()));
            return;
        }
        BigDecimal fine = request.path("fineYuan").decimalValue();
        boolean within = fine.compareTo(BigDecimal.valueOf(10000)) >= 0 && fine.compareTo(BigDecimal.valueOf(30000)) <= 0;
        send(x, 200, """
                {"withinRange": %s, "item": {"code": "%s", "version": 1}, "severity": "GENERAL", "severityZh": "一般",
                 "range": {"fineFromYuan": 10000, "fineToYuan": 30000},
                 "reason": "A fine of %s yuan is %s the range of level GENERAL (一般): 10000 to 30000 yuan",
                 "reasonZh": "罚款 %s 元%s「一般」阶次 1万元至3万元 的幅度内"}""".formatted(within, code, fine.toPlainString(),
                within ? "within" : "outside", fine.toPlainString(), within ? "在" : "不在"));
    }

    private static void send(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }
}
