package cn.gov.huiji.fourlists.audit.oversight.rest;

import cn.gov.huiji.fourlists.audit.oversight.rest.SpotCheckViews.FindingInput;
import cn.gov.huiji.fourlists.audit.oversight.rest.SpotCheckViews.FindingView;
import cn.gov.huiji.fourlists.audit.oversight.service.SpotChecks;
import cn.gov.huiji.fourlists.kernel.security.ActorResolver;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Revising a finding of a spot check (修改抽查发现, Art. 29): the discipline group only; every wording stays in the traces. */
@Path("/api/v1/oversight/findings")
@Tag(name = "Spot checks")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class FindingResource {

    private final SpotChecks checks;
    private final ActorResolver actors;

    public FindingResource(SpotChecks checks, ActorResolver actors) {
        this.checks = checks;
        this.actors = actors;
    }

    @PUT
    @Path("/{findingId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISCIPLINE)
    @Operation(summary = "Revise a finding (修改抽查发现); role discipline",
            description = "The same body as when recording; the object must be in the check's sample (422 not-in-sample). Traced "
                    + "(fourlists.audit.finding.revised): the earlier wording stays in the log. The examiner becomes the caller.")
    @APIResponse(responseCode = "200", description = "Revised (已修改)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = FindingView.class), examples = @ExampleObject(name = "omitted", value = SpotCheckViews.FINDING_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "not-in-sample: the object is not in the sample (不在样本中)")
    public FindingView revise(@PathParam("findingId") UUID findingId, @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "concealed", value = """
                    {"object": "request/3f1c2a9e-5b7d-4c1e-9a0b-2d6e8f4a1c37", "kind": "CONCEALED", "section": "hazchem", "person": "clerk",
                     "traceIndexes": [412], "documents": ["惠安监会〔2026〕12号会议纪要"],
                     "evidence": "起草痕迹记载的触发日期晚于会议纪要所载日期，隐瞒了逾期"}""")))
                              @Valid @NotNull FindingInput input) {
        return FindingView.of(checks.revise(findingId, input.facts(), actors.current()));
    }
}
