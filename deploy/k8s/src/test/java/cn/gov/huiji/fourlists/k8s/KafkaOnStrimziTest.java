package cn.gov.huiji.fourlists.k8s;

import cn.gov.huiji.fourlists.k8s.check.Deployed;
import cn.gov.huiji.fourlists.k8s.check.Manifests;
import cn.gov.huiji.fourlists.k8s.check.ServiceConfig;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerAuthenticationScramSha512;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kafka on Strimzi: one KRaft cluster on node pools, a KafkaTopic for every topic a service writes or reads, and a
 * KafkaUser per service whose ACLs let it write only the topics it must (its own trace topic and the dead-letter
 * topics of what it consumes) and read only what it consumes, in its own consumer groups. The topics and groups come
 * from the services' application.properties, so a new channel without its ACL fails here, not in production.
 */
class KafkaOnStrimziTest {

    static List<String> kafkaServices() {
        return ServiceConfig.SERVICES.stream().filter(s -> ServiceConfig.of(s).usesKafka()).toList();
    }

    static Kafka kafka() {
        List<Kafka> all = Manifests.of(Kafka.class);
        assertEquals(1, all.size(), "expected one Kafka cluster");
        return all.get(0);
    }

    @Test
    void kafkaRunsInKRaftModeOnNodePoolsWithAQuorumOfControllers() {
        Kafka kafka = kafka();
        String name = kafka.getMetadata().getName();
        assertNull(kafka.getSpec().getZookeeper(), "ZooKeeper is gone from Strimzi (0.46+): KRaft only");
        List<KafkaNodePool> pools = Manifests.of(KafkaNodePool.class).stream()
                .filter(p -> name.equals(p.getMetadata().getLabels().get("strimzi.io/cluster"))).toList();
        int controllers = pools.stream().filter(p -> p.getSpec().getRoles().contains(ProcessRoles.CONTROLLER))
                .mapToInt(p -> p.getSpec().getReplicas()).sum();
        int brokers = pools.stream().filter(p -> p.getSpec().getRoles().contains(ProcessRoles.BROKER))
                .mapToInt(p -> p.getSpec().getReplicas()).sum();
        assertTrue(controllers >= 3 && controllers % 2 == 1, "the KRaft quorum needs an odd number (>= 3) of controllers: " + controllers);
        assertTrue(brokers >= 3, "three brokers at least, so that min.insync.replicas=2 survives losing one: " + brokers);
        Map<String, Object> config = kafka.getSpec().getKafka().getConfig();
        assertEquals("false", String.valueOf(config.get("auto.create.topics.enable")),
                "topics are declared as KafkaTopics; a misspelt topic must not be created on first use");
        assertEquals("simple", kafka.getSpec().getKafka().getAuthorization().getType(), "ACLs are enforced by Kafka");
    }

    @ParameterizedTest
    @MethodSource("kafkaServices")
    void everyTopicTheServiceWritesOrReadsIsAKafkaTopicWithPartitionsAndRetention(String service) {
        ServiceConfig config = ServiceConfig.of(service);
        Set<String> topics = new TreeSet<>(config.writes());
        topics.addAll(config.consumedTopics());
        List<String> problems = new ArrayList<>();
        for (String topic : topics) {
            KafkaTopic t = topic(topic);
            if (t == null) {
                problems.add(topic + " has no KafkaTopic");
                continue;
            }
            if (!kafka().getMetadata().getName().equals(t.getMetadata().getLabels().get("strimzi.io/cluster"))) {
                problems.add(topic + " is not labelled for the cluster " + kafka().getMetadata().getName());
            }
            if (t.getSpec().getPartitions() == null || t.getSpec().getReplicas() == null || t.getSpec().getReplicas() < 3) {
                problems.add(topic + " does not set partitions and three replicas");
            }
            Map<String, Object> c = t.getSpec().getConfig();
            if (c == null || !c.containsKey("retention.ms") || !"2".equals(String.valueOf(c.get("min.insync.replicas")))) {
                problems.add(topic + " does not set retention.ms and min.insync.replicas=2 (the producers use acks=all)");
            }
        }
        assertEquals(List.of(), problems, service + ": its topics on the cluster");
    }

    static KafkaTopic topic(String name) {
        return Manifests.of(KafkaTopic.class).stream()
                .filter(t -> name.equals(t.getSpec().getTopicName() != null ? t.getSpec().getTopicName() : t.getMetadata().getName()))
                .findFirst().orElse(null);
    }

