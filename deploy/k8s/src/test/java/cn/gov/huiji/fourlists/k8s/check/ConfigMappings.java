package cn.gov.huiji.fourlists.k8s.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The settings a module's {@code @ConfigMapping} interfaces declare, read from their source: the prefix, then one
 * segment per method (its kebab-case name, or its {@code @WithName}), nested interfaces as nested segments, and a
 * {@code Map} as a segment followed by any key. Read from the source rather than by reflection so that this module
 * needs no service on its class path.
 */
final class ConfigMappings {

    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern INTERFACE = Pattern.compile("\\binterface\\s+(\\w+)[^{]*\\{");
    private static final Pattern METHOD = Pattern.compile(
            "((?:@\\w+(?:\\([^)]*\\))?\\s*)*)([\\w.]+(?:<[^;(){}]*>)?)\\s+(\\w+)\\s*\\(\\s*\\)\\s*;");
    private static final Pattern WITH_NAME = Pattern.compile("@WithName\\(\\s*\"([^\"]+)\"\\s*\\)");

    /** One declared setting: its property name, and whether any key may follow it (a map). */
    record Property(String name, boolean map) {

        boolean matches(String key) {
            return map ? key.startsWith(name + ".") && key.length() > name.length() + 1 : key.equals(name);
        }

        boolean matchesEnv(String env) {
            String own = ServiceConfig.envForm(name);
            return map ? env.startsWith(own + "_") && env.length() > own.length() + 1 : env.equals(own);
        }
    }

    private ConfigMappings() {
    }

    static List<Property> in(Path sources) {
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        List<Property> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                if (src.contains("@ConfigMapping")) {
                    out.addAll(of(stripComments(src)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String stripComments(String src) {
        return src.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
    }

    /** The properties of every mapping in one source file. */
    static List<Property> of(String src) {
        Map<String, String> bodies = new HashMap<>();
        Matcher i = INTERFACE.matcher(src);
        while (i.find()) {
            bodies.put(i.group(1), ownBody(src, i.end()));
        }
        List<Property> out = new ArrayList<>();
        Matcher m = MAPPING.matcher(src);
        while (m.find()) {
            Matcher root = INTERFACE.matcher(src);
            if (root.find(m.end())) {
                expand(m.group(1), root.group(1), bodies, out, 0);
            }
        }
        return out;
    }

    private static void expand(String path, String iface, Map<String, String> bodies, List<Property> out, int depth) {
        String body = bodies.get(iface);
        if (body == null || depth > 8) {
            return;
        }
        Matcher m = METHOD.matcher(body);
        while (m.find()) {
            Matcher named = WITH_NAME.matcher(m.group(1));
            String segment = named.find() ? named.group(1) : kebab(m.group(3));
            String type = m.group(2).replaceAll("^(Optional|java\\.util\\.Optional)<(.*)>$", "$2");
            String name = path + "." + segment;
            if (type.startsWith("Map<") || type.startsWith("java.util.Map<")) {
                out.add(new Property(name, true));
            } else if (bodies.containsKey(type)) {
                expand(name, type, bodies, out, depth + 1);
            } else {
                out.add(new Property(name, false));
            }
        }
    }

    /** The interface's own text from just after its opening brace, nested interfaces' bodies left out. */
    private static String ownBody(String src, int from) {
        StringBuilder own = new StringBuilder();
        int depth = 1;
        for (int k = from; k < src.length() && depth > 0; k++) {
            char c = src.charAt(k);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 1) {
                own.append(c);
            }
        }
        return own.toString();
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
