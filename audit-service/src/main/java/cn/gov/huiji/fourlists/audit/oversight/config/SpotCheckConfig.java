package cn.gov.huiji.fourlists.audit.oversight.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** How spot checks (抽查, Art. 21, 29) are announced and reported. */
@ConfigMapping(prefix = "fourlists.oversight")
public interface SpotCheckConfig {

    /**
     * When an announcement names no seed head: how many entries beyond the log's current size the seed head lies.
     * Far enough that the announcement's own trace is logged before it (the outsider checks that the seed head comes
     * after the announcement), near enough that the draw can be made within minutes.
     */
    @WithDefault("20")
    int seedDistance();

    /** A TrueType font or collection with Chinese glyphs for the report; when absent, the usual places are tried. */
    Optional<String> pdfFont();
}
