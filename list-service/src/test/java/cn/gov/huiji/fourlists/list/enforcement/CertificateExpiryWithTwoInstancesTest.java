package cn.gov.huiji.fourlists.list.enforcement;

import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.list.enforcement.service.CertificateExpiryWatch;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.gov.huiji.fourlists.kernel.testing.TwoInstances.atTheSameMoment;
import static cn.gov.huiji.fourlists.list.enforcement.CertificateExpiryTest.expiryTraces;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 18, R-LIST-9: two list-service instances running the expiry scan at the same moment — the first one's
 * transaction still open while the second scans — warn and flag each certificate once (the claim in
 * certificate_expiry_claim is inserted in the transaction that traces it).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class CertificateExpiryWithTwoInstancesTest {

    @Inject
    CertificateExpiryWatch watch;

    @Test
    @TestSecurity(user = "legal", roles = "legal")
    void twoInstancesScanningAtTheSameMomentWarnAndFlagOnce() throws Exception {
        String unit = Officers.body("惠济区安全生产监督管理局");
        LocalDate end = LocalDate.of(2038, 6, 30);
        String no = Officers.register("魏东", unit, LocalDate.of(2033, 7, 1), end);

        List<Integer> warned = atTheSameMoment(() -> watch.scan(end.minusDays(30)));
        assertEquals(List.of(ListEvents.CERTIFICATE_EXPIRING.name()), expiryTraces(no), "warned once, not once per instance");
        assertEquals(0, warned.get(1), "the second scan finds the warning claimed by the first: " + warned);

        List<Integer> lapsed = atTheSameMoment(() -> watch.scan(end.plusDays(1)));
        assertEquals(List.of(ListEvents.CERTIFICATE_EXPIRING.name(), ListEvents.CERTIFICATE_LAPSED.name()), expiryTraces(no),
                "flagged once when lapsed, not once per instance");
        assertEquals(0, lapsed.get(1), "the second scan finds the flag claimed by the first: " + lapsed);
    }
}
