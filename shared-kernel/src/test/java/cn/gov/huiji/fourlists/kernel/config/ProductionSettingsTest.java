package cn.gov.huiji.fourlists.kernel.config;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Production never runs on a missing secret or on a committed local-development value, and says which setting. */
class ProductionSettingsTest {

    static final List<String> REQUIRED = List.of("quarkus.datasource.password", "fourlists.complaint.identity.active-key-id");
    static final List<String> LOCAL = List.of("quarkus.datasource.password=fourlists",
            "fourlists.complaint.identity.keys.*=tZo8vbpTj3YtHSpSt7ocMN1lf+yOsOFNIxMCf4McsKk=", "fourlists.log.generate-key-if-missing=true");

    @Test
    void aMissingSecretIsNamed() {
        List<String> faults = ProductionSettings.faults(Map.of("fourlists.complaint.identity.active-key-id", "k2027"), REQUIRED, LOCAL);
        assertEquals(1, faults.size(), faults.toString());
        assertTrue(faults.get(0).startsWith("quarkus.datasource.password is not set"), faults.get(0));
    }

    @Test
    void theCommittedKeyUnderAnyIdAndTheLocalPasswordAreRefused() {
        List<String> faults = ProductionSettings.faults(Map.of("quarkus.datasource.password", "fourlists",
                "fourlists.complaint.identity.active-key-id", "renamed",
                "fourlists.complaint.identity.keys.renamed", "tZo8vbpTj3YtHSpSt7ocMN1lf+yOsOFNIxMCf4McsKk=",
                "fourlists.log.generate-key-if-missing", "true"), REQUIRED, LOCAL);
        assertEquals(3, faults.size(), faults.toString());
        assertTrue(faults.stream().anyMatch(f -> f.startsWith("fourlists.complaint.identity.keys.renamed holds a local-development default")));
    }

    @Test
    void settingsOfItsOwnRun() {
        assertTrue(ProductionSettings.faults(Map.of("quarkus.datasource.password", "s3cret-from-the-vault",
                "fourlists.complaint.identity.active-key-id", "k2027", "fourlists.complaint.identity.keys.k2027", "x"), REQUIRED, LOCAL).isEmpty());
    }
}
