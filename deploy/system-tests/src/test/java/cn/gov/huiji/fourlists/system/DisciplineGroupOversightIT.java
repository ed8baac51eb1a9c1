package cn.gov.huiji.fourlists.system;

import cn.gov.huiji.fourlists.logverifier.VerifyLog;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.gov.huiji.fourlists.system.Suite.ADJUSTMENT;
import static cn.gov.huiji.fourlists.system.Suite.AUDIT;
import static cn.gov.huiji.fourlists.system.Suite.PORTAL;
import static cn.gov.huiji.fourlists.system.Suite.as;
import static cn.gov.huiji.fourlists.system.Suite.awaitTraces;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 17 end to end (R-ADJ-4, R-ADJ-6; Art. 21, 29, 31): a section's overdue step becomes a red card from the traces
 * alone and says when it was finally done; the discipline group announces a spot check seeded by a future signed tree
 * head, draws it once the log reaches that size, and an outsider recomputes the same sample from the public log with
 * {@code log-verifier spot-check}; findings and an accountability measure are recorded and traced; nobody but the
 * discipline group may draw or record.
 */
class DisciplineGroupOversightIT {

    static final String OVERSIGHT = AUDIT + "/api/v1/oversight";

    @Test
    void anOverdueDraftBecomesARedCardThatTheLateSubmissionResolves() {
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
        String id = draftOverdueRequest(today.minusDays(21));
        awaitTraceOfType("request/" + id, "fourlists.adjustment.deadline.missed", Duration.ofSeconds(150));
        as("clerk").contentType("application/json").body(Map.of())
                .post(ADJUSTMENT + "/api/v1/requests/" + id + "/actions/submit").then().statusCode(200);

        Map<String, Object> card = awaitCard("discipline", "request/" + id, true);
        assertEquals("RED", card.get("color"), "a missed step is a red card: " + card);
        assertEquals("hazchem", card.get("section"), "the card is the drafting section's: " + card);
        assertEquals("clerk", card.get("person"), "the card names who held the step: " + card);
        assertTrue(((Number) card.get("workingDaysLate")).intValue() >= 1, "a red card counts the working days late: " + card);
        assertNotNull(card.get("resolvedAt"), "the late submission resolves the card: " + card);
        assertFalse(((List<?>) card.get("traces")).isEmpty(), "the card links the traces behind it: " + card);

        // the section sees its own cards, another section does not
        assertTrue(cards("head").stream().anyMatch(c -> ("request/" + id).equals(c.get("subject"))),
                "the hazchem section head sees the section's card");
        assertTrue(cards("clerk2").stream().noneMatch(c -> ("request/" + id).equals(c.get("subject"))),
                "a clerk of another section must not see hazchem's cards");

        List<Map<String, Object>> summary = as("leader").queryParam("from", today.minusMonths(2).withDayOfMonth(1).toString())
                .get(OVERSIGHT + "/cards/summary").then().statusCode(200).extract().jsonPath().getList("$");
        assertTrue(summary.stream().anyMatch(r -> "hazchem".equals(r.get("section")) && ((Number) r.get("red")).intValue() >= 1),
                "the monthly summary counts the red card: " + summary);
    }

    @Test
    void aSpotCheckIsAnnouncedDrawnFromAFutureHeadRecomputedByAnOutsiderAndActedOn() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
        // objects of the population, logged before the announcement
        draftOverdueRequest(today.minusDays(3));
        draftOverdueRequest(today.minusDays(2));
        OutsiderVerifiesTheLogIT.awaitHeadCoveringAllTraces();

        Map<String, Object> announcement = new LinkedHashMap<>();
        announcement.put("title", "清单调整申请专项抽查（系统测试）");
        announcement.put("population", "ADJUSTMENT_REQUESTS");
        announcement.put("from", today.minusDays(60).toString());
        announcement.put("to", today.toString());
        announcement.put("sampleSize", 2);
        for (String user : List.of("clerk", "leader", "legal", "auditor")) {
            as(user).contentType("application/json").body(announcement).post(OVERSIGHT + "/spot-checks").then().statusCode(403);
        }
        long size = RestAssured.get(AUDIT + "/api/v1/log/tree-head").then().extract().jsonPath().getLong("treeSize");
        announcement.put("seedTreeSize", size + 6);
        JsonPath announced = as("discipline").contentType("application/json").body(announcement).post(OVERSIGHT + "/spot-checks")
                .then().statusCode(201).extract().jsonPath();
        String check = announced.getString("id");
        long seedSize = announced.getLong("seedTreeSize");
        assertEquals("ANNOUNCED", announced.getString("state"));
        assertTrue(announced.getLong("populationTreeSize") <= size, "the population is fixed by the log as it stood at the announcement");

