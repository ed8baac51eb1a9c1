package cn.gov.huiji.fourlists.complaint;

import cn.gov.huiji.fourlists.complaint.service.CaseDeadlines;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.gov.huiji.fourlists.kernel.testing.TwoInstances.atTheSameMoment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, R-CMP-4, Art. 31: two complaint-service instances scanning the deadlines at the same moment trace each
 * warning and each overdue flag once, and neither scan fails for it.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class CaseDeadlinesWithTwoInstancesTest {

    @Inject
    CaseDeadlines deadlines;

    static List<String> deadlineTraces(String caseNo) {
        return OutboxProbe.entriesFor("case/" + caseNo).stream().map(e -> e.type)
                .filter(t -> t.equals(ComplaintEvents.CASE_DEADLINE_WARNED.name()) || t.equals(ComplaintEvents.CASE_DEADLINE_MISSED.name()))
                .toList();
    }

    @Test
    void twoInstancesScanningAtOnceWarnAndFlagEachStepOnce() throws Exception {
        String no = CaseLifecycleTest.submit(CaseLifecycleTest.anonymousComplaint("两个实例同时扫描时限 " + System.nanoTime())).get("caseNo");

        List<Integer> warned = atTheSameMoment(() -> deadlines.scanDeadlines(LocalDate.of(2026, 11, 26)));
        assertEquals(List.of(ComplaintEvents.CASE_DEADLINE_WARNED.name()), deadlineTraces(no),
                "the working day before acceptance is due the case is warned once, not once per instance");
        assertTrue(warned.get(0) >= 1, "the first scan warned: " + warned);
        assertEquals(0, warned.get(1), "the second scan finds every warning raised by the first: " + warned);

        List<Integer> flagged = atTheSameMoment(() -> deadlines.scanDeadlines(LocalDate.of(2026, 11, 30)));
        assertEquals(List.of(ComplaintEvents.CASE_DEADLINE_WARNED.name(), ComplaintEvents.CASE_DEADLINE_MISSED.name()), deadlineTraces(no),
                "once acceptance is overdue the case is flagged once, not once per instance");
        assertEquals(0, flagged.get(1), "the second scan finds every flag raised by the first: " + flagged);
    }
}
