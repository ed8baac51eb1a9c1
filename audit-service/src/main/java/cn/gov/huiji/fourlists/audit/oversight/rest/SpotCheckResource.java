package cn.gov.huiji.fourlists.audit.oversight.rest;

import cn.gov.huiji.fourlists.audit.oversight.config.SpotCheckConfig;
import cn.gov.huiji.fourlists.audit.oversight.domain.Finding;
import cn.gov.huiji.fourlists.audit.oversight.domain.SpotCheck;
import cn.gov.huiji.fourlists.audit.oversight.rest.SpotCheckViews.FindingInput;
import cn.gov.huiji.fourlists.audit.oversight.rest.SpotCheckViews.FindingView;
import cn.gov.huiji.fourlists.audit.oversight.rest.SpotCheckViews.SpotCheckInput;
import cn.gov.huiji.fourlists.audit.oversight.rest.SpotCheckViews.SpotCheckView;
import cn.gov.huiji.fourlists.audit.oversight.service.SpotCheckReport;
import cn.gov.huiji.fourlists.audit.oversight.service.SpotChecks;
import cn.gov.huiji.fourlists.kernel.print.PrintFont;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.security.ActorResolver;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Spot checks of the discipline group (日常抽查, Art. 21; 纪检组抽查监管, Art. 29): only the discipline group announces,
 * draws and records findings; leaders and auditors read everything.
 */
