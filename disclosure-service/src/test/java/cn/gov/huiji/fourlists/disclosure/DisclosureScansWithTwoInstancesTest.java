package cn.gov.huiji.fourlists.disclosure;

import cn.gov.huiji.fourlists.disclosure.domain.DisclosureState;
import cn.gov.huiji.fourlists.disclosure.service.DisclosureDeadlines;
import cn.gov.huiji.fourlists.kernel.events.DisclosureEvents;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.gov.huiji.fourlists.kernel.testing.TwoInstances.atTheSameMoment;
import static cn.gov.huiji.fourlists.disclosure.DisclosureDeadlinesTest.eventTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 18, Art. 8, R-LIST-11: two disclosure-service instances running the scans at the same moment warn, flag and
 * withdraw each decision once (each step is claimed by a conditional update in the transaction that traces it). The
 * dates lie in January 2024, before any other test's decisions are due or end.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class DisclosureScansWithTwoInstancesTest {

    @Inject
    DisclosureDeadlines deadlines;

    @Test
    void twoInstancesScanningAtOnceWarnFlagAndWithdrawEachDecisionOnce() throws Exception {
        String m = "两实例扫描测试" + System.nanoTime();
        UUID pending = DecisionFixtures.penalty(m + "号-1", m + "甲公司", LocalDate.of(2024, 1, 2), LocalDate.of(2025, 1, 2));
        DecisionFixtures.due(pending, LocalDate.of(2024, 1, 16)); // a Tuesday: warned on Monday 01-15
        UUID ending = DecisionFixtures.penalty(m + "号-2", m + "乙公司", LocalDate.of(2023, 12, 18), LocalDate.of(2024, 1, 10));
        DecisionFixtures.publish(ending, LocalDate.of(2023, 12, 19));

        List<DisclosureDeadlines.Scan> first = atTheSameMoment(() -> deadlines.scan(LocalDate.of(2024, 1, 15)));
        assertEquals(List.of(DisclosureEvents.DEADLINE_WARNED.name()), eventTypes(pending),
                "warned once the working day before it is due, not once per instance");
        assertEquals(List.of(DisclosureEvents.DECISION_EXPIRED.name()), eventTypes(ending),
                "withdrawn once after its 公示截止期, not once per instance");
        assertEquals(DisclosureState.EXPIRED, DecisionFixtures.decision(ending).state);
        assertEquals(new DisclosureDeadlines.Scan(0, 0, 0), first.get(1), "the second scan finds every step taken by the first");

        List<DisclosureDeadlines.Scan> second = atTheSameMoment(() -> deadlines.scan(LocalDate.of(2024, 1, 17)));
        assertEquals(List.of(DisclosureEvents.DEADLINE_WARNED.name(), DisclosureEvents.DEADLINE_MISSED.name()), eventTypes(pending),
                "flagged once the due date has passed, not once per instance");
        assertEquals(new DisclosureDeadlines.Scan(0, 0, 0), second.get(1), "the second scan finds the flag raised by the first");
    }
}
