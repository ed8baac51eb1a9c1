package cn.gov.huiji.fourlists.adjustment.service;

import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.calendar.CalendarInForce;
import cn.gov.huiji.fourlists.kernel.calendar.Deadline;
import cn.gov.huiji.fourlists.adjustment.domain.AdjustmentRequest;
import cn.gov.huiji.fourlists.adjustment.domain.ChangeKind;
import cn.gov.huiji.fourlists.adjustment.domain.RequestState;
import cn.gov.huiji.fourlists.adjustment.rest.RequestInput;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Drafting and reading adjustment requests; who may see what follows Art. 24 (each section owns its items). */
@ApplicationScoped
public class RequestService {

    /** Roles that see every section's requests: the legal section leads the regime (Art. 24), the others review or supervise. */
    private static final Set<String> BUREAU_WIDE = Set.of(Roles.LEGAL, Roles.LEADER, Roles.DISTRICT_OFFICE, Roles.DISCIPLINE);

    private final TraceRecorder traces;
    private final CalendarInForce calendars;
    private final LawChangeService lawChanges;
    private final ItemProjection items;
    private final java.time.Clock clock;

    public RequestService(TraceRecorder traces, CalendarInForce calendars, LawChangeService lawChanges, ItemProjection items,
                          java.time.Clock clock) {
        this.items = items;
        this.traces = traces;
        this.calendars = calendars;
        this.lawChanges = lawChanges;
        this.clock = clock;
    }

    /** Art. 25, 26(1): a section drafts the request; it belongs to the applicant's section. */
    @Transactional
    public AdjustmentRequest draft(RequestInput input, Actor applicant) {
        if (applicant.section() == null) {
            throw ProblemException.of(403, "no-section", "No section", "未归属科室（队）",
                    "Your account belongs to no section, so it cannot apply for an adjustment.",
                    "您的账号未归属任何科室（队），不能提出调整申请。");
        }
        checkInput(input, applicant);
        AdjustmentRequest request = new AdjustmentRequest();
        request.id = UUID.randomUUID();
        request.triggerKind = input.triggerKind();
        request.triggerDate = input.triggerDate();
        request.changeKind = input.changeKind();
        request.targetItemCode = input.changeKind() == ChangeKind.ADD ? input.proposedItem().code() : input.targetItemCode();
        if (input.obligationId() != null) {
            lawChanges.checkAnswerable(input.obligationId(), applicant.section(), request.targetItemCode);
            request.obligationId = input.obligationId();
        }
        request.proposedItem = input.proposedItem() == null ? null : TraceEventCodec.toJson(input.proposedItem());
        request.summary = input.summary();
        request.documents = TraceEventCodec.toJson(input.documents());
        request.section = applicant.section();
        request.applicant = applicant.userId();
        request.applicantSubject = applicant.subject();
        request.state = RequestState.DRAFT;
        request.createdAt = OffsetDateTime.now(clock);
        // Art. 26(1): the application is due with the legal section 3 working days after the trigger.
        // A trigger late in December counts into a year whose notice may not be out yet: provisional, never refused.
        Deadline applicationDue = calendars.deadline(input.triggerDate(), WorkflowService.APPLICATION_WORKING_DAYS);
        request.applicationDue = applicationDue.due();
        request.setDue(applicationDue);
        request.persist();
        traces.record(applicant, AdjustmentEvents.REQUEST_DRAFTED, request.id, new AdjustmentEvents.RequestDrafted(request.id,
                request.state.name(), request.triggerKind.name(), request.triggerDate, request.changeKind.name(),
                request.targetItemCode, request.section, TraceEventCodec.parseTree(request.documents), request.dueDate,
                request.dueCalendarVersion));
        return request;
    }

    /** What a draft and a revision must both satisfy: the fields the change kind needs, and the section's own item. */
    private void checkInput(RequestInput input, Actor applicant) {
        if (input.changeKind() != ChangeKind.ADD && (input.targetItemCode() == null || input.targetItemCode().isBlank())) {
            throw ProblemException.invalid("targetItemCode", "required to modify or repeal an item", "调整或撤出事项时必须填写事项编码");
        }
        if (input.changeKind() != ChangeKind.REPEAL && input.proposedItem() == null) {
            throw ProblemException.invalid("proposedItem", "required to add or modify an item", "列入或调整事项时必须提供拟调整后的事项内容");
        }
        if (input.changeKind() == ChangeKind.MODIFY && !input.proposedItem().code().equals(input.targetItemCode())) {
            throw ProblemException.invalid("proposedItem.code", "must be the code of the item to modify", "须与拟调整事项的编码一致");
        }
        checkOwnItem(input, applicant);
    }

