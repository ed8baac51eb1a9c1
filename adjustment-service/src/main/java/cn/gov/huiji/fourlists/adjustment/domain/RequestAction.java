package cn.gov.huiji.fourlists.adjustment.domain;

/** What someone does to a request; the path segment of POST /api/v1/requests/{id}/actions/{action}. */
public enum RequestAction {
    SUBMIT, PASS_REVIEW, RETURN, APPROVE, REPORT, CONFIRM, SEND_BACK, PUBLISH;

    public String path() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static RequestAction fromPath(String path) {
        for (RequestAction a : values()) {
            if (a.path().equals(path)) {
                return a;
            }
        }
        return null;
    }
}
