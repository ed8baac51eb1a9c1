package cn.gov.huiji.fourlists.k8s.check;

import cn.gov.huiji.fourlists.k8s.check.Manifests.Doc;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.user.KafkaUser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One service as deployed: its generated Deployment, and every setting its container gets, each with where the value
 * comes from (a literal, a ConfigMap key, a Secret key).
 */
public final class Deployed {

    /** A setting of the container: the variable's name, the value when it is written down, and its source. */
    public record Setting(String name, String value, String source) {
    }

    /**
     * The one variable Quarkus adds on its own: the pod's namespace, from the pod's metadata, for its Kubernetes
     * client. It carries no configuration of the service, so it is left out of the settings checked.
     */
    static final String POD_NAMESPACE = "KUBERNETES_NAMESPACE";

    public final String service;
    public final Deployment deployment;
    public final Container container;

    private Deployed(String service, Deployment deployment) {
        this.service = service;
        this.deployment = deployment;
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        if (containers.size() != 1) {
            throw new AssertionError(service + ": expected one container, found " + containers.size());
        }
        this.container = containers.get(0);
    }

    /** The service's Deployment, from generated/&lt;service&gt;.yml. */
    public static Deployed of(String service) {
        List<Deployment> found = Manifests.all().stream()
                .filter(d -> d.where().startsWith("generated/" + service + ".yml#"))
                .map(Doc::model).filter(Deployment.class::isInstance).map(Deployment.class::cast).toList();
        if (found.size() != 1) {
            throw new AssertionError("generated/" + service + ".yml must hold exactly one Deployment (found "
                    + found.size() + "): run deploy/k8s/generate");
        }
        return new Deployed(service, found.get(0));
    }

    public static Optional<ConfigMap> configMap(String name) {
        return Manifests.named(ConfigMap.class, name);
    }

    /**
     * The keys of a Secret: a template under secrets/ (filled in by secrets/generate), or a Secret an operator makes
     * (a KafkaUser's credentials, the Kafka cluster's CA certificate).
     */
    public static Optional<Set<String>> secretKeys(String name) {
        Optional<Secret> template = Manifests.named(Secret.class, name);
        if (template.isPresent()) {
            Set<String> keys = new TreeSet<>();
            if (template.get().getStringData() != null) {
                keys.addAll(template.get().getStringData().keySet());
            }
            if (template.get().getData() != null) {
                keys.addAll(template.get().getData().keySet());
            }
            return Optional.of(keys);
        }
        // Strimzi's User Operator writes a SCRAM-SHA-512 user's password into a Secret named after the KafkaUser
        if (Manifests.of(KafkaUser.class).stream().anyMatch(u -> u.getMetadata().getName().equals(name))) {
            return Optional.of(Set.of("password", "sasl.jaas.config"));
        }
        // Strimzi's Cluster Operator publishes the cluster CA certificate clients trust as <cluster>-cluster-ca-cert
        if (Manifests.of(Kafka.class).stream().anyMatch(k -> (k.getMetadata().getName() + "-cluster-ca-cert").equals(name))) {
            return Optional.of(Set.of("ca.crt", "ca.p12", "ca.password"));
        }
        return Optional.empty();
    }

    /** Every setting of the container, in order: env entries, then the keys of each envFrom source. */
    public List<Setting> settings() {
        List<Setting> out = new ArrayList<>();
        for (EnvVar e : env()) {
            if (e.getValueFrom() == null) {
                out.add(new Setting(e.getName(), e.getValue(), "literal"));
            } else if (e.getValueFrom().getSecretKeyRef() != null) {
                out.add(new Setting(e.getName(), null, "secret " + e.getValueFrom().getSecretKeyRef().getName()
                        + "/" + e.getValueFrom().getSecretKeyRef().getKey()));
            } else if (e.getValueFrom().getConfigMapKeyRef() != null) {
                String cm = e.getValueFrom().getConfigMapKeyRef().getName();
                String key = e.getValueFrom().getConfigMapKeyRef().getKey();
                out.add(new Setting(e.getName(), configMap(cm).map(c -> c.getData().get(key)).orElse(null),
                        "configmap " + cm + "/" + key));
            } else {
                out.add(new Setting(e.getName(), null, "field"));
            }
        }
        for (EnvFromSource from : Optional.ofNullable(container.getEnvFrom()).orElse(List.of())) {
            String prefix = Optional.ofNullable(from.getPrefix()).orElse("");
            if (from.getConfigMapRef() != null) {
                String cm = from.getConfigMapRef().getName();
                configMap(cm).ifPresent(c -> c.getData().forEach((k, v) ->
                        out.add(new Setting(prefix + k, v, "configmap " + cm))));
            }
            if (from.getSecretRef() != null) {
                String s = from.getSecretRef().getName();
                secretKeys(s).ifPresent(keys -> keys.forEach(k -> out.add(new Setting(prefix + k, null, "secret " + s))));
            }
        }
        return out;
    }

    /** The container's env entries, but the pod's namespace Quarkus adds (see {@link #POD_NAMESPACE}). */
    public List<EnvVar> env() {
        return Optional.ofNullable(container.getEnv()).orElse(List.of()).stream()
                .filter(e -> !(e.getName().equals(POD_NAMESPACE) && e.getValueFrom() != null
                        && e.getValueFrom().getFieldRef() != null
                        && "metadata.namespace".equals(e.getValueFrom().getFieldRef().getFieldPath())))
                .toList();
    }

    /** The settings as a map by name (a later source wins, as in Kubernetes: env over envFrom). */
    public Map<String, Setting> byName() {
        Map<String, Setting> out = new LinkedHashMap<>();
        List<Setting> all = settings();
        // env entries win over envFrom keys of the same name
        for (int i = all.size() - 1; i >= 0; i--) {
            out.putIfAbsent(all.get(i).name(), all.get(i));
        }
        return out;
    }

    /** Whether the container gets this setting, given by property name, in any of its forms. */
    public Optional<Setting> setting(String property) {
        String env = ServiceConfig.envForm(property);
        return settings().stream().filter(s -> s.name().equals(property) || s.name().equals(env)).findFirst();
    }

    /** The secret volumes of the pod, by volume name: the secret's name. */
    public Map<String, String> secretVolumes() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Volume v : Optional.ofNullable(deployment.getSpec().getTemplate().getSpec().getVolumes()).orElse(List.of())) {
            if (v.getSecret() != null) {
                out.put(v.getName(), v.getSecret().getSecretName());
            }
        }
        return out;
    }

    public List<VolumeMount> mounts() {
        return Optional.ofNullable(container.getVolumeMounts()).orElse(List.of());
    }

    /** The secret mounted at this folder, if any. */
    public Optional<String> secretMountedAt(String folder) {
        return mounts().stream().filter(m -> m.getMountPath().equals(folder))
                .map(m -> secretVolumes().get(m.getName())).filter(java.util.Objects::nonNull).findFirst();
    }
}
