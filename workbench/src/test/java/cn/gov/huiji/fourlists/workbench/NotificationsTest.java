package cn.gov.huiji.fourlists.workbench;

import cn.gov.huiji.fourlists.kernel.trace.EventSignature;
import cn.gov.huiji.fourlists.logverifier.TreeHead;
import cn.gov.huiji.fourlists.workbench.service.NotificationCenter;
import cn.gov.huiji.fourlists.workbench.service.NotificationHub;
import cn.gov.huiji.fourlists.workbench.service.NotificationMail;
import cn.gov.huiji.fourlists.workbench.service.Viewer;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A request returned by the legal section reaches its drafter at once on an open page, stays in the workbench until
 * read, and goes by e-mail to the drafter's address; no one else sees it, and an unsigned or forged event notifies
 * no one.
 */
@QuarkusTest
class NotificationsTest {

    static KeyPair adjustmentKey;

    @Inject
    @Any
    InMemoryConnector kafka;
    @Inject
    NotificationCenter center;
    @Inject
    NotificationHub hub;
    @Inject
    NotificationMail mail;
    @Inject
    MockMailbox mailbox;

    static final Viewer CLERK = new Viewer("clerk", Set.of("clerk"), "hazchem");
    static final Viewer CLERK2 = new Viewer("clerk2", Set.of("clerk"), "general-supervision");
    static final Viewer LEGAL = new Viewer("legal", Set.of("legal"), "legal");

    @BeforeAll
    static void adjustmentServiceHasAKey() throws Exception {
        adjustmentKey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path dir = Files.createDirectories(Path.of("target/test-keys/events"));
        Files.writeString(dir.resolve("adjustment-service.pub.pem"), TreeHead.toPem(adjustmentKey.getPublic()));
    }

    static String event(String type, String actor, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"fourlists/adjustment-service\",\"type\":\""
                + type + "\",\"subject\":\"request/x\",\"time\":\"2026-12-05T01:00:00Z\",\"actorid\":\"" + actor + "\",\"data\":" + data + "}";
    }

    static String signed(String json) {
        return EventSignature.sign(json, adjustmentKey.getPrivate());
    }

    static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void theDrafterIsToldLiveKeptAndMailedWhenTheRequestComesBack() throws Exception {
        String requestId = UUID.randomUUID().toString();
        List<NotificationHub.Live> clerkPage = new CopyOnWriteArrayList<>();
        List<NotificationHub.Live> otherClerkPage = new CopyOnWriteArrayList<>();
        var open = hub.stream(CLERK).subscribe().with(clerkPage::add);
        var other = hub.stream(CLERK2).subscribe().with(otherClerkPage::add);
        try {
            kafka.source("adjustment-events").send(signed(event("fourlists.adjustment.request.drafted", "clerk",
                    "{\"requestId\":\"" + requestId + "\",\"section\":\"hazchem\"}")));
            kafka.source("adjustment-events").send(signed(event("fourlists.adjustment.request.returned", "legal",
                    "{\"requestId\":\"" + requestId + "\",\"action\":\"RETURN\",\"from\":\"SUBMITTED\",\"to\":\"RETURNED\",\"section\":\"hazchem\","
                            + "\"targetItemCode\":\"410108-AJ-CF-001\",\"dueDate\":\"2026-12-08\",\"calendarVersion\":\"cal-r1\"}")));
            await("the drafter's open page shows the returned request", () -> !clerkPage.isEmpty());
        } finally {
            open.cancel();
            other.cancel();
        }
        assertTrue(clerkPage.get(0).title().contains("您的调整申请被退回"), clerkPage.get(0).title());
        assertEquals("/requests/" + requestId, clerkPage.get(0).link());
        assertEquals(List.of(), otherClerkPage, "another section's clerk is not told");

        var kept = center.latest(CLERK, 100).stream().filter(s -> s.link().equals("/requests/" + requestId)).toList();
        assertEquals(1, kept.size(), "kept in the workbench until read");
        assertTrue(!kept.get(0).read());
        assertTrue(center.latest(LEGAL, 100).stream().noneMatch(s -> s.id().equals(kept.get(0).id())), "the legal section returned it; it is not theirs");

        long before = center.unread(CLERK);
        mail.send(kept.get(0).id());
        List<Mail> sent = mailbox.getMailsSentTo("clerk@fourlists.example");
        assertTrue(sent.stream().anyMatch(m -> m.getSubject().contains("您的调整申请被退回") && m.getText().contains("/requests/" + requestId)
                && m.getText().contains("2026-12-08")), "an e-mail to the drafter's profile address with the link and the due date: " + sent);

        assertTrue(center.markRead(CLERK, kept.get(0).id()));
        assertEquals(before - 1, center.unread(CLERK));
        assertTrue(!center.markRead(CLERK2, kept.get(0).id()), "no one marks another's notification");
    }

