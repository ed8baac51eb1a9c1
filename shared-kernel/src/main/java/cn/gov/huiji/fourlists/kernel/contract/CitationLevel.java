package cn.gov.huiji.fourlists.kernel.contract;

import java.util.Arrays;
import java.util.Optional;

/** The rank of a cited norm (R-LIST-2): the levels a published legal basis names. */
public enum CitationLevel {
    LAW("法律"),
    ADMINISTRATIVE_REGULATION("行政法规"),
    LOCAL_REGULATION("地方性法规"),
    DEPARTMENTAL_RULE("部委规章"),
    LOCAL_GOVERNMENT_RULE("政府规章"),
    NORMATIVE_DOCUMENT("规范性文件");

    private final String label;

    CitationLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<CitationLevel> ofLabel(String label) {
        return Arrays.stream(values()).filter(l -> l.label.equals(label)).findFirst();
    }
}
