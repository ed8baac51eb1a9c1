package cn.gov.huiji.fourlists.list.domain;

import cn.gov.huiji.fourlists.kernel.problem.ProblemException;

import java.util.Arrays;
import java.util.Locale;

/** The four lists of Art. 1; every item belongs to exactly one (R-LIST-1). */
public enum ListKind {
    /** 行政权责清单 */
    POWER("行政权责清单"),
    /** 行政审批事项清单 */
    APPROVAL("行政审批事项清单"),
    /** 行政事业性收费清单 */
    FEE("行政事业性收费清单"),
    /** 政府性基金清单 */
    FUND("政府性基金清单");

    private final String nameZh;

    ListKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** The path segment, e.g. {@code power}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ListKind fromPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path().equalsIgnoreCase(path)).findFirst()
                .orElseThrow(() -> ProblemException.of(404, "unknown-list", "Unknown list", "清单不存在",
                        "There is no list '" + path + "'; use power, approval, fee or fund.",
                        "没有该清单，请使用 power（权责）、approval（审批）、fee（收费）或 fund（基金）。"));
    }
}
