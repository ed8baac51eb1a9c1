package cn.gov.huiji.fourlists.k8s.model;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import org.keycloak.representations.idm.RealmRepresentation;

import java.util.List;
import java.util.Map;

/**
 * The Keycloak Operator's resources ({@code k8s.keycloak.org/v2alpha1}), typed from its published CRDs
 * ({@code keycloaks.k8s.keycloak.org-v1.yml}, {@code keycloakrealmimports.k8s.keycloak.org-v1.yml}): the operator's
 * Java classes are not published to Maven Central, so these records hold the fields the manifests may set. The realm
 * itself is Keycloak's own {@link RealmRepresentation}, as the CRD says ("accepts a full RealmRepresentation").
 */
public final class KeycloakOperator {

    private KeycloakOperator() {
    }

    public record Keycloak(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {
        public Keycloak {
            Cnpg.required(spec, "spec");
        }
    }

    public record Spec(Integer instances, String image, Boolean startOptimized, Db db, Hostname hostname, Http http,
                       Proxy proxy, Ingress ingress, BootstrapAdmin bootstrapAdmin, Features features,
                       List<Option> additionalOptions, ResourceRequirements resources) {
    }

    public record SecretKey(String name, String key, Boolean optional) {
        public SecretKey {
            Cnpg.required(name, "secret name");
        }
    }

    public record Db(String vendor, String host, Integer port, String database, String schema, String url,
                     SecretKey usernameSecret, SecretKey passwordSecret, Integer poolInitialSize,
                     Integer poolMinSize, Integer poolMaxSize) {
    }

    public record Hostname(String hostname, String admin, String adminUrl, Boolean strict,
                           Boolean strictBackchannel, Boolean backchannelDynamic) {
    }

    public record Http(Boolean httpEnabled, Integer httpPort, Integer httpsPort, String tlsSecret) {
    }

    /** {@code xforwarded} or {@code forwarded}: which proxy headers Keycloak believes. */
    public record Proxy(String headers) {
    }

    public record Ingress(Boolean enabled, String className, Map<String, String> annotations) {
    }

    public record BootstrapAdmin(SecretName user, SecretName service) {
    }

    public record SecretName(String secret) {
    }

    public record Features(List<String> enabled, List<String> disabled) {
    }

    public record Option(String name, String value, SecretKey secret) {
    }

    public record KeycloakRealmImport(String apiVersion, String kind, ObjectMeta metadata, RealmImportSpec spec) {
        public KeycloakRealmImport {
            Cnpg.required(spec, "spec");
        }
    }

    /** {@code keycloakCRName} and {@code realm} are required; placeholders fill {@code ${NAME}} from secrets. */
    public record RealmImportSpec(String keycloakCRName, RealmRepresentation realm,
                                  Map<String, Placeholder> placeholders, ResourceRequirements resources) {
        public RealmImportSpec {
            Cnpg.required(keycloakCRName, "spec.keycloakCRName");
            Cnpg.required(realm, "spec.realm");
        }
    }

    public record Placeholder(SecretKey secret) {
    }
}
