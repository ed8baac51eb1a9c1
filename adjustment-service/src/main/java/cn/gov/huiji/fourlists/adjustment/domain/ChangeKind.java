package cn.gov.huiji.fourlists.adjustment.domain;

/** What the adjustment does to the list: 列入 (add), 调整 (modify) or 撤出 (repeal), Art. 6. */
public enum ChangeKind {
    ADD, MODIFY, REPEAL
}
