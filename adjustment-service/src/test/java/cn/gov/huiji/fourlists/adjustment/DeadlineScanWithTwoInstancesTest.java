package cn.gov.huiji.fourlists.adjustment;

import cn.gov.huiji.fourlists.adjustment.domain.ChangeKind;
import cn.gov.huiji.fourlists.adjustment.domain.RequestAction;
import cn.gov.huiji.fourlists.adjustment.domain.TriggerKind;
import cn.gov.huiji.fourlists.adjustment.messaging.ListEventsConsumer;
import cn.gov.huiji.fourlists.adjustment.rest.RequestInput;
import cn.gov.huiji.fourlists.adjustment.service.DeadlineWatcher;
import cn.gov.huiji.fourlists.adjustment.service.LawChangeService;
import cn.gov.huiji.fourlists.adjustment.service.RequestService;
import cn.gov.huiji.fourlists.adjustment.service.WorkflowService;
import cn.gov.huiji.fourlists.kernel.contract.CitationLevel;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.gov.huiji.fourlists.kernel.testing.TwoInstances.atTheSameMoment;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 18, R-ADJ-4, R-LIST-10, Art. 31: two adjustment-service instances running the deadline scan at the same moment
 * flag a missed step (claimed in deadline_notice) and a missed law-change obligation (claimed by a conditional update of
 * adjustment_obligation) once each, and neither scan fails for it.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class DeadlineScanWithTwoInstancesTest {

    static final Actor CLERK = new Actor("clerk", List.of("clerk"), "occupational-health");
    static final Actor LEGAL = new Actor("legal", List.of("legal"), "legal");
    static final String LAW = "两实例扫描测试条例";

    @Inject
    @Any
    InMemoryConnector connector;
    @Inject
    RequestService requests;
    @Inject
    WorkflowService workflow;
    @Inject
    LawChangeService lawChanges;
    @Inject
    DeadlineWatcher watcher;
    @Inject
    EntityManager em;

    /** A request submitted on Friday 2026-11-20 (the test clock): its review is due Tuesday 11-24. */
    UUID submitted() {
        UUID id = QuarkusTransaction.requiringNew().call(() -> requests.draft(new RequestInput(TriggerKind.INTERNAL_CHANGE,
                LocalDate.of(2026, 11, 19), ChangeKind.MODIFY, Documents.LAW, "410108-AJ-JC-002", "两实例扫描测试",
                ListItemContent.basic("410108-AJ-JC-002", "POWER", "对用人单位职业病防治工作的监督检查", "行政检查", "occupational-health",
                        List.of(new ListItemContent.Citation(CitationLevel.LAW, "中华人民共和国职业病防治法", null, "第六十二条", null))), null),
                CLERK).id);
        workflow.act(id, RequestAction.SUBMIT, new WorkflowService.ActionInput(null, null), CLERK);
        return id;
    }

    /** An obligation opened on Friday 2026-11-20 by a change of a law an item cites: due Wednesday 11-25. */
    UUID obligation() throws InterruptedException {
        String code = "410108-AJ-LC-901";
        connector.source(ListEventsConsumer.CHANNEL).send(LawChangesTest.loadedCiting(code, "hazchem", "【行政法规】《" + LAW + "》第一条",
                List.of(new ListEvents.CitedLaw(LAW, null))));
        for (int i = 0; i < 100 && QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from item_projection where code = ?1").setParameter(1, code).getSingleResult()).intValue()) < 1; i++) {
            Thread.sleep(50);
        }
        var registered = lawChanges.register(new LawChangeService.LawChangeInput(LAW, null, "AMENDED", LocalDate.of(2026, 11, 18),
                "两实例扫描测试（示例）"), LEGAL);
        return LawChangesTest.obligationFor(registered, code).id();
    }

    @Test
    void twoInstancesScanningAtOnceFlagAMissedStepAndAMissedObligationOnceEach() throws Exception {
        UUID request = submitted();
        UUID obligation = obligation();

        List<Integer> raised = atTheSameMoment(() -> watcher.scan(LocalDate.of(2026, 11, 26)));

        assertEquals(List.of(AdjustmentEvents.DEADLINE_MISSED.name()), OutboxProbe.entriesFor("request/" + request).stream()
                .map(e -> e.type).filter(t -> t.contains(".deadline.")).toList(), "the missed review is flagged once, not once per instance");
        assertEquals(List.of(AdjustmentEvents.OBLIGATION_OPENED.name(), AdjustmentEvents.OBLIGATION_MISSED.name()),
                OutboxProbe.entriesFor("obligation/" + obligation).stream().map(e -> e.type).toList(),
                "the missed obligation is flagged once, not once per instance");
        assertEquals(0, raised.get(1), "the second scan finds every flag raised by the first: " + raised);
    }
}
