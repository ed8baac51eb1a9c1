package cn.gov.huiji.fourlists.workbench;

import cn.gov.huiji.fourlists.kernel.trace.EventSignature;
import cn.gov.huiji.fourlists.logverifier.TreeHead;
import cn.gov.huiji.fourlists.workbench.service.NotificationCenter;
import cn.gov.huiji.fourlists.workbench.service.Viewer;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Art. 19, R-LIST-9: list-service's signed warning that a certificate ends in 30 days reaches the legal section
 * through list-events, as the other topics' events do; one list-service did not sign notifies no one.
 */
@QuarkusTest
class CertificateExpiryNotificationTest {

    static KeyPair listKey;
    static final Viewer LEGAL = new Viewer("legal", Set.of("legal"), "legal");
    static final Viewer CLERK = new Viewer("clerk", Set.of("clerk"), "hazchem");

    @Inject
    @Any
    InMemoryConnector kafka;
    @Inject
    NotificationCenter center;

    @BeforeAll
    static void listServiceHasAKey() throws Exception {
        listKey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path dir = Files.createDirectories(Path.of("target/test-keys/events"));
        Files.writeString(dir.resolve("list-service.pub.pem"), TreeHead.toPem(listKey.getPublic()));
    }

    static String event(String type, String certificateNo, int daysLeft) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"fourlists/list-service\",\"type\":\"" + type
                + "\",\"subject\":\"officer/" + certificateNo + "\",\"time\":\"2027-05-31T16:00:00Z\",\"actorid\":\"system\",\"data\":"
                + "{\"certificateNo\":\"" + certificateNo + "\",\"name\":\"张明\",\"unitCreditCode\":\"114101080051883705\","
                + "\"validTo\":\"2027-06-30\",\"daysLeft\":" + daysLeft + "}}";
    }

    @Test
    void theLegalSectionIsToldOfACertificateEndingIn30DaysAndNotOfAnUnsignedOne() throws Exception {
        String unsigned = "41010816" + (100 + (int) (Math.random() * 800));
        String signed = "41010817" + (100 + (int) (Math.random() * 800));
        kafka.source("list-events").send(event("fourlists.list.officer.expiry-warned", unsigned, 30));
        kafka.source("list-events").send(EventSignature.sign(event("fourlists.list.officer.expiry-warned", signed, 30),
                listKey.getPrivate()));
        NotificationsTest.await("the signed warning reaches the legal section", () -> center.latest(LEGAL, 500).stream()
                .anyMatch(s -> s.link().equals("/officers?q=" + signed)));
        var notice = center.latest(LEGAL, 500).stream().filter(s -> s.link().equals("/officers?q=" + signed)).findFirst().orElseThrow();
        assertEquals("执法证还剩 30 天到期：" + signed + "（张明）", notice.title());
        assertEquals("2027-06-30", notice.due());
        assertTrue(center.latest(LEGAL, 500).stream().noneMatch(s -> s.link().equals("/officers?q=" + unsigned)),
                "an event list-service did not sign notifies no one");
        assertTrue(center.latest(CLERK, 500).stream().noneMatch(s -> s.link().equals("/officers?q=" + signed)),
                "a clerk does not keep the register");
    }
}
