package cn.gov.huiji.fourlists.complaint.domain;

import java.util.Locale;

/** What staff do with a case; the path segment is the lower-case name with dashes, e.g. not-accept. */
public enum CaseAction {
    ACCEPT, NOT_ACCEPT, ASSIGN, EXTEND, ANSWER, CLOSE, REOPEN;

    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static CaseAction fromPath(String path) {
        for (CaseAction a : values()) {
            if (a.path().equals(path)) {
                return a;
            }
        }
        return null;
    }
}
