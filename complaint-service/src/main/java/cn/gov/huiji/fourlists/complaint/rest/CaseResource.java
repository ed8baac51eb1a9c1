package cn.gov.huiji.fourlists.complaint.rest;

import cn.gov.huiji.fourlists.complaint.domain.CaseAction;
import cn.gov.huiji.fourlists.complaint.domain.CaseAttachment;
import cn.gov.huiji.fourlists.complaint.domain.CaseDisclosureRecord;
import cn.gov.huiji.fourlists.complaint.domain.DisclosureReason;
import cn.gov.huiji.fourlists.complaint.domain.CaseKind;
import cn.gov.huiji.fourlists.complaint.domain.CaseState;
import cn.gov.huiji.fourlists.complaint.domain.ComplaintCase;
import cn.gov.huiji.fourlists.complaint.domain.IntakeChannel;
import cn.gov.huiji.fourlists.complaint.domain.SubjectKind;
import cn.gov.huiji.fourlists.complaint.service.CaseActions;
import cn.gov.huiji.fourlists.complaint.service.CaseDisclosure;
import cn.gov.huiji.fourlists.complaint.service.CaseInput;
import cn.gov.huiji.fourlists.complaint.service.CaseIntake;
import cn.gov.huiji.fourlists.complaint.service.CaseQueries;
import cn.gov.huiji.fourlists.complaint.service.ClientLimits;
import cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar;
import cn.gov.huiji.fourlists.kernel.problem.Problem;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.rest.Page;
import cn.gov.huiji.fourlists.kernel.security.ActorResolver;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import io.quarkus.panache.common.Sort;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Path("/api/v1")
@Tag(name = "Cases", description = "Complaints, reports and suggestions (投诉、举报、意见建议, Art. 9, 28, 30)")
public class CaseResource {

    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    private final CaseIntake intake;
    private final CaseActions actions;
    private final CaseDisclosure disclosure;
    private final CaseQueries queries;
    private final ClientLimits limits;
    private final ActorResolver actors;

    public CaseResource(CaseIntake intake, CaseActions actions, CaseDisclosure disclosure, CaseQueries queries, ClientLimits limits,
                        ActorResolver actors) {
        this.intake = intake;
        this.actions = actions;
        this.disclosure = disclosure;
        this.queries = queries;
        this.limits = limits;
        this.actors = actors;
    }

    public record Choice(String code, String name) {
    }

    public record CaseKinds(List<Choice> kinds, List<Choice> subjects, List<Choice> notAcceptedReasons,
                            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The states of a case (案件状态)")
                            List<Choice> states,
                            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Why staff may open a submitter's identity or attachment (查看理由类别)")
                            List<Choice> disclosureReasons) {
    }

    static final CaseKinds KINDS = new CaseKinds(
            java.util.Arrays.stream(CaseKind.values()).map(k -> new Choice(k.name(), k.nameZh)).toList(),
            List.of(new Choice("ITEM", "清单事项"), new Choice("SECTION", "科室（队）"), new Choice("OFFICER", "执法人员"),
                    new Choice("LISTS", "清单的制定和运行"), new Choice("OTHER", "其他")),
            java.util.Arrays.stream(cn.gov.huiji.fourlists.complaint.domain.NotAcceptedReason.values())
                    .map(r -> new Choice(r.name(), r.nameZh)).toList(),
            java.util.Arrays.stream(cn.gov.huiji.fourlists.complaint.domain.CaseState.values())
                    .map(st -> new Choice(st.name(), st.nameZh)).toList(),
            java.util.Arrays.stream(cn.gov.huiji.fourlists.complaint.domain.DisclosureReason.values())
                    .map(r -> new Choice(r.name(), r.nameZh)).toList());

    @GET
    @Path("/case-kinds")
    @Operation(summary = "What a submission may be and be about, with the Chinese names (表单选项); public")
    public CaseKinds caseKinds() {
        return KINDS;
    }