    /** Issue 18: a notification another workbench instance stored reaches the page open on this one. */
    @Test
    void aNotificationStoredByAnotherInstanceReachesThePageOpenHere() throws Exception {
        List<NotificationHub.Live> clerkPage = new CopyOnWriteArrayList<>();
        var open = hub.stream(CLERK).subscribe().with(clerkPage::add);
        UUID id;
        try {
            id = storedElsewhere("另一实例保存的提醒");
            await("the notification stored by the other instance is pushed to the open page", () -> !clerkPage.isEmpty());
            Thread.sleep(2_500); // a few more relay rounds
        } finally {
            open.cancel();
        }
        UUID shownId = id;
        assertEquals(1, clerkPage.stream().filter(l -> l.id().equals(shownId)).count(), "shown once, not at every relay: " + clerkPage);
    }

    /** Issue 18: while one instance mails a notification (its row locked), another does not mail it too; mailed once. */
    @Test
    void aNotificationIsMailedOnceWhateverTheNumberOfInstances() throws Exception {
        UUID id = storedElsewhere("只发一次邮件的提醒");
        mailbox.clear();
        java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread otherInstance = new Thread(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("select id from notification where id = ?1 for update").setParameter(1, id).getResultList();
            locked.countDown();
            try {
                release.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        otherInstance.start();
        assertTrue(locked.await(10, java.util.concurrent.TimeUnit.SECONDS));
        mail.send(id); // the other instance is mailing it: skipped, without waiting for its lock
        assertEquals(List.of(), mailbox.getMailsSentTo("clerk@fourlists.example"), "mailed here while another instance was mailing it");
        release.countDown();
        otherInstance.join(10_000);

        mail.send(id);
        mail.send(id);
        assertEquals(1, mailbox.getMailsSentTo("clerk@fourlists.example").size(), "a notification is mailed once, not at every send");
    }

    /**
     * Issue 19: the services start while Keycloak is still starting. A mail that fails (no directory, no mail server)
     * is retried after waits that double — not every 5 s until given up half a minute later — and loses nothing.
     */
    @Test
    void aMailThatFailsIsRetriedAfterWaitsThatDoubleAndIsNotLost() {
        UUID id = storedElsewhere("目录暂不可用时的提醒", DemoDirectory.UNREACHABLE);
        java.time.Instant before = java.time.Instant.now();
        mail.send(id);
        var failed = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                cn.gov.huiji.fourlists.workbench.domain.Notification.<cn.gov.huiji.fourlists.workbench.domain.Notification>findById(id));
        assertEquals(1, failed.mailAttempts, "the failed attempt is counted");
        assertTrue(failed.mailError != null && failed.mailError.contains("OIDC server is not available"), "the reason is kept: " + failed.mailError);
        assertTrue(failed.nextMailAt != null && !failed.nextMailAt.isBefore(before.plusSeconds(5)),
                "the next attempt waits at least 5 s: " + failed.nextMailAt);
        assertTrue(!mail.due(java.time.Instant.now(), 100_000).contains(id), "retried at the next round, without waiting");
        assertTrue(mail.due(failed.nextMailAt, 100_000).contains(id), "not retried once its wait is over");

        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40),
                        Duration.ofSeconds(80), Duration.ofSeconds(160)),
                java.util.stream.IntStream.rangeClosed(1, 6).mapToObj(NotificationMail::waitAfter).toList(),
                "six attempts span five minutes, the waits doubling");
        assertEquals(Duration.ofMinutes(30), NotificationMail.waitAfter(40), "no wait is longer than 30 minutes");
    }

    @Inject
    jakarta.persistence.EntityManager em;

    /** A notification to the clerk as another instance stores it: straight into the shared table, not through this hub. */
    UUID storedElsewhere(String title) {
        return storedElsewhere(title, "clerk");
    }

    UUID storedElsewhere(String title, String user) {
        UUID id = UUID.randomUUID();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            var n = new cn.gov.huiji.fourlists.workbench.domain.Notification();
            n.id = id;
            n.eventId = UUID.randomUUID().toString();
            n.recipientKind = cn.gov.huiji.fourlists.workbench.service.Recipient.Kind.USER;
            n.recipient = user;
            n.title = title;
            n.body = title;
            n.link = "/requests/" + id;
            n.createdAt = java.time.Instant.now();
            n.persist();
        });
        return id;
    }

    @Test
    void anUnsignedOrForgedEventNotifiesNoOne() throws Exception {
        String requestId = UUID.randomUUID().toString();
        String data = "{\"requestId\":\"" + requestId + "\",\"state\":\"SUBMITTED\",\"section\":\"hazchem\",\"dueDate\":\"2026-12-08\"}";
        kafka.source("adjustment-events").send(event("fourlists.adjustment.request.submitted", "clerk", data));
        kafka.source("adjustment-events").send(signed(event("fourlists.adjustment.request.submitted", "clerk", data)).replace("\"clerk\"", "\"head\""));
        KeyPair stranger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        kafka.source("adjustment-events").send(EventSignature.sign(event("fourlists.adjustment.request.submitted", "clerk", data), stranger.getPrivate()));
        // a signed event after them shows the consumer went on; the three before it left nothing
        String control = UUID.randomUUID().toString();
        kafka.source("adjustment-events").send(signed(event("fourlists.adjustment.request.submitted", "clerk",
                "{\"requestId\":\"" + control + "\",\"section\":\"hazchem\"}")));
        await("the signed submission reaches the legal section", () -> center.latest(LEGAL, 500).stream()
                .anyMatch(s -> s.link().equals("/requests/" + control)));
        assertTrue(center.latest(LEGAL, 500).stream().noneMatch(s -> s.link().equals("/requests/" + requestId)),
                "neither the unsigned, the altered nor the stranger-signed submission notified anyone");
    }

    @Test
    @TestSecurity(user = "clerk", roles = "clerk")
    void theNotificationsPageListsWhatIsTheUsersAndTheMenuCountsIt() {
        String requestId = UUID.randomUUID().toString();
        kafka.source("adjustment-events").send(signed(event("fourlists.adjustment.request.drafted", "clerk",
                "{\"requestId\":\"" + requestId + "\",\"section\":\"hazchem\"}")));
        kafka.source("adjustment-events").send(signed(event("fourlists.adjustment.request.published", "legal",
                "{\"requestId\":\"" + requestId + "\",\"section\":\"hazchem\",\"targetItemCode\":\"410108-AJ-XK-009\"}")));
        // The consumer keeps each event on a worker thread: wait until the publication's notification is kept.
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (!given().when().get("/notifications").then().statusCode(200).extract().asString()
                .contains("调整已公布（事项 410108-AJ-XK-009）") && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        given().when().get("/notifications").then().statusCode(200)
                .body(containsString("调整已公布（事项 410108-AJ-XK-009）"), containsString("去办理"), not(containsString("待审核")));
        given().accept("application/json").when().get("/notifications/unread").then().statusCode(200)
                .contentType("application/json").body("unread", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    @TestSecurity(user = "clerk", roles = "clerk")
    void theStreamSendsEachNewNotificationAsJsonTheMomentItIsKept() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI + ":"
                + io.restassured.RestAssured.port + "/notifications/stream")).header("Accept", "text/event-stream").build();
        var lines = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofLines()).body().iterator();
        String requestId = UUID.randomUUID().toString();
        kafka.source("adjustment-events").send(signed(event("fourlists.adjustment.request.drafted", "clerk",
                "{\"requestId\":\"" + requestId + "\",\"section\":\"hazchem\"}")));
        kafka.source("adjustment-events").send(signed(event("fourlists.adjustment.request.returned", "legal",
                "{\"requestId\":\"" + requestId + "\",\"section\":\"hazchem\",\"dueDate\":\"2026-12-08\"}")));
        String data = null;
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("data:")) {
                data = line.substring(5).trim();
                break;
            }
        }
        var live = new com.fasterxml.jackson.databind.ObjectMapper().readTree(data);
        assertTrue(live.path("title").asText().contains("您的调整申请被退回"), "the page's script reads JSON: " + data);
        assertEquals("/requests/" + requestId, live.path("link").asText());
    }
}
