package cn.gov.huiji.fourlists.adjustment;

import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** R-ADJ-3: the public deadline calculator, and a new year's notice loaded without a release. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class CalendarApiTest {

    @Test
    void theDeadlineIsTheNthWorkingDayStrictlyAfterTheDateWithItsCalendarVersion() {
        given().queryParam("from", "2025-09-30").queryParam("workingDays", 3).get("/api/v1/calendar/deadline")
                .then().statusCode(200).body("from", equalTo("2025-09-30")).body("workingDays", equalTo(3))
                .body("due", equalTo("2025-10-11")).body("calendarVersion", startsWith("cal-r"));
        given().queryParam("from", "2026-02-13").queryParam("workingDays", 2).get("/api/v1/calendar/deadline")
                .then().statusCode(200).body("due", equalTo("2026-02-24"));
    }

    @Test
    void aDateOutsideTheLoadedYearsIs422AndABadDateNamesTheField() {
        given().queryParam("from", "2030-01-02").queryParam("workingDays", 1).get("/api/v1/calendar/deadline")
                .then().statusCode(422).contentType("application/problem+json").body("detailZh", containsString("2030"));
        given().queryParam("from", "2026-13-01").queryParam("workingDays", 1).get("/api/v1/calendar/deadline")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        given().queryParam("from", "2026-11-02").queryParam("workingDays", 0).get("/api/v1/calendar/deadline")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theAdminLoadsANewYearsNoticeWithoutARelease() {
        given().queryParam("from", "2026-12-31").queryParam("workingDays", 1).get("/api/v1/calendar/deadline").then().statusCode(422);
        Map<String, Object> notice = Map.of("year", 2027, "document", "国务院办公厅关于2027年部分节假日安排的通知（测试）",
                "daysOff", List.of(List.of("2027-01-01", "2027-01-03")), "workingWeekendDays", List.of());
        String version = given().contentType(ContentType.JSON).body(notice).put("/api/v1/calendar/notices/2027")
                .then().statusCode(200).body("years", hasItem(2027)).extract().path("calendarVersion");
        given().queryParam("from", "2026-12-31").queryParam("workingDays", 1).get("/api/v1/calendar/deadline")
                .then().statusCode(200).body("due", equalTo("2027-01-04")).body("calendarVersion", equalTo(version));
        assertEquals(1, OutboxProbe.entriesFor("calendar/2027").size(), "loading a notice leaves a trace");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anInvalidNoticeIsRefusedNamingTheField() {
        Map<String, Object> notice = Map.of("year", 2028, "document", "x",
                "daysOff", List.of(List.of("2028-01-01", "2028-01-01")), "workingWeekendDays", List.of("2028-01-03"));
        given().contentType(ContentType.JSON).body(notice).put("/api/v1/calendar/notices/2028")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("workingWeekendDays[0]"));
        given().get("/api/v1/calendar/notices").then().body("years", org.hamcrest.Matchers.not(hasItem(2028)));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void onlyTheAdminLoadsNotices() {
        given().contentType(ContentType.JSON).body(Map.of("year", 2029, "document", "x")).put("/api/v1/calendar/notices/2029")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
