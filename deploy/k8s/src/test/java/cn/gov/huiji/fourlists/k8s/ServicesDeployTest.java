package cn.gov.huiji.fourlists.k8s;

import cn.gov.huiji.fourlists.k8s.check.Deployed;
import cn.gov.huiji.fourlists.k8s.check.Manifests;
import cn.gov.huiji.fourlists.k8s.check.ServiceConfig;
import cn.gov.huiji.fourlists.k8s.check.StrictModel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Each service as Quarkus generated it (generated/&lt;service&gt;.yml), held against what the service reads: two
 * replicas with health probes and resources, the image Jib builds for it, configuration from ConfigMaps and Secrets
 * only and only keys the service reads, every file it is told to read mounted from a Secret, and a
 * PodDisruptionBudget and a HorizontalPodAutoscaler beside it.
 */
class ServicesDeployTest {

    static List<String> services() {
        return ServiceConfig.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void runsAtLeastTwoReplicasWithHealthProbesAndResources(String service) {
        Deployed d = Deployed.of(service);
        assertTrue(d.deployment.getSpec().getReplicas() >= 2, service + ": fewer than two replicas");
        Container c = d.container;
        int port = Integer.parseInt(ServiceConfig.of(service).prod("quarkus.http.port").orElse("8080"));
        assertTrue(c.getPorts().stream().anyMatch(p -> p.getContainerPort() == port && "http".equals(p.getName())),
                service + ": the container does not expose the service's port " + port + " as http: " + c.getPorts());
        assertProbe(service, "readiness", c.getReadinessProbe(), "/q/health/ready");
        assertProbe(service, "liveness", c.getLivenessProbe(), "/q/health/live");
        ResourceRequirements r = c.getResources();
        assertNotNull(r, service + ": no resources");
        for (String what : List.of("cpu", "memory")) {
            Quantity request = r.getRequests() == null ? null : r.getRequests().get(what);
            Quantity limit = r.getLimits() == null ? null : r.getLimits().get(what);
            assertNotNull(request, service + ": no " + what + " request");
            assertNotNull(limit, service + ": no " + what + " limit");
            assertTrue(request.getNumericalAmount().compareTo(limit.getNumericalAmount()) <= 0,
                    service + ": the " + what + " request " + request + " exceeds the limit " + limit);
        }
        Service svc = Manifests.named(Service.class, service).orElseThrow(
                () -> new AssertionError(service + ": no Service of that name"));
        Map<String, String> podLabels = d.deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertTrue(podLabels.entrySet().containsAll(svc.getSpec().getSelector().entrySet()),
                service + ": the Service's selector " + svc.getSpec().getSelector() + " does not select the pods " + podLabels);
        assertTrue(d.deployment.getSpec().getSelector().getMatchLabels().keySet().stream()
                        .noneMatch(k -> k.equals("app.kubernetes.io/version")),
                service + ": the version is in the Deployment's selector, which Kubernetes never lets change: "
                        + "an upgrade could not be applied");
    }

    private static void assertProbe(String service, String which, Probe probe, String path) {
        assertNotNull(probe, service + ": no " + which + " probe");
        assertNotNull(probe.getHttpGet(), service + ": the " + which + " probe is not an HTTP check");
        assertEquals(path, probe.getHttpGet().getPath(), service + ": the " + which + " probe's path");
    }

    @ParameterizedTest
    @MethodSource("services")
    void runsTheImageJibBuildsForThisServiceAndVersion(String service) throws IOException {
        String version = projectVersion();
        String image = Deployed.of(service).container.getImage();
        assertTrue(image.matches("([a-z0-9.-]+(:[0-9]+)?/)?fourlists/" + Pattern.quote(service) + ":" + Pattern.quote(version)),
                service + ": the image " + image + " is not fourlists/" + service + ":" + version
                        + " (optionally behind a registry) as Jib builds it");
    }

    static String projectVersion() throws IOException {
        String pom = Files.readString(Manifests.REPO.resolve("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>fourlists-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find(), "the root pom's version was not found");
        return m.group(1);
    }

    @ParameterizedTest
    @MethodSource("services")
    void everySettingItGetsIsOneTheServiceReads(String service) {
        ServiceConfig config = ServiceConfig.of(service);
        List<String> unread = Deployed.of(service).settings().stream().filter(s -> !config.reads(s.name()))
                .map(s -> s.name() + " (" + s.source() + ")").toList();
        assertEquals(List.of(), unread, service + " reads no such setting (not in its application.properties, the "
                + "kernel's microprofile-config.properties or a @ConfigMapping): Quarkus would ignore it silently");
    }

    @ParameterizedTest
    @MethodSource("services")
    void itsConfigurationComesOnlyFromConfigMapsAndSecretsThatExist(String service) {
        Deployed d = Deployed.of(service);
        List<String> problems = new ArrayList<>();
        for (EnvVar e : d.env()) {
            if (e.getValueFrom() == null) {
                problems.add(e.getName() + " is written into the Deployment; it belongs in the service's ConfigMap");
            } else if (e.getValueFrom().getSecretKeyRef() != null) {
                String s = e.getValueFrom().getSecretKeyRef().getName();
                String key = e.getValueFrom().getSecretKeyRef().getKey();
                Optional<Set<String>> keys = Deployed.secretKeys(s);
                if (keys.isEmpty() || !keys.get().contains(key)) {
                    problems.add(e.getName() + " reads key " + key + " of secret " + s + ", which is not there");
                }
            } else if (e.getValueFrom().getConfigMapKeyRef() != null) {
                String cm = e.getValueFrom().getConfigMapKeyRef().getName();
                if (Deployed.configMap(cm).map(c -> !c.getData().containsKey(e.getValueFrom().getConfigMapKeyRef().getKey())).orElse(true)) {
                    problems.add(e.getName() + " reads a ConfigMap key that is not there: " + cm);
                }
            } else {
                problems.add(e.getName() + " comes from the pod's own fields, not from configuration");
            }
        }
        for (EnvFromSource from : Optional.ofNullable(d.container.getEnvFrom()).orElse(List.of())) {
            if (from.getConfigMapRef() != null && Deployed.configMap(from.getConfigMapRef().getName()).isEmpty()) {
                problems.add("ConfigMap " + from.getConfigMapRef().getName() + " is not under deploy/k8s/config");
            }
            if (from.getSecretRef() != null && Deployed.secretKeys(from.getSecretRef().getName()).isEmpty()) {
                problems.add("Secret " + from.getSecretRef().getName() + " is neither a template under deploy/k8s/secrets "
                        + "nor made by an operator");
            }
        }
        for (Volume v : Optional.ofNullable(d.deployment.getSpec().getTemplate().getSpec().getVolumes()).orElse(List.of())) {
            if (v.getSecret() == null) {
                problems.add("volume " + v.getName() + " is not a Secret");
                continue;
            }
            Optional<Set<String>> keys = Deployed.secretKeys(v.getSecret().getSecretName());
            if (keys.isEmpty()) {
                problems.add("volume " + v.getName() + ": secret " + v.getSecret().getSecretName() + " does not exist");
                continue;
            }
            for (KeyToPath item : Optional.ofNullable(v.getSecret().getItems()).orElse(List.of())) {
                if (!keys.get().contains(item.getKey())) {
                    problems.add("volume " + v.getName() + " mounts key " + item.getKey() + " that secret "
                            + v.getSecret().getSecretName() + " does not have");
                }
            }
        }
        assertTrue(d.container.getEnvFrom() != null && d.container.getEnvFrom().stream().anyMatch(f -> f.getConfigMapRef() != null
                && f.getConfigMapRef().getName().equals(service + "-config")), service + " does not take its ConfigMap "
                + service + "-config");
        assertEquals(List.of(), problems, service + ": configuration that does not come from an existing ConfigMap or Secret");
    }

    @ParameterizedTest
    @MethodSource("services")
    void itGetsEverySettingProductionRefusesToStartWithout(String service) {
        Deployed d = Deployed.of(service);
        List<String> missing = ServiceConfig.of(service).productionRequired().stream()
                .filter(k -> d.setting(k).isEmpty()).toList();
        assertEquals(List.of(), missing, service + " would refuse to start (fourlists.production.required): "
                + "the Deployment gives it none of these");
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyFileItIsToldToReadIsMountedFromASecretThatHasIt(String service) {
        Deployed d = Deployed.of(service);
        List<String> problems = new ArrayList<>();
        for (Deployed.Setting s : d.settings()) {
            if (s.value() == null || !s.value().startsWith("/etc/fourlists/")) {
                continue;
            }
            Path p = Path.of(s.value());
            boolean file = p.getFileName().toString().contains(".");
            String dir = file ? p.getParent().toString() : s.value();
            Optional<String> secret = d.secretMountedAt(dir);
            if (secret.isEmpty()) {
                problems.add(s.name() + "=" + s.value() + ": nothing is mounted at " + dir);
            } else if (file && !Deployed.secretKeys(secret.get()).orElse(Set.of()).contains(p.getFileName().toString())) {
                problems.add(s.name() + "=" + s.value() + ": secret " + secret.get() + " has no " + p.getFileName());
            }
        }
        assertEquals(List.of(), problems, service + ": files it is told to read that will not be there");
    }

    @ParameterizedTest
    @MethodSource("services")
    void itSignsWithItsOwnKeyAndHoldsThePublicKeysOfEveryServiceItHears(String service) {
        ServiceConfig config = ServiceConfig.of(service);
        Deployed d = Deployed.of(service);
        String keyDirSetting = service.equals("workbench") ? "fourlists.workbench.event-key-dir" : "fourlists.trace.signing.key-dir";
        boolean signs = config.prod("fourlists.trace.topic").isPresent();
        if (!signs && config.consumedTopics().isEmpty()) {
            return; // the portal: neither signs nor reads events
        }
        Deployed.Setting dir = d.setting(keyDirSetting).orElseThrow(() -> new AssertionError(service
                + ": " + keyDirSetting + " is not set, so the keys would be looked for under the image's run/keys"));
        String secret = d.secretMountedAt(dir.value()).orElseThrow(() -> new AssertionError(service
                + ": no Secret is mounted at " + dir.value()));
        Set<String> files = Deployed.secretKeys(secret).orElse(Set.of());
        List<String> missing = new ArrayList<>();
        if (signs && !files.contains(service + ".pk8")) {
            missing.add(service + ".pk8");
        }
        for (String topic : config.consumedTopics()) {
            String producer = producerOf(topic);
            if (!files.contains(producer + ".pub.pem")) {
                missing.add(producer + ".pub.pem (it reads " + topic + ")");
            }
        }
        assertEquals(List.of(), missing, service + ": secret " + secret + " lacks keys the service needs");
        assertTrue(files.stream().filter(f -> f.endsWith(".pk8")).allMatch(f -> f.equals(service + ".pk8")),
                service + ": secret " + secret + " holds another service's private key: " + files);
    }

    static String producerOf(String topic) {
        return ServiceConfig.SERVICES.stream()
                .filter(s -> ServiceConfig.of(s).prod("fourlists.trace.topic").map(topic::equals).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no service writes " + topic));
    }

    @ParameterizedTest
    @MethodSource("services")
    void aPodDisruptionBudgetAndAnAutoscalerKeepItAvailable(String service) {
        Deployed d = Deployed.of(service);
        Map<String, String> podLabels = d.deployment.getSpec().getTemplate().getMetadata().getLabels();
        List<PodDisruptionBudget> pdbs = Manifests.of(PodDisruptionBudget.class).stream()
                .filter(p -> podLabels.entrySet().containsAll(p.getSpec().getSelector().getMatchLabels().entrySet()))
                .toList();
        assertEquals(1, pdbs.size(), service + ": expected one PodDisruptionBudget selecting its pods, found " + pdbs.size());
        PodDisruptionBudget pdb = pdbs.get(0);
        assertEquals(service, pdb.getSpec().getSelector().getMatchLabels().get("app.kubernetes.io/name"),
                service + ": the PodDisruptionBudget must select by the service's name only");
        assertTrue(pdb.getSpec().getMinAvailable() != null && pdb.getSpec().getMinAvailable().getIntVal() != null
                        && pdb.getSpec().getMinAvailable().getIntVal() >= 1
                        && pdb.getSpec().getMinAvailable().getIntVal() < d.deployment.getSpec().getReplicas(),
                service + ": the PodDisruptionBudget must keep at least one pod and still let a node drain");

        List<HorizontalPodAutoscaler> hpas = Manifests.of(HorizontalPodAutoscaler.class).stream()
                .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(service)).toList();
        assertEquals(1, hpas.size(), service + ": expected one HorizontalPodAutoscaler, found " + hpas.size());
        var spec = hpas.get(0).getSpec();
        assertEquals("Deployment", spec.getScaleTargetRef().getKind(), service + ": the autoscaler scales a Deployment");
        assertEquals("apps/v1", spec.getScaleTargetRef().getApiVersion(), service + ": the autoscaler's target apiVersion");
        assertEquals(d.deployment.getSpec().getReplicas(), spec.getMinReplicas(),
                service + ": the autoscaler's minimum must be the Deployment's replicas");
        assertTrue(spec.getMaxReplicas() > spec.getMinReplicas(), service + ": the autoscaler cannot scale out");
        assertTrue(spec.getMetrics().stream().anyMatch(m -> m.getResource() != null && "cpu".equals(m.getResource().getName())
                        && m.getResource().getTarget().getAverageUtilization() != null),
                service + ": the autoscaler has no CPU utilisation target");
    }

    /** Annotations Quarkus derives from the build (git commit, time): not part of what is deployed. */
    static final List<String> BUILD_ANNOTATIONS = List.of("app.quarkus.io/commit-id", "app.quarkus.io/build-timestamp",
            "app.quarkus.io/vcs-uri", "app.quarkus.io/vcs-url");

    @ParameterizedTest
    @MethodSource("services")
    void theCheckedInManifestIsWhatTheServiceGeneratesNow(String service) throws IOException {
        Path fresh = Manifests.REPO.resolve(service + "/target/kubernetes/kubernetes.yml");
        assumeTrue(Files.exists(fresh), service + " was not packaged in this build: nothing fresh to compare with");
        List<JsonNode> now = StrictModel.documents(fresh).stream().map(ServicesDeployTest::withoutBuildAnnotations).toList();
        List<JsonNode> committed = StrictModel.documents(Manifests.HERE.resolve("generated/" + service + ".yml")).stream()
                .map(ServicesDeployTest::withoutBuildAnnotations).toList();
        assertEquals(now, committed, "deploy/k8s/generated/" + service + ".yml is not what " + service
                + " generates now (its application.properties changed): run deploy/k8s/generate and commit the result");
    }

    /**
     * The document less what differs from one build to the next: the build's annotations, and the order of entries
     * (env variables, their sources, volumes, mounts), which quarkus-kubernetes writes in no fixed order and
     * Kubernetes reads by name.
     */
    static JsonNode withoutBuildAnnotations(JsonNode doc) {
        JsonNode copy = doc.deepCopy();
        for (JsonNode meta : List.of(copy.path("metadata"), copy.path("spec").path("template").path("metadata"))) {
            if (meta.path("annotations") instanceof ObjectNode a) {
                BUILD_ANNOTATIONS.forEach(a::remove);
                if (a.isEmpty()) {
                    ((ObjectNode) meta).remove("annotations");
                }
            }
        }
        sortNamed(copy);
        return copy;
    }

    private static void sortNamed(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
            array.forEach(ServicesDeployTest::sortNamed);
            List<JsonNode> items = new ArrayList<>();
            array.forEach(items::add);
            if (!items.isEmpty() && items.stream().allMatch(JsonNode::isObject)) {
                String key = items.stream().allMatch(i -> i.path("name").isTextual()) ? "name"
                        : items.stream().allMatch(i -> i.path("mountPath").isTextual()) ? "mountPath" : null;
                items.sort(java.util.Comparator.comparing(i -> key == null ? i.toString() : i.path(key).asText()));
                array.removeAll();
                items.forEach(array::add);
            }
        } else if (node instanceof ObjectNode object) {
            object.forEach(ServicesDeployTest::sortNamed);
        }
    }
}