    /**
     * Art. 26(2): the applying section corrects its draft, or a request the legal section, the leaders or the district
     * office returned, before it (re)submits it. The due date stays: revising does not buy time.
     */
    @Transactional
    public AdjustmentRequest revise(UUID id, RequestInput input, Actor actor) {
        AdjustmentRequest request = visibleForUpdate(id, actor);
        checkChangeable(request, actor);
        checkInput(input, actor);
        if (input.changeKind() != request.changeKind) {
            throw ProblemException.invalid("changeKind", "a revision keeps the change kind; draft a new request instead",
                    "修改申请不能改变调整类型；如需改变，请重新起草申请");
        }
        String target = input.changeKind() == ChangeKind.ADD ? input.proposedItem().code() : input.targetItemCode();
        if (input.obligationId() != null && !input.obligationId().equals(request.obligationId)) {
            lawChanges.checkAnswerable(input.obligationId(), actor.section(), target);
            request.obligationId = input.obligationId();
        }
        request.triggerKind = input.triggerKind();
        request.triggerDate = input.triggerDate();
        request.targetItemCode = target;
        request.proposedItem = input.proposedItem() == null ? null : TraceEventCodec.toJson(input.proposedItem());
        request.summary = input.summary();
        request.documents = TraceEventCodec.toJson(input.documents());
        traces.record(actor, AdjustmentEvents.REQUEST_REVISED, request.id, new AdjustmentEvents.RequestRevised(request.id,
                request.state.name(), request.triggerKind.name(), request.triggerDate, request.changeKind.name(),
                request.targetItemCode, request.section, TraceEventCodec.parseTree(request.documents)));
        return request;
    }

    /** Only the applying section changes its request, and only while it is a draft or has come back (Art. 26(1)-(2)). */
    public static void checkChangeable(AdjustmentRequest request, Actor actor) {
        if (!request.section.equals(actor.section())) {
            throw ProblemException.of(403, "other-section-request", "Another section's request", "非本科室（队）申请",
                    "Only section " + request.section + " changes this request.", "只有申请科室（队）可以修改该申请。");
        }
        if (request.state != RequestState.DRAFT && request.state != RequestState.RETURNED) {
            throw ProblemException.conflict("A request is changed only as a draft or after it was returned; it is " + request.state + ".",
                    "只有草稿或被退回的申请可以修改，该申请当前状态为" + request.state + "。");
        }
    }

    /** A request the reader may see; another section's request is reported as missing, not as forbidden. */
    public AdjustmentRequest visible(UUID id, Actor reader) {
        AdjustmentRequest request = AdjustmentRequest.findById(id);
        if (request == null || !maySee(reader, request.section)) {
            throw ProblemException.notFound("Adjustment request", "调整申请", id.toString());
        }
        return request;
    }

    /** Like {@link #visible}, locked for a step before anything of it is read. */
    public AdjustmentRequest visibleForUpdate(UUID id, Actor reader) {
        AdjustmentRequest request = AdjustmentRequest.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (request == null || !maySee(reader, request.section)) {
            throw ProblemException.notFound("Adjustment request", "调整申请", id.toString());
        }
        return request;
    }

    public List<AdjustmentRequest> visibleTo(Actor reader) {
        if (seesAllSections(reader)) {
            return AdjustmentRequest.listAll(Sort.descending("createdAt"));
        }
        return AdjustmentRequest.list("section", Sort.descending("createdAt"), reader.section());
    }

    /**
     * Art. 24: each section answers for its own items. A request to modify or repeal an item another section handles
     * (as list-service published it), or to add one for another section, is refused.
     */
    private void checkOwnItem(RequestInput input, Actor applicant) {
        String owner = input.changeKind() == ChangeKind.ADD ? input.proposedItem().section()
                : items.sectionOf(input.targetItemCode()).orElse(null);
        if (owner != null && !owner.equals(applicant.section())) {
            throw ProblemException.of(403, "other-section-item", "Another section's item", "非本科室（队）事项",
                    "Item " + (input.changeKind() == ChangeKind.ADD ? input.proposedItem().code() : input.targetItemCode())
                            + " is handled by section " + owner + "; only that section applies to change it.",
                    "该事项由" + owner + "承办，只能由承办科室（队）提出调整申请。");
        }
    }

    static boolean seesAllSections(Actor reader) {
        return reader.roles().stream().anyMatch(BUREAU_WIDE::contains);
    }

    static boolean maySee(Actor reader, String section) {
        return seesAllSections(reader) || (section != null && section.equals(reader.section()));
    }
}
