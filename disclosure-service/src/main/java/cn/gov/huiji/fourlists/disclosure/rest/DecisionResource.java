package cn.gov.huiji.fourlists.disclosure.rest;

import cn.gov.huiji.fourlists.disclosure.config.BureauConfig;
import cn.gov.huiji.fourlists.disclosure.domain.Decision;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionKind;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionVersion;
import cn.gov.huiji.fourlists.disclosure.domain.DisclosureState;
import cn.gov.huiji.fourlists.disclosure.service.DecisionCalendar;
import cn.gov.huiji.fourlists.disclosure.service.DecisionIntake;
import cn.gov.huiji.fourlists.disclosure.service.DecisionQueries;
import cn.gov.huiji.fourlists.disclosure.service.DecisionSteps;
import cn.gov.huiji.fourlists.disclosure.service.LicensingInput;
import cn.gov.huiji.fourlists.disclosure.service.PenaltyInput;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.rest.Page;
import cn.gov.huiji.fourlists.kernel.security.ActorResolver;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@Path("/api/v1/decisions")
@Tag(name = "Decisions", description = "行政许可和行政处罚决定的接收、更正与公示 (双公示, Art. 8, R-LIST-11): the bureau's case-handling "
        + "systems (integration client) and the legal section send decisions; the legal section publishes, cancels and "
        + "restores them.")
@SecurityRequirement(name = "keycloak")
public class DecisionResource {

    static final String LICENSING_EXAMPLE = """
            {"partyName": "郑州市惠济区某某化工经营部", "partyCategory": "INDIVIDUAL_BUSINESS", "partyCreditCode": "92410108MA9F1234XY",
             "legalRepresentative": "王某", "documentName": "危险化学品经营许可证核发决定书", "documentNo": "惠安监许〔2026〕7号",
             "licenceCategory": "GENERAL", "certificateName": "危险化学品经营许可证", "licenceNo": "豫郑惠危化经字〔2026〕000007",
             "content": "准予危险化学品经营许可（不带储存设施）", "decisionDate": "2026-03-02", "validFrom": "2026-03-02",
             "validTo": "2029-03-01", "itemCode": "410108-AJ-SP-001"}""";
    static final String PENALTY_EXAMPLE = """
            {"partyName": "郑州市惠济区某某化工有限公司", "partyCategory": "LEGAL_ENTITY", "partyCreditCode": "91410108MA44XRNB25",
             "legalRepresentative": "李某", "legalRepresentativeIdType": "ID_CARD", "legalRepresentativeIdNumber": "410108198001011238",
             "documentNo": "惠安监罚〔2025〕18号", "violationType": "未按照规定对从业人员进行安全生产教育和培训",
             "facts": "经查，该公司3名新上岗从业人员未经安全生产教育和培训即上岗作业。", "basis": "《中华人民共和国安全生产法》第九十七条第（三）项",
             "penaltyKinds": ["FINE"], "content": "罚款2万元", "fineYuan": 20000, "decisionDate": "2025-09-26",
             "validUntil": "2025-10-03", "itemCode": "410108-AJ-CF-001", "severity": "GENERAL"}""";
    static final String NATURAL_PERSON_EXAMPLE = """
            {"partyName": "张某某", "partyCategory": "NATURAL_PERSON", "personIdType": "ID_CARD", "personIdNumber": "410108199001011234",
             "documentNo": "惠安监罚〔2026〕3号", "violationType": "未按照规定对从业人员进行安全生产教育和培训", "facts": "……",
             "basis": "《中华人民共和国安全生产法》第九十七条", "penaltyKinds": ["WARNING"], "content": "警告",
             "decisionDate": "2026-03-02", "validUntil": "2026-03-09", "itemCode": "410108-AJ-CF-001"}""";
    static final String CORRECTION_EXAMPLE = """
            {"partyName": "郑州市惠济区某某化工有限公司", "partyCategory": "LEGAL_ENTITY", "partyCreditCode": "91410108MA44XRNB25",
             "legalRepresentative": "李某", "documentNo": "惠安监罚〔2025〕19号", "violationType": "未按照规定对从业人员进行安全生产教育和培训",
             "facts": "经查，该公司3名新上岗从业人员未经安全生产教育和培训即上岗作业。", "basis": "《中华人民共和国安全生产法》第九十七条第（三）项",
             "penaltyKinds": ["FINE"], "content": "罚款2万元", "fineYuan": 20000, "decisionDate": "2025-09-26",
             "validUntil": "2025-10-03", "itemCode": "410108-AJ-CF-001", "reason": "决定书文号录入错误，依原件更正"}""";
    static final String VIEW_EXAMPLE = """
            {"id": "6a2f4c1e-8b3d-4e7a-9c5f-1d2e3f4a5b6c", "kind": "PENALTY", "kindZh": "行政处罚", "state": "RECEIVED", "stateZh": "待公示",
             "version": 1, "dueDate": "2025-10-16", "calendarVersion": "cal-r0", "dueProvisional": false, "overdue": false,
             "disclosureEnd": "2026-09-26", "receivedAt": "2025-09-26T07:30:00Z", "receivedBy": "service-account-fourlists-integration",
             "authority": "惠济区安全生产监督管理局", "authorityCreditCode": "114101080051883705",
             "current": {"version": 1, "recordedAt": "2025-09-26T07:30:00Z", "recordedBy": "service-account-fourlists-integration",
               "partyName": "郑州市惠济区某某化工有限公司", "partyCategory": "LEGAL_ENTITY", "partyCreditCode": "91410108MA44XRNB25",
               "legalRepresentative": "李某", "legalRepresentativeIdType": "ID_CARD", "legalRepresentativeIdNumberMasked": "4101**********1238",
               "documentNo": "惠安监罚〔2025〕18号", "content": "罚款2万元", "decisionDate": "2025-09-26", "itemCode": "410108-AJ-CF-001",
               "itemVersion": 1, "penaltyKinds": ["FINE"], "fineYuan": 20000, "validUntil": "2025-10-03", "severity": "GENERAL"},
             "versions": [], "steps": [{"action": "RECEIVE", "toState": "RECEIVED", "version": 1,
               "actor": "service-account-fourlists-integration", "at": "2025-09-26T07:30:00Z"}]}""";
    static final String REASON_EXAMPLE = """
            {"reason": "行政复议决定撤销原处罚决定"}""";

