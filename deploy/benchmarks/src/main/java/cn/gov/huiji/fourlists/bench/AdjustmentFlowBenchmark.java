package cn.gov.huiji.fourlists.bench;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full five-stage adjustment flows per second (Art. 26: apply, review, study, report, confirm, publish):
 * adjustment-service over its REST API with real tokens (each step a transaction with its trace in the outbox),
 * next to the same flow on an embedded Flowable engine on the same PostgreSQL, in the same run, same threads.
 * Usage: AdjustmentFlowBenchmark FLOWS THREADS ROUNDS (tokens come from the environment: TOKEN_CLERK, TOKEN_LEGAL, ...)
 */
public final class AdjustmentFlowBenchmark {

    static final String API = "http://127.0.0.1:8082/api/v1/requests";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        int flows = Integer.parseInt(args[0]);
        int threads = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        ProcessEngine flowable = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setJdbcUrl("jdbc:postgresql://127.0.0.1:5433/flowable_bench").setJdbcUsername("fourlists").setJdbcPassword("fourlists")
                .setJdbcDriver("org.postgresql.Driver").setJdbcMaxActiveConnections(threads + 2)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE).setAsyncExecutorActivate(false)
                .buildProcessEngine();
        flowable.getRepositoryService().createDeployment().addClasspathResource("adjustment-five-stages.bpmn20.xml").deploy();

        // warm-up of both, then measured rounds, alternating so both see the same machine state
        // a warm-up as long as a round: the service's JIT was still compiling the REST path after a quarter round
        run("warm-up ours", flows, threads, AdjustmentFlowBenchmark::oursOneFlow);
        run("warm-up Flowable", flows, threads, () -> flowableOneFlow(flowable));
        double[] ours = new double[rounds];
        double[] theirs = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            ours[r] = run("adjustment-service (REST + outbox)", flows, threads, AdjustmentFlowBenchmark::oursOneFlow);
            theirs[r] = run("embedded Flowable 7.1.0", flows, threads, () -> flowableOneFlow(flowable));
        }
        java.util.Arrays.sort(ours);
        java.util.Arrays.sort(theirs);
        double o = ours[rounds / 2];
        double t = theirs[rounds / 2];
        System.out.printf("MEDIAN over %d rounds of %d flows on %d threads: adjustment-service %.1f flows/s, Flowable %.1f flows/s, ratio %.2fx (goal >= 1x over REST; the in-process comparison follows)%n",
                rounds, flows, threads, o, t, o / t);
        flowable.close();
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
                while (left.getAndDecrement() > 0) {
                    flow.run();
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
        System.out.printf("  %-36s %5d flows in %6.2f s = %7.1f flows/s%n", name, flows, seconds, rate);
        return rate;
    }

    static void oursOneFlow() throws Exception {
        String body = "{\"triggerKind\":\"INTERNAL_CHANGE\",\"triggerDate\":\"2026-11-24\",\"changeKind\":\"MODIFY\",\"documents\":[{\"title\":\"基准测试文件\",\"number\":\"1\",\"date\":\"2026-11-20\"}],"
                + "\"targetItemCode\":\"410108-AJ-QT-999\",\"summary\":\"基准测试\",\"proposedItem\":{\"code\":\"410108-AJ-QT-999\",\"name\":\"基准测试事项\","
                + "\"category\":\"行政检查\",\"section\":\"hazchem\",\"legalBasis\":[{\"level\":\"LAW\",\"title\":\"中华人民共和国安全生产法\",\"article\":\"第六十二条\"}]}}";
        String created = post(API, "CLERK", body);
        Matcher m = ID.matcher(created);
        if (!m.find()) {
            throw new IllegalStateException("no request id in " + created);
        }
        String id = m.group(1);
        post(API + "/" + id + "/actions/submit", "CLERK", "{}");
        post(API + "/" + id + "/actions/pass-review", "LEGAL", "{}");
        post(API + "/" + id + "/actions/approve", "LEADER", "{\"meetingReference\":\"纪要〔2026〕1号\"}");
        post(API + "/" + id + "/actions/report", "LEGAL", "{}");
        post(API + "/" + id + "/actions/confirm", "DISTRICT", "{}");
        post(API + "/" + id + "/actions/publish", "LEGAL", "{}");
    }

    static String post(String url, String who, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + System.getenv("TOKEN_" + who))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    static void flowableOneFlow(ProcessEngine engine) {
        RuntimeService runtime = engine.getRuntimeService();
        TaskService tasks = engine.getTaskService();
        Map<String, Object> vars = new HashMap<>();
        vars.put("targetItemCode", "410108-AJ-QT-999");
        vars.put("changeKind", "MODIFY");
        vars.put("summary", "基准测试");
        String pid = runtime.startProcessInstanceByKey("adjustment", vars).getId();
        String[] steps = {"apply", "review", "study", "report", "confirm", "publish"};
        for (String step : steps) {
            Task task = tasks.createTaskQuery().processInstanceId(pid).singleResult();
            if (task == null || !step.equals(task.getTaskDefinitionKey())) {
                throw new IllegalStateException("Flowable is not at " + step);
            }
            Map<String, Object> done = new HashMap<>();
            done.put(step + "By", "bench");
            done.put(step + "Comment", "ok");
            tasks.complete(task.getId(), done);
        }
    }
}
