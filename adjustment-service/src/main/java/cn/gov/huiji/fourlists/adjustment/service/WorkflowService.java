package cn.gov.huiji.fourlists.adjustment.service;

import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.calendar.CalendarInForce;
import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.adjustment.domain.AdjustmentRequest;
import cn.gov.huiji.fourlists.adjustment.domain.AdjustmentWorkflow;
import cn.gov.huiji.fourlists.adjustment.domain.AdjustmentWorkflow.Transition;
import cn.gov.huiji.fourlists.adjustment.domain.RequestAction;
import cn.gov.huiji.fourlists.adjustment.domain.RequestState;
import cn.gov.huiji.fourlists.adjustment.domain.RequestTransition;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.problem.Problem;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Moves requests through the five stages of Art. 26, exactly as {@link AdjustmentWorkflow} allows. */
@ApplicationScoped
public class WorkflowService {

    /** Art. 26(1): a section applies within 3 working days of the trigger. */
    static final int APPLICATION_WORKING_DAYS = 3;

    private final RequestService requests;
    private final CalendarInForce calendars;
    private final LawChangeService lawChanges;
    private final TraceRecorder traces;
    private final Clock clock;

    public WorkflowService(RequestService requests, CalendarInForce calendars, LawChangeService lawChanges, TraceRecorder traces,
                           Clock clock) {
        this.requests = requests;
        this.calendars = calendars;
        this.lawChanges = lawChanges;
        this.traces = traces;
        this.clock = clock;
    }

    /** What the actor says with the action. */
    public record ActionInput(String comment, String meetingReference) {
    }

    @Transactional
    public AdjustmentRequest act(UUID id, RequestAction action, ActionInput input, Actor actor) {
        // Lock before the first read: two concurrent steps on one request take turns, and the second sees the first's
        // state (a read before the lock would leave a stale copy in the persistence context, and both would pass).
        AdjustmentRequest request = requests.visibleForUpdate(id, actor); // 404 for what the actor may not see
        Transition t = AdjustmentWorkflow.transition(request.state, action).orElseThrow(() -> notAllowed(request.state, action));
        AdjustmentWorkflow.refusal(t, actor, request.section, request.applicantForSeparation()).ifPresent(refusal -> {
            throw switch (refusal) {
                case ROLE -> ProblemException.of(403, "forbidden", "Forbidden", "无权操作",
                        "Only " + t.roles() + " may " + action.path() + " a request.", "只有 " + t.roles() + " 可以执行此操作。");
                case OTHER_SECTION -> ProblemException.of(403, "other-section", "Another section's request", "非本科室（队）申请",
                        "Only the applying section may " + action.path() + " this request.", "只有申报科室（队）可以执行此操作。");
                // R-ADJ-5 (Art. 20, 24): nobody reviews, studies, confirms or publishes their own request.
                case OWN_REQUEST -> ProblemException.of(403, "separation-of-duties", "Separation of duties", "不得办理本人申请",
                        "You drafted this request, so you may not " + action.path() + " it.", "您是该申请的起草人，不得对其审核、研究、确认或公布。");
            };
        });
        String comment = blankToNull(input == null ? null : input.comment());
        String meeting = blankToNull(input == null ? null : input.meetingReference());
        if (t.requirement() == AdjustmentWorkflow.Requirement.REASONS && comment == null) {
            throw ProblemException.invalid("comment", "the reasons for returning are required (Art. 26(2))", "退回须说明原因（第二十六条第二项）");
        }
        if (t.requirement() == AdjustmentWorkflow.Requirement.MEETING_REFERENCE && meeting == null) {
            throw ProblemException.invalid("meetingReference", "the decision's meeting reference is required", "须注明研究决定的会议（纪要）编号");
        }

        LocalDate today = BureauClock.today(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        RequestState from = request.state;
        request.setDue(t.dueWorkingDays() > 0 ? calendars.deadline(today, t.dueWorkingDays()) : null);
        if (from == RequestState.DRAFT && action == RequestAction.SUBMIT) {
            request.appliedLate = today.isAfter(request.applicationDue); // Art. 26(1), fixed when drafted
            request.submittedAt = now;
            if (request.obligationId != null) {
                lawChanges.fulfil(request.obligationId, request.id, actor); // R-LIST-10: the section applied
            }
        }
        request.state = t.to();

        RequestTransition step = new RequestTransition();
        step.requestId = request.id;
        step.from = from;
        step.to = t.to();
        step.action = action;
        step.actor = actor.userId();
        step.actorRoles = actor.rolesAsString();
        step.comment = comment;
        step.meetingReference = meeting;
        step.at = now;
        step.dueDate = request.dueDate;
        step.calendarVersion = request.dueCalendarVersion;
        step.persist();

        // Art. 26(5): the publication carries the item as it shall read; list-service applies it.
        ListItemContent proposed = action == RequestAction.PUBLISH && request.proposedItem != null
                ? TraceEventCodec.read(request.proposedItem, ListItemContent.class) : null;
        traces.record(actor, t.event(), request.id, new AdjustmentEvents.RequestStepTaken(request.id, action.name(), from.name(),
                t.to().name(), request.section, request.changeKind.name(), request.targetItemCode, request.dueDate,
                request.dueCalendarVersion, request.appliedLate, proposed));
        return request;
    }

    public List<RequestTransition> history(UUID id, Actor reader) {
        requests.visible(id, reader);
        return RequestTransition.list("requestId", Sort.by("id"), id);
    }

    private static ProblemException notAllowed(RequestState state, RequestAction action) {
        List<String> allowed = AdjustmentWorkflow.allowed(state).stream().map(RequestAction::path).toList();
        return new ProblemException(new Problem(Problem.TYPE_PREFIX + "action-not-allowed", "Action not allowed", "当前阶段不允许此操作",
                409, "A request in state " + state + " cannot " + action.path() + "; allowed: " + allowed + ".",
                "申请当前处于 " + state + " 阶段，不能执行该操作；允许的操作：" + allowed + "。", null, List.of(), allowed));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