        as("discipline").post(OVERSIGHT + "/spot-checks/" + check + "/draw").then().statusCode(409)
                .contentType(org.hamcrest.Matchers.containsString("application/problem+json"));
        as("leader").post(OVERSIGHT + "/spot-checks/" + check + "/draw").then().statusCode(403);

        // the log grows past the announced size with ordinary duty actions; the head of exactly that size gets signed
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        List<Map<String, Object>> heads;
        do {
            draftOverdueRequest(today.minusDays(1));
            Suite.sleep(1000);
            heads = RestAssured.given().queryParam("treeSize", seedSize).get(AUDIT + "/api/v1/log/tree-heads")
                    .then().statusCode(200).extract().jsonPath().getList("$");
        } while (heads.isEmpty() && System.nanoTime() < deadline);
        assertEquals(1, heads.size(), "one signed head of exactly the announced size " + seedSize + ": " + heads);

        JsonPath drawn = as("discipline").post(OVERSIGHT + "/spot-checks/" + check + "/draw").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("SAMPLED", drawn.getString("state"));
        List<String> sample = drawn.getList("sample.object");
        assertEquals(2, sample.size(), "two objects drawn from a population of at least two: " + drawn.prettify());
        String seed = drawn.getString("seed");
        assertTrue(seed.matches("[0-9a-f]{64}"), "the seed is a SHA-256 in hex: " + seed);

        // an outsider recomputes it from the public log alone
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = VerifyLog.run(new String[]{"spot-check", "--log", AUDIT, "--check", check}, print, print);
        String said = out.toString(StandardCharsets.UTF_8);
        System.out.println("[spot check " + check + ", recomputed by log-verifier]\n" + said);
        assertEquals(0, exit, "the outsider's recomputation must agree with the bureau's draw:\n" + said);
        assertTrue(said.contains(seed), "the outsider prints the same seed:\n" + said);
        sample.forEach(object -> assertTrue(said.contains(object), "the outsider's sample holds " + object + ":\n" + said));

        // findings: only the discipline group records them
        Map<String, Object> finding = Map.of("object", sample.get(0), "kind", "OMITTED", "section", "hazchem", "person", "clerk",
                "evidence", "申请材料载明已于触发之日起草，但起草痕迹晚于期限（系统测试）", "traceIndexes", List.of(1));
        as("clerk").contentType("application/json").body(finding).post(OVERSIGHT + "/spot-checks/" + check + "/findings")
                .then().statusCode(403);
        String findingId = as("discipline").contentType("application/json").body(finding)
                .post(OVERSIGHT + "/spot-checks/" + check + "/findings").then().statusCode(201).extract().path("id");
        as("discipline").contentType("application/json").body(Map.of("object", "request/not-in-the-sample", "kind", "NONE",
                        "evidence", "x")).post(OVERSIGHT + "/spot-checks/" + check + "/findings").then().statusCode(422);

