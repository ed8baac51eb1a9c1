package cn.gov.huiji.fourlists.kernel.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL for fast tests, started from Maven Central's binaries (no Docker, no server install).
 * Its files live under the module's target/ folder.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String APP_ROLE = "fourlists_app";
    private static final String APP_PASSWORD = "fourlists-app";
    private static volatile String ownerUrl;

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            Path base = Files.createDirectories(Path.of("target", "embedded-pg")).toAbsolutePath();
            Path data = Files.createTempDirectory(base, "data-");
            postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(base.toFile())
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
        // Two roles, as in the suite: Flyway migrates as the owner, the service runs as the application role.
        // (Zonky's getJdbcUrl puts the user into the URL, where it would win over the configured user name)
        ownerUrl = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
        try (Connection db = DriverManager.getConnection(ownerUrl, "postgres", "postgres"); Statement s = db.createStatement()) {
            s.execute("create role " + APP_ROLE + " login password '" + APP_PASSWORD + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the application role", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", ownerUrl,
                "quarkus.datasource.username", APP_ROLE,
                "quarkus.datasource.password", APP_PASSWORD,
                "quarkus.flyway.username", "postgres",
                "quarkus.flyway.password", "postgres");
    }

    /**
     * A connection as the tables' owner: what only an administrator could do (switch a trigger off and edit a row),
     * for tests that show such an edit is detected. The service itself never has it.
     */
    public static Connection asOwner() throws SQLException {
        return DriverManager.getConnection(ownerUrl, "postgres", "postgres");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
