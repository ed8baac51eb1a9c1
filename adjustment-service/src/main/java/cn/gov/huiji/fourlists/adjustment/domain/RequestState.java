package cn.gov.huiji.fourlists.adjustment.domain;

/** Where a request stands in the five stages of Art. 26. The full state machine arrives with the workflow issue. */
public enum RequestState {
    /** Being written by the section (申请 not yet submitted). */
    DRAFT
}