        // accountability: recorded and decided by the discipline group, visible to leaders and the section
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("section", "hazchem");
        record.put("person", "clerk");
        record.put("facts", "抽查发现调整申请漏报（系统测试）");
        record.put("findings", List.of(findingId));
        record.put("basis", "《关于印发“四单一网”清单运行配套机制的通知》第二十九条、第三十一条");
        record.put("measure", "WRITTEN_SELF_EXAMINATION");
        as("leader").contentType("application/json").body(record).post(OVERSIGHT + "/accountability").then().statusCode(403);
        String recordId = as("discipline").contentType("application/json").body(record).post(OVERSIGHT + "/accountability")
                .then().statusCode(201).extract().path("id");
        as("discipline").contentType("application/json").body(Map.of("decisionDate", today.toString(), "decisionDocument", "惠安监纪〔2026〕系统测试号"))
                .post(OVERSIGHT + "/accountability/" + recordId + "/decision").then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("DECIDED"));
        assertTrue(as("head").get(OVERSIGHT + "/accountability").then().statusCode(200).extract().jsonPath()
                .getList("id").contains(recordId), "the section head sees the record against the section");
        assertFalse(as("clerk2").get(OVERSIGHT + "/accountability").then().statusCode(200).extract().jsonPath()
                .getList("id").contains(recordId), "another section does not");

        // every change is a trace
        List<String> checkTraces = awaitTraces("spot-check/" + check, 3).stream().map(t -> (String) t.get("type")).toList();
        assertEquals(List.of("fourlists.audit.spot-check.announced", "fourlists.audit.spot-check.sampled",
                "fourlists.audit.finding.recorded"), checkTraces);
        List<String> recordTraces = awaitTraces("accountability/" + recordId, 2).stream().map(t -> (String) t.get("type")).toList();
        assertEquals(List.of("fourlists.audit.accountability.recorded", "fourlists.audit.accountability.decided"), recordTraces);

        // the printable report and the public page
        byte[] pdf = as("leader").get(OVERSIGHT + "/spot-checks/" + check + "/report.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"), "the report is a PDF");
        String page = RestAssured.get(PORTAL + "/spot-checks/" + check).then().statusCode(200).extract().asString();
        assertTrue(page.contains(seed), "the portal's public page shows the seed");
        assertFalse(page.contains("申请材料载明"), "the public page shows no finding");

        JsonPath assessment = as("leader").queryParam("from", today.withDayOfMonth(1).toString()).queryParam("to", today.toString())
                .get(OVERSIGHT + "/assessment").then().statusCode(200).extract().jsonPath();
        Map<String, Object> hazchem = assessment.getList("rows", Map.class).stream()
                .filter(r -> "hazchem".equals(((Map<?, ?>) r).get("section"))).findFirst()
                .map(r -> (Map<String, Object>) r).orElseThrow(() -> new AssertionError("no hazchem row: " + assessment.prettify()));
        assertTrue(((Number) hazchem.get("measures")).intValue() >= 1, "the decided measure counts in the assessment: " + hazchem);
        assertTrue(((Number) hazchem.get("findings")).intValue() >= 1, "the finding counts in the assessment: " + hazchem);
    }

    /** A clerk of hazchem drafts a request (never published) whose trigger lies in the past: its 3 working days may already be gone. */
    static String draftOverdueRequest(LocalDate trigger) {
        return as("clerk").contentType("application/json").body(Map.of("triggerKind", "LAW_AMENDED_OR_REPEALED",
                        "triggerDate", trigger.toString(), "changeKind", "REPEAL",
                        "documents", List.of(Map.of("title", "《烟花爆竹安全管理条例》修订（监察系统测试）", "number", "国务院令第666号", "date", "2016-02-06")),
                        "targetItemCode", AdjustmentThroughFiveStagesIT.ITEM, "summary", "监察系统测试：逾期起草"))
                .post(ADJUSTMENT + "/api/v1/requests").then().statusCode(201).extract().path("id");
    }

    static void awaitTraceOfType(String subject, String type, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            if (Suite.traces(subject).stream().anyMatch(t -> type.equals(t.get("type")))) {
                return;
            }
            Suite.sleep(1000);
        }
        fail("no " + type + " trace for " + subject + " within " + wait.toSeconds() + " s: " + Suite.traces(subject));
    }

    static List<Map<String, Object>> cards(String user) {
        return as(user).get(OVERSIGHT + "/cards").then().statusCode(200).extract().jsonPath().getList("$");
    }

    static Map<String, Object> awaitCard(String user, String subject, boolean resolved) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<Map<String, Object>> found;
        do {
            found = cards(user).stream().filter(c -> subject.equals(c.get("subject"))).toList();
            if (found.stream().anyMatch(c -> !resolved || c.get("resolvedAt") != null)) {
                return found.stream().filter(c -> !resolved || c.get("resolvedAt") != null).findFirst().orElseThrow();
            }
            Suite.sleep(1000);
        } while (System.nanoTime() < deadline);
        fail("no " + (resolved ? "resolved " : "") + "card for " + subject + " within 60 s: " + found);
        return null;
    }
}
