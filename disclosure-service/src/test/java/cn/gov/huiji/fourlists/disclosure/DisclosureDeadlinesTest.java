package cn.gov.huiji.fourlists.disclosure;

import cn.gov.huiji.fourlists.disclosure.domain.Decision;
import cn.gov.huiji.fourlists.disclosure.domain.DisclosureState;
import cn.gov.huiji.fourlists.disclosure.service.DisclosureDeadlines;
import cn.gov.huiji.fourlists.kernel.events.DisclosureEvents;
import cn.gov.huiji.fourlists.kernel.outbox.OutboxEntry;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.gov.huiji.fourlists.disclosure.DecisionFixtures.publish;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The disclosure's time limits without anyone asking (Art. 8, R-LIST-11): a decision not yet public is warned one
 * working day before its due date and flagged after it, each once; a public one is withdrawn on its 公示截止期 — on
 * that day and not a day earlier — with its trace and a change-feed entry, once. The scans are driven by a date; the
 * dates lie in 2024 so that no other test's decisions are due then.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class DisclosureDeadlinesTest {

    @Inject
    DisclosureDeadlines deadlines;

    static List<String> eventTypes(UUID id) {
        return OutboxProbe.entriesFor("decision/" + id).stream().map((OutboxEntry e) -> e.type).toList();
    }

    @Test
    void withdrawalHappensOnTheEndDateAndNotADayEarlier() {
        String m = "到期撤下测试" + System.nanoTime();
        LocalDate end = LocalDate.of(2024, 3, 15);
        UUID id = DecisionFixtures.penalty(m + "号", m + "公司", LocalDate.of(2023, 3, 15), end);
        publish(id, LocalDate.of(2023, 3, 16));
        long since = DecisionFixtures.lastCursor();

        deadlines.withdrawExpired(end.minusDays(1));
        assertEquals(DisclosureState.PUBLISHED, DecisionFixtures.decision(id).state, "the day before its 公示截止期 it stays public");
        assertTrue(eventTypes(id).isEmpty(), "nothing recorded the day before: " + eventTypes(id));

        deadlines.withdrawExpired(end);
        Decision d = DecisionFixtures.decision(id);
        assertEquals(DisclosureState.EXPIRED, d.state, "withdrawn on its 公示截止期");
        assertNotNull(d.expiredAt);
        assertEquals(List.of(DisclosureEvents.DECISION_EXPIRED.name()), eventTypes(id), "one DECISION_EXPIRED trace");

        deadlines.withdrawExpired(end);
        deadlines.withdrawExpired(end.plusDays(1));
        assertEquals(List.of(DisclosureEvents.DECISION_EXPIRED.name()), eventTypes(id), "withdrawn once, whatever the number of scans");

        JsonPath feed = given().queryParam("since", since).get("/api/v1/disclosures/changes").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(id.toString()), feed.getList("items.decisionId", String.class), "the withdrawal is in the change feed");
        assertEquals("EXPIRED", feed.getString("items[0].change"));
        assertNull(feed.get("items[0].decision"), "a withdrawn decision is not shown in the feed");
        given().queryParam("q", m).queryParam("asOf", "2024-03-14").get("/api/v1/disclosures/penalties").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1));
        given().queryParam("q", m).get("/api/v1/disclosures/penalties").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void aDecisionNotYetPublicIsWarnedAWorkingDayBeforeItIsDueAndFlaggedAfterEachOnce() {
        String m = "公示时限测试" + System.nanoTime();
        UUID id = DecisionFixtures.penalty(m + "号", m + "公司", LocalDate.of(2024, 3, 1), LocalDate.of(2025, 3, 1));
        LocalDate due = LocalDate.of(2024, 3, 12); // a Tuesday: warned on Monday 03-11
        DecisionFixtures.due(id, due);

        deadlines.scanDeadlines(LocalDate.of(2024, 3, 10));
        assertTrue(eventTypes(id).isEmpty(), "on the Sunday before, nothing is due yet: " + eventTypes(id));

        deadlines.scanDeadlines(LocalDate.of(2024, 3, 11));
        deadlines.scanDeadlines(LocalDate.of(2024, 3, 11));
        deadlines.scanDeadlines(due);
        assertEquals(List.of(DisclosureEvents.DEADLINE_WARNED.name()), eventTypes(id),
                "warned once, one working day before the due date, however often the scan runs");
        assertNotNull(DecisionFixtures.decision(id).warnedAt);

        deadlines.scanDeadlines(due.plusDays(1));
        deadlines.scanDeadlines(due.plusDays(2));
        assertEquals(List.of(DisclosureEvents.DEADLINE_WARNED.name(), DisclosureEvents.DEADLINE_MISSED.name()), eventTypes(id),
                "flagged once the due date has passed, once");
        assertEquals(DisclosureState.RECEIVED, DecisionFixtures.decision(id).state, "a flag changes no state");
    }

    @Test
    void aPublishedDecisionIsNeitherWarnedNorFlagged() {
        String m = "已公示不预警测试" + System.nanoTime();
        UUID id = DecisionFixtures.penalty(m + "号", m + "公司", LocalDate.of(2024, 3, 1), LocalDate.of(2025, 3, 1));
        DecisionFixtures.due(id, LocalDate.of(2024, 3, 12));
        publish(id, LocalDate.of(2024, 3, 4));
        deadlines.scanDeadlines(LocalDate.of(2024, 3, 11));
        deadlines.scanDeadlines(LocalDate.of(2024, 3, 13));
        assertTrue(eventTypes(id).isEmpty(), "published in time: no warning, no flag: " + eventTypes(id));
    }
}
