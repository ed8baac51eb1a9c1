package cn.gov.huiji.fourlists.audit.oversight.rest;

import cn.gov.huiji.fourlists.audit.oversight.domain.Accountability;
import cn.gov.huiji.fourlists.audit.oversight.domain.AccountabilityState;
import cn.gov.huiji.fourlists.audit.oversight.service.AccountabilityService;
import cn.gov.huiji.fourlists.audit.oversight.service.Measures;
import cn.gov.huiji.fourlists.audit.oversight.service.SectionScope;
import cn.gov.huiji.fourlists.audit.service.TraceFilter;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.security.ActorResolver;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Accountability (问责, Art. 29: 视情节轻重追究科室（队）和责任人的责任; Art. 31): the discipline group records, revises and
 * decides; leaders and auditors read every record, a section's staff their own section's. Every change is traced.
 */
@Path("/api/v1/oversight")
@Tag(name = "Oversight")
@SecurityRequirement(name = "keycloak")
public class AccountabilityResource {

    static final String INPUT_EXAMPLE = """
            {"section": "hazchem", "person": "clerk", "facts": "调整申请逾期2个工作日未报送，抽查发现漏报",
             "findings": ["0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f"], "cards": ["5f2a9c0e1b7d4e36"],
             "basis": "《关于印发“四单一网”清单运行配套机制的通知》（惠安监管〔2016〕41号）第二十九条、第三十一条",
             "measure": "WRITTEN_SELF_EXAMINATION"}""";
    static final String VIEW_EXAMPLE = """
            {"id": "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f", "state": "RECORDED", "section": "hazchem", "person": "clerk",
             "facts": "调整申请逾期2个工作日未报送，抽查发现漏报", "findings": ["0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f"],
             "cards": ["5f2a9c0e1b7d4e36"], "basis": "《关于印发“四单一网”清单运行配套机制的通知》（惠安监管〔2016〕41号）第二十九条、第三十一条",
             "measure": "WRITTEN_SELF_EXAMINATION", "measureLabel": "责令书面检查", "decisionDate": null, "decisionDocument": null,
             "recordedBy": "discipline", "recordedAt": "2026-12-05T02:00:00Z", "updatedAt": "2026-12-05T02:00:00Z"}""";

    private final AccountabilityService service;
    private final Measures measures;
    private final ActorResolver actors;

    public AccountabilityResource(AccountabilityService service, Measures measures, ActorResolver actors) {
        this.service = service;
        this.measures = measures;
        this.actors = actors;
    }

    /** What the discipline group enters: the facts, the basis and the measure (a code of GET /measures). */
    @Schema(name = "AccountabilityInput")
    public record Input(@Schema(description = "The section held to account (科室（队）)", examples = "hazchem")
                        @NotBlank @Pattern(regexp = TraceFilter.SECTION_CODE) String section,
                        @Schema(description = "Staff id of the person held to account (责任人); none when only the section is", examples = "clerk")
                        @Size(max = 100) String person,
                        @Schema(description = "The facts (事实)") @NotBlank @Size(max = 10000) String facts,
                        @Schema(description = "Ids of spot-check findings the facts rest on (抽查发现)") @Size(max = 100) List<@NotNull UUID> findings,
                        @Schema(description = "Ids of cards the facts rest on (黄牌红牌)") @Size(max = 100)
                        List<@NotNull @Pattern(regexp = "[0-9a-f]{16}") String> cards,
                        @Schema(description = "The basis (依据)") @NotBlank @Size(max = 4000) String basis,
                        @Schema(description = "The measure's code (问责措施), see GET /api/v1/oversight/measures", examples = "WARNING_TALK")
                        @NotBlank @Size(max = 64) String measure) {

        AccountabilityService.Input toService() {
            return new AccountabilityService.Input(section, person, facts, findings, cards, basis, measure);
        }
    }

    @Schema(name = "AccountabilityDecision")
    public record Decision(@Schema(description = "Date of the decision (决定日期)") @NotNull LocalDate decisionDate,
                           @Schema(description = "Number or title of the decision document (决定文书)", examples = "惠安监纪〔2026〕3号")
                           @NotBlank @Size(max = 200) String decisionDocument) {
    }

    @Schema(name = "Accountability", description = "An accountability record (问责记录)")
    public record View(UUID id, @Schema(description = "RECORDED 已登记, DECIDED 已决定, WITHDRAWN 已撤销") AccountabilityState state,
                       String section, String person, String facts, List<UUID> findings, List<String> cards, String basis,
                       String measure, @Schema(description = "The measure's Chinese name (措施名称)") String measureLabel,
                       LocalDate decisionDate, String decisionDocument, String recordedBy, OffsetDateTime recordedAt,
                       OffsetDateTime updatedAt) {
    }

    View view(Accountability a) {
        return new View(a.id, a.state, a.section, a.person, a.facts, List.of(a.findings), List.of(a.cards), a.basis, a.measure,
                measures.label(a.measure), a.decisionDate, a.decisionDocument, a.recordedBy, a.recordedAt, a.updatedAt);
    }

