package cn.gov.huiji.fourlists.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Who may do what, as the running services answer it (issue 13): every operation of every service's OpenAPI document
 * is called anonymously and as each of the ten roles, and the outcome — 401, 403, or ok (the request passed the
 * authorisation check, whatever it answered next) — is compared with {@code authz-matrix.csv} in this module. Any
 * change of who may do what is a visible diff of that table. Rewrite it with {@code -Dfourlists.authz.write=true}.
 */
class AuthorizationMatrixIT {

    static final Map<String, String> SERVICES = new LinkedHashMap<>();
    /** Each role's demo user (password = user name); integration is the other bureaus' service account. */
    static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        SERVICES.put("list-service", Suite.LIST);
        SERVICES.put("adjustment-service", Suite.ADJUSTMENT);
        SERVICES.put("complaint-service", Suite.COMPLAINT);
        SERVICES.put("audit-service", Suite.AUDIT);
        SERVICES.put("disclosure-service", Suite.DISCLOSURE);
        ROLES.put("clerk", "clerk");
        ROLES.put("section-head", "head");
        ROLES.put("legal", "legal");
        ROLES.put("leader", "leader");
        ROLES.put("district-office", "district");
        ROLES.put("discipline", "discipline");
        ROLES.put("complaint-handler", "handler");
        ROLES.put("auditor", "auditor");
        ROLES.put("admin", "admin");
        ROLES.put("integration", null);
    }

    static final Path TABLE = Suite.REPO.resolve("deploy/system-tests/src/test/resources/authz-matrix.csv");
    static final ObjectMapper JSON = new ObjectMapper();

    static String integrationToken() {
        return RestAssured.given().formParam("grant_type", "client_credentials").formParam("client_id", "fourlists-integration")
                .formParam("client_secret", "fourlists-integration-secret").post(Suite.KEYCLOAK).then().statusCode(200)
                .extract().path("access_token");
    }

    /** A value for a path parameter that passes its pattern, so the request reaches the authorisation check. */
    static String sample(String name, JsonNode schema) {
        if ("uuid".equals(schema.path("format").asText())) {
            return "00000000-0000-4000-8000-000000000000";
        }
        if (schema.path("type").asText().equals("integer")) {
            return "1";
        }
        return switch (name) {
            case "code" -> "410108-AUTHZ-000";
            case "caseNo" -> "TS-2026-999998";
            case "list" -> "power";
            case "action" -> "accept";
            case "section" -> "hazchem";
            case "year" -> "2027";
            default -> "x";
        };
    }

    static String outcome(int status) {
        return status == 401 ? "401" : status == 403 ? "403" : "ok";
    }

    @Test
    void whoMayDoWhatIsExactlyTheTableInTheRepository() throws Exception {
        Map<String, String> tokens = new LinkedHashMap<>();
        ROLES.forEach((role, user) -> tokens.put(role, user == null ? integrationToken() : Suite.token(user)));
        List<String> rows = new ArrayList<>();
        rows.add("service,method,path,anonymous," + String.join(",", ROLES.keySet()));
        for (Map.Entry<String, String> service : SERVICES.entrySet()) {
            JsonNode doc = JSON.readTree(RestAssured.get(service.getValue() + "/q/openapi?format=json").then().statusCode(200)
                    .extract().asString());
            for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                if (!path.getKey().startsWith("/api/")) {
                    continue;
                }
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                    if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        continue;
                    }
                    String url = path.getKey();
                    List<JsonNode> parameters = new ArrayList<>();
                    path.getValue().path("parameters").forEach(parameters::add);
                    op.getValue().path("parameters").forEach(parameters::add);
                    for (JsonNode p : parameters) {
                        if ("path".equals(p.path("in").asText())) {
                            url = url.replace("{" + p.path("name").asText() + "}", sample(p.path("name").asText(), p.path("schema")));
                        }
                    }
                    String target = service.getValue() + url;
                    // the body in the media type the operation declares, so the request is matched and reaches the check
                    Iterator<String> types = op.getValue().path("requestBody").path("content").fieldNames();
                    String mediaType = types.hasNext() ? types.next() : "application/json";
                    String anonymous = outcome(call(RestAssured.given(), method, target, mediaType));
                    StringBuilder row = new StringBuilder(service.getKey() + "," + method + "," + path.getKey() + "," + anonymous);
                    for (String role : ROLES.keySet()) {
                        // a public operation is public for everyone: not called again (some count calls per client)
                        row.append(',').append(anonymous.equals("ok") ? "ok"
                                : outcome(call(RestAssured.given().auth().oauth2(tokens.get(role)), method, target, mediaType)));
                    }
                    rows.add(row.toString());
                }
            }
        }
        List<String> sorted = new ArrayList<>(rows.subList(1, rows.size()));
        sorted.sort(null);
        sorted.add(0, rows.get(0));
        String table = String.join("\n", sorted) + "\n";
        if (Boolean.getBoolean("fourlists.authz.write") || !Files.exists(TABLE)) {
            Files.createDirectories(TABLE.getParent());
            Files.writeString(TABLE, table, StandardCharsets.UTF_8);
            System.out.println("[authz] wrote " + TABLE + " (" + (sorted.size() - 1) + " operations): review and commit it");
            return;
        }
        List<String> expected = Files.readAllLines(TABLE, StandardCharsets.UTF_8);
        List<String> differences = new ArrayList<>();
        for (String line : sorted) {
            if (!expected.contains(line)) {
                differences.add("  now:      " + line);
            }
        }
        for (String line : expected) {
            if (!line.isBlank() && !sorted.contains(line)) {
                differences.add("  expected: " + line);
            }
        }
        if (!differences.isEmpty()) {
            fail("who may do what differs from " + TABLE + " (if the change is meant, rewrite it with -Dfourlists.authz.write=true "
                    + "and commit it, so it is a visible diff):\n" + String.join("\n", differences));
        }
    }

    static int call(RequestSpecification request, String method, String url, String mediaType) {
        if (!method.equals("GET") && !method.equals("DELETE")) {
            request = request.contentType(mediaType).body((mediaType.contains("json") ? "{}" : "x").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return request.request(method, url).statusCode();
    }
}
