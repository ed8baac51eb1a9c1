package cn.gov.huiji.fourlists.audit.oversight;

import cn.gov.huiji.fourlists.audit.log.MerkleLog;
import cn.gov.huiji.fourlists.audit.log.TreeHeads;
import cn.gov.huiji.fourlists.audit.oversight.domain.SpotCheckPopulation;
import cn.gov.huiji.fourlists.audit.oversight.service.SpotChecks;
import cn.gov.huiji.fourlists.audit.service.TraceStore;
import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.events.AuditEvents;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents;
import cn.gov.huiji.fourlists.kernel.outbox.OutboxEntry;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import cn.gov.huiji.fourlists.logverifier.Rfc6962;
import cn.gov.huiji.fourlists.logverifier.SpotCheckDraw;
import cn.gov.huiji.fourlists.logverifier.VerifyLog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, R-ADJ-6 (Art. 21, 29): the discipline group announces a spot check naming a future signed tree head; once
 * the log has signed it, the sample drawn from its signature is the one anyone recomputes from the public log; findings
 * (漏报、瞒报、虚报) are recorded on sampled objects only, each change traced; only the discipline group writes; the report
 * is a Chinese PDF; the public sees announcement, seed and sample, never findings.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SpotChecksNobodyCanRigTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Actor DISCIPLINE = new Actor("discipline", List.of("discipline"), null);

    @Inject
    TraceStore store;
    @Inject
    MerkleLog log;
    @Inject
    TreeHeads heads;
    @Inject
    SpotChecks checks;
    @Inject
    EntityManager em;

    @TestHTTPResource("/")
    URL server;

    /** This run's own objects, so that traces stored by other tests never match them by name. */
    String run = UUID.randomUUID().toString().substring(0, 8);

    /** Stores traces as their services send them: one source per call, numbered 1, 2, 3… */
    void stored(String type, OffsetDateTime time, String... subjects) {
        String source = "fourlists/spot-check-test-" + UUID.randomUUID();
        List<String> events = new ArrayList<>();
        for (int i = 0; i < subjects.length; i++) {
            events.add(TraceEventCodec.write(new TraceEvent("1.0", UUID.randomUUID().toString(), source, type, subjects[i], time,
                    "application/json", i + 1, "clerk", "clerk", "hazchem", TraceEventCodec.digest("{}"), TraceEventCodec.parseTree("{}"))));
        }
        assertEquals(subjects.length, store.ingestAll(events).counts().get(TraceStore.Outcome.STORED), "every trace is stored");
    }

    /** Relays the service's own pending trace of this subject and type and stores it, as audit-service ingests its topic. */
    void logged(String subject, String type) {
        List<OutboxProbe.Published> published = OutboxProbe.relayAndCollect(subject).stream()
                .filter(p -> p.event().type().equals(type)).toList();
        assertEquals(1, published.size(), "one " + type + " went out for " + subject);
        assertEquals(TraceStore.Outcome.STORED, store.ingest(published.get(0).payload()));
        integrateAll();
    }

    void integrateAll() {
        while (log.integrate() > 0) {
            // until every stored trace is a leaf, or the log stands at a pending checkpoint
        }
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    /**
     * The scheduler is off in tests: grow the log to every announced seed size not yet signed and sign a head there, as
     * the scheduler would. Integration stops at such a checkpoint, so a check left pending would stall every later test.
     */
    @BeforeEach
    @AfterEach
    void reachEveryPendingSeedHead() {
        for (int round = 0; round < 100; round++) {
            integrateAll();
            long size = log.size();
            long pending = count("select coalesce(min(s.seed_tree_size), -1) from spot_check s where s.seed_tree_size >= " + size
                    + " and not exists (select 1 from tree_head h where h.tree_size = s.seed_tree_size)");
            if (pending < 0) {
                return;
            }
            if (pending == size) {
                heads.issueIfGrown();
                continue;
            }
            long waiting = count("select count(*) from trace_entry where id > (select last_trace_id from log_state)");
            int filler = (int) Math.max(0, pending - size - waiting);
            if (filler > 0) {
                stored("fourlists.test.filler", OffsetDateTime.now(ZoneOffset.UTC), fillers(filler));
            }
        }
        throw new AssertionError("the log did not reach the announced seed heads");
    }

    String[] fillers(int n) {
        String[] subjects = new String[n];
        for (int i = 0; i < n; i++) {
            subjects[i] = "test/filler-" + run + "-" + i;
        }
        return subjects;
    }

    Map<String, Object> announcement(String title, int sampleSize, Long seedTreeSize) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("title", title);
        a.put("population", "ADJUSTMENT_REQUESTS");
        a.put("from", "2024-03-01");
        a.put("to", "2024-03-31");
        a.put("sampleSize", sampleSize);
        if (seedTreeSize != null) {
            a.put("seedTreeSize", seedTreeSize);
        }
        return a;
    }

    /** The draw as an outsider makes it, from /api/v1/log/entries and /api/v1/log/tree-heads alone. */
    record Recomputed(String seed, Set<String> population, List<String> sample) {
    }

    Recomputed recompute(String population, LocalDate from, LocalDate to, int sampleSize, long populationTreeSize, long seedTreeSize) {
        List<Map<String, Object>> candidates = given().queryParam("treeSize", seedTreeSize).get("/api/v1/log/tree-heads")
                .then().statusCode(200).extract().jsonPath().getList("$");
        List<Map<String, Object>> seedHeads = candidates.stream()
                .filter(h -> ((Number) h.get("treeSize")).longValue() == seedTreeSize).toList();
        assertEquals(1, seedHeads.size(), "one signed head of exactly the announced size " + seedTreeSize + ": " + candidates);
        byte[] seed = SpotCheckDraw.seed((String) seedHeads.get(0).get("signature"));
        List<byte[]> leaves = new ArrayList<>();
        while (leaves.size() < populationTreeSize) {
            given().queryParam("start", leaves.size()).queryParam("end", populationTreeSize - 1).get("/api/v1/log/entries")
                    .then().statusCode(200).extract().jsonPath().getList("entries.leaf", String.class)
                    .forEach(l -> leaves.add(Base64.getDecoder().decode(l)));
        }
        Set<String> members = SpotCheckDraw.population(population, from, to, populationTreeSize, leaves);
        return new Recomputed(Rfc6962.hex(seed), members, SpotCheckDraw.sample(seed, members, sampleSize));
    }

    /** Announces through the service (any test user), reaches the seed head and draws: a drawn check's id. */
    UUID drawnCheck(String title, int sampleSize) {
        stored(AdjustmentEvents.REQUEST_DRAFTED.name(), OffsetDateTime.parse("2024-03-10T10:00:00+08:00"),
                "request/rig-" + run + "-a", "request/rig-" + run + "-b", "request/rig-" + run + "-c");
        integrateAll();
        UUID id = checks.announce(new SpotChecks.Announcement(title, SpotCheckPopulation.ADJUSTMENT_REQUESTS,
                LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-31"), sampleSize, log.size() + 2), DISCIPLINE).id;
        logged("spot-check/" + id, AuditEvents.SPOT_CHECK_ANNOUNCED.name()); // the announcement precedes its seed head in the log
        reachEveryPendingSeedHead();
        checks.draw(id, DISCIPLINE);
        return id;
    }

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void anAnnouncedCheckIsDrawnFromTheFutureHeadAndAnyoneRecomputesTheSample() throws Exception {
        // the population: five requests drafted in March 2024 (Beijing time), and what must not count
        stored(AdjustmentEvents.REQUEST_DRAFTED.name(), OffsetDateTime.parse("2024-03-12T09:00:00+08:00"),
                "request/rig-" + run + "-1", "request/rig-" + run + "-2", "request/rig-" + run + "-3", "request/rig-" + run + "-4");
        stored(AdjustmentEvents.REQUEST_DRAFTED.name(), OffsetDateTime.parse("2024-02-29T16:30:00Z"), "request/rig-" + run + "-first-day");
        stored(AdjustmentEvents.REQUEST_DRAFTED.name(), OffsetDateTime.parse("2024-03-31T16:30:00Z"), "request/rig-" + run + "-april");
        stored(ComplaintEvents.CASE_RECEIVED.name(), OffsetDateTime.parse("2024-03-12T09:00:00+08:00"), "request/rig-" + run + "-other-type");
        integrateAll();
        long size = log.size();

        JsonPath announced = given().contentType(ContentType.JSON).body(announcement("2024年3月清单调整申请抽查", 3, size + 4))
                .post("/api/v1/oversight/spot-checks").then().statusCode(201)
                .body("state", equalTo("ANNOUNCED")).body("seed", nullValue()).body("algorithm", equalTo("fourlists-spot-check/1"))
                .body("announcedBy", equalTo("discipline")).extract().jsonPath();
        String id = announced.getString("id");
        assertEquals(size, announced.getLong("populationTreeSize"), "the population is frozen at the log as signed when announced");
        assertEquals(size + 4, announced.getLong("seedTreeSize"));
        assertEquals(size, heads.latest().orElseThrow().treeSize(), "announcing signs the log as it stands: the population's head");
        List<OutboxEntry> traced = OutboxProbe.entriesFor("spot-check/" + id);
        assertEquals(List.of(AuditEvents.SPOT_CHECK_ANNOUNCED.name()), traced.stream().map(e -> e.type).toList(), "the announcement is a trace");
        assertEquals(announced.getString("announcementTraceId"), traced.get(0).eventId.toString(), "the check names its announcement's trace");
        JsonNode announcedData = JSON.readTree(traced.get(0).data);
        assertEquals(size + 4, announcedData.get("seedTreeSize").asLong());
        assertEquals("2024-03-01", announcedData.get("from").asText(), "the period is in the published announcement");

        given().post("/api/v1/oversight/spot-checks/" + id + "/draw").then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("seed-head-not-yet"))
                .body("detail", containsString(String.valueOf(size))).body("detail", containsString(String.valueOf(size + 4)))
                .body("detailZh", containsString("种子树头尚未产生：日志现有 " + size + " 条，抽取需等待规模为 " + (size + 4)));

        // the announcement's trace reaches the log as in production (relay, then ingestion): the next leaf after the population
        logged("spot-check/" + id, AuditEvents.SPOT_CHECK_ANNOUNCED.name());
        // then a request of the period that must not count, and ordinary traffic up to the seed size
        stored(AdjustmentEvents.REQUEST_DRAFTED.name(), OffsetDateTime.parse("2024-03-20T09:00:00+08:00"), "request/rig-" + run + "-late");
        stored("fourlists.test.filler", OffsetDateTime.now(ZoneOffset.UTC), fillers(2));
        integrateAll();
        assertEquals(size + 4, log.size(), "the log stands at the announced seed size");
        assertEquals(size + 4, heads.issueIfGrown().orElseThrow().treeSize(), "the seed head is signed at exactly that size");

        JsonPath drawn = given().post("/api/v1/oversight/spot-checks/" + id + "/draw").then().statusCode(200)
                .body("state", equalTo("SAMPLED")).body("sampledAt", notNullValue()).extract().jsonPath();
        Recomputed outsider = recompute("ADJUSTMENT_REQUESTS", LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-31"), 3, size, size + 4);
        assertEquals(outsider.seed(), drawn.getString("seed"), "the seed is SHA-256 of the seed head's signature");
        assertEquals(outsider.sample(), drawn.getList("sample.object", String.class), "the bureau's sample is the outsider's, in rank order");
        assertEquals(outsider.population().size(), drawn.getInt("populationCount"));
        assertEquals(outsider.sample().stream().map(o -> SpotCheckDraw.rankHex(Rfc6962.unhex(outsider.seed()), o)).toList(),
                drawn.getList("sample.rank", String.class), "each object's rank is hex SHA-256(seed || object)");
        for (String member : List.of("-1", "-2", "-3", "-4", "-first-day")) {
            assertTrue(outsider.population().contains("request/rig-" + run + member), member + " was drafted in the period: " + outsider.population());
        }
        for (String outside : List.of("-april", "-other-type", "-late")) {
            assertFalse(outsider.population().contains("request/rig-" + run + outside),
                    outside + " is outside the period (Beijing time), of another type, or logged after the announcement");
        }
        assertEquals(3, drawn.getList("sample").size(), "three of at least five are drawn");

        String again = given().post("/api/v1/oversight/spot-checks/" + id + "/draw").then().statusCode(200).extract().asString();
        assertEquals(JSON.readTree(drawn.prettify()), JSON.readTree(again), "drawing again answers the same draw");
        traced = OutboxProbe.entriesFor("spot-check/" + id);
        assertEquals(List.of(AuditEvents.SPOT_CHECK_ANNOUNCED.name(), AuditEvents.SPOT_CHECK_SAMPLED.name()),
                traced.stream().map(e -> e.type).toList(), "the draw is traced once");
        JsonNode sampled = JSON.readTree(traced.get(1).data);
        assertEquals(outsider.seed(), sampled.get("seed").asText(), "the published sample names the seed");
        assertEquals(outsider.sample(), JSON.convertValue(sampled.get("sample"), List.class), "the published sample is the drawn one");

        // the outsider's own command, from the public endpoints alone, once the published sample is in the log too
        logged("spot-check/" + id, AuditEvents.SPOT_CHECK_SAMPLED.name());
        integrateAll();
        heads.issueIfGrown();
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(said, true, StandardCharsets.UTF_8);
        int exit = VerifyLog.run(new String[]{"spot-check", "--log", server.toString(), "--check", id}, print, print);
        String text = said.toString(StandardCharsets.UTF_8);
        System.out.println("[spot check " + id + ", recomputed by log-verifier spot-check]\n" + text);
        assertEquals(0, exit, "log-verifier spot-check must agree with the bureau's draw:\n" + text);
        assertTrue(text.contains(outsider.seed()), "the outsider prints the same seed:\n" + text);
        outsider.sample().forEach(o -> assertTrue(text.contains(o), "the outsider's sample holds " + o + ":\n" + text));

        // nobody rewrites the draw, not even through the service's own database role
        Map<String, String> rewrites = Map.of(
                "update spot_check_member set object = 'request/chosen' where check_id = '" + id + "'", "permission denied",
                "delete from spot_check_member where check_id = '" + id + "'", "permission denied",
                "update spot_check set seed = repeat('0', 64) where id = '" + id + "'", "drawn once",
                "update spot_check set seed_tree_size = seed_tree_size + 1 where id = '" + id + "'", "never rewritten",
                "delete from spot_check where id = '" + id + "'", "never deleted");
        rewrites.forEach((rewrite, reason) -> {
            Throwable refused = assertThrows(Exception.class,
                    () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(rewrite).executeUpdate()), rewrite + " must be refused");
            while (refused.getCause() != null) {
                refused = refused.getCause();
            }
            assertTrue(refused.getMessage().contains(reason), rewrite + " was refused, but not because " + reason + ": " + refused.getMessage());
        });
        given().get("/api/v1/oversight/spot-checks/" + id).then().statusCode(200).body("seed", equalTo(outsider.seed()));
    }

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void theSeedHeadMustLieBeyondTheLogAndTheAnnouncementMustBeComplete() {
        stored(AdjustmentEvents.REQUEST_DRAFTED.name(), OffsetDateTime.parse("2024-03-10T10:00:00+08:00"), "request/rig-" + run + "-x");
        integrateAll();
        long size = log.size();
        for (long seed : new long[]{size, size - 1}) {
            given().contentType(ContentType.JSON).body(announcement("种子树头已存在", 2, seed)).post("/api/v1/oversight/spot-checks")
                    .then().statusCode(422).contentType("application/problem+json").body("type", containsString("seed-not-in-future"))
                    .body("detailZh", containsString("种子树头的规模须大于日志现有条数"));
        }
        long announcedBefore = count("select count(*) from spot_check");
        Map<String, Object> tooMany = announcement("样本过大", 501, null);
        Map<String, Object> none = announcement("样本为零", 0, null);
        Map<String, Object> backwards = announcement("期间颠倒", 2, null);
        backwards.put("from", "2024-04-01");
        Map<String, Object> unknownKind = announcement("总体不明", 2, null);
        unknownKind.put("population", "EVERYTHING");
        Map<String, Object> untitled = announcement(" ", 2, null);
        for (Map<String, Object> bad : List.of(tooMany, none, backwards, unknownKind, untitled)) {
            given().contentType(ContentType.JSON).body(bad).post("/api/v1/oversight/spot-checks").then().statusCode(400)
                    .contentType("application/problem+json").body("titleZh", equalTo("输入有误"));
        }
        assertEquals(announcedBefore, count("select count(*) from spot_check"), "nothing refused was announced");

        JsonPath defaulted = given().contentType(ContentType.JSON).body(announcement("默认种子距离", 2, null))
                .post("/api/v1/oversight/spot-checks").then().statusCode(201).extract().jsonPath();
        assertEquals(defaulted.getLong("populationTreeSize") + 20, defaulted.getLong("seedTreeSize"),
                "without a size the seed head lies 20 entries ahead (fourlists.oversight.seed-distance)");
    }

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void aCheckWhoseAnnouncementReachedTheLogOnlyAfterItsSeedHeadCannotBeDrawn() {
        integrateAll();
        UUID id = checks.announce(new SpotChecks.Announcement("公告迟于种子树头", SpotCheckPopulation.ADJUSTMENT_REQUESTS,
                LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-31"), 2, log.size() + 1), DISCIPLINE).id;
        reachEveryPendingSeedHead(); // other traffic fills the log up to the seed head before the announcement arrives
        given().post("/api/v1/oversight/spot-checks/" + id + "/draw").then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("announcement-not-before-seed"))
                .body("detailZh", containsString("无法证明公告早于种子树头"));
        given().get("/api/v1/oversight/spot-checks/" + id).then().statusCode(200).body("state", equalTo("ANNOUNCED"));
    }

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void findingsAreRecordedOnSampledObjectsOnlyAndEveryChangeIsTraced() throws Exception {
        stored(AdjustmentEvents.REQUEST_DRAFTED.name(), OffsetDateTime.parse("2024-03-10T10:00:00+08:00"), "request/rig-" + run + "-early");
        integrateAll();
        UUID pending = checks.announce(new SpotChecks.Announcement("尚未抽取", SpotCheckPopulation.ADJUSTMENT_REQUESTS,
                LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-31"), 2, log.size() + 1), DISCIPLINE).id;
        Map<String, Object> early = Map.of("object", "request/rig-" + run + "-early", "kind", "NONE", "evidence", "未发现问题");
        given().contentType(ContentType.JSON).body(early).post("/api/v1/oversight/spot-checks/" + pending + "/findings").then()
                .statusCode(409).body("type", containsString("not-yet-sampled"));
        reachEveryPendingSeedHead();

        UUID id = drawnCheck("发现记录测试", 2);
        String object = given().get("/api/v1/oversight/spot-checks/" + id).then().statusCode(200).extract().path("sample[0].object");
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("object", object);
        finding.put("kind", "OMITTED");
        finding.put("section", "hazchem");
        finding.put("person", "clerk");
        finding.put("traceIndexes", List.of(1, 0));
        finding.put("documents", List.of("惠安监会〔2024〕3号会议纪要"));
        finding.put("evidence", "会议纪要载明已研究通过，但无研究通过的痕迹");
        JsonPath recorded = given().contentType(ContentType.JSON).body(finding).post("/api/v1/oversight/spot-checks/" + id + "/findings")
                .then().statusCode(201).body("kind", equalTo("OMITTED")).body("examiner", equalTo("discipline"))
                .body("checkId", equalTo(id.toString())).body("revisedAt", nullValue()).extract().jsonPath();
        assertEquals(List.of(0L, 1L), recorded.getList("traceIndexes", Long.class), "evidence traces in log order");
        String findingId = recorded.getString("id");

        Map<String, Object> elsewhere = new LinkedHashMap<>(finding);
        elsewhere.put("object", "request/not-in-the-sample-" + run);
        given().contentType(ContentType.JSON).body(elsewhere).post("/api/v1/oversight/spot-checks/" + id + "/findings").then()
                .statusCode(422).contentType("application/problem+json").body("type", containsString("not-in-sample"))
                .body("detailZh", containsString("不在抽查"));
        Map<String, Object> beyond = new LinkedHashMap<>(finding);
        beyond.put("traceIndexes", List.of(log.size()));
        given().contentType(ContentType.JSON).body(beyond).post("/api/v1/oversight/spot-checks/" + id + "/findings").then()
                .statusCode(400).body("errors[0].field", equalTo("traceIndexes[0]"));
        Map<String, Object> noKind = new LinkedHashMap<>(finding);
        noKind.put("kind", "MISLAID");
        given().contentType(ContentType.JSON).body(noKind).post("/api/v1/oversight/spot-checks/" + id + "/findings").then().statusCode(400);

        finding.put("kind", "CONCEALED");
        finding.put("evidence", "起草痕迹所载触发日期晚于会议纪要，隐瞒了逾期");
        given().contentType(ContentType.JSON).body(finding).put("/api/v1/oversight/findings/" + findingId).then().statusCode(200)
                .body("kind", equalTo("CONCEALED")).body("revisedAt", notNullValue()).body("recordedAt", equalTo(recorded.getString("recordedAt")));
        given().contentType(ContentType.JSON).body(elsewhere).put("/api/v1/oversight/findings/" + findingId).then().statusCode(422);
        given().contentType(ContentType.JSON).body(finding).put("/api/v1/oversight/findings/" + UUID.randomUUID()).then().statusCode(404);

        given().get("/api/v1/oversight/spot-checks/" + id).then().statusCode(200)
                .body("sample[0].findings[0].id", equalTo(findingId)).body("sample[0].findings[0].kind", equalTo("CONCEALED"))
                .body("sample[1].findings.size()", equalTo(0));
        List<OutboxEntry> traced = OutboxProbe.entriesFor("spot-check/" + id);
        assertEquals(List.of(AuditEvents.SPOT_CHECK_ANNOUNCED.name(), AuditEvents.SPOT_CHECK_SAMPLED.name(),
                AuditEvents.FINDING_RECORDED.name(), AuditEvents.FINDING_REVISED.name()), traced.stream().map(e -> e.type).toList(),
                "the finding and its revision are traced under the check; the refused ones are not");
        JsonNode first = JSON.readTree(traced.get(2).data);
        assertEquals("OMITTED", first.get("kind").asText(), "the first wording stays in the traces");
        assertEquals(findingId, first.get("findingId").asText());
        assertEquals("hazchem", first.get("section").asText());
        assertEquals("CONCEALED", JSON.readTree(traced.get(3).data).get("kind").asText());
    }

    @Test
    @TestSecurity(user = "clerk", roles = "clerk")
    void aClerkNeitherWritesNorReadsSpotChecks() {
        UUID id = drawnCheck("科室经办人无权", 1);
        refusedEveryWrite(id);
        given().get("/api/v1/oversight/spot-checks").then().statusCode(403);
        given().get("/api/v1/oversight/spot-checks/" + id).then().statusCode(403);
        given().get("/api/v1/oversight/spot-checks/" + id + "/report.pdf").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "leader", roles = "leader")
    void aLeaderReadsEverythingButWritesNothing() {
        UUID id = drawnCheck("局领导只读", 1);
        refusedEveryWrite(id);
        given().get("/api/v1/oversight/spot-checks").then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem(id.toString()));
        given().get("/api/v1/oversight/spot-checks/" + id).then().statusCode(200).body("state", equalTo("SAMPLED"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void anAuditorReadsEverythingButWritesNothing() {
        UUID id = drawnCheck("审计人员只读", 1);
        refusedEveryWrite(id);
        given().get("/api/v1/oversight/spot-checks/" + id).then().statusCode(200).body("announcedBy", equalTo("discipline"));
    }

    void refusedEveryWrite(UUID id) {
        String object = checks.one(id).sample().get(0).object();
        long traces = OutboxProbe.total();
        given().contentType(ContentType.JSON).body(announcement("越权公告", 1, null)).post("/api/v1/oversight/spot-checks").then()
                .statusCode(403).contentType("application/problem+json");
        given().post("/api/v1/oversight/spot-checks/" + id + "/draw").then().statusCode(403);
        Map<String, Object> finding = Map.of("object", object, "kind", "NONE", "evidence", "越权记录");
        given().contentType(ContentType.JSON).body(finding).post("/api/v1/oversight/spot-checks/" + id + "/findings").then().statusCode(403);
        UUID findingId = checks.record(id, new SpotChecks.FindingFacts(object, cn.gov.huiji.fourlists.audit.oversight.domain.FindingKind.NONE,
                null, null, List.of(), List.of(), "未发现问题"), DISCIPLINE).id;
        long afterOwnFinding = OutboxProbe.total();
        assertEquals(traces + 1, afterOwnFinding, "only the discipline group's own finding was traced");
        given().contentType(ContentType.JSON).body(finding).put("/api/v1/oversight/findings/" + findingId).then().statusCode(403);
        assertEquals(afterOwnFinding, OutboxProbe.total(), "nothing refused left a trace");
    }

    @Test
    void withoutATokenTheStaffEndpointsAnswer401() {
        given().get("/api/v1/oversight/spot-checks").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(announcement("匿名", 1, null)).post("/api/v1/oversight/spot-checks").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "leader", roles = "leader")
    void theReportIsAChinesePdfWithTheSeedTheSampleAndTheFindings() throws Exception {
        UUID id = drawnCheck("2024年3月清单调整申请抽查（报告）", 2);
        SpotChecks.Read read = checks.one(id);
        String object = read.sample().get(0).object();
        checks.record(id, new SpotChecks.FindingFacts(object, cn.gov.huiji.fourlists.audit.oversight.domain.FindingKind.FALSE_REPORT,
                "hazchem", "clerk", List.of(0L), List.of("惠安监会〔2024〕3号会议纪要"), "痕迹记载已公示，公示栏无此事项"), DISCIPLINE);

        byte[] pdf = given().get("/api/v1/oversight/spot-checks/" + id + "/report.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        Path saved = Path.of("target", "spot-check-report.pdf");
        Files.write(saved, pdf); // for looking at: pdftoppm -png -r 60 target/spot-check-report.pdf
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("纪检组抽查报告"), "the title is Chinese text, not boxes: " + text);
            assertTrue(text.contains(read.check().seed), "the report states the seed:\n" + text);
            assertTrue(text.contains(read.check().seedHeadSignature), "and the seed head's signature");
            assertTrue(text.contains(object) && text.contains(read.sample().get(1).object()), "the sample is listed");
            assertTrue(text.contains(read.sample().get(0).rank().substring(0, 16)), "with the first 16 hex digits of each rank");
            assertTrue(text.contains("虚报") && text.contains("公示栏无此事项"), "the finding and its evidence are printed");
            assertTrue(text.contains("spot-check--log") && text.contains("--check" + id), "the recompute command is printed: " + text);
            assertTrue(text.contains("第二十九条"), "the report cites the notice");
        }
    }

    @Test
    void thePublicSeesAnnouncementSeedAndSampleButNeitherFindingsNorStaff() {
        UUID id = drawnCheck("公开抽查", 2);
        String object = checks.one(id).sample().get(0).object();
        checks.record(id, new SpotChecks.FindingFacts(object, cn.gov.huiji.fourlists.audit.oversight.domain.FindingKind.OMITTED,
                "hazchem", "clerk-" + run, List.of(), List.of(), "不应公开的证据" + run), DISCIPLINE);
        String page = given().get("/api/v1/oversight/public/spot-checks/" + id).then().statusCode(200)
                .body("seed", equalTo(checks.one(id).check().seed)).body("sample[0].object", equalTo(object))
                .body("sample[0].rank", equalTo(checks.one(id).sample().get(0).rank()))
                .body("sample[0]", not(hasKey("findings"))).body("$", not(hasKey("announcedBy")))
                .extract().asString();
        assertFalse(page.contains("不应公开的证据") || page.contains("clerk-" + run), "no finding reaches the public: " + page);
        String list = given().get("/api/v1/oversight/public/spot-checks").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(id.toString())).extract().asString();
        assertFalse(list.contains("不应公开的证据") || list.contains("\"announcedBy\""), "nor through the list: " + list);
    }

    @Test
    void thePopulationKindsAreTheDrawAlgorithms() {
        assertEquals(SpotCheckDraw.KINDS, Arrays.stream(SpotCheckPopulation.values()).map(Enum::name).toList(),
                "the API offers exactly the populations log-verifier can recompute");
    }
}
