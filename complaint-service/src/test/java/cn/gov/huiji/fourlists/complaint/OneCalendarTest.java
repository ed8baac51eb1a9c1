package cn.gov.huiji.fourlists.complaint;

import cn.gov.huiji.fourlists.kernel.calendar.CalendarInForce;
import cn.gov.huiji.fourlists.kernel.calendar.HolidayNotice;
import cn.gov.huiji.fourlists.kernel.calendar.NoticeLoaded;
import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents;
import cn.gov.huiji.fourlists.kernel.outbox.OutboxEntry;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import cn.gov.huiji.fourlists.complaint.messaging.CalendarNoticeConsumer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-ADJ-3 for complaints: from 25 December the 5 working days of acceptance (Art. 9) run into a year whose holiday
 * notice is not out yet. The citizen's submission is still accepted, with a provisional due date; the notice loaded
 * in adjustment-service reaches complaint-service as its event and the due date is counted again, traced.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class OneCalendarTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    CalendarInForce calendars;

    @Inject
    cn.gov.huiji.fourlists.complaint.service.CaseActions actions;

    static Map<String, Object> complaint(String content) {
        Map<String, Object> m = CaseLifecycleTest.anonymousComplaint(content + " " + System.nanoTime());
        return m;
    }

    static Map<String, Object> submitAt(String clock, String content) {
        QuarkusMock.installMockForType(BureauClock.fixed(clock), Clock.class);
        return given().contentType(ContentType.JSON).body(complaint(content)).post("/api/v1/cases").then().statusCode(201)
                .extract().jsonPath().getMap("$");
    }

    /** The event exactly as adjustment-service records it when the admin loads a notice (NoticeLoaded on adjustment-events). */
    static String noticeLoadedEvent(long revision, HolidayNotice notice) {
        NoticeLoaded loaded = new NoticeLoaded(notice.year(), notice.document(), revision, NoticeLoaded.version(revision), notice,
                OffsetDateTime.of(2026, 12, 31, 2, 0, 0, 0, ZoneOffset.UTC));
        String data = TraceEventCodec.toJson(loaded);
        return cn.gov.huiji.fourlists.kernel.testing.SignedEvents.sign(TraceEventCodec.write(new TraceEvent(TraceEvent.SPEC_VERSION, UUID.randomUUID().toString(), "fourlists/adjustment-service",
                AdjustmentEvents.CALENDAR_NOTICE_LOADED.name(), AdjustmentEvents.CALENDAR_NOTICE_LOADED.subject(notice.year()), loaded.loadedAt(), TraceEvent.CONTENT_TYPE, 40 + revision,
                "admin", "admin", "office", TraceEventCodec.digest(data), TraceEventCodec.parseTree(data))));
    }

    @Test
    void complaintsAtTheTurnOfTheYearAreAcceptedProvisionallyAndRecountedWhenTheNoticeArrives() {
        // Thursday 24 December: the fifth working day is Thursday 31 December, inside the loaded year.
        Map<String, Object> christmasEve = submitAt("2026-12-24", "危化品经营许可证到期未换证");
        assertEquals("2026-12-31", christmasEve.get("acceptDue"));
        assertEquals(false, christmasEve.get("acceptDueProvisional"));
        assertTrue(((String) christmasEve.get("acceptDueCalendarVersion")).startsWith("cal-r"), christmasEve.toString());

        // 00:30 on Friday 25 December in Beijing, still the 24th on a UTC host: counting reaches Friday 1 January 2027.
        Map<String, Object> christmas = submitAt("2026-12-24T16:30:00Z", "烟花爆竹批发许可审批超时");
        assertEquals("2027-01-01", christmas.get("acceptDue"), "the bureau's day is the 25th; 1 January counts as a weekday for now");
        assertEquals("provisional", christmas.get("acceptDueCalendarVersion"));
        assertEquals(true, christmas.get("acceptDueProvisional"));

        Map<String, Object> dec30 = submitAt("2026-12-30", "工贸企业检查结果未公开");
        assertEquals("2027-01-06", dec30.get("acceptDue"));
        assertEquals("provisional", dec30.get("acceptDueCalendarVersion"));
        String no = (String) dec30.get("caseNo"), code = (String) dec30.get("queryCode");
        given().get("/api/v1/cases/" + no + "?code=" + code).then().statusCode(200)
                .body("acceptDueProvisional", equalTo(true)).body("acceptDueCalendarVersion", equalTo("provisional"));

        // The notice for 2027 arrives from adjustment-service: 1–3 January off.
        HolidayNotice y2027 = new HolidayNotice(2027, "国务院办公厅关于2027年部分节假日安排的通知（测试）",
                List.of(List.of(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-03"))), List.of());
        String event = noticeLoadedEvent(7, y2027);
        connector.source(CalendarNoticeConsumer.CHANNEL).send(event);
        awaitTrace("case/" + no, ComplaintEvents.CASE_DUE_RECOMPUTED.name());

        given().get("/api/v1/cases/" + no + "?code=" + code).then().statusCode(200)
                .body("acceptDue", equalTo("2027-01-07")).body("acceptDueCalendarVersion", equalTo("cal-r7"))
                .body("acceptDueProvisional", equalTo(false));
        given().get("/api/v1/cases/" + christmas.get("caseNo") + "?code=" + christmas.get("queryCode")).then()
                .body("acceptDue", equalTo("2027-01-04")).body("acceptDueCalendarVersion", equalTo("cal-r7"));
        List<OutboxEntry> traces = OutboxProbe.entriesFor("case/" + no);
        OutboxEntry last = traces.get(traces.size() - 1);
        assertEquals(ComplaintEvents.CASE_DUE_RECOMPUTED.name(), last.type, "the recomputed due date must leave a trace");
        assertTrue(last.data.contains("\"previousDue\":\"2027-01-06\"") && last.data.contains("\"due\":\"2027-01-07\"")
                && last.data.contains("\"calendarVersion\":\"cal-r7\""), last.data);
        assertEquals(1, OutboxProbe.entriesFor("case/" + christmasEve.get("caseNo")).size(),
                "a due date that was never provisional is not touched");

        // A redelivered event changes nothing; a new case counts on the new calendar.
        connector.source(CalendarNoticeConsumer.CHANNEL).send(event);
        connector.source(CalendarNoticeConsumer.CHANNEL).send(noticeLoadedEvent(8, new HolidayNotice(2035, "x", List.of(), List.of())));
        awaitCalendar("cal-r8"); // the redelivery came first on the same channel, so it has been handled too
        assertEquals(traces.size(), OutboxProbe.entriesFor("case/" + no).size(), "a redelivered notice must not recompute again");
        Map<String, Object> after = submitAt("2026-12-30", "应急预案备案材料要求过多");
        assertEquals("2027-01-07", after.get("acceptDue"));
        assertEquals("cal-r8", after.get("acceptDueCalendarVersion"));
    }

    /** The consumer handles the event on a worker thread: wait (at most 10 s) for its effect. */
    static void awaitTrace(String subject, String type) {
        long end = System.nanoTime() + 10_000_000_000L;
        while (OutboxProbe.entriesFor(subject).stream().noneMatch(e -> e.type.equals(type))) {
            if (System.nanoTime() > end) {
                throw new AssertionError("no " + type + " for " + subject + " within 10 s of the notice event");
            }
            sleep();
        }
    }

    void awaitCalendar(String version) {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!version.equals(calendars.current().version())) {
            if (System.nanoTime() > end) {
                throw new AssertionError("calendar " + version + " not in force within 10 s; it is " + calendars.current().version());
            }
            sleep();
        }
    }

    static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Issue 18: with two instances the notice event reaches one of them, which stores the revision; the other must
     * count on it within a second or so, not at its next refresh a minute later.
     */
    @Test
    void aRevisionAnotherInstanceStoredIsInForceHereWithinSeconds() {
        String before = calendars.current().version();
        long revision = Long.parseLong(before.substring("cal-r".length())) + 1;
        HolidayNotice y2098 = new HolidayNotice(2098, "另一实例保存的通知（测试）",
                List.of(List.of(LocalDate.parse("2098-01-01"), LocalDate.parse("2098-01-01"))), List.of());
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "insert into holiday_notice_revision (revision, year, document, notice, loaded_by, loaded_at)"
                                + " values (?1, 2098, ?2, ?3, 'other-instance', now())")
                .setParameter(1, revision).setParameter(2, y2098.document()).setParameter(3, TraceEventCodec.toJson(y2098))
                .executeUpdate());
        long end = System.nanoTime() + 3_000_000_000L;
        while (!NoticeLoaded.version(revision).equals(calendars.current().version())) {
            if (System.nanoTime() > end) {
                throw new AssertionError("a revision stored by another instance must be in force here within 3 s (the refresh runs"
                        + " only every minute); still " + calendars.current().version());
            }
            sleep();
        }
    }

    @Inject
    jakarta.persistence.EntityManager em;

    @Test
    void everyDueDateNamesItsCalendar() {
        Map<String, Object> receipt = submitAt("2026-11-20", "隐患举报奖励未兑现");
        String no = (String) receipt.get("caseNo"), code = (String) receipt.get("queryCode");
        given().get("/api/v1/cases/" + no + "?code=" + code).then().statusCode(200)
                .body("acceptDueCalendarVersion", startsWith("cal-r"))
                .body("answerDueCalendarVersion", org.hamcrest.Matchers.nullValue()); // no answer is due before acceptance
        actions.act(no, cn.gov.huiji.fourlists.complaint.domain.CaseAction.ACCEPT, null,
                new cn.gov.huiji.fourlists.kernel.trace.Actor("handler", List.of("complaint-handler"), "office"));
        given().get("/api/v1/cases/" + no + "?code=" + code).then().statusCode(200)
                .body("answerDue", equalTo("2027-01-19")) // 60 calendar days after Friday 20 November
                .body("answerDueCalendarVersion", equalTo("calendar-days"));
        given().get("/q/openapi").then().body(containsString("暂按工作日计算"));
    }
}
