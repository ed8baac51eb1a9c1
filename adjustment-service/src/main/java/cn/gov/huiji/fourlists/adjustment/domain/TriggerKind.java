package cn.gov.huiji.fourlists.adjustment.domain;

/** Why a list must change: the five situations of Art. 25. */
public enum TriggerKind {
    /** 有新的法律、法规、规章颁布的 — Art. 25(1) */
    NEW_LAW,
    /** 所依据的法律、法规、规章等修改或者废止的 — Art. 25(2) */
    LAW_AMENDED_OR_REPEALED,
    /** 执法主体或执法职能随“三定”方案调整、机构撤并而变化 — Art. 25(3) */
    REORGANISATION,
    /** 根据简政放权而取消、下放、调整的 — Art. 25(4) */
    SIMPLIFICATION,
    /** 单位内部职能调整、优化流程 — Art. 25(5) */
    INTERNAL_CHANGE
}
