package cn.gov.huiji.fourlists.adjustment.domain;

/** Where a request stands in the five stages of Art. 26 (申请, 审核, 研究, 上报, 检查公布). */
public enum RequestState {
    /** Being written by the section. */
    DRAFT,
    /** 申请: submitted to the legal section, awaiting its review (Art. 26(2): within 2 working days). */
    SUBMITTED,
    /** 退回: the legal section (or the district office) returned it with reasons; due back within 2 working days. */
    RETURNED,
    /** 研究: passed review, awaiting the bureau leaders' study (Art. 26(3)). */
    STUDY,
    /** Approved by the leaders, to be reported by the legal section. */
    APPROVED,
    /** 上报: reported to the district office, awaiting its confirmation (Art. 26(4)). */
    REPORTED,
    /** Confirmed by the district office, awaiting the legal section's check and publication. */
    CONFIRMED,
    /** 检查公布: published; the list changes (Art. 26(5)). */
    PUBLISHED
}