    @ParameterizedTest
    @MethodSource("kafkaServices")
    void eachServiceWritesOnlyItsOwnTopicsAndReadsOnlyWhatItConsumes(String service) {
        ServiceConfig config = ServiceConfig.of(service);
        KafkaUser user = Manifests.named(KafkaUser.class, service)
                .orElseThrow(() -> new AssertionError(service + " has no KafkaUser of its name"));
        assertEquals(kafka().getMetadata().getName(), user.getMetadata().getLabels().get("strimzi.io/cluster"),
                service + ": the KafkaUser is not labelled for the cluster");
        assertTrue(user.getSpec().getAuthentication() instanceof KafkaUserScramSha512ClientAuthentication,
                service + ": the KafkaUser must authenticate with SCRAM-SHA-512 as the listener does");
        KafkaUserAuthorizationSimple authz = (KafkaUserAuthorizationSimple) user.getSpec().getAuthorization();
        Set<String> writes = new TreeSet<>();
        Set<String> reads = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        List<String> other = new ArrayList<>();
        for (AclRule rule : authz.getAcls()) {
            List<AclOperation> ops = rule.getOperations() == null ? List.of() : rule.getOperations();
            if (rule.getType() == AclRuleType.DENY || rule.getOperation() != null) {
                other.add("a deny rule or the removed 'operation' field: " + rule.getResource());
            } else if (rule.getResource() instanceof AclRuleTopicResource t && t.getPatternType() != AclResourcePatternType.PREFIX) {
                for (AclOperation op : ops) {
                    switch (op) {
                        case WRITE -> writes.add(t.getName());
                        case READ -> reads.add(t.getName());
                        case DESCRIBE -> { }
                        default -> other.add(op + " on topic " + t.getName());
                    }
                }
            } else if (rule.getResource() instanceof AclRuleGroupResource g && g.getPatternType() != AclResourcePatternType.PREFIX) {
                if (ops.equals(List.of(AclOperation.READ))) {
                    groups.add(g.getName());
                } else {
                    other.add(ops + " on group " + g.getName());
                }
            } else {
                other.add("a rule beyond literal topics and groups: " + rule.getResource());
            }
        }
        assertEquals(List.of(), other, service + ": ACLs beyond writing and reading named topics");
        assertEquals(config.writes(), writes, service + ": the topics it may write must be exactly those it writes "
                + "(its trace topic, the dead-letter topics of what it consumes)");
        assertEquals(config.consumedTopics(), reads, service + ": the topics it may read must be exactly those it consumes");
        assertEquals(config.groups(), groups, service + ": the consumer groups it may use must be exactly its own");
    }

    @ParameterizedTest
    @MethodSource("kafkaServices")
    void theServiceConnectsWithItsOwnCredentialsOverTls(String service) {
        Deployed d = Deployed.of(service);
        Kafka kafka = kafka();
        GenericKafkaListener listener = kafka.getSpec().getKafka().getListeners().stream()
                .filter(GenericKafkaListener::isTls).filter(l -> l.getAuth() instanceof KafkaListenerAuthenticationScramSha512)
                .findFirst().orElseThrow(() -> new AssertionError("the Kafka cluster has no TLS listener with SCRAM-SHA-512"));
        String bootstrap = kafka.getMetadata().getName() + "-kafka-bootstrap:" + listener.getPort();
        assertEquals(bootstrap, value(d, "kafka.bootstrap.servers"), service + ": the bootstrap address");
        assertEquals("SASL_SSL", value(d, "kafka.security.protocol"), service + ": the security protocol");
        assertEquals("SCRAM-SHA-512", value(d, "kafka.sasl.mechanism"), service + ": the SASL mechanism");
        Deployed.Setting jaas = d.setting("kafka.sasl.jaas.config").orElseThrow(
                () -> new AssertionError(service + ": no kafka.sasl.jaas.config"));
        assertEquals("secret " + service + "/sasl.jaas.config", jaas.source(),
                service + ": the SASL login must be its own KafkaUser's, from the secret Strimzi writes");
        assertEquals("PEM", value(d, "kafka.ssl.truststore.type"), service + ": the trust store type");
        assertNotNull(d.secretMountedAt(value(d, "kafka.ssl.truststore.location").replaceFirst("/[^/]+$", ""))
                        .filter((kafka.getMetadata().getName() + "-cluster-ca-cert")::equals).orElse(null),
                service + ": the trust store must be the cluster CA certificate Strimzi publishes");
    }

    static String value(Deployed d, String property) {
        return d.setting(property).map(Deployed.Setting::value)
                .orElseThrow(() -> new AssertionError(d.service + ": " + property + " is not set"));
    }

    @Test
    void everyKafkaTopicIsOneAServiceUses() {
        Set<String> used = new TreeSet<>();
        for (String s : kafkaServices()) {
            used.addAll(ServiceConfig.of(s).writes());
            used.addAll(ServiceConfig.of(s).consumedTopics());
        }
        List<String> unused = Manifests.of(KafkaTopic.class).stream()
                .map(t -> t.getSpec().getTopicName() != null ? t.getSpec().getTopicName() : t.getMetadata().getName())
                .filter(t -> !used.contains(t)).toList();
        assertEquals(List.of(), unused, "KafkaTopics no service writes or reads");
    }
}
