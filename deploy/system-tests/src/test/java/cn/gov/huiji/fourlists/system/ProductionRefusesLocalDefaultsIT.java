package cn.gov.huiji.fourlists.system;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Production settings that cannot be forgotten: each service's jar, started in the production profile with a
 * local-development value (the committed identity key, the local database password, key generation for the log) or
 * without a secret, exits at once and names the setting.
 */
class ProductionRefusesLocalDefaultsIT {

    static final String DEV_KEY = "tZo8vbpTj3YtHSpSt7ocMN1lf+yOsOFNIxMCf4McsKk=";
    /** disclosure-service's committed key that seals certificate numbers (local development only). */
    static final String DISCLOSURE_DEV_KEY = "lFpfUfg727j1Obd6qzsSI5hJHP4NKhGZmVAG2vJjcxo=";

    /** Starts the jar in the prod profile on a free port; returns its exit code and output (it must exit by itself). */
    static Result start(String service, String... settings) throws Exception {
        Path jar = Suite.REPO.resolve(service + "/target/quarkus-app/quarkus-run.jar");
        assertTrue(Files.exists(jar), jar + " is built by test-all");
        List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-Dquarkus.http.port=0", "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.datasource.username=fourlists", "-Dquarkus.log.console.json=false"));
        command.addAll(List.of(settings));
        command.addAll(List.of("-jar", jar.toString()));
        Path log = Files.createTempFile("prod-" + service, ".log");
        Process p = new ProcessBuilder(command).directory(Suite.REPO.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(service + " started in production with local-development settings and kept running:\n" + read(log));
        }
        return new Result(p.exitValue(), read(log));
    }

    static String read(Path log) throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    record Result(int exit, String output) {
    }

    static void refused(Result r, String setting) {
        assertNotEquals(0, r.exit(), "the service must exit with an error:\n" + r.output());
        assertTrue(r.output().contains(setting), "the exit must name " + setting + ":\n" + r.output());
    }

    @Test
    void everyServiceRefusesTheLocalDatabasePassword() throws Exception {
        for (String service : List.of("list-service", "adjustment-service")) {
            refused(start(service, "-Dquarkus.datasource.password=fourlists"), "quarkus.datasource.password");
        }
    }

    @Test
    void complaintServiceRefusesTheCommittedIdentityKeyUnderAnyIdAndAMissingKey() throws Exception {
        Result committedKey = start("complaint-service", "-Dquarkus.datasource.password=fourlists",
                "-Dfourlists.complaint.identity.active-key-id=prod-2027", "-Dfourlists.complaint.identity.keys.prod-2027=" + DEV_KEY);
        refused(committedKey, "fourlists.complaint.identity.keys.prod-2027 holds a local-development default");
        refused(start("complaint-service", "-Dquarkus.datasource.password=fourlists"),
                "fourlists.complaint.identity.active-key-id");
    }

    /** Art. 8: a natural person's number is sealed with a key of production's own, never the repository's. */
    @Test
    void disclosureServiceRefusesTheLocalPasswordTheCommittedNumbersKeyUnderAnyIdAndAMissingKey() throws Exception {
        Result committedKey = start("disclosure-service", "-Dquarkus.datasource.password=fourlists",
                "-Dfourlists.disclosure.numbers.active-key-id=prod-2027", "-Dfourlists.disclosure.numbers.keys.prod-2027=" + DISCLOSURE_DEV_KEY);
        refused(committedKey, "fourlists.disclosure.numbers.keys.prod-2027 holds a local-development default");
        refused(committedKey, "quarkus.datasource.password holds a local-development default");
        refused(start("disclosure-service", "-Dquarkus.datasource.password=fourlists"), "fourlists.disclosure.numbers.active-key-id");
    }

    @Test
    void auditServiceRefusesToGenerateItsSigningKey() throws Exception {
        refused(start("audit-service", "-Dquarkus.datasource.password=fourlists", "-Dfourlists.log.generate-key-if-missing=true"),
                "fourlists.log.generate-key-if-missing");
    }
}
