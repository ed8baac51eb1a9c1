package cn.gov.huiji.fourlists.adjustment.rest;

import cn.gov.huiji.fourlists.adjustment.domain.AdjustmentRequest;
import cn.gov.huiji.fourlists.adjustment.domain.RequestAction;
import cn.gov.huiji.fourlists.adjustment.domain.RequestTransition;
import cn.gov.huiji.fourlists.adjustment.service.RequestService;
import cn.gov.huiji.fourlists.adjustment.service.WorkflowService;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.security.ActorResolver;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/requests")
@Tag(name = "Adjustment requests", description = "Requests to add, modify or repeal list items (清单动态调整申请, Art. 25, 26)")
@SecurityRequirement(name = "keycloak")
public class RequestResource {

    private final RequestService requests;
    private final WorkflowService workflow;
    private final ActorResolver actors;

    public RequestResource(RequestService requests, WorkflowService workflow, ActorResolver actors) {
        this.requests = requests;
        this.workflow = workflow;
        this.actors = actors;
    }

    @POST
    @Path("/{id}/actions/{action}")
    @RolesAllowed({Roles.CLERK, Roles.SECTION_HEAD, Roles.LEGAL, Roles.LEADER, Roles.DISTRICT_OFFICE})
    @Operation(summary = "Take a step of the five stages (办理：提交、审核通过、退回、研究同意、上报、确认、退回、公布)",
            description = "action = submit (clerk, section-head; the applying section), pass-review (legal), return (legal or "
                    + "leader, with reasons in comment), approve (leader, with meetingReference), report (legal), confirm or "
                    + "send-back (district-office, send-back with reasons), publish (legal). Nobody but the applying section acts "
                    + "on their own request (separation of duties). A step the current state does not allow is a 409 naming "
                    + "the allowed ones.")
    public RequestView act(@PathParam("id") UUID id, @PathParam("action") String action, @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "return-with-reasons", value = """
            {"comment": "法律依据条款序号未按2021年修正版更新，请核对后重新上报。"}"""))) WorkflowService.ActionInput input) {
        RequestAction parsed = RequestAction.fromPath(action);
        if (parsed == null) {
            throw ProblemException.of(404, "unknown-action", "Unknown action", "未知操作",
                    "There is no action '" + action + "'.", "没有该操作：" + action);
        }
        return RequestView.of(workflow.act(id, parsed, input, actors.current()));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.CLERK, Roles.SECTION_HEAD, Roles.LEGAL, Roles.LEADER, Roles.DISTRICT_OFFICE, Roles.DISCIPLINE})
    @Operation(summary = "Every step the request took: who, when, why (办理记录)")
    public List<RequestTransition> history(@PathParam("id") UUID id) {
        return workflow.history(id, actors.current());
    }

    @POST
    @RolesAllowed({Roles.CLERK, Roles.SECTION_HEAD})
    @Operation(summary = "Draft a request (起草调整申请); roles clerk, section-head",
            description = "The request belongs to the applicant's section (the token's section claim).")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The draft (调整申请草稿)", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = RequestView.class)))
    public Response draft(@org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "modify", value = """
            {"triggerKind": "LAW_AMENDED_OR_REPEALED", "triggerDate": "2026-11-20", "changeKind": "MODIFY", "targetItemCode": "410108-AJ-CF-001", "summary": "《安全生产法》2021年修正，罚则条款序号变化", "documents": [{"title": "中华人民共和国安全生产法（2021年修正）", "number": "主席令第八十八号", "date": "2021-06-10"}], "proposedItem": {"code": "410108-AJ-CF-001", "list": "POWER", "name": "对未取得安全生产许可证擅自进行生产的处罚", "category": "行政处罚", "section": "enforcement-brigade", "legalBasis": [{"level": "LAW", "title": "中华人民共和国安全生产法", "version": "2021年6月10日修正", "article": "第九十五条"}]}}"""))) @Valid @NotNull RequestInput input) {
        AdjustmentRequest request = requests.draft(input, actors.current());
        return Response.created(UriBuilder.fromPath("/api/v1/requests/{id}").build(request.id))
                .entity(RequestView.of(request)).build();
    }

    @jakarta.ws.rs.PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CLERK, Roles.SECTION_HEAD})
    @Operation(summary = "Revise a draft or a returned request (修改申请); roles clerk, section-head of the applying section",
            description = "Art. 26(2): the applying section corrects its request before it (re)submits it. Only a DRAFT or a RETURNED "
                    + "request changes; the change kind stays; the due date stays. 409 in any other state, 403 for another section.")
    public RequestView revise(@PathParam("id") UUID id, @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "revise-after-return", value = """
            {"triggerKind": "LAW_AMENDED_OR_REPEALED", "triggerDate": "2026-11-20", "changeKind": "MODIFY", "targetItemCode": "410108-AJ-CF-001", "summary": "按法制科意见补正：罚则条款由第九十四条改为第九十五条", "documents": [{"title": "中华人民共和国安全生产法（2021年修正）", "number": "主席令第八十八号", "date": "2021-06-10"}], "proposedItem": {"code": "410108-AJ-CF-001", "list": "POWER", "name": "对未取得安全生产许可证擅自进行生产的处罚", "category": "行政处罚", "section": "enforcement-brigade", "legalBasis": [{"level": "LAW", "title": "中华人民共和国安全生产法", "version": "2021年6月10日修正", "article": "第九十五条"}]}}"""))) @Valid @NotNull RequestInput input) {
        return RequestView.of(requests.revise(id, input, actors.current()));
    }

    @GET
    @RolesAllowed({Roles.CLERK, Roles.SECTION_HEAD, Roles.LEGAL, Roles.LEADER, Roles.DISTRICT_OFFICE, Roles.DISCIPLINE})
    @Operation(summary = "Requests the caller may see (调整申请列表)", description = "Clerks and section heads see their own section's.")
    public List<RequestView> list() {
        return requests.visibleTo(actors.current()).stream().map(RequestView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CLERK, Roles.SECTION_HEAD, Roles.LEGAL, Roles.LEADER, Roles.DISTRICT_OFFICE, Roles.DISCIPLINE})
    @Operation(summary = "One request (调整申请详情)")
    public RequestView one(@PathParam("id") UUID id) {
        return RequestView.of(requests.visible(id, actors.current()));
    }
}
