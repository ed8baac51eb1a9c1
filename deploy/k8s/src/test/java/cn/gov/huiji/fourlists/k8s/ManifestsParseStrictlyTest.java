package cn.gov.huiji.fourlists.k8s;

import cn.gov.huiji.fourlists.k8s.check.Manifests;
import cn.gov.huiji.fourlists.k8s.check.StrictModel;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every manifest under deploy/k8s parses into the published model classes (fabric8's Kubernetes model, Strimzi's
 * api, Keycloak's RealmRepresentation; the typed CloudNativePG and Keycloak Operator models) with unknown fields
 * refused: what a cluster would ignore silently is an error here.
 */
class ManifestsParseStrictlyTest {

    static final String NAMESPACE = "fourlists";

    @Test
    void everyManifestParsesIntoItsModelClassWithNoUnknownField() {
        assertEquals("[]", Manifests.faults().toString(),
                "these manifests are not what the model classes accept (an unknown or misspelt field, a wrong type, "
                        + "a kind the deployment does not use)");
        Map<String, Long> kinds = Manifests.all().stream()
                .collect(Collectors.groupingBy(Manifests.Doc::kind, TreeMap::new, Collectors.counting()));
        System.out.println("deploy/k8s: " + Manifests.all().size() + " manifests in " + Manifests.files().size()
                + " files: " + kinds);
        for (String kind : new String[]{"Deployment", "Service", "ConfigMap", "Secret", "PodDisruptionBudget",
                "HorizontalPodAutoscaler", "Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser", "Cluster", "Database",
                "Keycloak", "KeycloakRealmImport"}) {
            assertTrue(kinds.containsKey(kind), "deploy/k8s has no " + kind + " at all");
        }
    }

    @Test
    void aMisspeltFieldIsRefusedInEveryModelFamily() {
        assertRefused("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: list-service}
                spec: {replica: 2}
                """, "replica");
        assertRefused("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: list-events}
                spec: {partitons: 6}
                """, "partitons");
        assertRefused("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: fourlists-db}
                spec: {instances: 3, storage: {size: 1Gi}, managed: {roles: [{name: a, passwordSecrets: {name: b}}]}}
                """, "passwordSecrets");
        assertRefused("""
                apiVersion: k8s.keycloak.org/v2alpha1
                kind: KeycloakRealmImport
                metadata: {name: fourlists}
                spec: {keycloakCRName: sso, realm: {realm: fourlists, bruteForceProtection: true}}
                """, "bruteForceProtection");
        assertRefused("""
                apiVersion: v1
                kind: Secret
                metadata: {name: x}
                stringdata: {a: b}
                """, "stringdata");
    }

    @Test
    void everythingLivesInTheOneNamespaceWhereSecretsCanBeShared() {
        List<String> elsewhere = Manifests.all().stream().filter(d -> !d.kind().equals("Namespace"))
                .filter(d -> !NAMESPACE.equals(d.tree().path("metadata").path("namespace").asText()))
                .map(Manifests.Doc::where).toList();
        assertEquals(List.of(), elsewhere, "manifests outside the namespace " + NAMESPACE
                + " (a pod mounts Secrets and reaches Services of its own namespace only)");
    }

    /** The keys secrets/generate knows how to fill (its value_for). */
    static final java.util.regex.Pattern GENERATED_KEY = java.util.regex.Pattern.compile(
            "password|workbench|integration|.+\\.active-key-id|.+\\.keys\\.prod-1|.+\\.pk8|.+\\.pub\\.pem");

    @Test
    void noSecretValueIsWrittenDownAndSecretsGenerateFillsEveryOne() {
        List<String> problems = new java.util.ArrayList<>();
        for (io.fabric8.kubernetes.api.model.Secret secret : Manifests.of(io.fabric8.kubernetes.api.model.Secret.class)) {
            Map<String, String> values = new TreeMap<>();
            if (secret.getStringData() != null) {
                values.putAll(secret.getStringData());
            }
            if (secret.getData() != null) {
                values.putAll(secret.getData());
            }
            values.forEach((key, value) -> {
                if (key.equals("username")) {
                    return; // a role's name is no secret: CloudNativePG and the services must agree on it
                }
                if (!value.isEmpty()) {
                    problems.add(secret.getMetadata().getName() + "/" + key + " holds a value in git");
                } else if (!GENERATED_KEY.matcher(key).matches()) {
                    problems.add(secret.getMetadata().getName() + "/" + key + " is a key secrets/generate cannot fill");
                }
            });
        }
        assertEquals(List.of(), problems, "the Secret templates under deploy/k8s/secrets");
    }

    @Test
    void aKindTheDeploymentDoesNotUseIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Manifests.model(one("""
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: kafka}
                """)));
        assertTrue(e.getMessage().contains("apps/v1/StatefulSet"), e.getMessage());
    }

    @Test
    void everyManifestFileHoldsAtLeastOneDocument() {
        assertFalse(Manifests.files().isEmpty(), "no manifest found under deploy/k8s");
        for (var file : Manifests.files()) {
            assertFalse(StrictModel.documents(file).isEmpty(), file + " holds no manifest");
        }
    }

    private static JsonNode one(String yaml) {
        return StrictModel.documents(yaml).get(0);
    }

    private static void assertRefused(String yaml, String field) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Manifests.model(one(yaml)),
                "the misspelt field '" + field + "' was accepted: the strict reading lets unknown fields through");
        assertTrue(e.getMessage().contains(field), "the refusal should name '" + field + "': " + e.getMessage());
    }
}