@jakarta.ws.rs.Path("/api/v1/oversight/spot-checks")
@Tag(name = "Spot checks", description = "Spot checks nobody can rig (随机抽查, Art. 21, 29; R-ADJ-6): announced with the size of a "
        + "future signed tree head of the public log, drawn from that head's signature by algorithm fourlists-spot-check/1, "
        + "recomputable by anyone with `log-verifier spot-check`; findings 漏报, 瞒报, 虚报 on the sampled objects.")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class SpotCheckResource {

    private final SpotChecks checks;
    private final ActorResolver actors;
    private final SpotCheckConfig config;

    public SpotCheckResource(SpotChecks checks, ActorResolver actors, SpotCheckConfig config) {
        this.checks = checks;
        this.actors = actors;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISCIPLINE)
    @Operation(summary = "Announce a spot check (公布抽查); role discipline",
            description = "Freezes the population at the latest signed tree head (issued now if the log grew) and names the future "
                    + "head whose signature will seed the draw: seedTreeSize must exceed the log's present size (422 seed-not-in-future); "
                    + "absent, it is the present size plus fourlists.oversight.seed-distance (20). The announcement is traced "
                    + "(fourlists.audit.spot-check.announced, published content of the public log).")
    @APIResponse(responseCode = "201", description = "Announced (已公告)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = SpotCheckView.class)))
    @APIResponse(responseCode = "422", description = "seed-not-in-future: the seed head must be of a size the log has not reached (种子树头须在将来)")
    public Response announce(@RequestBody(content = @Content(mediaType = "application/json", examples = {
            @ExampleObject(name = "adjustment-requests-of-a-quarter", value = """
                    {"title": "2026年第四季度清单调整抽查", "population": "ADJUSTMENT_REQUESTS", "from": "2026-10-01", "to": "2026-12-31",
                     "sampleSize": 5, "seedTreeSize": 5160}"""),
            @ExampleObject(name = "complaint-cases-default-seed", value = """
                    {"title": "2026年投诉举报办理抽查", "population": "COMPLAINT_CASES", "from": "2026-01-01", "to": "2026-12-31",
                     "sampleSize": 10}""")}))
                             @Valid @NotNull SpotCheckInput input) {
        SpotCheck check = checks.announce(new SpotChecks.Announcement(input.title(), input.population(), input.from(), input.to(),
                input.sampleSize(), input.seedTreeSize()), actors.current());
        return Response.created(UriBuilder.fromPath("/api/v1/oversight/spot-checks/{id}").build(check.id))
                .entity(SpotCheckView.of(new SpotChecks.Read(check, List.of(), List.of()))).build();
    }

    @GET
    @RolesAllowed({Roles.DISCIPLINE, Roles.LEADER, Roles.AUDITOR})
    @Operation(summary = "Every spot check, newest first (抽查列表); roles discipline, leader, auditor")
    @APIResponse(responseCode = "200", description = "The checks with their samples and findings (抽查列表)", content = @Content(
            mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = SpotCheckView.class)))
    public List<SpotCheckView> list() {
        return checks.all().stream().map(SpotCheckView::of).toList();
    }

    @GET
    @jakarta.ws.rs.Path("/{id}")
    @RolesAllowed({Roles.DISCIPLINE, Roles.LEADER, Roles.AUDITOR})
    @Operation(summary = "One spot check with its sample and findings (抽查详情); roles discipline, leader, auditor")
    @APIResponse(responseCode = "200", description = "The check (抽查)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = SpotCheckView.class),
            examples = @ExampleObject(name = "drawn", value = SpotCheckViews.SPOT_CHECK_EXAMPLE)))
    public SpotCheckView one(@PathParam("id") UUID id) {
        return SpotCheckView.of(checks.one(id));
    }

    @POST
    @jakarta.ws.rs.Path("/{id}/draw")
    @RolesAllowed(Roles.DISCIPLINE)
    @Operation(summary = "Draw the sample (抽取样本); role discipline",
            description = "Once the log has signed the head of exactly seedTreeSize entries: seed = SHA-256(that head's signature), "
                    + "the population is read from the public leaves 0 … populationTreeSize - 1 exactly as /api/v1/log/entries serves "
                    + "them, the sample is the sampleSize objects of smallest SHA-256(seed || object). Traced "
                    + "(fourlists.audit.spot-check.sampled). Drawing again answers the same draw, with no second trace. "
                    + "409 seed-head-not-yet until the head exists.")
    @APIResponse(responseCode = "200", description = "Drawn (已抽取)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = SpotCheckView.class),
            examples = @ExampleObject(name = "drawn", value = SpotCheckViews.SPOT_CHECK_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "seed-head-not-yet: the log has not signed the seed head yet, with its present "
            + "size and the size awaited (种子树头尚未产生); seed-head-missed: the log passed the size without a head (种子树头未签发)")
    public SpotCheckView draw(@PathParam("id") UUID id) {
        return SpotCheckView.of(checks.draw(id, actors.current()));
    }

    @POST
    @jakarta.ws.rs.Path("/{id}/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISCIPLINE)
    @Operation(summary = "Record a finding on a sampled object (记录抽查发现：漏报、瞒报、虚报); role discipline",
            description = "The object must be in the check's sample (422 not-in-sample); before the draw 409 not-yet-sampled. "
                    + "traceIndexes are leaf indexes of the public log (below its size). Traced (fourlists.audit.finding.recorded); "
                    + "the examiner is the caller.")
    @APIResponse(responseCode = "201", description = "Recorded (已记录)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = FindingView.class), examples = @ExampleObject(name = "omitted", value = SpotCheckViews.FINDING_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "not-yet-sampled: the check has not been drawn (尚未抽取样本)")
    @APIResponse(responseCode = "422", description = "not-in-sample: the object is not in the sample (不在样本中)")
    public Response recordFinding(@PathParam("id") UUID id, @RequestBody(content = @Content(mediaType = "application/json", examples = {
            @ExampleObject(name = "omitted", value = """
                    {"object": "request/3f1c2a9e-5b7d-4c1e-9a0b-2d6e8f4a1c37", "kind": "OMITTED", "section": "hazchem", "person": "clerk",
                     "traceIndexes": [412, 418], "documents": ["惠安监会〔2026〕12号会议纪要"],
                     "evidence": "会议纪要载明局领导已研究通过，但无研究通过的痕迹"}"""),
            @ExampleObject(name = "nothing-found", value = """
                    {"object": "case/TS-2026-000123", "kind": "NONE", "evidence": "受理、答复均在期限内，痕迹与卷宗一致"}""")}))
                                  @Valid @NotNull FindingInput input) {
        Finding finding = checks.record(id, input.facts(), actors.current());
        return Response.created(UriBuilder.fromPath("/api/v1/oversight/findings/{id}").build(finding.id))
                .entity(FindingView.of(finding)).build();
    }

    @GET
    @jakarta.ws.rs.Path("/{id}/report.pdf")
    @Produces({"application/pdf", "application/problem+json"})
    @RolesAllowed({Roles.DISCIPLINE, Roles.LEADER, Roles.AUDITOR})
    @Operation(summary = "The check's printable report (抽查报告, PDF); roles discipline, leader, auditor",
            description = "In Chinese: title, population and period, announcement time and trace, populationTreeSize, seedTreeSize, "
                    + "the seed head (size, timestamp, signature), the seed, the algorithm, the sample with findings, the counts per "
                    + "kind, and the command that recomputes the sample from the public log. 503 font-missing without a Chinese font.")
    @APIResponse(responseCode = "200", description = "The report (抽查报告)", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "503", description = "font-missing: the Chinese font is not installed (未安装中文字体)")
    public Response report(@PathParam("id") UUID id, @Context UriInfo uri) {
        SpotChecks.Read read = checks.one(id);
        Path font = PrintFont.locate(config.pdfFont()).orElseThrow(() -> ProblemException.of(503, "font-missing",
                "Report unavailable", "暂无法生成抽查报告",
                "The Chinese font for the PDF is not installed; run deploy/fonts/fetch or set fourlists.oversight.pdf-font. "
                        + "The check itself reads as JSON.",
                "未安装 PDF 所需的中文字体（请运行 deploy/fonts/fetch 或配置 fourlists.oversight.pdf-font）；抽查内容仍可通过接口查看。"));
        String logUrl = uri.getBaseUri().toString().replaceAll("/+$", "");
        byte[] pdf = SpotCheckReport.pdf(font, read, checks.leafIndexOf(read.check().announcementTraceId), logUrl);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"spot-check-" + id + ".pdf\"").build();
    }
}
