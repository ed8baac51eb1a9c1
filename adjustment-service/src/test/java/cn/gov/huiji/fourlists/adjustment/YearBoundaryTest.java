package cn.gov.huiji.fourlists.adjustment;

import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.outbox.OutboxEntry;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-ADJ-3 at the turn of the year: a due date in a year whose holiday notice is not out yet never fails the clerk's
 * request; it is provisional until the notice is loaded, then recomputed and traced. The bureau's "today" is
 * Beijing's, also on a host whose own clock says UTC.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class YearBoundaryTest {

    static Map<String, Object> draft(String triggerDate) {
        Map<String, Object> body = new HashMap<>(DraftingRequestsTest.MODIFY);
        body.put("triggerDate", triggerDate);
        return body;
    }

    static void clockAt(String spec) {
        QuarkusMock.installMockForType(BureauClock.fixed(spec), Clock.class);
    }

    @Test
    void theCalculatorAnswersProvisionallyOnlyWhenAsked() {
        given().queryParam("from", "2034-12-29").queryParam("workingDays", 2).get("/api/v1/calendar/deadline")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detailZh", org.hamcrest.Matchers.containsString("provisional=true"));
        given().queryParam("from", "2034-12-29").queryParam("workingDays", 2).queryParam("provisional", true)
                .get("/api/v1/calendar/deadline").then().statusCode(200)
                .body("due", equalTo("2035-01-02")).body("provisional", equalTo(true)).body("calendarVersion", equalTo("provisional"));
        given().queryParam("from", "2026-11-20").queryParam("workingDays", 2).queryParam("provisional", true)
                .get("/api/v1/calendar/deadline").then().statusCode(200)
                .body("provisional", equalTo(false)).body("calendarVersion", startsWith("cal-r"));
    }

    @Test
    @TestSecurity(user = "clerk", roles = {"clerk", "admin"}, attributes = @SecurityAttribute(key = "section", value = "hazchem"))
    void aDraftDueInAYearWithoutANoticeIsProvisionalAndRecomputedWhenTheNoticeArrives() {
        given().contentType(ContentType.JSON).body(Map.of("year", 2032, "document", "国务院办公厅关于2032年部分节假日安排的通知（测试）",
                "daysOff", List.of(List.of("2032-01-01", "2032-01-01")), "workingWeekendDays", List.of()))
                .put("/api/v1/calendar/notices/2032").then().statusCode(200);
        clockAt("2032-12-30");
        // Thursday 30 December 2032: three working days end in 2033, whose notice is not out yet.
        String id = given().contentType(ContentType.JSON).body(draft("2032-12-30")).post("/api/v1/requests")
                .then().statusCode(201).body("dueDate", equalTo("2033-01-04")).body("dueCalendarVersion", equalTo("provisional"))
                .body("applicationDue", equalTo("2033-01-04")).extract().path("id");

        String version = given().contentType(ContentType.JSON).body(Map.of("year", 2033, "document", "国务院办公厅关于2033年部分节假日安排的通知（测试）",
                "daysOff", List.of(List.of("2033-01-01", "2033-01-04")), "workingWeekendDays", List.of()))
                .put("/api/v1/calendar/notices/2033").then().statusCode(200).extract().path("calendarVersion");

        given().get("/api/v1/requests/" + id).then().statusCode(200)
                .body("dueDate", equalTo("2033-01-06")).body("dueCalendarVersion", equalTo(version))
                .body("applicationDue", equalTo("2033-01-06"));
        List<OutboxEntry> traces = OutboxProbe.entriesFor("request/" + id);
        OutboxEntry recomputed = traces.get(traces.size() - 1);
        assertEquals(AdjustmentEvents.REQUEST_DUE_RECOMPUTED.name(), recomputed.type, "loading the notice must trace the new due date");
        assertTrue(recomputed.data.contains("\"previousDueDate\":\"2033-01-04\"") && recomputed.data.contains("\"dueDate\":\"2033-01-06\""),
                recomputed.data);

        // Loading another year again recomputes nothing more: the due date is no longer provisional.
        given().contentType(ContentType.JSON).body(Map.of("year", 2034, "document", "国务院办公厅关于2034年部分节假日安排的通知（测试）",
                "daysOff", List.of(), "workingWeekendDays", List.of())).put("/api/v1/calendar/notices/2034").then().statusCode(200);
        assertEquals(traces.size(), OutboxProbe.entriesFor("request/" + id).size(), "a due date is recomputed once");
    }

    @Test
    @TestSecurity(user = "clerk", roles = {"clerk", "admin"}, attributes = @SecurityAttribute(key = "section", value = "hazchem"))
    void loadingTheNoticeAnswersWithEachProvisionalDueDateItCountedAgainBeforeAndAfter() {
        given().contentType(ContentType.JSON).body(Map.of("year", 2036, "document", "国务院办公厅关于2036年部分节假日安排的通知（测试）",
                "daysOff", List.of(List.of("2036-01-01", "2036-01-01")), "workingWeekendDays", List.of()))
                .put("/api/v1/calendar/notices/2036").then().statusCode(200);
        clockAt("2036-12-31");
        // Wednesday 31 December 2036: counted on weekdays, the third working day is Monday 5 January 2037.
        String id = given().contentType(ContentType.JSON).body(draft("2036-12-31")).post("/api/v1/requests")
                .then().statusCode(201).body("dueDate", equalTo("2037-01-05")).body("dueCalendarVersion", equalTo("provisional"))
                .extract().path("id");

        // The notice gives 1–3 January off: Monday 5, Tuesday 6, Wednesday 7.
        Map<String, Object> notice2037 = Map.of("year", 2037, "document", "国务院办公厅关于2037年部分节假日安排的通知（测试）",
                "daysOff", List.of(List.of("2037-01-01", "2037-01-03")), "workingWeekendDays", List.of());
        var answer = given().contentType(ContentType.JSON).body(notice2037).put("/api/v1/calendar/notices/2037")
                .then().statusCode(200).body("years", org.hamcrest.Matchers.hasItem(2037)).extract().jsonPath();
        String version = answer.getString("calendarVersion");
        List<Map<String, Object>> mine = answer.getList("recomputed.findAll { it.id == '" + id + "' }");
        assertEquals(1, mine.size(), "the answer must list the draft whose provisional due date the notice decided: " + answer.prettify());
        assertEquals(Map.of("kind", "REQUEST", "id", id, "itemCode", "410108-AJ-CF-001", "section", "hazchem",
                "previousDueDate", "2037-01-05", "dueDate", "2037-01-07", "calendarVersion", version), mine.get(0),
                "the answer says what was counted again, from which date to which, on which calendar");
        given().get("/api/v1/requests/" + id).then().body("dueDate", equalTo("2037-01-07"));

        // Correcting the same year counts nothing again: no due date that 2037 alone decides is still provisional.
        given().contentType(ContentType.JSON).body(notice2037).put("/api/v1/calendar/notices/2037")
                .then().statusCode(200).body("recomputed", org.hamcrest.Matchers.empty());
    }

    @Test
    @TestSecurity(user = "clerk", roles = "clerk", attributes = @SecurityAttribute(key = "section", value = "hazchem"))
    void aTriggerDatedTodayIsAcceptedAtHalfPastMidnightBeijingTimeOnAUtcHost() {
        assertEquals(ZoneOffset.UTC.normalized(), TimeZone.getDefault().toZoneId().normalized(),
                "the tests run on a UTC host (surefire sets user.timezone=UTC), where the host's day is still yesterday");
        clockAt("2026-12-04T16:30:00Z"); // 00:30 on 5 December in Beijing
        given().contentType(ContentType.JSON).body(draft("2026-12-05")).post("/api/v1/requests").then().statusCode(201)
                .body("triggerDate", equalTo("2026-12-05")).body("dueDate", equalTo("2026-12-09")); // Saturday 5th: Mon 7, Tue 8, Wed 9
        given().contentType(ContentType.JSON).body(draft("2026-12-06")).post("/api/v1/requests").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("triggerDate"));
        // Bean Validation asks the bureau's clock, not the host's: a day after the bureau's today is refused, whatever
        // the real date is when the test runs.
        clockAt("2026-11-01");
        given().contentType(ContentType.JSON).body(draft("2026-11-02")).post("/api/v1/requests").then().statusCode(400)
                .body("errors[0].field", equalTo("triggerDate"));
    }
}
