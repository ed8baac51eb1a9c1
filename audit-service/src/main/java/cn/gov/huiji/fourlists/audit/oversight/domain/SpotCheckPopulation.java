package cn.gov.huiji.fourlists.audit.oversight.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a spot check draws from (抽查总体): the objects of one kind whose defining trace lies in the period. The trace
 * types behind each kind are log-verifier's {@code SpotCheckDraw.types(kind)}, the same for the bureau and outsiders.
 */
@Schema(description = "The population of a spot check (抽查总体): PUBLISHED_ITEMS 清单事项（录入或调整生效）, "
        + "ADJUSTMENT_REQUESTS 清单调整申请, COMPLAINT_CASES 投诉举报案件, DISCLOSURES 待公示的行政许可、处罚决定")
public enum SpotCheckPopulation {
    PUBLISHED_ITEMS("清单事项（录入或调整生效）"),
    ADJUSTMENT_REQUESTS("清单调整申请"),
    COMPLAINT_CASES("投诉举报案件"),
    DISCLOSURES("待公示的行政许可、处罚决定");

    public final String label;

    SpotCheckPopulation(String label) {
        this.label = label;
    }
}
