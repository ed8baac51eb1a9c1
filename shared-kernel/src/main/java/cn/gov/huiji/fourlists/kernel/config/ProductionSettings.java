package cn.gov.huiji.fourlists.kernel.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A service started in production refuses to run on a missing secret or on a local-development default (the
 * committed AES key, the local database password, key generation for the log): it exits at once, naming the setting.
 * The local values live only in the dev, test and local profiles; the launcher runs the suite in the local profile.
 * <p>
 * Each service lists what it cannot run without ({@code fourlists.production.required}) and the values that are known
 * to be local defaults ({@code fourlists.production.local-defaults}: {@code setting=value}, a {@code *} at the end of a
 * setting matches every setting that starts so).
 */
@ApplicationScoped
public class ProductionSettings {

    private static final Logger LOG = Logger.getLogger(ProductionSettings.class);

    void onStart(@Observes StartupEvent event) {
        check();
    }

    /** Throws, naming each fault, when this process runs in production on missing or local-default settings. */
    public static void check() {
        if (LaunchMode.current() != LaunchMode.NORMAL || !ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        Map<String, String> values = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            config.getOptionalValue(name, String.class).ifPresent(v -> values.put(name, v));
        }
        List<String> faults = faults(values,
                config.getOptionalValues("fourlists.production.required", String.class).orElse(List.of()),
                config.getOptionalValues("fourlists.production.local-defaults", String.class).orElse(List.of()));
        if (!faults.isEmpty()) {
            faults.forEach(f -> LOG.error(f));
            throw new IllegalStateException("refusing to start in production: " + String.join("; ", faults));
        }
    }

    /** What is wrong with these settings for production, one line per setting; empty when they may run. */
    public static List<String> faults(Map<String, String> values, List<String> required, List<String> localDefaults) {
        List<String> faults = new ArrayList<>();
        for (String name : required) {
            String value = values.get(name);
            if (value == null || value.isBlank()) {
                faults.add(name + " is not set: production takes it from the environment, never from a default");
            }
        }
        for (String entry : localDefaults) {
            int eq = entry.indexOf('=');
            if (eq < 1) {
                continue;
            }
            String pattern = entry.substring(0, eq);
            String forbidden = entry.substring(eq + 1);
            Function<String, Boolean> matches = pattern.endsWith("*")
                    ? n -> n.startsWith(pattern.substring(0, pattern.length() - 1)) : n -> n.equals(pattern);
            values.forEach((name, value) -> {
                if (matches.apply(name) && value.equals(forbidden)) {
                    faults.add(name + " holds a local-development default: set a value of your own");
                }
            });
        }
        return faults;
    }
}
