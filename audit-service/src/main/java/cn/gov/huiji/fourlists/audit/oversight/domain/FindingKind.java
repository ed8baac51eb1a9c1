package cn.gov.huiji.fourlists.audit.oversight.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a spot check found on a sampled object (Art. 29: 漏报、瞒报、虚报). */
@Schema(description = "OMITTED 漏报 (a duty action with no trace), CONCEALED 瞒报 (a trace hiding what happened), "
        + "FALSE_REPORT 虚报 (a trace of what did not happen), OTHER 其他, NONE 未发现问题")
public enum FindingKind {
    OMITTED("漏报"),
    CONCEALED("瞒报"),
    FALSE_REPORT("虚报"),
    OTHER("其他"),
    NONE("未发现问题");

    public final String label;

    FindingKind(String label) {
        this.label = label;
    }
}
