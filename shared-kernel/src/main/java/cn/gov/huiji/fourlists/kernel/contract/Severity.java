package cn.gov.huiji.fourlists.kernel.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A level of a discretion standard (裁量阶次), from the lightest; a standard uses two, three or all four. */
@Schema(description = "Discretion level (裁量阶次): MINOR 轻微, GENERAL 一般, SERIOUS 较重, GRAVE 严重")
public enum Severity {
    MINOR("轻微"), GENERAL("一般"), SERIOUS("较重"), GRAVE("严重");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