    @POST
    @Path("/cases")
    @Operation(summary = "Submit a complaint, report or suggestion (提交投诉举报); public, no account",
            description = "Answers with the case number and a query code shown only this once (only its hash is kept). "
                    + "Named cases keep the identity encrypted and apart. Complaint handlers record cases that came by phone, "
                    + "fax, letter or visit with their channel. Limits, each a setting of the service: submissions a minute per "
                    + "client (fourlists.complaint.intake.per-minute; then 429 with Retry-After), characters of content "
                    + "(…intake.max-content-chars), attachments (…intake.max-attachments; PDF/JPEG/PNG by content, each at most "
                    + "…intake.max-attachment-bytes); markup is removed; the same content within …intake.duplicate-window is a "
                    + "duplicate (409). A complaint about an OFFICER names in subjectRef a certificate the bureau registered "
                    + "(执法人员公示); an unknown one is a 400 naming subjectRef (执法证号不存在).")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The case number and the query code, shown once (受理回执)", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = CaseViews.ReceiptView.class)))
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "409", description = "The same content was received within the duplicate window (重复提交)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "429", description = "Too many submissions from this client; Retry-After says when (提交过于频繁)")
    public Response submit(@Context HttpServerRequest http, @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "anonymous-complaint", value = """
            {"kind": "COMPLAINT", "subjectKind": "ITEM", "subjectRef": "410108-AJ-XK-002", "content": "烟花爆竹零售许可超过承诺时限仍未办结。", "anonymous": true}"""))) @Valid @NotNull CaseInput input) {
        Actor actor = actors.current();
        if (input.channel() != null && input.channel() != IntakeChannel.ONLINE
                && !actor.roles().contains(Roles.COMPLAINT_HANDLER)) {
            throw ProblemException.of(403, "forbidden", "Forbidden", "无权操作",
                    "Only complaint handlers record cases that came by phone, fax, letter or visit.",
                    "只有投诉举报处理人员可以登记电话、传真、信函或来访案件。");
        }
        Optional<Duration> wait = actor.roles().contains(Roles.COMPLAINT_HANDLER) ? Optional.empty()
                : limits.admitIntake(client(http));
        if (wait.isPresent()) {
            return tooMany(wait.get(), "Too many submissions from this address; try again later.", "提交过于频繁，请稍后再试。");
        }
        CaseIntake.Receipt r = intake.receive(input, actor);
        return Response.status(201).cacheControl(NO_STORE).entity(new CaseViews.ReceiptView(r.caseNo(), r.queryCode(),
                r.state().name(), r.receivedAt(), r.acceptDue(), r.acceptDueCalendarVersion(),
                WorkingDayCalendar.PROVISIONAL.equals(r.acceptDueCalendarVersion()),
                "请妥善保存受理编号和查询码：查询码只显示这一次，遗失后无法找回。Keep the case number and query code: the code is shown only once."))
                .build();
    }

    @GET
    @Path("/cases/{caseNo}")
    @Operation(summary = "Follow a case with its number and query code (案件查询); public",
            description = "Status, dates and the public answer, nothing internal. A wrong code answers exactly like a missing "
                    + "case; after fourlists.complaint.tracking.max-failures wrong codes within …tracking.failure-window for a "
                    + "case, the client is throttled (429 with Retry-After).")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "Status, dates and the public answer (办理情况)", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = CaseViews.PublicView.class)))
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "429", description = "Too many wrong query codes for this case; Retry-After says when (查询过于频繁)")
    public Response track(@Context HttpServerRequest http, @PathParam("caseNo") String caseNo, @QueryParam("code") String code) {
        String client = client(http);
        Optional<Duration> wait = limits.trackingThrottled(client, caseNo);
        if (wait.isPresent()) {
            return tooMany(wait.get(), "Too many wrong query codes; try again later.", "查询码错误次数过多，请稍后再试。");
        }
        try {
            ComplaintCase c = ComplaintCase.tracked(caseNo, code);
            return Response.ok(CaseViews.PublicView.of(c)).cacheControl(NO_STORE).build();
        } catch (ProblemException e) {
            limits.wrongCode(client, caseNo);
            throw e;
        }
    }

    public record FeedbackInput(@NotBlank @Size(max = 40) String code, @NotNull Boolean satisfied, @Size(max = 2000) String text) {
    }

    @POST
    @Path("/cases/{caseNo}/feedback")
    @Operation(summary = "The submitter's feedback on the answer (满意度评价); public with the query code")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The case with the feedback (评价结果)", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = CaseViews.PublicView.class)))
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "409", description = "Feedback is given once, after the answer (已评价或尚未答复)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "429", description = "Too many wrong query codes for this case (查询过于频繁)")
    public Response feedback(@Context HttpServerRequest http, @PathParam("caseNo") String caseNo, @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "not-satisfied", value = """
            {"code": "ABCD-EFGH-JKLM", "satisfied": false, "text": "答复未说明何时办结。"}"""))) @Valid @NotNull FeedbackInput input) {
        String client = client(http);
        Optional<Duration> wait = limits.trackingThrottled(client, caseNo);
        if (wait.isPresent()) {
            return tooMany(wait.get(), "Too many wrong query codes; try again later.", "查询码错误次数过多，请稍后再试。");
        }
        try {
            return Response.ok(CaseViews.PublicView.of(actions.feedback(caseNo, input.code(), input.satisfied(), input.text())))
                    .cacheControl(NO_STORE).build();
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                limits.wrongCode(client, caseNo);
            }
            throw e;
        }
    }

    @GET
    @Path("/cases")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.DISCIPLINE, Roles.LEADER, Roles.SECTION_HEAD, Roles.CLERK})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Cases (案件列表); complaint-handler, discipline, leader; a section's head and clerks: the cases assigned to their section",
            description = "A section sees only the cases a handler has assigned to it (Art. 30: a complaint about a section reaches it "
                    + "only through a handler), whatever section it asks for.")
    public Page<CaseViews.Summary> list(@QueryParam("state") CaseState state, @QueryParam("kind") CaseKind kind,
                                        @QueryParam("section") String section,
                                        @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        Actor actor = actors.current();
        boolean wide = actor.roles().contains(Roles.COMPLAINT_HANDLER) || actor.roles().contains(Roles.DISCIPLINE)
                || actor.roles().contains(Roles.LEADER);
        if (!wide && actor.section() == null) {
            throw ProblemException.of(403, "forbidden", "Forbidden", "无权查看", "A section's staff see only their section's cases.",
                    "科室人员只能查看本科室承办的案件。");
        }
        var query = queries.list(state, kind, wide ? section : actor.section());
        return new Page<>(query.page(page, size).<ComplaintCase>list().stream().map(CaseViews.Summary::of).toList(), page, size, query.count());
    }

    @GET
    @Path("/cases/{caseNo}/record")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SECTION_HEAD, Roles.CLERK, Roles.DISCIPLINE, Roles.LEGAL})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "A case as staff see it, without the identity (案件详情); handlers, discipline, the assigned section, "
            + "and the legal section for the suggestions of its inbox")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The case as staff see it (案件详情)", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = CaseViews.StaffView.class)))
    public Response record(@PathParam("caseNo") String caseNo) {
        ComplaintCase c = ComplaintCase.byNumber(caseNo);
        Actor actor = actors.current();
        boolean wide = actor.roles().contains(Roles.COMPLAINT_HANDLER) || actor.roles().contains(Roles.DISCIPLINE);
        // the legal section reads the suggestions about the lists it is sent (Art. 9), each reading traced like any other
        boolean legals = actor.roles().contains(Roles.LEGAL) && CaseQueries.inLegalInbox(c);
        if (!wide && !legals && (c.section == null || !c.section.equals(actor.section()))) {
            throw ProblemException.of(403, "forbidden", "Forbidden", "无权查看", "Only the section the case is assigned to sees it.",
                    "只有承办科室可以查看该案件。");
        }
        return Response.ok(CaseViews.StaffView.of(c, disclosure.readContent(c, actor), CaseAttachment.list("caseId", c.id)))
                .cacheControl(NO_STORE).build();
    }

    @POST
    @Path("/cases/{caseNo}/actions/{action}")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SECTION_HEAD, Roles.CLERK})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Act on a case (办理): accept, not-accept, assign, extend, answer, close, reopen",
            description = "not-accept takes reason (DUPLICATE, NO_CLEAR_TARGET_OR_FACTS, BELONGS_TO_PETITION, "
                    + "BELONGS_TO_RECONSIDERATION, BELONGS_TO_LITIGATION) and text; assign takes section; extend takes "
                    + "extensionDays (≤ 30, once) and text; answer takes publicAnswer (the assigned section may answer); "
                    + "reopen only once and only after the submitter was not satisfied. An action the state does not allow is a "
                    + "409 naming the allowed ones.")
    public CaseViews.StaffView act(@PathParam("caseNo") String caseNo, @PathParam("action") String action,
                                   @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "assign", value = """
            {"section": "hazchem"}"""))) @Valid ActionBody body) {
        CaseAction a = CaseAction.fromPath(action);
        if (a == null) {
            throw ProblemException.notFound("Action", "操作", action);
        }
        ActionBody b = body == null ? new ActionBody(null, null, null, null, null) : body;
        ComplaintCase c = actions.act(caseNo, a, new CaseActions.ActionInput(b.reason(), b.text(), b.section(), b.publicAnswer(),
                b.extensionDays()), actors.current());
        // the answer to an action leaves the content out: reading it is a traced step of its own (GET …/record)
        return CaseViews.StaffView.of(c, null, CaseAttachment.list("caseId", c.id));
    }

    public record ActionBody(cn.gov.huiji.fourlists.complaint.domain.NotAcceptedReason reason, @Size(max = 2000) String text,
                             @Size(max = 64) String section, @Size(max = 5000) String publicAnswer, Integer extensionDays) {
    }

    public record RevealInput(@org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The kind of reason (理由类别); OTHER when absent")
                              DisclosureReason reasonCode,
                              @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Why, in words (理由); kept by complaint-service, traced only as its SHA-256")
                              @NotBlank @Size(max = 500) String reason) {
    }

    @POST
    @Path("/cases/{caseNo}/identity-reveal")
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Show the submitter's identity (查看举报人身份); complaint-handler only, with a reason",
            description = "Leaves a trace of who, when and why — never of what (Art. 30).")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The submitter's identity (举报人身份)", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = cn.gov.huiji.fourlists.complaint.domain.SubmitterIdentity.class)))
    public Response reveal(@PathParam("caseNo") String caseNo, @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "call-back", value = """
            {"reasonCode": "CONTACT_SUBMITTER", "reason": "需电话回访核实举报线索"}"""))) @Valid @NotNull RevealInput input) {
        return Response.ok(disclosure.reveal(caseNo, input.reasonCode(), input.reason(), actors.current())).cacheControl(NO_STORE).build();
    }

    @GET
    @Path("/cases/{caseNo}/attachments/{id}")
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    @SecurityRequirement(name = "keycloak")
    @jakarta.ws.rs.Produces({"application/pdf", "image/jpeg", "image/png", "application/problem+json"})
    @Operation(summary = "Open an attachment (查看附件); complaint-handler only, with a reason",
            description = "Attachments may show the submitter: they are kept encrypted and every opening is traced (who, why).")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The attachment's bytes (附件)", content = {@org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/pdf", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")), @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "image/jpeg", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")), @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "image/png", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    public Response attachment(@PathParam("caseNo") String caseNo, @PathParam("id") java.util.UUID id,
                               @QueryParam("reasonCode") DisclosureReason reasonCode, @QueryParam("reason") String reason) {
        CaseDisclosure.File file = disclosure.attachment(caseNo, id, reasonCode, reason, actors.current());
        return Response.ok(file.bytes()).type(file.mediaType()).cacheControl(NO_STORE)
                .header("Content-Disposition", "attachment").build();
    }

    @GET
    @Path("/cases/{caseNo}/disclosures")
    @RolesAllowed({Roles.DISCIPLINE, Roles.AUDITOR})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Who was shown a case's sealed identity or attachments, when and why (查看记录); discipline, auditor",
            description = "The reasons as the handlers gave them. The trace log holds only each reason's code and SHA-256 "
                    + "(reasonDigest), so the text here can be checked against it.")
    public List<DisclosureView> disclosures(@PathParam("caseNo") String caseNo) {
        return disclosure.disclosures(caseNo).stream().map(DisclosureView::of).toList();
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "One disclosure of what is sealed in a case (查看记录)")
    public record DisclosureView(String what, String attachmentId, DisclosureReason reasonCode, String reason, String reasonDigest,
                                 String disclosedBy, java.time.OffsetDateTime disclosedAt) {
        static DisclosureView of(CaseDisclosureRecord r) {
            return new DisclosureView(r.what, r.attachmentId == null ? null : r.attachmentId.toString(), r.reasonCode, r.reason,
                    r.reasonDigest, r.disclosedBy, r.disclosedAt);
        }
    }

    @GET
    @Path("/cases/stats")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.DISCIPLINE, Roles.LEADER, Roles.LEGAL, Roles.AUDITOR})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Cases per section and per item, open and overdue (统计); optionally of one month",
            description = "With month=YYYY-MM only the cases received in that month (Beijing time) count (按月统计).")
    public CaseViews.Stats stats(@org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "Month received (受理月份)", example = "2026-11")
                                 @QueryParam("month") @jakarta.validation.constraints.Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") String month) {
        java.time.YearMonth m = month == null ? null : java.time.YearMonth.parse(month);
        return new CaseViews.Stats(queries.bySection(m), queries.byItem(m));
    }

    @GET
    @Path("/inbox/legal")
    @RolesAllowed(Roles.LEGAL)
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Suggestions about items and about how the lists are made and run (法制科收件箱); role legal")
    public List<CaseViews.StaffView> legalInbox() {
        Actor actor = actors.current();
        return queries.legalInbox().stream().map(c -> CaseViews.StaffView.of(c, disclosure.readContent(c, actor), List.of())).toList();
    }

    /** The client's address (the portal's forwarded address is trusted from this machine only). */
    static String client(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }

    private static Response tooMany(Duration wait, String en, String zh) {
        long seconds = Math.max(1, wait.toSeconds());
        return Response.status(429).header("Retry-After", seconds).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.TYPE_PREFIX + "too-many-requests", "Too many requests", "请求过于频繁", 429,
                        en + " Retry after " + seconds + " s.", zh + "请在 " + seconds + " 秒后重试。", null, List.of(), List.of()))
                .build();
    }

}
