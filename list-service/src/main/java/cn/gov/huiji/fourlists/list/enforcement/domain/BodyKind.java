package cn.gov.huiji.fourlists.list.enforcement.domain;

/**
 * How a body holds its enforcement power (Art. 17–18): by law as an administrative organ (法定), by a law or regulation
 * authorising an organisation (授权), or by another body's entrustment (受委托组织) — the last acts in the entrusting
 * body's name, within the items and the term entrusted.
 */
public enum BodyKind {
    STATUTORY("法定"),
    AUTHORIZED("授权"),
    ENTRUSTED("受委托组织");

    public final String zh;

    BodyKind(String zh) {
        this.zh = zh;
    }
}
