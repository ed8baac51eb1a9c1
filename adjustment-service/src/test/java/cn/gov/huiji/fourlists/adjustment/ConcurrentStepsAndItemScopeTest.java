package cn.gov.huiji.fourlists.adjustment;

import cn.gov.huiji.fourlists.adjustment.domain.ChangeKind;
import cn.gov.huiji.fourlists.adjustment.domain.RequestAction;
import cn.gov.huiji.fourlists.adjustment.domain.TriggerKind;
import cn.gov.huiji.fourlists.adjustment.rest.RequestInput;
import cn.gov.huiji.fourlists.adjustment.service.RequestService;
import cn.gov.huiji.fourlists.adjustment.service.WorkflowService;
import cn.gov.huiji.fourlists.kernel.contract.CitationLevel;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.gov.huiji.fourlists.adjustment.FiveStagesTest.CLERK;
import static cn.gov.huiji.fourlists.adjustment.FiveStagesTest.DISTRICT;
import static cn.gov.huiji.fourlists.adjustment.FiveStagesTest.LEADER;
import static cn.gov.huiji.fourlists.adjustment.FiveStagesTest.LEGAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Two staff acting on one request at the same moment: exactly one step happens, the other is told it no longer fits
 * (409). And a section applies only for its own items (Art. 24).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ConcurrentStepsAndItemScopeTest {

    static final Actor LEGAL2 = new Actor("legal2", List.of("legal"), "legal");
    static final Actor DISTRICT2 = new Actor("district2", List.of("district-office"), "district-office");

    @Inject
    RequestService requests;
    @Inject
    WorkflowService workflow;
    @Inject
    EntityManager em;

    UUID reported() {
        UUID id = QuarkusTransaction.requiringNew().call(() -> requests.draft(new RequestInput(TriggerKind.LAW_AMENDED_OR_REPEALED,
                LocalDate.of(2026, 11, 18), ChangeKind.MODIFY, Documents.LAW, "410108-AJ-CF-001", "并发测试",
                FiveStagesTest.PROPOSED, null), CLERK).id);
        step(id, RequestAction.SUBMIT, CLERK, null);
        step(id, RequestAction.PASS_REVIEW, LEGAL, null);
        step(id, RequestAction.APPROVE, LEADER, "局长办公会纪要〔2026〕20号");
        step(id, RequestAction.REPORT, LEGAL, null);
        return id;
    }

    void step(UUID id, RequestAction action, Actor actor, String meeting) {
        workflow.act(id, action, new WorkflowService.ActionInput(action == RequestAction.SEND_BACK ? "材料不全" : null, meeting), actor);
    }

    /** Runs both at once; returns how many succeeded, failing on anything but a 409 for the other. */
    int atOnce(Callable<?> a, Callable<?> b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (Callable<?> c : List.of(a, b)) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    c.call();
                    return 1;
                } catch (ProblemException e) {
                    assertEquals(409, e.problem().status(), "the later step must be refused as no longer allowed: " + e.problem());
                    return 0;
                }
            }));
        }
        start.countDown();
        int ok = 0;
        for (Future<Integer> f : results) {
            ok += f.get();
        }
        pool.shutdown();
        return ok;
    }

    @Test
    void twoConcurrentConfirmOrSendBackDecisionsMakeExactlyOneStep() throws Exception {
        for (int round = 0; round < 3; round++) {
            UUID id = reported();
            int ok = atOnce(() -> {
                step(id, RequestAction.CONFIRM, DISTRICT, null);
                return null;
            }, () -> {
                step(id, RequestAction.SEND_BACK, DISTRICT2, null);
                return null;
            });
            assertEquals(1, ok, "round " + round + ": exactly one of confirm and send-back may happen");
        }
    }

    @Test
    void twoConcurrentPublicationsPublishOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            UUID id = reported();
            step(id, RequestAction.CONFIRM, DISTRICT, null);
            int ok = atOnce(() -> {
                step(id, RequestAction.PUBLISH, LEGAL, null);
                return null;
            }, () -> {
                step(id, RequestAction.PUBLISH, LEGAL2, null);
                return null;
            });
            assertEquals(1, ok, "round " + round + ": a request is published once");
        }
    }

    @Test
    void aClerkCannotApplyToChangeAnotherSectionsItem() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into item_projection (code, name, section_code, legal_basis, status, updated_at)
                        values ('410108-AJ-GS-901', '对生产经营单位安全生产状况的监督检查', 'general-supervision', '《中华人民共和国消防法》第十六条',
                                'PUBLISHED', ?1) on conflict do nothing""").setParameter(1, OffsetDateTime.now()).executeUpdate());
        ListItemContent theirs = ListItemContent.basic("410108-AJ-GS-901", "POWER", "对生产经营单位安全生产状况的监督检查", "行政检查",
                "general-supervision", List.of(new ListItemContent.Citation(CitationLevel.LAW, "中华人民共和国安全生产法", null, "第六十五条", null)));
        ProblemException modify = assertThrows(ProblemException.class, () ->
                requests.draft(new RequestInput(TriggerKind.INTERNAL_CHANGE, LocalDate.of(2026, 11, 19), ChangeKind.MODIFY, Documents.LAW,
                        "410108-AJ-GS-901", "越权调整", theirs, null), CLERK));
        assertEquals(403, modify.problem().status(), "hazchem may not modify general-supervision's item");
        ListItemContent added = ListItemContent.basic("410108-AJ-GS-902", "POWER", "新增事项", "行政检查", "general-supervision",
                theirs.legalBasis());
        ProblemException add = assertThrows(ProblemException.class, () ->
                requests.draft(new RequestInput(TriggerKind.NEW_LAW, LocalDate.of(2026, 11, 19), ChangeKind.ADD, Documents.LAW,
                        null, "越权新增", added, null), CLERK));
        assertEquals(403, add.problem().status(), "hazchem may not add an item for general-supervision");
    }
}
