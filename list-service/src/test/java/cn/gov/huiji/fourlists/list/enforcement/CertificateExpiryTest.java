package cn.gov.huiji.fourlists.list.enforcement;

import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.outbox.OutboxEntry;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import cn.gov.huiji.fourlists.list.enforcement.service.CertificateExpiryWatch;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-LIST-9: a certificate is warned of 30 and 7 calendar days before its last day and flagged once it has passed,
 * each once however often (and by however many instances) the daily scan runs; a renewed certificate is warned again.
 * The scan is driven with the day it runs on, as the scheduler passes the bureau's today.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class CertificateExpiryTest {

    @Inject
    CertificateExpiryWatch watch;

    static final java.util.Set<String> EXPIRY = java.util.Set.of(ListEvents.CERTIFICATE_EXPIRING.name(),
            ListEvents.CERTIFICATE_LAPSED.name());

    static List<OutboxEntry> expiryEntries(String no) {
        return OutboxProbe.entriesFor("officer/" + no).stream().filter(e -> EXPIRY.contains(e.type)).toList();
    }

    static List<String> expiryTraces(String no) {
        return expiryEntries(no).stream().map(e -> e.type).toList();
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void warnedThirtyAndSevenDaysAheadAndFlaggedOnceLapsedEvenWhenTheScanRunsTwice() {
        String unit = Officers.body("惠济区安全生产监督管理局");
        LocalDate end = LocalDate.of(2034, 3, 31);
        String no = Officers.register("郑伟", unit, LocalDate.of(2028, 4, 1), end);

        watch.scan(end.minusDays(31));
        assertEquals(List.of(), expiryTraces(no), "31 days ahead: nothing yet");
        watch.scan(end.minusDays(30));
        watch.scan(end.minusDays(30));
        watch.scan(end.minusDays(29));
        assertEquals(List.of(ListEvents.CERTIFICATE_EXPIRING.name()), expiryTraces(no), "30 days ahead: warned once");
        watch.scan(end.minusDays(7));
        watch.scan(end.minusDays(7));
        watch.scan(end);
        assertEquals(List.of(ListEvents.CERTIFICATE_EXPIRING.name(), ListEvents.CERTIFICATE_EXPIRING.name()), expiryTraces(no),
                "7 days ahead: warned once more; the last day itself is still valid");
        watch.scan(end.plusDays(1));
        watch.scan(end.plusDays(1));
        watch.scan(end.plusDays(40));
        List<OutboxEntry> entries = expiryEntries(no);
        assertEquals(List.of(ListEvents.CERTIFICATE_EXPIRING.name(), ListEvents.CERTIFICATE_EXPIRING.name(),
                ListEvents.CERTIFICATE_LAPSED.name()), entries.stream().map(e -> e.type).toList(), "lapsed: flagged once");
        assertTrue(entries.get(0).data.contains("\"daysLeft\":30"), entries.get(0).data);
        assertTrue(entries.get(1).data.contains("\"daysLeft\":7"), entries.get(1).data);
        assertTrue(entries.get(2).data.contains("\"daysLeft\":-1") && entries.get(2).data.contains("2034-03-31"), entries.get(2).data);
        assertEquals("system", entries.get(0).actorId, "raised by the system, not by a person");

        // Renewed: the new term's end is warned of again.
        Map<String, Object> renewed = Officers.officer(no, "郑伟", unit, LocalDate.of(2028, 4, 1), end.plusYears(2));
        given().contentType(ContentType.JSON).body(renewed).put("/api/v1/officers/" + no).then().statusCode(200);
        watch.scan(end.plusYears(2).minusDays(30));
        assertEquals(4, expiryTraces(no).size(), "the renewed certificate is warned 30 days before its new end");
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aCertificateFirstSeenFiveDaysBeforeItsEndIsWarnedOnceAtSevenNotAlsoAtThirty() {
        String unit = Officers.body("惠济区安全生产监督管理局");
        LocalDate end = LocalDate.of(2035, 5, 20);
        String no = Officers.register("何平", unit, LocalDate.of(2030, 5, 21), end);
        watch.scan(end.minusDays(5));
        watch.scan(end.minusDays(4));
        List<OutboxEntry> entries = expiryEntries(no);
        assertEquals(1, entries.size(), String.valueOf(entries.stream().map(e -> e.data).toList()));
        assertTrue(entries.get(0).data.contains("\"daysLeft\":5"), entries.get(0).data);
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aSuspendedOrRevokedCertificateIsNotWarnedOf() {
        String unit = Officers.body("惠济区安全生产监督管理局");
        LocalDate end = LocalDate.of(2036, 8, 31);
        String suspended = Officers.register("孔亮", unit, LocalDate.of(2031, 9, 1), end);
        String revoked = Officers.register("孟飞", unit, LocalDate.of(2031, 9, 1), end);
        Officers.status(suspended, "SUSPENDED", "2036-07-01", "暂扣执法证", 200);
        Officers.status(revoked, "REVOKED", "2036-07-01", "调离执法岗位", 200);
        watch.scan(end.minusDays(30));
        watch.scan(end.plusDays(1));
        assertEquals(List.of(), expiryTraces(suspended), "a suspended certificate is not in use");
        assertEquals(List.of(), expiryTraces(revoked), "a revoked certificate is not in use");
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void twoInstancesScanningAtOnceTraceEachWarningOnce() throws Exception {
        String unit = Officers.body("惠济区安全生产监督管理局");
        LocalDate end = LocalDate.of(2037, 10, 31);
        String no = Officers.register("贺军", unit, LocalDate.of(2032, 11, 1), end);
        Callable<Integer> scan = () -> watch.scan(end.minusDays(7));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(scan);
            Future<Integer> b = pool.submit(scan);
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }
        assertEquals(List.of(ListEvents.CERTIFICATE_EXPIRING.name()), expiryTraces(no), "two instances must not double the warning");
    }

    @Inject
    java.time.Clock clock;

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void aCertificateRegisteredFiveDaysBeforeItsEndIsWarnedAtOnceNotAtTonightsScan() {
        String unit = Officers.body("惠济区安全生产监督管理局");
        LocalDate today = cn.gov.huiji.fourlists.kernel.time.BureauClock.today(clock);
        String no = Officers.register("冯强", unit, today.minusYears(1), today.plusDays(5));
        List<OutboxEntry> entries = expiryEntries(no);
        assertEquals(List.of(ListEvents.CERTIFICATE_EXPIRING.name()), entries.stream().map(e -> e.type).toList(),
                "the registration itself raises the 7-day warning");
        assertTrue(entries.get(0).data.contains("\"daysLeft\":5"), entries.get(0).data);
        watch.scan(today);
        assertEquals(1, expiryEntries(no).size(), "tonight's scan does not warn again");
    }
}
