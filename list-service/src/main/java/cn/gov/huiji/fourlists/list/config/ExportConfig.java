package cn.gov.huiji.fourlists.list.config;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** Where the printable list finds its Chinese font (installed by deploy/fonts/fetch). */
@ConfigMapping(prefix = "fourlists.export")
public interface ExportConfig {

    /** A TrueType font or collection with Chinese glyphs; when absent, the usual places are tried. */
    Optional<String> pdfFont();
}
