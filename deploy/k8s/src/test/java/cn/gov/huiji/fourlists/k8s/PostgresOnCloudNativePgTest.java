package cn.gov.huiji.fourlists.k8s;

import cn.gov.huiji.fourlists.k8s.check.Deployed;
import cn.gov.huiji.fourlists.k8s.check.Manifests;
import cn.gov.huiji.fourlists.k8s.check.ServiceConfig;
import cn.gov.huiji.fourlists.k8s.model.Cnpg;
import io.fabric8.kubernetes.api.model.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL on CloudNativePG: one Cluster with a database per service, named as the local suite names them, each
 * owned by the service's owner role (Flyway migrates as it) and used by a separate application role that owns
 * nothing (issue 13: it cannot alter a table or disable a trigger). The roles are the Cluster's managed roles, their
 * passwords in the same basic-auth Secrets the Deployments read.
 */
class PostgresOnCloudNativePgTest {

    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([\\w-]+)");

    static List<String> databaseServices() {
        return ServiceConfig.SERVICES.stream().filter(s -> ServiceConfig.of(s).usesDatabase()).toList();
    }

    static Cnpg.Cluster cluster() {
        List<Cnpg.Cluster> all = Manifests.of(Cnpg.Cluster.class);
        assertEquals(1, all.size(), "expected one CloudNativePG Cluster");
        return all.get(0);
    }

    /** The databases deploy/local creates (lib.sh DATABASES), read, never changed. */
    static List<String> localDatabases() throws IOException {
        String lib = Files.readString(Manifests.REPO.resolve("deploy/local/lib.sh"));
        Matcher m = Pattern.compile("(?m)^DATABASES=\\(([^)]*)\\)").matcher(lib);
        assertTrue(m.find(), "deploy/local/lib.sh no longer declares DATABASES=(...)");
        return Arrays.stream(m.group(1).trim().split("\\s+")).toList();
    }

    @ParameterizedTest
    @MethodSource("databaseServices")
    void theServiceHasItsDatabaseOwnedByItsOwnerRoleAndUsedByItsApplicationRole(String service) throws IOException {
        Deployed d = Deployed.of(service);
        Cnpg.Cluster cluster = cluster();
        String url = d.setting("quarkus.datasource.jdbc.url").map(Deployed.Setting::value)
                .orElseThrow(() -> new AssertionError(service + ": no JDBC URL in its ConfigMap"));
        Matcher m = JDBC.matcher(url);
        assertTrue(m.matches(), service + ": not a PostgreSQL JDBC URL: " + url);
        assertEquals(cluster.metadata().getName() + "-rw", m.group(1),
                service + ": the URL must name the Cluster's read-write service (the primary)");
        String db = m.group(3);
        Matcher local = JDBC.matcher(ServiceConfig.of(service).prod("quarkus.datasource.jdbc.url").orElseThrow());
        assertTrue(local.matches() && local.group(3).equals(db), service + ": the database " + db
                + " is not the one the service's own configuration names");
        assertTrue(localDatabases().contains(db), service + ": " + db + " is not among deploy/local's databases");

        Cnpg.Database database = Manifests.of(Cnpg.Database.class).stream().filter(x -> x.spec().name().equals(db))
                .findFirst().orElseThrow(() -> new AssertionError(service + ": no Database resource for " + db));
        assertEquals(cluster.metadata().getName(), database.spec().cluster().getName(), service + ": the Database's cluster");
        assertEquals("retain", database.spec().databaseReclaimPolicy(),
                service + ": deleting the Database resource must never drop the service's data");

        String owner = role(service, d, "quarkus.flyway.username");
        String app = role(service, d, "quarkus.datasource.username");
        assertNotEquals(owner, app, service + ": the application role must not be the owner");
        assertEquals(owner, database.spec().owner(), service + ": the database's owner must be the role Flyway migrates as");
        for (String[] r : new String[][]{{owner, secretOf(d, "quarkus.flyway.username")},
                {app, secretOf(d, "quarkus.datasource.username")}}) {
            Cnpg.Role role = cluster.spec().managed().roles().stream().filter(x -> x.name().equals(r[0])).findFirst()
                    .orElseThrow(() -> new AssertionError(service + ": the Cluster does not manage the role " + r[0]));
            assertEquals(r[1], role.passwordSecret() == null ? null : role.passwordSecret().getName(),
                    service + ": the role " + r[0] + " must take its password from the secret the service reads");
            assertTrue(Boolean.TRUE.equals(role.login()), service + ": the role " + r[0] + " cannot log in");
            assertFalse(Boolean.TRUE.equals(role.superuser()) || Boolean.TRUE.equals(role.createdb())
                    || Boolean.TRUE.equals(role.createrole()) || Boolean.TRUE.equals(role.bypassrls()),
                    service + ": the role " + r[0] + " has powers beyond its database");
        }
        assertEquals("secret " + secretOf(d, "quarkus.datasource.username") + "/password",
                d.setting("quarkus.datasource.password").map(Deployed.Setting::source).orElse(null),
                service + ": the application role's password must come from the same secret as its name");
        assertEquals("secret " + secretOf(d, "quarkus.flyway.username") + "/password",
                d.setting("quarkus.flyway.password").map(Deployed.Setting::source).orElse(null),
                service + ": the owner role's password must come from the same secret as its name");
    }

    static String secretOf(Deployed d, String property) {
        String source = d.setting(property).map(Deployed.Setting::source)
                .orElseThrow(() -> new AssertionError(d.service + ": " + property + " is not set"));
        assertTrue(source.startsWith("secret ") && source.endsWith("/username"),
                d.service + ": " + property + " must be the username key of a secret, not " + source);
        return source.substring("secret ".length(), source.length() - "/username".length());
    }

    /** The role named by the basic-auth secret the setting reads. */
    static String role(String service, Deployed d, String property) {
        String name = secretOf(d, property);
        Secret s = Manifests.named(Secret.class, name).orElseThrow(() -> new AssertionError(service + ": no secret " + name));
        assertEquals("kubernetes.io/basic-auth", s.getType(), name + ": CloudNativePG reads role passwords from basic-auth secrets");
        assertEquals("true", Optional.ofNullable(s.getMetadata().getLabels()).map(l -> l.get("cnpg.io/reload")).orElse(null),
                name + ": without the label cnpg.io/reload a changed password never reaches PostgreSQL");
        String role = s.getStringData() == null ? null : s.getStringData().get("username");
        assertNotNull(role, name + ": the secret names no username");
        assertTrue(role.startsWith(service.replace('-', '_')), name + ": the role " + role + " is not the service's");
        return role;
    }

    @Test
    void everyDatabaseOfTheLocalSuiteExistsInTheCluster() throws IOException {
        Cnpg.Cluster cluster = cluster();
        List<String> inCluster = new java.util.ArrayList<>(Manifests.of(Cnpg.Database.class).stream()
                .map(x -> x.spec().name()).toList());
        Optional.ofNullable(cluster.spec().bootstrap()).map(Cnpg.Bootstrap::initdb).map(Cnpg.InitDb::database)
                .ifPresent(inCluster::add);
        for (String db : localDatabases()) {
            assertTrue(inCluster.contains(db), "the local suite's database " + db + " is not in the Cluster: " + inCluster);
        }
        assertTrue(cluster.spec().instances() >= 3, "a primary and two standbys, so that a failover keeps a standby");
    }
}
