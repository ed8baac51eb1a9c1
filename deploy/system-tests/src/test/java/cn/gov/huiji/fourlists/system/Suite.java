package cn.gov.huiji.fourlists.system;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/** The running local suite, as a client sees it: its addresses, real Keycloak tokens, and the launcher. */
final class Suite {

    static final String KEYCLOAK = "http://127.0.0.1:8180/realms/fourlists/protocol/openid-connect/token";
    static final String LIST = "http://127.0.0.1:8081";
    static final String ADJUSTMENT = "http://127.0.0.1:8082";
    static final String COMPLAINT = "http://127.0.0.1:8083";
    static final String AUDIT = "http://127.0.0.1:8084";
    static final String DISCLOSURE = "http://127.0.0.1:8085";
    static final String PORTAL = "http://127.0.0.1:8080";
    static final List<String> SERVICES = List.of(LIST, ADJUSTMENT, COMPLAINT, AUDIT, DISCLOSURE);
    static final Path REPO = Path.of(System.getProperty("fourlists.repo", "../.."));

    private static final ConcurrentHashMap<String, String> TOKENS = new ConcurrentHashMap<>();

    private Suite() {
    }

    /** A real access token of a demo user (password = user name: local-development defaults). */
    static String token(String user) {
        return TOKENS.computeIfAbsent(user, u -> {
            JsonPath body = RestAssured.given().formParam("grant_type", "password").formParam("client_id", "fourlists-console")
                    .formParam("username", u).formParam("password", u).formParam("scope", "openid")
                    .post(KEYCLOAK).then().statusCode(200).extract().jsonPath();
            return body.getString("access_token");
        });
    }

    static RequestSpecification as(String user) {
        return RestAssured.given().auth().oauth2(token(user));
    }

    /**
     * Yesterday, as the day an adjustment's trigger occurred: its application is due three working days later
     * (Art. 26(1)), so no deadline warning or overdue flag — a trace of its own — can join the traces a test counts.
     * A fixed date here once became overdue as the calendar moved on.
     */
    static String recentTriggerDate() {
        return java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }

    /** The traces audit-service holds for a subject. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<Map<String, Object>> traces(String subject) {
        JsonPath page = as("auditor").queryParam("subject", subject).queryParam("size", 500)
                .get(AUDIT + "/api/v1/traces").then().statusCode(200).extract().jsonPath();
        return (List) page.getList("items", Map.class);
    }

    /**
     * Waits until audit-service holds exactly {@code expected} traces for the subject, then waits a little
     * longer to see that no duplicate follows.
     */
    static List<Map<String, Object>> awaitTraces(String subject, int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<Map<String, Object>> found = traces(subject);
        while (found.size() < expected && System.nanoTime() < deadline) {
            sleep(250);
            found = traces(subject);
        }
        sleep(2000);
        found = traces(subject);
        if (found.size() != expected) {
            fail("audit-service holds " + found.size() + " trace(s) for " + subject + ", expected exactly " + expected);
        }
        return found;
    }

    /** Runs deploy/local/svc (start, kill, status…) and fails the test when it fails. */
    static void svc(String... args) {
        List<String> command = new ArrayList<>();
        command.add(REPO.resolve("deploy/local/svc").toString());
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).directory(REPO.toFile()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
                fail("deploy/local/svc " + String.join(" ", args) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A connection to one service's own database (local-development credentials). */
    static Connection database(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5433/" + name, "fourlists", "fourlists");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
