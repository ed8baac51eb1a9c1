package cn.gov.huiji.fourlists.kernel.print;

import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a printable document (清单打印版, 抽查报告) finds its Chinese font: the font is embedded in every PDF, so
 * the sheet prints the same on any machine. deploy/fonts/fetch puts WenQuanYi Micro Hei in the launcher's download
 * cache; a Debian host has it from the fonts-wqy-microhei package.
 */
public final class PrintFont {

    /** The font file deploy/fonts/fetch downloads, under the cache's fonts/ folder. */
    public static final String FILE_NAME = "wqy-microhei.ttc";
    static final String DEBIAN = "/usr/share/fonts/truetype/wqy/" + FILE_NAME;

    private PrintFont() {
    }

    /**
     * The first readable of: the configured file (a service's {@code …pdf-font} setting), the download cache's
     * {@code fonts/wqy-microhei.ttc}, Debian's place. Empty when none is there: the caller answers with its own
     * 503 problem, since only it knows what cannot be printed.
     */
    public static Optional<Path> locate(Optional<String> configured) {
        return candidates(configured, cache()).stream().filter(Files::isReadable).findFirst();
    }

    /** The places tried, in order, for a given download cache folder. */
    static List<Path> candidates(Optional<String> configured, String cache) {
        List<Path> out = new ArrayList<>();
        configured.filter(s -> !s.isBlank()).ifPresent(s -> out.add(Path.of(s)));
        out.add(Path.of(cache, "fonts", FILE_NAME));
        out.add(Path.of(DEBIAN));
        return out;
    }

    /**
     * The launcher's download cache: {@code fourlists.cache} (the launcher passes it explicitly; the shared configuration
     * defaults it to FOURLISTS_CACHE or $HOME/.cache/fourlists), never the password database's home folder.
     */
    static String cache() {
        try {
            Optional<String> configured = ConfigProvider.getConfig().getOptionalValue("fourlists.cache", String.class);
            if (configured.isPresent()) {
                return configured.get();
            }
        } catch (RuntimeException | LinkageError e) {
            // no configuration at hand (a plain program): fall back to the environment as the shared configuration does
        }
        String env = System.getenv("FOURLISTS_CACHE");
        if (env != null && !env.isBlank()) {
            return env;
        }
        String home = System.getenv("HOME");
        return (home == null ? "." : home) + "/.cache/fourlists";
    }
}
