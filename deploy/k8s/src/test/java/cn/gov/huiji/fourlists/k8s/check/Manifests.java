package cn.gov.huiji.fourlists.k8s.check;

import cn.gov.huiji.fourlists.k8s.model.Cnpg;
import cn.gov.huiji.fourlists.k8s.model.KeycloakOperator;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every manifest under deploy/k8s: each YAML document of every {@code .yml}/{@code .yaml} file in the folders below,
 * read into the model class of its {@code apiVersion} and {@code kind}. A kind not listed here is refused: the
 * deployment uses these and no others, so a new one is added here with its model, and so is checked.
 */
public final class Manifests {

    /** deploy/k8s: Maven runs the tests in the module's folder. */
    public static final Path HERE = Path.of("").toAbsolutePath();
    public static final Path REPO = HERE.resolve("../..").normalize();
    public static final List<String> FOLDERS = List.of("generated", "infrastructure", "config", "scaling", "secrets");

    static final Map<String, Class<?>> KINDS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1/KafkaUser", KafkaUser.class),
            Map.entry("postgresql.cnpg.io/v1/Cluster", Cnpg.Cluster.class),
            Map.entry("postgresql.cnpg.io/v1/Database", Cnpg.Database.class),
            Map.entry("k8s.keycloak.org/v2alpha1/Keycloak", KeycloakOperator.Keycloak.class),
            Map.entry("k8s.keycloak.org/v2alpha1/KeycloakRealmImport", KeycloakOperator.KeycloakRealmImport.class));

    /** One YAML document: where it is, its tree as written, and its model object. */
    public record Doc(String where, JsonNode tree, Object model) {

        public String kind() {
            return tree.path("kind").asText();
        }

        public String name() {
            return tree.path("metadata").path("name").asText();
        }

        public String folder() {
            return where.substring(0, where.indexOf('/'));
        }
    }

    /** A document that is not a valid manifest, with the reason. */
    public record Fault(String where, String reason) {
        @Override
        public String toString() {
            return where + ": " + reason;
        }
    }

    private static List<Doc> all;
    private static List<Fault> faults;

    private Manifests() {
    }

    public static List<Path> files() {
        if (!HERE.endsWith(Path.of("deploy", "k8s"))) {
            throw new IllegalStateException("the checks run in deploy/k8s (Maven's module folder), not in " + HERE);
        }
        List<Path> out = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path dir = HERE.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                        .sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Reads one document into its model class, or throws naming what is wrong. */
    public static Object model(JsonNode node) {
        String key = node.path("apiVersion").asText() + "/" + node.path("kind").asText();
        Class<?> type = KINDS.get(key);
        if (type == null) {
            throw new IllegalArgumentException(key + " is not a kind this deployment uses (known: "
                    + KINDS.keySet().stream().sorted().toList() + ")");
        }
        if (node.path("metadata").path("name").asText().isBlank()) {
            throw new IllegalArgumentException("metadata.name is missing");
        }
        return StrictModel.read(node, type);
    }

    private static synchronized void load() {
        if (all != null) {
            return;
        }
        List<Doc> docs = new ArrayList<>();
        List<Fault> bad = new ArrayList<>();
        for (Path file : files()) {
            String rel = HERE.relativize(file).toString();
            List<JsonNode> nodes;
            try {
                nodes = StrictModel.documents(file);
            } catch (RuntimeException e) {
                bad.add(new Fault(rel, e.getMessage()));
                continue;
            }
            for (int i = 0; i < nodes.size(); i++) {
                String where = rel + "#" + (i + 1) + " (" + nodes.get(i).path("kind").asText("?") + " "
                        + nodes.get(i).path("metadata").path("name").asText("?") + ")";
                try {
                    docs.add(new Doc(where, nodes.get(i), model(nodes.get(i))));
                } catch (RuntimeException e) {
                    bad.add(new Fault(where, e.getMessage()));
                }
            }
        }
        all = List.copyOf(docs);
        faults = List.copyOf(bad);
    }

    /** The documents that did not parse (the strictness test lists them; the others assume none). */
    public static List<Fault> faults() {
        load();
        return faults;
    }

    public static List<Doc> all() {
        load();
        if (!faults.isEmpty()) {
            throw new AssertionError("manifests that do not parse (see ManifestsParseStrictlyTest): " + faults);
        }
        return all;
    }

    public static <T> List<T> of(Class<T> type) {
        return all().stream().map(Doc::model).filter(type::isInstance).map(type::cast).toList();
    }

    public static <T> List<T> of(Class<T> type, String folder) {
        return all().stream().filter(d -> d.folder().equals(folder)).map(Doc::model).filter(type::isInstance)
                .map(type::cast).toList();
    }

    public static <T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
        return of(type).stream().filter(r -> name.equals(r.getMetadata().getName())).findFirst();
    }

    public static String name(ObjectMeta meta) {
        return meta == null ? null : meta.getName();
    }
}
