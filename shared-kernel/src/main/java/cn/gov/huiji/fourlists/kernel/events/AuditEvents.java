package cn.gov.huiji.fourlists.kernel.events;

import cn.gov.huiji.fourlists.kernel.trace.TraceTopics;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What audit-service records on {@code audit-events}: its own duty actions and what it finds (R-AUD-*). */
public final class AuditEvents {

    static final String PRODUCER = "audit-service";

    private AuditEvents() {
    }

    /** Sequence numbers of a source missing from the log (漏报, R-AUD-3), or found again. */
    public record GapChanged(String source, long firstMissing, long lastMissing) {
    }

    /**
     * An auditor exported traces; the filter says what was looked at. Events from before subjectPrefix and section
     * existed lack those two fields.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ExportCreated(UUID exportId, String subject, String subjectPrefix, String actor, String section, String type,
                                OffsetDateTime from, OffsetDateTime to, long upToEntry, long entryCount) {
    }

    public static final EventType<GapChanged> GAP_DETECTED = new EventType<>("fourlists.audit.gap.detected", TraceTopics.AUDIT,
            "source/{source}", GapChanged.class, PRODUCER, List.of(), "Traces of a source are missing (漏报)",
            new GapChanged("fourlists/list-service", 41, 42));
    public static final EventType<GapChanged> GAP_RESOLVED = new EventType<>("fourlists.audit.gap.resolved", TraceTopics.AUDIT,
            "source/{source}", GapChanged.class, PRODUCER, List.of(), "The missing traces arrived",
            new GapChanged("fourlists/list-service", 41, 42));
    public static final EventType<ExportCreated> EXPORT_CREATED = new EventType<>("fourlists.audit.export.created", TraceTopics.AUDIT,
            "export/{exportId}", ExportCreated.class, PRODUCER, List.of(), "An auditor exported traces (导出痕迹)",
            new ExportCreated(UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"), null, null, "clerk", null, null,
                    OffsetDateTime.parse("2026-11-01T00:00:00+08:00"), OffsetDateTime.parse("2026-12-01T00:00:00+08:00"), 5120, 37));

    public static final List<EventType<?>> ALL = List.of(GAP_DETECTED, GAP_RESOLVED, EXPORT_CREATED);
}
