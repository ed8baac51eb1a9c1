package cn.gov.huiji.fourlists.audit.service;

import cn.gov.huiji.fourlists.kernel.events.AuditEvents;
import cn.gov.huiji.fourlists.audit.domain.TraceEntry;
import cn.gov.huiji.fourlists.audit.domain.TraceExport;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.rest.Page;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reading the traces and exporting them (R-AUD-4). */
@ApplicationScoped
public class TraceQueries {

    private final TraceRecorder traces;

    public TraceQueries(TraceRecorder traces) {
        this.traces = traces;
    }

    public Page<TraceEntry> find(TraceFilter filter, int page, int size) {
        PanacheQuery<TraceEntry> query = query(filter, Long.MAX_VALUE);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }

    /** An export is a duty action too: who read which traces is itself traced. */
    @Transactional
    public TraceExport export(TraceFilter filter, Actor requester) {
        Long max = TraceEntry.find("select max(id) from TraceEntry").project(Long.class).firstResult();
        TraceExport export = new TraceExport();
        export.id = UUID.randomUUID();
        export.requestedBy = requester.userId();
        export.requestedAt = OffsetDateTime.now(ZoneOffset.UTC);
        export.subject = filter.subject();
        export.subjectPrefix = filter.subjectPrefix();
        export.actor = filter.actor();
        export.section = filter.section();
        export.type = filter.type();
        export.from = filter.from();
        export.to = filter.to();
        export.upToEntry = max == null ? 0 : max;
        export.entryCount = query(filter, export.upToEntry).count();
        export.persist();
        traces.record(requester, AuditEvents.EXPORT_CREATED, export.id, new AuditEvents.ExportCreated(export.id, export.subject,
                export.subjectPrefix, export.actor, export.section, export.type, export.from, export.to, export.upToEntry,
                export.entryCount));
        return export;
    }

    public TraceExport exportById(UUID id) {
        TraceExport export = TraceExport.findById(id);
        if (export == null) {
            throw ProblemException.notFound("Export", "导出记录", id.toString());
        }
        return export;
    }

    public List<TraceEntry> entriesOf(TraceExport export) {
        return query(new TraceFilter(export.subject, export.subjectPrefix, export.actor, export.section, export.type,
                export.from, export.to), export.upToEntry).list();
    }

    private static PanacheQuery<TraceEntry> query(TraceFilter filter, long upTo) {
        TraceFilter.Query q = filter.toQuery(upTo);
        return TraceEntry.find(q.where(), Sort.by("occurredAt").and("id"), q.params());
    }
}
