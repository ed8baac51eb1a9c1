package cn.gov.huiji.fourlists.kernel.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A service's OpenAPI document as other systems build against it: stored under deploy/contracts/openapi and compared
 * with what the running code publishes, and read for what every operation must declare.
 */
public final class OpenApiContract {

    private OpenApiContract() {
    }

    /** Checks the running service's document against the stored one and against the rules; call from a @QuarkusTest. */
    public static void verify(String service) {
        String yaml = given().get("/q/openapi").then().statusCode(200).extract().asString();
        ContractDocuments.check("openapi/" + service + ".yaml", yaml,
                "./mvnw -pl " + service + " test -Dtest=OpenApiContractTest -Dfourlists.contracts.write=true");
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        List<String> faults = faults(json);
        assertTrue(faults.isEmpty(), service + "'s OpenAPI document:\n  " + String.join("\n  ", faults));
    }

    /** What an operation lacks: an id, its error answers as problems, a described success, an example of its body. */
    static List<String> faults(String json) {
        JsonNode doc;
        try {
            doc = new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        List<String> faults = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode scheme = doc.path("components").path("securitySchemes").path("keycloak");
        if (!"oauth2".equals(scheme.path("type").asText()) || scheme.path("flows").size() != 1
                || !scheme.path("flows").has("authorizationCode")) {
            faults.add("the keycloak scheme must offer exactly one flow, authorizationCode: " + scheme);
        }
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = ops.next();
                String where = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = entry.getValue();
                if (!op.hasNonNull("operationId") || !ids.add(op.get("operationId").asText())) {
                    faults.add(where + ": no operationId, or one used twice");
                }
                boolean success = false;
                for (Iterator<Map.Entry<String, JsonNode>> rs = op.path("responses").fields(); rs.hasNext(); ) {
                    Map.Entry<String, JsonNode> r = rs.next();
                    if (r.getKey().startsWith("2")) {
                        success = true;
                        if (!r.getKey().equals("204") && r.getValue().path("content").isEmpty()) {
                            faults.add(where + ": answer " + r.getKey() + " has no body schema");
                        }
                    } else if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                        String ref = r.getValue().path("content").path("application/problem+json").path("schema").path("$ref").asText();
                        if (!ref.endsWith("/Problem")) {
                            faults.add(where + ": answer " + r.getKey() + " is not an RFC 9457 Problem");
                        }
                    }
                }
                if (!success) {
                    faults.add(where + ": no success answer declared");
                }
                JsonNode body = op.path("requestBody").path("content");
                for (Iterator<Map.Entry<String, JsonNode>> media = body.fields(); media.hasNext(); ) {
                    Map.Entry<String, JsonNode> m = media.next();
                    if (m.getKey().contains("json") && !m.getValue().has("examples") && !m.getValue().has("example")) {
                        faults.add(where + ": the " + m.getKey() + " request body has no example");
                    }
                }
            }
        }
        return faults;
    }

    /** Checks itself: an operation without its problems is found. */
    public static void selfCheck() {
        String broken = """
                {"components":{"securitySchemes":{"keycloak":{"type":"oauth2","flows":{"authorizationCode":{}}}}},
                 "paths":{"/x":{"post":{"operationId":"a","responses":{"201":{"content":{"application/json":{}}},
                 "400":{"description":"x"}},"requestBody":{"content":{"application/json":{"schema":{}}}}}}}}""";
        assertEquals(2, faults(broken).size(), String.valueOf(faults(broken)));
    }
}
