package cn.gov.huiji.fourlists.system;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static cn.gov.huiji.fourlists.system.Suite.ADJUSTMENT;
import static cn.gov.huiji.fourlists.system.Suite.AUDIT;
import static cn.gov.huiji.fourlists.system.Suite.COMPLAINT;
import static cn.gov.huiji.fourlists.system.Suite.DISCLOSURE;
import static cn.gov.huiji.fourlists.system.Suite.LIST;
import static cn.gov.huiji.fourlists.system.Suite.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Every write needs its role: no token → 401, a wrong role → 403, both as problem+json in two languages. */
class RolesAndTokensIT {

    /** One write endpoint of each service, and a demo user whose role does not allow it. */
    record Write(String name, String wrongUser, Function<RequestSpecification, io.restassured.response.Response> call) {
    }

    static final List<Write> WRITES = List.of(
            new Write("list-service PUT section", "clerk", r -> r.contentType("application/json")
                    .body(Map.of("name", "x")).put(LIST + "/api/v1/sections/roles-test")),
            new Write("list-service POST item", "head", r -> r.contentType("application/json")
                    .body(Map.of("code", "1", "name", "x", "category", "行政许可", "section", "hazchem"))
                    .post(LIST + "/api/v1/lists/power/items")),
            new Write("adjustment-service POST request", "legal", r -> r.contentType("application/json")
                    .body(Map.of("triggerKind", "NEW_LAW", "triggerDate", "2026-11-02", "changeKind", "ADD", "summary", "x"))
                    .post(ADJUSTMENT + "/api/v1/requests")),
            new Write("complaint-service PUT channels", "handler", r -> r.contentType("application/json")
                    .body(List.of()).put(COMPLAINT + "/api/v1/channels")),
            new Write("audit-service POST export", "clerk", r -> r.contentType("application/json")
                    .body(Map.of()).post(AUDIT + "/api/v1/traces/exports")),
            // a clerk of another section may not submit a decision (issue 16: only integration and legal)
            new Write("disclosure-service POST penalty decision", "clerk", r -> r.contentType("application/json")
                    .body(Map.of("partyName", "x")).post(DISCLOSURE + "/api/v1/decisions/penalties")));

    @Test
    void withoutATokenEveryWriteIs401ProblemJson() {
        for (Write w : WRITES) {
            w.call().apply(RestAssured.given()).then().statusCode(401).contentType("application/problem+json")
                    .body("status", equalTo(401)).body("titleZh", notNullValue());
        }
    }

    @Test
    void aForgedTokenIs401() {
        for (Write w : WRITES) {
            w.call().apply(RestAssured.given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"))
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void withTheWrongRoleEveryWriteIs403ProblemJson() {
        for (Write w : WRITES) {
            w.call().apply(as(w.wrongUser())).then().statusCode(403).contentType("application/problem+json")
                    .body("status", equalTo(403)).body("titleZh", equalTo("无权操作"));
        }
    }

    /** A genuine token of the realm that another client obtained for itself lacks the services' audience: 401. */
    @Test
    void aTokenIssuedToAnotherClientOfTheRealmIs401() {
        String token = RestAssured.given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "legal").formParam("password", "legal").post(Suite.KEYCLOAK).then().statusCode(200)
                .extract().path("access_token");
        for (Write w : WRITES) {
            w.call().apply(RestAssured.given().auth().oauth2(token)).then().statusCode(401).contentType("application/problem+json");
        }
        as("legal").get(AUDIT + "/api/v1/traces?size=1").then().statusCode(403); // the same user, through the console: known
    }

    static io.restassured.response.Response login(String user, String password) {
        return RestAssured.given().formParam("grant_type", "password").formParam("client_id", "fourlists-console")
                .formParam("username", user).formParam("password", password).post(Suite.KEYCLOAK);
    }

    /** Brute-force protection: after five wrong passwords the account is locked for a while, even to the right one. */
    @Test
    void fiveWrongPasswordsLockTheAccountForAWhile() {
        // a lockout left by an earlier run of this test is lifted first, through the admin API (local-development admin)
        String admin = RestAssured.given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post("http://127.0.0.1:8180/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
        String id = RestAssured.given().auth().oauth2(admin).get("http://127.0.0.1:8180/admin/realms/fourlists/users?exact=true&username=lockout-probe")
                .then().statusCode(200).extract().path("[0].id");
        RestAssured.given().auth().oauth2(admin).delete("http://127.0.0.1:8180/admin/realms/fourlists/attack-detection/brute-force/users/" + id)
                .then().statusCode(204);

        login("lockout-probe", "lockout-probe").then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            login("lockout-probe", "wrong-" + i).then().statusCode(org.hamcrest.Matchers.oneOf(400, 401));
        }
        io.restassured.response.Response locked = login("lockout-probe", "lockout-probe");
        org.junit.jupiter.api.Assertions.assertNotEquals(200, locked.statusCode(),
                "after five wrong passwords the right one must not sign in for a while: " + locked.asString());
    }

    @Test
    void publicReadsNeedNoToken() {
        RestAssured.given().get(LIST + "/api/v1/sections").then().statusCode(200);
        RestAssured.given().get(LIST + "/api/v1/lists/power/items").then().statusCode(200);
        RestAssured.given().get(COMPLAINT + "/api/v1/channels").then().statusCode(200);
        RestAssured.given().get(DISCLOSURE + "/api/v1/disclosures/penalties").then().statusCode(200);
    }

    @Test
    void theServiceAccountOfAnotherBureauCarriesTheIntegrationRole() {
        String token = RestAssured.given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "fourlists-integration").formParam("client_secret", "fourlists-integration-secret")
                .post(Suite.KEYCLOAK).then().statusCode(200).extract().path("access_token");
        // integration may read the public lists but not load items
        RestAssured.given().auth().oauth2(token).get(LIST + "/api/v1/lists/power/items").then().statusCode(200);
        RestAssured.given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("code", "1", "name", "x", "category", "行政许可", "section", "hazchem"))
                .post(LIST + "/api/v1/lists/power/items").then().statusCode(403);
    }
}
