package cn.gov.huiji.fourlists.audit;

import cn.gov.huiji.fourlists.audit.service.TraceStore;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * R-AUD-4 (the "trace search by subject prefix, actor, section, type, time"): an auditor finds every trace of a
 * group of subjects by their common beginning, with no wildcard of their own, and the traces of one section's staff.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class FindingTracesByPrefixAndSectionTest {

    @Inject
    TraceStore store;

    /** This run's own subjects and section, so that traces stored by other tests never match. */
    String run;
    String section;
    /** The traces happen one minute after another, in the order they are stored. */
    int minute;

    /** Stores one trace per subject, acted on by staff of the given section, as the service that made it would send it. */
    void stored(String actorSection, String... subjects) {
        String source = "fourlists/search-test-" + UUID.randomUUID();
        List<String> events = new ArrayList<>();
        for (int i = 0; i < subjects.length; i++) {
            events.add(TraceEventCodec.write(new TraceEvent("1.0", UUID.randomUUID().toString(), source,
                    ComplaintEvents.CASE_ACCEPTED.name(), subjects[i],
                    OffsetDateTime.of(2026, 11, 26, 2, minute++, 0, 0, ZoneOffset.UTC), "application/json", i + 1,
                    "handler-" + actorSection, "complaint-handler", actorSection, TraceEventCodec.digest("{}"),
                    TraceEventCodec.parseTree("{}"))));
        }
        assertEquals(subjects.length, store.ingestAll(events).counts().get(TraceStore.Outcome.STORED), "every trace is stored");
    }

    List<String> subjectsFound(String parameter, String value) {
        return given().queryParam(parameter, value).queryParam("size", 500).get("/api/v1/traces").then().statusCode(200)
                .extract().jsonPath().getList("items.subject", String.class);
    }

    @BeforeEach
    void storeThisRunsTraces() {
        run = UUID.randomUUID().toString().substring(0, 8);
        minute = 0;
        section = "sec-" + run;
        stored(section, "case/TS" + run + "-2026-000001", "case/TS" + run + "-2026-000002", "case/TS" + run + "-2025-000001",
                "request/TS" + run + "-2026-000001");
        stored("other-" + run, "case/TS" + run + "-2026-000003", "case/TS" + run + "_2026%x", "case/TS" + run + "\\2026");
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void aPrefixFindsEverySubjectUnderItAndNothingElse() {
        assertEquals(List.of("case/TS" + run + "-2026-000001", "case/TS" + run + "-2026-000002", "case/TS" + run + "-2026-000003"),
                subjectsFound("subjectPrefix", "case/TS" + run + "-2026-"),
                "the 2026 cases, not the 2025 case, not the request of the same number, in the order they happened");
        assertEquals(Set.of("case/TS" + run + "-2026-000001", "case/TS" + run + "-2026-000002", "case/TS" + run + "-2026-000003",
                        "case/TS" + run + "-2025-000001", "case/TS" + run + "_2026%x", "case/TS" + run + "\\2026"),
                Set.copyOf(subjectsFound("subjectPrefix", "case/TS" + run)), "every case of this run, whichever its section");
        assertEquals(List.of(), subjectsFound("subjectPrefix", "case/ts" + run), "the prefix is matched with its case");
    }

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void percentUnderscoreAndBackslashInThePrefixAreMatchedAsThemselves() {
        assertEquals(List.of("case/TS" + run + "_2026%x"), subjectsFound("subjectPrefix", "case/TS" + run + "_2026%"),
                "'_' and '%' are no wildcards: case/TS…-2026-… must not match");
        assertEquals(List.of(), subjectsFound("subjectPrefix", "case/TS" + run + "%2026"), "'%' stands for itself only");
        assertEquals(List.of("case/TS" + run + "\\2026"), subjectsFound("subjectPrefix", "case/TS" + run + "\\"),
                "a backslash is neither an escape nor lost");
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void aSectionFindsTheTracesOfItsStaffOnly() {
        assertEquals(List.of("case/TS" + run + "-2026-000001", "case/TS" + run + "-2026-000002", "case/TS" + run + "-2025-000001",
                "request/TS" + run + "-2026-000001"), subjectsFound("section", section), "the traces of the section's staff");
        assertEquals(List.of(section, section, section), given().queryParam("section", section).queryParam("subjectPrefix", "case/")
                .queryParam("actor", "handler-" + section).get("/api/v1/traces").then().statusCode(200).extract().jsonPath()
                .getList("items.actor.section", String.class), "the conditions together: the section's three cases");
        assertEquals(List.of(), subjectsFound("section", "sec-" + run.substring(0, 7)), "a section is matched exactly, not as a prefix");
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void aMalformedSectionOrPrefixIsRefusedInChineseNamingTheParameter() {
        for (Map.Entry<String, String> bad : List.of(Map.entry("section", "Hazchem"), Map.entry("section", "危化科"),
                Map.entry("section", "h%"), Map.entry("subjectPrefix", "case/\u0007"), Map.entry("subjectPrefix", "c".repeat(201)))) {
            given().queryParam(bad.getKey(), bad.getValue()).get("/api/v1/traces").then().statusCode(400)
                    .contentType("application/problem+json").body("titleZh", equalTo("输入有误"))
                    .body("errors[0].field", equalTo(bad.getKey()))
                    .body("errors[0].messageZh", containsString(bad.getKey().equals("section") ? "科室（队）代码" : "对象前缀"));
        }
        given().contentType(ContentType.JSON).body(Map.of("section", "Hazchem")).post("/api/v1/traces/exports").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("section"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void anExportByPrefixAndSectionHoldsThoseTracesAndItsTraceSaysSo() {
        String exportId = given().contentType(ContentType.JSON)
                .body(Map.of("subjectPrefix", "case/TS" + run + "-2026-", "section", section))
                .post("/api/v1/traces/exports").then().statusCode(201).body("entryCount", equalTo(2)).extract().path("id");
        assertEquals(List.of("case/TS" + run + "-2026-000001", "case/TS" + run + "-2026-000002"),
                given().get("/api/v1/traces/exports/" + exportId).then().statusCode(200).extract().jsonPath()
                        .getList("entries.subject", String.class), "the export reads back with the same filter");
        var traced = OutboxProbe.entriesFor("export/" + exportId);
        assertEquals(1, traced.size(), "an export must leave one trace");
        JsonNode filter = TraceEventCodec.parseTree(traced.get(0).data);
        assertEquals("case/TS" + run + "-2026-", filter.path("subjectPrefix").asText(), "the trace says which subjects were read");
        assertEquals(section, filter.path("section").asText(), "the trace says which section's traces were read");
    }
}
