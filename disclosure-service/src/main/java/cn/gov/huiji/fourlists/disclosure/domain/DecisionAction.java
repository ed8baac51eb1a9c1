package cn.gov.huiji.fourlists.disclosure.domain;

/** What happens to a decision after its receipt; the scans take WARN, FLAG_MISSED and EXPIRE, people the rest. */
public enum DecisionAction {
    /** 更正: a new version, the earlier kept. */
    CORRECT,
    /** 公示: the legal section checked it for secrets and privacy (Art. 8) and made it public. */
    PUBLISH,
    /** 临期预警: one working day before the due date, still not public. */
    WARN,
    /** 逾期: the due date passed, still not public. */
    FLAG_MISSED,
    /** 到期撤下: the 公示截止期 came. */
    EXPIRE,
    /** 取消公示. */
    CANCEL,
    /** 恢复公示. */
    RESTORE
}
