package cn.gov.huiji.fourlists.kernel.trace;

import java.util.List;

/** The Kafka topics that carry trace events, one per emitting service. */
public final class TraceTopics {
    public static final String LIST = "list-events";
    public static final String ADJUSTMENT = "adjustment-events";
    public static final String COMPLAINT = "complaint-events";
    public static final String AUDIT = "audit-events";
    public static final String DISCLOSURE = "disclosure-events";
    public static final List<String> ALL = List.of(LIST, ADJUSTMENT, COMPLAINT, AUDIT, DISCLOSURE);

    private TraceTopics() {
    }
}