    @POST
    @Path("/accountability")
    @RolesAllowed(Roles.DISCIPLINE)
    @Operation(summary = "Record an accountability case (问责登记); discipline only",
            description = "Against a section and, where named, a person, on the facts of findings and cards (Art. 29, 31). "
                    + "Traced as fourlists.audit.accountability.recorded. The measure must be one of GET /api/v1/oversight/measures; "
                    + "findings and cards must exist.")
    @APIResponse(responseCode = "201", description = "The record, state RECORDED (已登记)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = View.class), examples = @ExampleObject(name = "recorded", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Unknown measure, card or finding (问责措施、黄牌红牌或抽查发现不存在)")
    public Response record(@RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(
            name = "late-and-omitted", value = INPUT_EXAMPLE))) @Valid @NotNull Input input) {
        Accountability a = service.record(input.toService(), actors.current());
        return Response.created(UriBuilder.fromPath("/api/v1/oversight/accountability/{id}").build(a.id)).entity(view(a)).build();
    }

    @PUT
    @Path("/accountability/{id}")
    @RolesAllowed(Roles.DISCIPLINE)
    @Operation(summary = "Revise an accountability record before its decision (问责修改); discipline only",
            description = "The whole record is replaced; traced as fourlists.audit.accountability.revised. A decided or withdrawn "
                    + "record is never changed (409).")
    @APIResponse(responseCode = "200", description = "The revised record (修改后的问责记录)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = View.class), examples = @ExampleObject(name = "revised", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The record was decided or withdrawn (已决定或已撤销，不能修改)")
    @APIResponse(responseCode = "422", description = "Unknown measure, card or finding (问责措施、黄牌红牌或抽查发现不存在)")
    public View revise(@PathParam("id") UUID id, @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(
            name = "late-and-omitted", value = INPUT_EXAMPLE))) @Valid @NotNull Input input) {
        return view(service.revise(id, input.toService(), actors.current()));
    }

    @POST
    @Path("/accountability/{id}/decision")
    @RolesAllowed(Roles.DISCIPLINE)
    @Operation(summary = "Decide the measure (问责决定); discipline only",
            description = "With the decision's date (not in the future) and document; traced as fourlists.audit.accountability.decided. "
                    + "Counted in the assessment of the period of its date.")
    @APIResponse(responseCode = "200", description = "The record, state DECIDED (已决定)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = View.class), examples = @ExampleObject(name = "decided", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The record was decided or withdrawn already (已决定或已撤销)")
    public View decide(@PathParam("id") UUID id, @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(
            name = "decided", value = """
                    {"decisionDate": "2026-12-10", "decisionDocument": "惠安监纪〔2026〕3号"}"""))) @Valid @NotNull Decision decision) {
        return view(service.decide(id, decision.decisionDate(), decision.decisionDocument(), actors.current()));
    }

    @POST
    @Path("/accountability/{id}/withdrawal")
    @RolesAllowed(Roles.DISCIPLINE)
    @Operation(summary = "Withdraw an accountability record before its decision (撤销问责); discipline only",
            description = "Traced as fourlists.audit.accountability.revised with state WITHDRAWN; the record stays readable.")
    @APIResponse(responseCode = "200", description = "The record, state WITHDRAWN (已撤销)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = View.class), examples = @ExampleObject(name = "withdrawn", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The record was decided or withdrawn already (已决定或已撤销)")
    public View withdraw(@PathParam("id") UUID id) {
        return view(service.withdraw(id, actors.current()));
    }

    @GET
    @Path("/accountability")
    @RolesAllowed({Roles.DISCIPLINE, Roles.LEADER, Roles.AUDITOR, Roles.LEGAL, Roles.SECTION_HEAD, Roles.CLERK})
    @Operation(summary = "Accountability records (问责记录); discipline, leader, auditor; legal, section-head, clerk: their section's",
            description = "Newest first. A section's staff asking for another section get 403.")
    @APIResponse(responseCode = "200", description = "The records (问责记录)", content = @Content(mediaType = "application/json",
            schema = @Schema(type = SchemaType.ARRAY, implementation = View.class),
            examples = @ExampleObject(name = "one", value = "[" + VIEW_EXAMPLE + "]")))
    public List<View> list(@Parameter(description = "Section code (科室（队）)", example = "hazchem")
                           @QueryParam("section") @Pattern(regexp = TraceFilter.SECTION_CODE) String section) {
        return service.list(SectionScope.of(actors.current(), section)).stream().map(this::view).toList();
    }

    @GET
    @Path("/accountability/{id}")
    @RolesAllowed({Roles.DISCIPLINE, Roles.LEADER, Roles.AUDITOR, Roles.LEGAL, Roles.SECTION_HEAD, Roles.CLERK})
    @Operation(summary = "One accountability record (问责记录详情); a section's staff: their section's only")
    @APIResponse(responseCode = "200", description = "The record (问责记录)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = View.class), examples = @ExampleObject(name = "recorded", value = VIEW_EXAMPLE)))
    public View one(@PathParam("id") UUID id) {
        Accountability a = service.byId(id);
        Actor actor = actors.current();
        if (!SectionScope.mayRead(actor, a.section)) {
            throw ProblemException.of(403, "forbidden", "Forbidden", "无权查看",
                    "A section's staff read only their own section's accountability records.", "科室（队）人员只能查看本科室（队）的问责记录。");
        }
        return view(a);
    }

    @GET
    @Path("/measures")
    @RolesAllowed({Roles.DISCIPLINE, Roles.LEADER, Roles.AUDITOR, Roles.LEGAL, Roles.SECTION_HEAD, Roles.CLERK})
    @Operation(summary = "The measures of accountability (问责措施)",
            description = "The five of the suite (诫勉谈话, 通报批评, 责令书面检查, 调离执法岗位, 移送处理), then those configured under "
                    + "fourlists.oversight.measures.<CODE>=<label>.")
    @APIResponse(responseCode = "200", description = "Code and Chinese label of each measure (问责措施)", content = @Content(
            mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = Measures.Choice.class),
            examples = @ExampleObject(name = "the-suites", value = """
                    [{"code": "WARNING_TALK", "label": "诫勉谈话"}, {"code": "CIRCULATED_CRITICISM", "label": "通报批评"}]""")))
    public List<Measures.Choice> measures() {
        return measures.all();
    }
}
