package cn.gov.huiji.fourlists.complaint.rest;

import cn.gov.huiji.fourlists.complaint.domain.CaseAction;
import cn.gov.huiji.fourlists.complaint.domain.CaseAttachment;
import cn.gov.huiji.fourlists.complaint.domain.CaseKind;
import cn.gov.huiji.fourlists.complaint.domain.CaseState;
import cn.gov.huiji.fourlists.complaint.domain.ComplaintCase;
import cn.gov.huiji.fourlists.complaint.domain.IntakeChannel;
import cn.gov.huiji.fourlists.complaint.domain.SubjectKind;
import cn.gov.huiji.fourlists.complaint.service.CaseService;
import cn.gov.huiji.fourlists.complaint.service.ClientLimits;
import cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar;
import cn.gov.huiji.fourlists.kernel.problem.Problem;
import cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar;
import cn.gov.huiji.fourlists.kernel.rest.Page;
import cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar;
import cn.gov.huiji.fourlists.kernel.security.ActorResolver;
import cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar;
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

    private final CaseService cases;
    private final ClientLimits limits;
    private final ActorResolver actors;

    public CaseResource(CaseService cases, ClientLimits limits, ActorResolver actors) {
        this.cases = cases;
        this.limits = limits;
        this.actors = actors;
    }

    public record Choice(String code, String name) {
    }

    public record CaseKinds(List<Choice> kinds, List<Choice> subjects, List<Choice> notAcceptedReasons) {
    }

    static final CaseKinds KINDS = new CaseKinds(
            java.util.Arrays.stream(CaseKind.values()).map(k -> new Choice(k.name(), k.nameZh)).toList(),
            List.of(new Choice("ITEM", "清单事项"), new Choice("SECTION", "科室（队）"), new Choice("OFFICER", "执法人员"),
                    new Choice("LISTS", "清单的制定和运行"), new Choice("OTHER", "其他")),
            java.util.Arrays.stream(cn.gov.huiji.fourlists.complaint.domain.NotAcceptedReason.values())
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
                    + "fax, letter or visit with their channel. Limits: 10 submissions a minute per client (429 with Retry-After), "
                    + "5000 characters, 3 attachments (PDF/JPEG/PNG by content, 2 MiB each); markup is removed; the same content "
                    + "within 10 minutes is a duplicate (409).")
    public Response submit(@Context HttpServerRequest http, @Valid @NotNull CaseInput input) {
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
        CaseService.Receipt r = cases.receive(input, actor);
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
                    + "case; after 5 wrong codes in 15 minutes for a case, the client is throttled (429).")
    public Response track(@Context HttpServerRequest http, @PathParam("caseNo") String caseNo, @QueryParam("code") String code) {
        String client = client(http);
        Optional<Duration> wait = limits.trackingThrottled(client, caseNo);
        if (wait.isPresent()) {
            return tooMany(wait.get(), "Too many wrong query codes; try again later.", "查询码错误次数过多，请稍后再试。");
        }
        try {
            ComplaintCase c = cases.track(caseNo, code);
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
    public Response feedback(@Context HttpServerRequest http, @PathParam("caseNo") String caseNo, @Valid @NotNull FeedbackInput input) {
        String client = client(http);
        Optional<Duration> wait = limits.trackingThrottled(client, caseNo);
        if (wait.isPresent()) {
            return tooMany(wait.get(), "Too many wrong query codes; try again later.", "查询码错误次数过多，请稍后再试。");
        }
        try {
            return Response.ok(CaseViews.PublicView.of(cases.feedback(caseNo, input.code(), input.satisfied(), input.text())))
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
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.DISCIPLINE, Roles.LEADER})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Cases for the handlers (案件列表); complaint-handler, discipline, leader")
    public Page<CaseViews.Summary> list(@QueryParam("state") CaseState state, @QueryParam("kind") CaseKind kind,
                                        @QueryParam("section") String section,
                                        @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        StringBuilder q = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (state != null) {
            params.add(state);
            q.append(" and state = ?").append(params.size());
        }
        if (kind != null) {
            params.add(kind);
            q.append(" and kind = ?").append(params.size());
        }
        if (section != null && !section.isBlank()) {
            params.add(section);
            q.append(" and section = ?").append(params.size());
        }
        var query = ComplaintCase.find(q.toString(), Sort.descending("receivedAt"), params.toArray());
        return new Page<>(query.page(page, size).<ComplaintCase>list().stream().map(CaseViews.Summary::of).toList(), page, size, query.count());
    }

    @GET
    @Path("/cases/{caseNo}/record")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SECTION_HEAD, Roles.CLERK, Roles.DISCIPLINE})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "A case as staff see it, without the identity (案件详情); handlers, discipline, and the assigned section")
    public Response record(@PathParam("caseNo") String caseNo) {
        ComplaintCase c = cases.byNumber(caseNo);
        Actor actor = actors.current();
        boolean wide = actor.roles().contains(Roles.COMPLAINT_HANDLER) || actor.roles().contains(Roles.DISCIPLINE);
        if (!wide && (c.section == null || !c.section.equals(actor.section()))) {
            throw ProblemException.of(403, "forbidden", "Forbidden", "无权查看", "Only the section the case is assigned to sees it.",
                    "只有承办科室可以查看该案件。");
        }
        return Response.ok(CaseViews.StaffView.of(c, CaseAttachment.list("caseId", c.id))).cacheControl(NO_STORE).build();
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
                                   @Valid ActionBody body) {
        CaseAction a = CaseAction.fromPath(action);
        if (a == null) {
            throw ProblemException.notFound("Action", "操作", action);
        }
        ActionBody b = body == null ? new ActionBody(null, null, null, null, null) : body;
        ComplaintCase c = cases.act(caseNo, a, new CaseService.ActionInput(b.reason(), b.text(), b.section(), b.publicAnswer(),
                b.extensionDays()), actors.current());
        return CaseViews.StaffView.of(c, CaseAttachment.list("caseId", c.id));
    }

    public record ActionBody(cn.gov.huiji.fourlists.complaint.domain.NotAcceptedReason reason, @Size(max = 2000) String text,
                             @Size(max = 64) String section, @Size(max = 5000) String publicAnswer, Integer extensionDays) {
    }

    public record RevealInput(@NotBlank @Size(max = 500) String reason) {
    }

    @POST
    @Path("/cases/{caseNo}/identity-reveal")
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Show the submitter's identity (查看举报人身份); complaint-handler only, with a reason",
            description = "Leaves a trace of who, when and why — never of what (Art. 30).")
    public Response reveal(@PathParam("caseNo") String caseNo, @Valid @NotNull RevealInput input) {
        return Response.ok(cases.reveal(caseNo, input.reason(), actors.current())).cacheControl(NO_STORE).build();
    }

    @GET
    @Path("/cases/{caseNo}/attachments/{id}")
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    @SecurityRequirement(name = "keycloak")
    @jakarta.ws.rs.Produces({"application/pdf", "image/jpeg", "image/png", "application/problem+json"})
    @Operation(summary = "Open an attachment (查看附件); complaint-handler only, with a reason",
            description = "Attachments may show the submitter: they are kept encrypted and every opening is traced (who, why).")
    public Response attachment(@PathParam("caseNo") String caseNo, @PathParam("id") java.util.UUID id,
                               @QueryParam("reason") String reason) {
        CaseService.File file = cases.attachment(caseNo, id, reason, actors.current());
        return Response.ok(file.bytes()).type(file.mediaType()).cacheControl(NO_STORE)
                .header("Content-Disposition", "attachment").build();
    }

    @GET
    @Path("/cases/stats")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.DISCIPLINE, Roles.LEADER, Roles.LEGAL})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Cases per section and per item, open and overdue (统计)")
    public CaseViews.Stats stats() {
        return new CaseViews.Stats(counts("section"), counts("item"));
    }

    @SuppressWarnings("unchecked")
    private List<CaseViews.Count> counts(String by) {
        String key = by.equals("section") ? "coalesce(section_code, '')" : "subject_ref";
        String where = by.equals("section") ? "" : " where subject_kind = 'ITEM'";
        List<Object[]> rows = ComplaintCase.getEntityManager().createNativeQuery("select " + key + ", kind, count(*), "
                + "count(*) filter (where state in ('RECEIVED','ACCEPTED','ASSIGNED')), count(*) filter (where overdue_step is not null "
                + "and state in ('RECEIVED','ACCEPTED','ASSIGNED')) from complaint_case" + where + " group by 1, 2 order by 1, 2").getResultList();
        return rows.stream().map(r -> new CaseViews.Count((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
    }

    @GET
    @Path("/inbox/legal")
    @RolesAllowed(Roles.LEGAL)
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Suggestions about items and about how the lists are made and run (法制科收件箱); role legal")
    public List<CaseViews.StaffView> legalInbox() {
        List<ComplaintCase> found = ComplaintCase.list("kind = ?1 and subjectKind in ?2", Sort.descending("receivedAt"),
                CaseKind.SUGGESTION, List.of(SubjectKind.ITEM, SubjectKind.LISTS));
        return found.stream().map(c -> CaseViews.StaffView.of(c, List.of())).toList();
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
