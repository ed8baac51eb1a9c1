package cn.gov.huiji.fourlists.system;

import io.restassured.RestAssured;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static cn.gov.huiji.fourlists.system.ListsChangeOnlyByPublishedAdjustmentsIT.item;
import static cn.gov.huiji.fourlists.system.ListsChangeOnlyByPublishedAdjustmentsIT.publishedEvent;
import static cn.gov.huiji.fourlists.system.ListsChangeOnlyByPublishedAdjustmentsIT.versions;
import static cn.gov.huiji.fourlists.system.Suite.LIST;
import static cn.gov.huiji.fourlists.system.Suite.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A poison record on any topic stops nobody: not JSON, JSON that is no event, and an event whose id is not a UUID are
 * put on each of the services' topics; every consumer sets them aside on {@code <topic>.dlq} with the reason, traces it, and
 * applies the next valid event — audit-service stores it, list-service applies the next publication.
 */
class PoisonRecordsIT {

    static final List<String> TOPICS = List.of("list-events", "adjustment-events", "complaint-events", "audit-events",
            "disclosure-events");

    static String event(String id, String source, String subject, String type) throws Exception {
        return ListsChangeOnlyByPublishedAdjustmentsIT.JSON.writeValueAsString(Map.of("specversion", "1.0", "id", id,
                "source", source, "type", type, "subject", subject, "time", "2026-12-04T08:00:00Z",
                "datacontenttype", "application/json", "sequence", "0000000000000000001", "data", Map.of("poison", true)));
    }

    @Test
    void everyConsumerSetsPoisonAsideTracesItAndAppliesTheNextEvent() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> healthy = new ArrayList<>();
        for (String topic : TOPICS) {
            ListsChangeOnlyByPublishedAdjustmentsIT.send(topic, "poison/" + run, "{not json " + run);
            ListsChangeOnlyByPublishedAdjustmentsIT.send(topic, "poison/" + run, "{\"hello\":\"" + run + "\"}");
            ListsChangeOnlyByPublishedAdjustmentsIT.send(topic, "poison/" + run,
                    event("not-a-uuid-" + run, "fourlists/system-test", "poison/" + run, "fourlists.adjustment.request.published"));
        }
        // Then genuine events on every topic, from the services' own actions, which audit-service must still store.
        healthy.add("item/" + String.format("6%011d", System.nanoTime() % 100_000_000_000L));
        as("legal").contentType("application/json").body(item(healthy.get(0).substring(5), "对未按规定公告安全生产事项的处罚",
                "2014年8月31日修正", "第九十四条")).post(LIST + "/api/v1/lists/power/items").then().statusCode(201);
        String caseNo = RestAssured.given().contentType("application/json").body(Map.of("kind", "SUGGESTION", "subjectKind", "OTHER",
                "content", "毒性记录之后的建议 " + run, "anonymous", true)).post(Suite.COMPLAINT + "/api/v1/cases").then().statusCode(201)
                .extract().path("caseNo");
        healthy.add("case/" + caseNo);
        String export = as("auditor").contentType("application/json").body(Map.of("subject", "case/" + caseNo))
                .post(Suite.AUDIT + "/api/v1/traces/exports").then().statusCode(201).extract().path("id");
        healthy.add("export/" + export);
        // list-service must apply the next publication after the poison on adjustment-events.
        String code = String.format("7%011d", System.nanoTime() % 100_000_000_000L);
        as("legal").contentType("application/json").body(item(code, "对未按规定开展应急演练的处罚", "2014年8月31日修正", "第九十四条"))
                .post(LIST + "/api/v1/lists/power/items").then().statusCode(201);
        UUID requestId = UUID.randomUUID();
        ListsChangeOnlyByPublishedAdjustmentsIT.send("adjustment-events", "request/" + requestId, Signer.as("adjustment-service",
                publishedEvent(requestId, code, item(code, "对未按规定开展应急演练的处罚（修订）", "2021年6月10日修正", "第九十七条"))));

        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline && (versions(code) < 2 || healthy.stream().anyMatch(s -> Suite.traces(s).isEmpty()))) {
            Suite.sleep(500);
        }
        for (String subject : healthy) {
            assertEquals(1, Suite.traces(subject).size(), "audit-service stored the valid event after the poison: " + subject);
        }
        assertEquals(2, versions(code), "list-service applied the publication that came after the poison records");

        // Each consumer traced what it set aside, on its own topic; audit-service holds those traces too.
        for (String[] consumer : new String[][]{{"audit", "list-events"}, {"audit", "adjustment-events"}, {"audit", "complaint-events"},
                {"audit", "audit-events"}, {"audit", "disclosure-events"}, {"list", "adjustment-events"}, {"complaint", "adjustment-events"},
                {"adjustment", "list-events"}, {"disclosure", "list-events"}, {"disclosure", "adjustment-events"}}) {
            String type = "fourlists." + consumer[0] + ".record.dead-lettered";
            long until = System.currentTimeMillis() + 30_000;
            while (deadLettered(type, consumer[1]) < 3 && System.currentTimeMillis() < until) {
                Suite.sleep(500);
            }
            assertTrue(deadLettered(type, consumer[1]) >= 3, consumer[0] + "-service traced the poison records of " + consumer[1]);
        }
        // The dead letters hold the records, each with its reason.
        for (String topic : TOPICS) {
            List<ConsumerRecord<String, String>> letters = read(topic + ".dlq", run);
            assertTrue(letters.size() >= 3, topic + ".dlq holds the three poison records, found " + letters.size());
            for (ConsumerRecord<String, String> r : letters) {
                Header reason = r.headers().lastHeader("dead-letter-reason");
                assertTrue(reason != null && reason.value().length > 0, "a dead letter on " + topic + ".dlq says why");
            }
        }
    }

    @SuppressWarnings("unchecked")
    static long deadLettered(String type, String topic) {
        return Suite.traces("dlq/" + topic).stream().filter(t -> type.equals(t.get("type"))).count();
    }

    static KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    static List<TopicPartition> partitions(KafkaConsumer<String, String> c, String topic) {
        return c.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
    }

    /** Records of this run on the topic (their value or key names the run), waiting up to a minute for them. */
    static List<ConsumerRecord<String, String>> read(String topic, String run) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> c = consumer()) {
            List<TopicPartition> parts = partitions(c, topic);
            c.assign(parts);
            c.seekToBeginning(parts);
            long deadline = System.currentTimeMillis() + 60_000;
            while (found.size() < 3 && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    if ((r.value() != null && r.value().contains(run)) || (r.key() != null && r.key().contains(run))) {
                        found.add(r);
                    }
                }
            }
        }
        return found;
    }
}
