package cn.gov.huiji.fourlists.complaint;

import cn.gov.huiji.fourlists.complaint.messaging.OfficerEventsConsumer;
import cn.gov.huiji.fourlists.complaint.service.OfficerProjection;
import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.EventExamples;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * R-CMP-2, R-LIST-9: a complaint about an enforcement officer names the certificate number (执法证号) of an officer the
 * bureau registered, as list-service's signed events tell complaint-service; an unknown number is refused, naming the
 * field, and nothing is stored.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ComplaintsAboutAnOfficerTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    OfficerProjection officers;

    @Inject
    EntityManager em;

    /** Registers an officer as list-service would tell it: a signed OFFICER_REGISTERED, then waits until it is projected. */
    String registeredOfficer(String status) {
        var example = ListEvents.OFFICER_REGISTERED.example();
        String certificate = "4101081" + String.format("%05d", System.nanoTime() % 100000);
        var officer = new ListEvents.OfficerChanged(certificate, "李四", example.unitCreditCode(), example.category(), example.area(),
                example.issuingAuthority(), example.validFrom(), example.validTo(), "VALID", example.validFrom(), null);
        connector.source(OfficerEventsConsumer.CHANNEL).send(EventExamples.signed(ListEvents.OFFICER_REGISTERED, certificate, 1, officer));
        if (!"VALID".equals(status)) {
            connector.source(OfficerEventsConsumer.CHANNEL).send(EventExamples.signed(ListEvents.OFFICER_STATUS_CHANGED, certificate, 2,
                    new ListEvents.OfficerChanged(certificate, officer.name(), officer.unitCreditCode(), officer.category(), officer.area(),
                            officer.issuingAuthority(), officer.validFrom(), officer.validTo(), status, LocalDate.of(2026, 11, 2), "注销执法证")));
        }
        for (int i = 0; i < 200 && !statusOf(certificate).equals(Optional.of(status)); i++) {
            OneCalendarTest.sleep();
        }
        if (!statusOf(certificate).equals(Optional.of(status))) {
            fail("officer " + certificate + " never reached the projection as " + status);
        }
        return certificate;
    }

    Optional<String> statusOf(String certificate) {
        return QuarkusTransaction.requiringNew().call(() -> officers.status(certificate));
    }

    static Map<String, Object> aboutOfficer(String certificate) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "COMPLAINT");
        body.put("subjectKind", "OFFICER");
        body.put("subjectRef", certificate);
        body.put("content", "执法人员检查时未出示执法证 " + System.nanoTime());
        body.put("anonymous", true);
        return body;
    }

    long casesAbout(String certificate) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from complaint_case where subject_kind = 'OFFICER' and subject_ref = ?1")
                .setParameter(1, certificate).getSingleResult()).longValue());
    }

    @Test
    void aComplaintAboutARegisteredOfficerIsReceived() {
        String certificate = registeredOfficer("VALID");
        given().contentType(ContentType.JSON).body(aboutOfficer(certificate)).post("/api/v1/cases")
                .then().statusCode(201).body("caseNo", notNullValue());
        assertEquals(1, casesAbout(certificate), "the case names the officer's certificate");
    }

    @Test
    void anOfficerWhoseCertificateWasRevokedMayStillBeComplainedAbout() {
        String certificate = registeredOfficer("REVOKED");
        given().contentType(ContentType.JSON).body(aboutOfficer(certificate)).post("/api/v1/cases").then().statusCode(201);
    }

    @Test
    void anUnknownCertificateNumberIsRefusedNamingTheFieldAndNothingIsStored() {
        String unknown = "99999" + System.nanoTime() % 1000000;
        given().contentType(ContentType.JSON).body(aboutOfficer(unknown)).post("/api/v1/cases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("subjectRef")).body("errors[0].messageZh", equalTo("执法证号不存在"));
        assertEquals(0, casesAbout(unknown), "a refused submission stores nothing");
    }
}
