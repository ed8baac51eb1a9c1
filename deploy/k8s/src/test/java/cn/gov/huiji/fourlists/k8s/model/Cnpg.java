package cn.gov.huiji.fourlists.k8s.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;

import java.util.List;
import java.util.Map;

/**
 * The CloudNativePG resources this deployment uses ({@code postgresql.cnpg.io/v1}), typed from the operator's API
 * ({@code api/v1/cluster_types.go} and {@code database_types.go} of CloudNativePG 1.30): CloudNativePG publishes no
 * Java model, so these records hold exactly the fields the manifests may set, with the CRD's JSON names. Any other
 * field is refused by {@link cn.gov.huiji.fourlists.k8s.check.StrictModel}; add a field here, from the CRD, when a
 * manifest needs it.
 */
public final class Cnpg {

    private Cnpg() {
    }

    static <T> T required(T value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new IllegalArgumentException(field + " is required by the CRD");
        }
        return value;
    }

    public record Cluster(String apiVersion, String kind, ObjectMeta metadata, ClusterSpec spec) {
        public Cluster {
            required(spec, "spec");
        }
    }

    /** {@code ClusterSpec}: only {@code instances} is required. */
    public record ClusterSpec(String description, String imageName, String imagePullPolicy, Integer instances,
                              Integer minSyncReplicas, Integer maxSyncReplicas, PostgresConfiguration postgresql,
                              Bootstrap bootstrap, Boolean enableSuperuserAccess, StorageConfiguration storage,
                              StorageConfiguration walStorage, Integer startDelay, Integer stopDelay,
                              Integer switchoverDelay, AffinityConfiguration affinity, ResourceRequirements resources,
                              String priorityClassName, String primaryUpdateStrategy, String primaryUpdateMethod,
                              Monitoring monitoring, String logLevel, Managed managed, Boolean enablePDB) {
        public ClusterSpec {
            required(instances, "spec.instances");
        }
    }

    public record PostgresConfiguration(Map<String, String> parameters,
                                        @JsonProperty("pg_hba") List<String> pgHba) {
    }

    public record Bootstrap(InitDb initdb) {
    }

    /** {@code BootstrapInitDB}: the database made at creation, its owner and the owner's basic-auth secret. */
    public record InitDb(String database, String owner, LocalObjectReference secret, Boolean dataChecksums,
                         String encoding, String localeCollate, String localeCType, List<String> postInitSQL) {
    }

    public record StorageConfiguration(String storageClass, String size, Boolean resizeInUseVolumes) {
        public StorageConfiguration {
            required(size, "storage.size");
        }
    }

    public record AffinityConfiguration(Boolean enablePodAntiAffinity, String topologyKey,
                                        String podAntiAffinityType, Map<String, String> nodeSelector) {
    }

    public record Monitoring(Boolean enablePodMonitor) {
    }

    public record Managed(List<Role> roles) {
    }

    /** {@code RoleConfiguration}: a role the operator keeps as declared, its password from a basic-auth secret. */
    public record Role(String name, String comment, String ensure, LocalObjectReference passwordSecret,
                       Integer connectionLimit, String validUntil, List<String> inRoles, Boolean inherit,
                       Boolean disablePassword, Boolean superuser, Boolean createdb, Boolean createrole,
                       Boolean login, Boolean replication, Boolean bypassrls) {
        public Role {
            required(name, "managed.roles[].name");
        }
    }

    public record Database(String apiVersion, String kind, ObjectMeta metadata, DatabaseSpec spec) {
        public Database {
            required(spec, "spec");
        }
    }

    /** {@code DatabaseSpec}: {@code cluster}, {@code name} and {@code owner} are required. */
    public record DatabaseSpec(LocalObjectReference cluster, String ensure, String name, String owner,
                               String template, String encoding, String locale, Integer connectionLimit,
                               Boolean allowConnections, String databaseReclaimPolicy) {
        public DatabaseSpec {
            required(cluster, "spec.cluster");
            required(name, "spec.name");
            required(owner, "spec.owner");
        }
    }
}