    private final DecisionIntake intake;
    private final DecisionSteps steps;
    private final DecisionQueries queries;
    private final DecisionCalendar calendar;
    private final ActorResolver actors;
    private final BureauConfig bureau;
    private final ObjectMapper json;

    public DecisionResource(DecisionIntake intake, DecisionSteps steps, DecisionQueries queries, DecisionCalendar calendar,
                            ActorResolver actors, BureauConfig bureau, ObjectMapper json) {
        this.intake = intake;
        this.steps = steps;
        this.queries = queries;
        this.calendar = calendar;
        this.actors = actors;
        this.bureau = bureau;
        this.json = json;
    }

    @POST
    @Path("/licensing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATION, Roles.LEGAL})
    @Operation(summary = "Receive a licensing decision (接收行政许可决定); integration, legal",
            description = "The XK_* fields in English names. Checked: every mandatory field; the 统一社会信用代码 (GB 32100) "
                    + "unless the party is a natural person, whose certificate type and number are required instead (kept "
                    + "sealed, shown only masked, never published); the cited item published and in force on the decision date "
                    + "as a 行政许可 item of the POWER or APPROVAL list; the document number not received before (409). "
                    + "Received, the decision is due to be public within 7 working days of its decision date (dueDate, on the "
                    + "suite's working-day calendar) and its 公示截止期 is computed (disclosureEnd). Every fault is a 400 "
                    + "naming the field; nothing is written then.")
    @APIResponse(responseCode = "201", description = "Received, 待公示 (已接收)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionViews.DecisionView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong, or the item is unknown, repealed or not a "
            + "行政许可 item on the decision date; errors[] names each field (决定信息有误)")
    @APIResponse(responseCode = "409", description = "A licensing decision with this document number was received already (重复接收)")
    public Response receiveLicensing(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "individual-business", value = LICENSING_EXAMPLE))) @NotNull LicensingInput input) {
        Actor actor = actors.current();
        Decision d = intake.receive(input, actor);
        return Response.created(URI.create("/api/v1/decisions/" + d.id)).entity(view(d.id)).build();
    }

    @POST
    @Path("/penalties")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATION, Roles.LEGAL})
    @Operation(summary = "Receive a penalty decision (接收行政处罚决定); integration, legal",
            description = "The CF_* fields in English names, amounts in 元. Checked: every mandatory field; the party as for "
                    + "licensing; the penalty kinds of the 行政处罚法 (2021), SUSPEND_OR_REVOKE_PERMIT of the 2009 text only for "
                    + "decisions before 2021-07-15; fineYuan with FINE, confiscatedYuan with a CONFISCATE_* kind, the licence "
                    + "with SUSPEND_LICENCE/REVOKE_LICENCE; the cited item published and in force on the decision date as a "
                    + "行政处罚 item of the POWER list; with a severity, the fine within the item's discretion standard for that "
                    + "level as list-service weighs it (POST /api/v1/items/{code}/discretion/assess) — when list-service does "
                    + "not answer, 503 and nothing is written. Received, it is due to be public within 7 working days.")
    @APIResponse(responseCode = "201", description = "Received, 待公示 (已接收)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionViews.DecisionView.class),
            examples = @ExampleObject(name = "received", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong, the item is unknown, repealed or not a 行政处罚 "
            + "item on the decision date, or the fine lies outside the discretion range; errors[] names each field (决定信息有误)")
    @APIResponse(responseCode = "409", description = "A penalty decision with this document number was received already (重复接收)")
    @APIResponse(responseCode = "503", description = "list-service could not weigh the fine; nothing was received (裁量基准暂不可用)")
    public Response receivePenalty(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "fine", value = PENALTY_EXAMPLE),
            @ExampleObject(name = "natural-person", value = NATURAL_PERSON_EXAMPLE)})) @NotNull PenaltyInput input) {
        Actor actor = actors.current();
        Decision d = intake.receive(input, actor);
        return Response.created(URI.create("/api/v1/decisions/" + d.id)).entity(view(d.id)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATION, Roles.LEGAL})
    @Operation(summary = "Correct a decision (更正决定信息); integration (its own decisions), legal",
            description = "The whole decision again, in the fields of its kind (LicensingDecisionInput or PenaltyDecisionInput), "
                    + "with the reason. A new version is recorded; the earlier stays as it was, with who, when and why. A public "
                    + "decision stays public and is republished (change feed: CORRECTED). The same checks as at receipt.")
    @APIResponse(responseCode = "200", description = "Corrected: the new version is current (已更正)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionViews.DecisionView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong, or the reason is missing; errors[] names it (更正信息有误)")
    @APIResponse(responseCode = "403", description = "An integration client corrects only the decisions it sent (无权更正)")
    @APIResponse(responseCode = "404", description = "No such decision (决定不存在)")
    @APIResponse(responseCode = "409", description = "The decision can no longer be corrected (expired), or the document number "
            + "belongs to another decision (不能更正)")
    @APIResponse(responseCode = "503", description = "list-service could not weigh the fine; nothing was changed (裁量基准暂不可用)")
    public DecisionViews.DecisionView correct(@PathParam("id") UUID id, @RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {LicensingInput.class, PenaltyInput.class}),
            examples = @ExampleObject(name = "document-number", value = CORRECTION_EXAMPLE))) @NotNull JsonNode body)
            throws JsonProcessingException {
        Actor actor = actors.current();
        Decision d = Decision.byId(id);
        ownDecision(d, actor);
        if (d.kind == DecisionKind.LICENSING) {
            intake.correct(id, json.treeToValue(body, LicensingInput.class), actor);
        } else {
            intake.correct(id, json.treeToValue(body, PenaltyInput.class), actor);
        }
        return view(id);
    }

    @POST
    @Path("/{id}/publication")
    @RolesAllowed(Roles.LEGAL)
    @Operation(summary = "Publish a decision (公示); legal",
            description = "The legal section has checked that the decision holds no state secret, trade secret or personal "
                    + "privacy (Art. 8) and makes it public: it appears in the public search and the change feed (PUBLISHED) "
                    + "until its 公示截止期. Not after the 公示截止期 (409).")
    @APIResponse(responseCode = "200", description = "Public (公示中)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionViews.DecisionView.class)))
    @APIResponse(responseCode = "404", description = "No such decision (决定不存在)")
    @APIResponse(responseCode = "409", description = "Not a received decision, or its 公示截止期 has come; allowed[] names what "
            + "may be done (不能公示)")
    public DecisionViews.DecisionView publish(@PathParam("id") UUID id) {
        steps.publish(id, actors.current());
        return view(id);
    }

    @POST
    @Path("/{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LEGAL)
    @Operation(summary = "Withdraw a public decision from view, with the reason (取消公示); legal",
            description = "The decision leaves the public search at once; the change feed says CANCELLED. 恢复公示 can bring "
                    + "it back before its 公示截止期.")
    @APIResponse(responseCode = "200", description = "Withdrawn (已取消公示)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionViews.DecisionView.class)))
    @APIResponse(responseCode = "400", description = "No reason given; errors[] names reason (理由必填)")
    @APIResponse(responseCode = "404", description = "No such decision (决定不存在)")
    @APIResponse(responseCode = "409", description = "The decision is not public; allowed[] names what may be done (不能取消公示)")
    public DecisionViews.DecisionView cancel(@PathParam("id") UUID id, @RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "reconsideration", value = REASON_EXAMPLE)))
                                             @NotNull DecisionViews.ReasonInput input) {
        steps.cancel(id, input.reason(), actors.current());
        return view(id);
    }

    @POST
    @Path("/{id}/restoration")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LEGAL)
    @Operation(summary = "Make a cancelled decision public again, with the reason (恢复公示); legal",
            description = "Only before the decision's 公示截止期; the change feed says RESTORED.")
    @APIResponse(responseCode = "200", description = "Public again (公示中)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionViews.DecisionView.class)))
    @APIResponse(responseCode = "400", description = "No reason given; errors[] names reason (理由必填)")
    @APIResponse(responseCode = "404", description = "No such decision (决定不存在)")
    @APIResponse(responseCode = "409", description = "The decision is not cancelled, or its 公示截止期 has come (不能恢复公示)")
    public DecisionViews.DecisionView restore(@PathParam("id") UUID id, @RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "upheld", value = """
            {"reason": "行政复议维持原处罚决定"}"""))) @NotNull DecisionViews.ReasonInput input) {
        steps.restore(id, input.reason(), actors.current());
        return view(id);
    }

    @GET
    @RolesAllowed({Roles.LEGAL, Roles.LEADER, Roles.DISCIPLINE, Roles.AUDITOR})
    @Operation(summary = "Decisions with their due dates (决定列表); legal, leader, discipline, auditor",
            description = "Every decision whatever its state, the earliest due first: state=RECEIVED|PUBLISHED|EXPIRED|CANCELLED, "
                    + "kind=LICENSING|PENALTY, overdue=true for those still not public after their due date (逾期).")
    @APIResponse(responseCode = "200", description = "A page of decisions (决定列表)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryPage.class)))
    @APIResponse(responseCode = "400", description = "state, kind, page or size is not one of the documented values (参数有误)")
    public Page<DecisionViews.Summary> list(@QueryParam("state") @Parameter(description = "RECEIVED 待公示, PUBLISHED 公示中, "
                                                    + "EXPIRED 已到期撤下, CANCELLED 已取消公示") String state,
                                            @QueryParam("kind") @Parameter(description = "LICENSING 行政许可 or PENALTY 行政处罚") String kind,
                                            @QueryParam("overdue") @Parameter(description = "true: only the overdue (逾期); false: none of them")
                                            Boolean overdue,
                                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        PanacheQuery<Decision> q = queries.list(state(state), kind(kind), overdue, calendar.today());
        List<DecisionViews.Summary> items = queries.page(q, page, size).stream()
                .map(d -> DecisionViews.Summary.of(d, calendar.today())).toList();
        return new Page<>(items, page, size, q.count());
    }

    @Schema(name = "DecisionSummaryPage")
    public record SummaryPage(List<DecisionViews.Summary> items, int page, int size, long total) {
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.LEGAL, Roles.LEADER, Roles.DISCIPLINE, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "A decision with every version and step (决定详情); legal, leader, discipline, auditor; integration: its own",
            description = "Certificate numbers only masked.")
    @APIResponse(responseCode = "200", description = "The decision (决定详情)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionViews.DecisionView.class), examples = @ExampleObject(name = "received", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "An integration client reads only the decisions it sent (无权查看)")
    @APIResponse(responseCode = "404", description = "No such decision (决定不存在)")
    public DecisionViews.DecisionView read(@PathParam("id") UUID id) {
        ownDecision(Decision.byId(id), actors.current());
        return view(id);
    }

    /** An integration client acts on and reads the decisions it sent; staff of the listed roles on all. */
    private static void ownDecision(Decision d, Actor actor) {
        boolean staff = actor.roles().contains(Roles.LEGAL) || actor.roles().contains(Roles.LEADER)
                || actor.roles().contains(Roles.DISCIPLINE) || actor.roles().contains(Roles.AUDITOR);
        if (!staff && !actor.userId().equals(d.receivedBy)) {
            throw ProblemException.of(403, "forbidden", "Forbidden", "无权操作",
                    "An integration client acts only on the decisions it sent.", "对接系统只能查看和更正本系统报送的决定。");
        }
    }

    @Transactional
    DecisionViews.DecisionView view(UUID id) {
        Decision d = Decision.byId(id);
        List<DecisionViews.StepView> stepViews = queries.steps(id).stream()
                .map(s -> new DecisionViews.StepView(s.action(), s.from(), s.to(), s.version(), s.reason(), s.actor(), s.at()))
                .toList();
        return DecisionViews.DecisionView.of(d, DecisionVersion.of(id), stepViews, calendar.today(), bureau.name(),
                bureau.creditCode());
    }

    static DisclosureState state(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return DisclosureState.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("state", "use RECEIVED, PUBLISHED, EXPIRED or CANCELLED",
                    "状态应为 RECEIVED（待公示）、PUBLISHED（公示中）、EXPIRED（已到期撤下）或 CANCELLED（已取消公示）");
        }
    }

    static DecisionKind kind(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        DecisionKind k = DecisionKind.parse(s);
        if (k == null) {
            throw ProblemException.invalid("kind", "use LICENSING or PENALTY", "决定类别应为 LICENSING（行政许可）或 PENALTY（行政处罚）");
        }
        return k;
    }
}
