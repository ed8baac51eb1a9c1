package cn.gov.huiji.fourlists.adjustment;

import cn.gov.huiji.fourlists.adjustment.domain.AdjustmentRequest;
import cn.gov.huiji.fourlists.adjustment.domain.ChangeKind;
import cn.gov.huiji.fourlists.adjustment.domain.RequestAction;
import cn.gov.huiji.fourlists.adjustment.domain.RequestState;
import cn.gov.huiji.fourlists.adjustment.domain.TriggerKind;
import cn.gov.huiji.fourlists.adjustment.rest.RequestInput;
import cn.gov.huiji.fourlists.adjustment.service.RequestService;
import cn.gov.huiji.fourlists.adjustment.service.WorkflowService;
import cn.gov.huiji.fourlists.kernel.contract.CitationLevel;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 19, the in-process comparison: full five-stage flows per second (Art. 26: apply, review, study, report,
 * confirm, publish) through adjustment-service's service layer called directly — each step its own transaction
 * with the request's row lock, the transition row and the trace in the outbox — against the same flow on an embedded
 * Flowable 7.1.0 engine driven through its TaskService with history at AUDIT, on the same PostgreSQL, same threads,
 * alternating rounds after a warm-up of both. Not a test: run by deploy/bench/adjustment-flows with -Pbenchmarks,
 * -Dtest=WorkflowInProcessBenchmark, the local suite's PostgreSQL as quarkus.datasource.jdbc.url. The outbox relay
 * stays off (the test profile's default), so no bench trace reaches the suite's audit log; the traces are written.
 */
@QuarkusTest
class WorkflowInProcessBenchmark {

    static final Actor CLERK = new Actor("bench-clerk", List.of("clerk"), "hazchem");
    static final Actor LEGAL = new Actor("bench-legal", List.of("legal"), "legal");
    static final Actor LEADER = new Actor("bench-leader", List.of("leader"), "leadership");
    static final Actor DISTRICT = new Actor("bench-district", List.of("district-office"), "district-office");
    static final ListItemContent PROPOSED = ListItemContent.basic("410108-AJ-QT-999", "POWER", "基准测试事项", "行政检查", "hazchem",
            List.of(new ListItemContent.Citation(CitationLevel.LAW, "中华人民共和国安全生产法", "2021年修正", "第六十二条", null)));
    static final List<RequestInput.Document> DOCUMENTS = List.of(new RequestInput.Document("基准测试文件", "1", LocalDate.of(2026, 11, 16)));

    @Inject
    RequestService requests;
    @Inject
    WorkflowService workflow;

    @Test
    void fiveStageFlowsInProcessAgainstFlowable() throws Exception {
        int flows = Integer.getInteger("bench.flows", 200);
        int threads = Integer.getInteger("bench.threads", 4);
        int rounds = Integer.getInteger("bench.rounds", 3);
        String flowableUrl = System.getProperty("bench.flowable-url", "jdbc:postgresql://127.0.0.1:5433/flowable_bench");
        ProcessEngine flowable = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setHistory(HistoryLevel.AUDIT.getKey()).setJdbcUrl(flowableUrl).setJdbcUsername("fourlists").setJdbcPassword("fourlists")
                .setJdbcDriver("org.postgresql.Driver").setJdbcMaxActiveConnections(threads + 2)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE).setAsyncExecutorActivate(false)
                .buildProcessEngine();
        flowable.getRepositoryService().createDeployment().addClasspathResource("adjustment-five-stages.bpmn20.xml").deploy();

        AtomicReference<UUID> last = new AtomicReference<>();
        Flow ours = () -> last.set(oursOneFlow());
        Flow theirs = () -> flowableOneFlow(flowable);
        run("warm-up ours (in-process)", flows, threads, ours);
        run("warm-up Flowable (TaskService)", flows, threads, theirs);
        double[] o = new double[rounds];
        double[] t = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            o[r] = run("adjustment-service (service layer)", flows, threads, ours);
            t[r] = run("Flowable 7.1.0 TaskService, history", flows, threads, theirs);
        }
        flowable.close();
        assertEquals(RequestState.PUBLISHED, requests.visible(last.get(), LEGAL).state, "a benchmarked flow must end published");
        Arrays.sort(o);
        Arrays.sort(t);
        System.out.printf("IN-PROCESS MEDIAN over %d rounds of %d flows on %d threads: adjustment-service %.1f flows/s,"
                        + " Flowable %.1f flows/s, ratio %.2fx (goal >= 2x)%n", rounds, flows, threads, o[rounds / 2],
                t[rounds / 2], o[rounds / 2] / t[rounds / 2]);
    }

    UUID oursOneFlow() {
        UUID id = requests.draft(new RequestInput(TriggerKind.INTERNAL_CHANGE, LocalDate.of(2026, 11, 18), ChangeKind.MODIFY,
                DOCUMENTS, "410108-AJ-QT-999", "基准测试", PROPOSED, null), CLERK).id;
        act(id, RequestAction.SUBMIT, CLERK, null);
        act(id, RequestAction.PASS_REVIEW, LEGAL, null);
        act(id, RequestAction.APPROVE, LEADER, "纪要〔2026〕1号");
        act(id, RequestAction.REPORT, LEGAL, null);
        act(id, RequestAction.CONFIRM, DISTRICT, null);
        AdjustmentRequest done = act(id, RequestAction.PUBLISH, LEGAL, null);
        if (done.state != RequestState.PUBLISHED) {
            throw new IllegalStateException("request " + id + " ended " + done.state);
        }
        return id;
    }

    AdjustmentRequest act(UUID id, RequestAction action, Actor actor, String meeting) {
        return workflow.act(id, action, new WorkflowService.ActionInput(null, meeting), actor);
    }

    static void flowableOneFlow(ProcessEngine engine) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("targetItemCode", "410108-AJ-QT-999");
        vars.put("changeKind", "MODIFY");
        vars.put("summary", "基准测试");
        String pid = engine.getRuntimeService().startProcessInstanceByKey("adjustment", vars).getId();
        for (String step : new String[] {"apply", "review", "study", "report", "confirm", "publish"}) {
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult();
            if (task == null || !step.equals(task.getTaskDefinitionKey())) {
                throw new IllegalStateException("Flowable is not at " + step);
            }
            Map<String, Object> done = new HashMap<>();
            done.put(step + "By", "bench");
            done.put(step + "Comment", "ok");
            engine.getTaskService().complete(task.getId(), done);
        }
    }

    interface Flow {
        void run() throws Exception;
    }

    static double run(String name, int flows, int threads, Flow flow) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger left = new AtomicInteger(flows);
        long start = System.nanoTime();
        Future<?>[] workers = new Future<?>[threads];
        for (int i = 0; i < threads; i++) {
            workers[i] = pool.submit(() -> {
                // what a request thread has: a request context (the trace recorder may read request-scoped beans)
                ManagedContext context = Arc.container().requestContext();
                while (left.getAndDecrement() > 0) {
                    context.activate();
                    try {
                        flow.run();
                    } finally {
                        context.terminate();
                    }
                }
                return null;
            });
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = flows / seconds;
        System.out.printf("  %-38s %5d flows in %6.2f s = %7.1f flows/s%n", name, flows, seconds, rate);
        return rate;
    }
}
