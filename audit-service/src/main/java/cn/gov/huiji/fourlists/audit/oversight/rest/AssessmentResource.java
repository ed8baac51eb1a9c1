package cn.gov.huiji.fourlists.audit.oversight.rest;

import cn.gov.huiji.fourlists.audit.oversight.domain.Assessment;
import cn.gov.huiji.fourlists.audit.oversight.service.AssessmentService;
import cn.gov.huiji.fourlists.kernel.csv.SpreadsheetCsv;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/** The period's assessment per section (绩效考核, Art. 31), as a table and as a spreadsheet file. */
@Path("/api/v1/oversight")
@Tag(name = "Oversight")
@SecurityRequirement(name = "keycloak")
@RolesAllowed({Roles.DISCIPLINE, Roles.LEADER, Roles.AUDITOR})
public class AssessmentResource {

    static final String DESCRIPTION = "Per section, for the days from/to (both included, China Standard Time): adjustment requests "
            + "published and complaints answered or closed in the period, on time or late (late: a red card on any of their "
            + "steps), yellow and red cards due in the period, spot-check findings of a problem against the section recorded in "
            + "the period, and accountability measures decided in it (Art. 31: 结合局绩效考核办法). From the traces, the "
            + "findings and the accountability records alone.";

    private final AssessmentService assessments;

    public AssessmentResource(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @GET
    @Path("/assessment")
    @Operation(summary = "A period's assessment per section (绩效考核); discipline, leader, auditor", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "One row per section (科室（队）考核情况)", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = Assessment.class),
            examples = @ExampleObject(name = "fourth-quarter", value = """
                    {"from": "2026-10-01", "to": "2026-12-31", "rows": [{"section": "hazchem", "adjustmentsOnTime": 4,
                     "adjustmentsLate": 1, "complaintsOnTime": 6, "complaintsLate": 0, "yellowCards": 3, "redCards": 1,
                     "findings": 1, "measures": 1}]}""")))
    public Assessment assessment(
            @Parameter(description = "First day (开始日期)", required = true, example = "2026-10-01")
            @QueryParam("from") @Pattern(regexp = Days.PATTERN) String from,
            @Parameter(description = "Last day, included (结束日期)", required = true, example = "2026-12-31")
            @QueryParam("to") @Pattern(regexp = Days.PATTERN) String to) {
        LocalDate start = Days.required("from", from);
        LocalDate end = Days.required("to", to);
        Days.ordered(start, end);
        return assessments.of(start, end);
    }

    @GET
    @Path("/assessment.csv")
    @Produces("text/csv")
    @Operation(summary = "A period's assessment per section as a spreadsheet file (绩效考核导出); discipline, leader, auditor",
            description = DESCRIPTION + " UTF-8 with BOM, Chinese headings: 科室（队）, 调整按时, 调整逾期, 投诉按时, 投诉逾期, 黄牌, 红牌, "
                    + "抽查发现问题, 问责决定.")
    @APIResponse(responseCode = "200", description = "The assessment as CSV (绩效考核表)", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING)))
    public Response csv(
            @Parameter(description = "First day (开始日期)", required = true, example = "2026-10-01")
            @QueryParam("from") @Pattern(regexp = Days.PATTERN) String from,
            @Parameter(description = "Last day, included (结束日期)", required = true, example = "2026-12-31")
            @QueryParam("to") @Pattern(regexp = Days.PATTERN) String to) {
        Assessment a = assessment(from, to);
        return Response.ok(SpreadsheetCsv.writeBytes(a.table()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"assessment-" + a.from() + "-" + a.to() + ".csv\"").build();
    }
}
