package cn.gov.huiji.fourlists.disclosure.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Locale;

/** The two kinds of decision Art. 8 has the bureau disclose (双公示). */
@Schema(description = "Kind of decision: LICENSING 行政许可, PENALTY 行政处罚")
public enum DecisionKind {
    LICENSING("行政许可", "licensing"),
    PENALTY("行政处罚", "penalties");

    public final String nameZh;
    /** The path segment of the public and intake addresses: /decisions/licensing, /disclosures/penalties. */
    public final String path;

    DecisionKind(String nameZh, String path) {
        this.nameZh = nameZh;
        this.path = path;
    }

    /** The list item category (事项类别) a decision of this kind must rest on. */
    public String itemCategory() {
        return nameZh;
    }

    /** LICENSING or PENALTY, or their path segments and the singular "penalty"; null when it names neither. */
    public static DecisionKind parse(String s) {
        if (s == null) {
            return null;
        }
        String v = s.strip().toLowerCase(Locale.ROOT);
        for (DecisionKind k : values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(v) || k.path.equals(v)) {
                return k;
            }
        }
        return null;
    }
}
