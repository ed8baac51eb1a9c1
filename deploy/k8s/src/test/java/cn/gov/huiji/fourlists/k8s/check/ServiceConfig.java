package cn.gov.huiji.fourlists.k8s.check;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What one service reads, from its sources: the shared kernel's {@code META-INF/microprofile-config.properties}, its
 * own {@code application.properties} (every profile: a key set only for dev is still a key the service reads) and the
 * {@code @ConfigMapping} interfaces of the kernel and the service. A deployment may set only such keys: a misspelt or
 * stale variable would be ignored silently by Quarkus, and the setting it meant would keep its local default.
 */
public final class ServiceConfig {

    public static final List<String> SERVICES = List.of("list-service", "adjustment-service", "complaint-service",
            "audit-service", "disclosure-service", "portal", "workbench");

    private static final Pattern PROFILE = Pattern.compile("^%[\\w,-]+\\.");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

    public final String module;
    /** Settings as the prod profile sees them (the kernel's under the service's own). */
    private final Map<String, String> prod = new TreeMap<>();
    /** Every key named anywhere in the two files, profile prefixes removed, and every ${NAME} they refer to. */
    private final Set<String> keys = new TreeSet<>();
    private final List<ConfigMappings.Property> mapped;

    private ServiceConfig(String module) {
        this.module = module;
        Path kernelProps = Manifests.REPO.resolve("shared-kernel/src/main/resources/META-INF/microprofile-config.properties");
        Path ownProps = Manifests.REPO.resolve(module + "/src/main/resources/application.properties");
        boolean withKernel = dependsOnWholeKernel(module);
        Properties kernel = withKernel ? load(kernelProps) : new Properties();
        Properties own = load(ownProps);
        for (Properties p : List.of(kernel, own)) {
            for (String k : p.stringPropertyNames()) {
                keys.add(PROFILE.matcher(k).replaceFirst(""));
                Matcher m = EXPRESSION.matcher(p.getProperty(k));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        for (Properties p : List.of(kernel, own)) {
            p.stringPropertyNames().stream().filter(k -> !k.startsWith("%")).forEach(k -> prod.put(k, p.getProperty(k)));
            p.stringPropertyNames().stream().filter(k -> k.startsWith("%prod.")).forEach(k -> prod.put(k.substring(6), p.getProperty(k)));
        }
        mapped = Stream.concat(
                withKernel ? ConfigMappings.in(Manifests.REPO.resolve("shared-kernel/src/main/java")).stream() : Stream.empty(),
                ConfigMappings.in(Manifests.REPO.resolve(module + "/src/main/java")).stream()).toList();
    }

    /**
     * Whether the module has the whole shared kernel (its beans and its microprofile-config.properties) rather than
     * one of its classifier jars (time, labels, parts), which bring classes only: the portal and the workbench.
     */
    static boolean dependsOnWholeKernel(String module) {
        try {
            String pom = Files.readString(Manifests.REPO.resolve(module + "/pom.xml"));
            Matcher m = Pattern.compile("(?s)<dependency>(.*?)</dependency>").matcher(pom);
            while (m.find()) {
                String d = m.group(1);
                if (d.contains("<artifactId>shared-kernel</artifactId>") && !d.contains("<classifier>")
                        && !d.contains("<type>") && !d.contains("<scope>test</scope>")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ServiceConfig of(String module) {
        return new ServiceConfig(module);
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return p;
    }

    /** Quarkus' environment-variable form of a key: upper case, every other character an underscore. */
    public static String envForm(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /**
     * Whether the service reads this setting, given as an environment variable ({@code QUARKUS_DATASOURCE_USERNAME})
     * or as a property name ({@code fourlists.complaint.identity.keys.k2027}, as a Secret key may be: the dotted
     * form is how a map key such as a key id keeps its case and dashes).
     */
    public boolean reads(String name) {
        if (name.contains(".")) {
            return keys.contains(name) || mapped.stream().anyMatch(p -> p.matches(name))
                    || (usesKafka() && name.startsWith("kafka."));
        }
        String env = envForm(name);
        return keys.stream().anyMatch(k -> envForm(k).equals(env))
                || mapped.stream().anyMatch(p -> p.matchesEnv(env))
                // Quarkus hands every kafka.* setting to each Kafka client of the service (its default configuration)
                || (usesKafka() && env.startsWith("KAFKA_"));
    }

    public Optional<String> prod(String key) {
        return Optional.ofNullable(prod.get(key)).map(this::resolve);
    }

    private String resolve(String value) {
        Matcher m = EXPRESSION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = prod.containsKey(m.group(1)) ? resolve(prod.get(m.group(1))) : m.group(2) == null ? m.group() : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    public List<String> listValue(String key) {
        return prod(key).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** The settings production refuses to start without (kernel ProductionSettings). */
    public List<String> productionRequired() {
        return listValue("fourlists.production.required");
    }

    public boolean usesKafka() {
        return !incoming().isEmpty() || !writes().isEmpty();
    }

    public boolean usesDatabase() {
        return prod("quarkus.datasource.jdbc.url").isPresent();
    }

    /** A Kafka channel this service consumes: its topics and consumer group. */
    public record Incoming(String channel, List<String> topics, String group, Optional<String> deadLetterTopic) {
    }

    private boolean kafkaChannel(String direction, String channel) {
        return prod("mp.messaging." + direction + "." + channel + ".connector").map("smallrye-kafka"::equals).orElse(false);
    }

    private Set<String> channels(String direction) {
        String prefix = "mp.messaging." + direction + ".";
        return prod.keySet().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length()))
                .map(k -> k.substring(0, k.indexOf('.'))).filter(c -> kafkaChannel(direction, c))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public List<Incoming> incoming() {
        List<Incoming> out = new ArrayList<>();
        for (String c : channels("incoming")) {
            String p = "mp.messaging.incoming." + c + ".";
            List<String> topics = prod(p + "topics").isPresent() ? listValue(p + "topics")
                    : List.of(prod(p + "topic").orElse(c));
            String group = prod(p + "group.id").or(() -> prod("mp.messaging.connector.smallrye-kafka.group.id"))
                    .or(() -> prod("quarkus.application.name")).orElseThrow();
            Optional<String> dlq = prod(p + "failure-strategy").filter("dead-letter-queue"::equals)
                    .map(s -> prod(p + "dead-letter-queue.topic").orElse("dead-letter-topic-" + c));
            out.add(new Incoming(c, topics, group, dlq));
        }
        return out;
    }

    public Set<String> consumedTopics() {
        return incoming().stream().flatMap(i -> i.topics().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    public Set<String> groups() {
        return incoming().stream().map(Incoming::group).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Every topic this service produces to: its trace topic (the outbox relay), each outgoing Kafka channel's topic,
     * each dead-letter topic of its consumers, and, for a service with an outgoing {@code dead-letters} channel
     * (audit-service's TraceIngestor), the {@code <topic>.dlq} of every topic it consumes: that is where it sends a
     * record it must not hold.
     */
    public Set<String> writes() {
        Set<String> out = new TreeSet<>();
        for (String c : channels("outgoing")) {
            prod("mp.messaging.outgoing." + c + ".topic").filter(t -> !t.contains("${")).ifPresent(out::add);
            if (c.equals("dead-letters")) {
                consumedTopics().forEach(t -> out.add(t + ".dlq"));
            }
        }
        prod("fourlists.trace.topic").ifPresent(out::add);
        incoming().forEach(i -> i.deadLetterTopic().ifPresent(out::add));
        return out;
    }

    public Map<String, String> prodSettings() {
        return new LinkedHashMap<>(prod);
    }

    public Set<String> keys() {
        return new LinkedHashSet<>(keys);
    }
}
