package cn.gov.huiji.fourlists.audit;

import cn.gov.huiji.fourlists.audit.messaging.TraceIngestor;
import cn.gov.huiji.fourlists.kernel.events.DisclosureEvents;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.SignedEvents;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import cn.gov.huiji.fourlists.kernel.trace.TraceTopics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * R-AUD-1: the log holds every service's traces — a service added to the suite (disclosure-service, issue 16) is
 * read from its own topic, and its signed events are stored and found like any other.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class EveryServicesTracesAreStoredTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager em;

    @Test
    void theIngestorReadsTheTraceTopicOfEveryService() {
        String configured = ConfigProvider.getConfig().getValue("mp.messaging.incoming.traces.topics", String.class);
        Set<String> read = new TreeSet<>(Arrays.stream(configured.split(",")).map(String::trim).toList());
        assertEquals(new TreeSet<>(TraceTopics.ALL), read,
                "mp.messaging.incoming.traces.topics must list every service's trace topic (kernel TraceTopics.ALL), "
                        + "or a service's traces never reach the log");
    }

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void aDecisionPublishedByDisclosureServiceIsStoredAndFoundBySubject() throws InterruptedException {
        UUID decision = UUID.randomUUID();
        String subject = DisclosureEvents.DECISION_PUBLISHED.subject(decision);
        String data = TraceEventCodec.toJson(DisclosureEvents.DECISION_PUBLISHED.example());
        // far above any sequence another test gives this source, and different on every run
        long sequence = 1_000_000 + System.currentTimeMillis() % 1_000_000_000L;
        String event = SignedEvents.sign(TraceEventCodec.write(new TraceEvent("1.0", UUID.randomUUID().toString(),
                "fourlists/disclosure-service", DisclosureEvents.DECISION_PUBLISHED.name(), subject,
                OffsetDateTime.of(2025, 10, 9, 2, 0, 0, 0, ZoneOffset.UTC), "application/json", sequence, "legal", "legal",
                "legal", TraceEventCodec.digest(data), TraceEventCodec.parseTree(data))));
        connector.source(TraceIngestor.CHANNEL).send(List.of(event));
        for (int i = 0; i < 100 && stored(subject) == 0; i++) {
            Thread.sleep(50);
        }
        assertEquals(1, stored(subject), "disclosure-service's signed publication must be stored once");
        given().queryParam("subject", subject).get("/api/v1/traces").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].type", equalTo("fourlists.disclosure.decision.published"))
                .body("items[0].source", equalTo("fourlists/disclosure-service"));
    }

    long stored(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from trace_entry where subject = ?1").setParameter(1, subject).getSingleResult()).longValue());
    }
}
