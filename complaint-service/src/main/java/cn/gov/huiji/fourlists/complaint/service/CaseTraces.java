package cn.gov.huiji.fourlists.complaint.service;

import cn.gov.huiji.fourlists.complaint.domain.ComplaintCase;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents.CaseChanged;
import cn.gov.huiji.fourlists.kernel.events.EventType;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.UnaryOperator;

/**
 * Traces of cases carry only what the public trace log may: number, kind, state and section, plus what the step needs
 * (R-CMP-3) — never the content or anything of the submitter.
 */
@ApplicationScoped
public class CaseTraces {

    private final TraceRecorder traces;

    public CaseTraces(TraceRecorder traces) {
        this.traces = traces;
    }

    public void record(Actor actor, EventType<CaseChanged> type, ComplaintCase c) {
        record(actor, type, c, UnaryOperator.identity());
    }

    public void record(Actor actor, EventType<CaseChanged> type, ComplaintCase c, UnaryOperator<CaseChanged> extra) {
        traces.record(actor, type, c.caseNo, extra.apply(CaseChanged.of(c.caseNo, c.kind.name(), c.state.name(), c.section)));
    }
}
