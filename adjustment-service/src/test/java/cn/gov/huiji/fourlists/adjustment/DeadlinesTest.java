package cn.gov.huiji.fourlists.adjustment;

import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.adjustment.domain.ChangeKind;
import cn.gov.huiji.fourlists.adjustment.domain.RequestAction;
import cn.gov.huiji.fourlists.adjustment.domain.TriggerKind;
import cn.gov.huiji.fourlists.adjustment.rest.RequestInput;
import cn.gov.huiji.fourlists.adjustment.service.DeadlineWatcher;
import cn.gov.huiji.fourlists.adjustment.service.OversightService;
import cn.gov.huiji.fourlists.adjustment.service.RequestService;
import cn.gov.huiji.fourlists.adjustment.service.WorkflowService;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-ADJ-4: warned one working day ahead, flagged when missed, raised once even by two scanners; sections measured. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class DeadlinesTest {

    static final Actor CLERK = new Actor("clerk", List.of("clerk"), "occupational-health");
    static final Actor LEGAL = new Actor("legal", List.of("legal"), "legal");

    @Inject
    RequestService requests;
    @Inject
    WorkflowService workflow;
    @Inject
    DeadlineWatcher watcher;
    @Inject
    OversightService oversight;

    UUID submitted() {
        UUID id = QuarkusTransaction.requiringNew().call(() -> requests.draft(new RequestInput(TriggerKind.INTERNAL_CHANGE,
                LocalDate.of(2026, 11, 19), ChangeKind.MODIFY, Documents.LAW, "410108-AJ-JC-002", "流程优化", ListItemContent.basic("410108-AJ-JC-002", "POWER",
                "对用人单位职业病防治工作的监督检查", "行政检查", "occupational-health", java.util.List.of(new ListItemContent.Citation(cn.gov.huiji.fourlists.kernel.contract.CitationLevel.LAW, "中华人民共和国职业病防治法", null, "第六十二条", null))), null), CLERK).id);
        workflow.act(id, RequestAction.SUBMIT, new WorkflowService.ActionInput(null, null), CLERK); // today 2026-11-20: review due 11-24
        return id;
    }

    List<String> deadlineEvents(UUID id) {
        return OutboxProbe.entriesFor("request/" + id).stream().map(e -> e.type).filter(t -> t.contains(".deadline.")).toList();
    }

    @Test
    void aReviewIsWarnedTheWorkingDayBeforeAndFlaggedTheDayAfterItIsDue() {
        UUID id = submitted();
        watcher.scan(LocalDate.of(2026, 11, 20));
        assertEquals(List.of(), deadlineEvents(id), "nothing is due yet on Friday");
        watcher.scan(LocalDate.of(2026, 11, 23));
        assertEquals(List.of(AdjustmentEvents.DEADLINE_WARNED.name()), deadlineEvents(id), "Monday 23rd: due tomorrow");
        watcher.scan(LocalDate.of(2026, 11, 24));
        assertEquals(1, deadlineEvents(id).size(), "a warning is raised once");
        watcher.scan(LocalDate.of(2026, 11, 25));
        assertEquals(List.of(AdjustmentEvents.DEADLINE_WARNED.name(), AdjustmentEvents.DEADLINE_MISSED.name()), deadlineEvents(id));
        assertTrue(oversight.bySection().stream().anyMatch(s -> s.section().equals("occupational-health") && s.overdue() >= 1),
                "the section's overdue count includes the missed review");
        assertTrue(oversight.bySection(java.time.YearMonth.of(2026, 11)).stream().anyMatch(s -> s.section().equals("occupational-health")
                && s.overdue() >= 1), "November's statistics count the request drafted in November");
        assertEquals(List.of(), oversight.bySection(java.time.YearMonth.of(2026, 10)), "October's have none");
    }

    @Test
    void twoScannersAtOnceRaiseEachFlagOnce() throws Exception {
        UUID id = submitted();
        Callable<Integer> scan = () -> watcher.scan(LocalDate.of(2026, 11, 25));
        var pool = Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(scan);
            var b = pool.submit(scan);
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }
        assertEquals(List.of(AdjustmentEvents.DEADLINE_MISSED.name()), deadlineEvents(id), "two instances must not double the flag");
    }

    @Test
    void theInboxShowsWhatTheCallerMayDoMostUrgentFirst() {
        UUID id = submitted();
        var legalTasks = oversight.tasksFor(LEGAL);
        var task = legalTasks.stream().filter(t -> t.request().id.equals(id)).findFirst().orElseThrow();
        assertEquals(List.of(RequestAction.PASS_REVIEW, RequestAction.RETURN), task.actions().stream().sorted().toList());
        assertTrue(task.calendarVersion() != null && task.calendarVersion().startsWith("cal-"), "the count names its calendar: " + task.calendarVersion());
        assertTrue(task.workingDaysLeft() != null && task.workingDaysLeft() >= 0 && task.workingDaysLeft() <= 2,
                "the legal section reviews within 2 working days (Art. 26(2)); the inbox says how many are left: " + task.workingDaysLeft());
        for (int i = 1; i < legalTasks.size(); i++) {
            LocalDate before = legalTasks.get(i - 1).request().dueDate;
            LocalDate after = legalTasks.get(i).request().dueDate;
            assertTrue(before == null ? after == null : after == null || !after.isBefore(before), "most urgent first");
        }
        assertTrue(oversight.tasksFor(CLERK).stream().noneMatch(t -> t.request().id.equals(id)),
                "the clerk has nothing to do while the legal section reviews");
    }
}
