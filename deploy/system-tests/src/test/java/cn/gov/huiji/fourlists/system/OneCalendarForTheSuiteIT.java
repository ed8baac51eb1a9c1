package cn.gov.huiji.fourlists.system;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.gov.huiji.fourlists.system.Suite.ADJUSTMENT;
import static cn.gov.huiji.fourlists.system.Suite.COMPLAINT;
import static cn.gov.huiji.fourlists.system.Suite.DISCLOSURE;
import static cn.gov.huiji.fourlists.system.Suite.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * R-ADJ-3 across services: a holiday notice the admin loads in adjustment-service (the calendar's owner) reaches
 * complaint-service through adjustment-events, and the next citizen's case counts on it — the same calendar version
 * in both services.
 */
class OneCalendarForTheSuiteIT {

    @Test
    void aNoticeLoadedInAdjustmentServiceIsTheCalendarOfTheNextComplaint() {
        // A year far ahead, so the test never changes a real deadline of the local suite.
        Map<String, Object> notice = Map.of("year", 2099, "document", "国务院办公厅关于2099年部分节假日安排的通知（系统测试）",
                "daysOff", List.of(List.of("2099-01-01", "2099-01-01")), "workingWeekendDays", List.of());
        String version = as("admin").contentType(ContentType.JSON).body(notice).put(ADJUSTMENT + "/api/v1/calendar/notices/2099")
                .then().statusCode(200).extract().path("calendarVersion");

        // every service that counts deadlines in working days keeps a replica: complaints, and the 双公示 (issue 16)
        // One instance of each took the event; every other instance counts on the stored revision within a second
        // (CalendarInForce), and the load balancer may send the next request to any of them: so the test waits until
        // six answers in a row, which round-robin spreads over every instance, name the new version.
        for (String service : List.of(COMPLAINT, DISCLOSURE)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            String seen = null;
            int inARow = 0;
            while (inARow < 6 && System.nanoTime() < deadline) {
                seen = RestAssured.get(service + "/api/v1/calendar/in-force").then().statusCode(200).extract().path("calendarVersion");
                inARow = version.equals(seen) ? inARow + 1 : 0;
                if (inARow == 0) {
                    Suite.sleep(250);
                }
            }
            assertEquals(6, inARow, service + " must count on the notice loaded in adjustment-service within a minute, on every"
                    + " instance (last answer: " + seen + ")");
        }

        Map<String, Object> body = new HashMap<>();
        body.put("kind", "SUGGESTION");
        body.put("subjectKind", "LISTS");
        body.put("content", "建议在清单中注明节假日调休对办理时限的影响（系统测试 " + System.nanoTime() + "）");
        body.put("anonymous", true);
        RestAssured.given().contentType(ContentType.JSON).body(body).post(COMPLAINT + "/api/v1/cases").then().statusCode(201)
                .body("acceptDueCalendarVersion", equalTo(version)).body("acceptDueProvisional", equalTo(false));

        // The load is a duty action like any other: its trace, with the version, reaches the audit log.
        long traced = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!loadTraced(version) && System.nanoTime() < traced) {
            Suite.sleep(250);
        }
        assertEquals(true, loadTraced(version), "the load of notice 2099 as " + version + " must be traced in audit-service");
    }

    @SuppressWarnings("unchecked")
    static boolean loadTraced(String version) {
        return Suite.traces("calendar/2099").stream().anyMatch(t -> "fourlists.adjustment.calendar.notice-loaded".equals(t.get("type"))
                && t.get("data") instanceof Map<?, ?> data && version.equals(((Map<String, Object>) data).get("calendarVersion")));
    }
}
