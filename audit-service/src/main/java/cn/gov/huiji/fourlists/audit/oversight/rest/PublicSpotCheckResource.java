package cn.gov.huiji.fourlists.audit.oversight.rest;

import cn.gov.huiji.fourlists.audit.oversight.rest.SpotCheckViews.PublicSpotCheckView;
import cn.gov.huiji.fourlists.audit.oversight.service.SpotChecks;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * Spot checks as the public sees them (抽查公告与样本, R-ADJ-6): the announcement, the seed and the sample, so anyone can
 * recompute the draw from the public log, as with the log's own endpoints no token is needed. No finding and no staff id
 * is shown here: findings are the discipline group's work (Art. 29), for leaders and auditors.
 */
@Path("/api/v1/oversight/public/spot-checks")
@Tag(name = "Spot checks")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicSpotCheckResource {

    private final SpotChecks checks;

    public PublicSpotCheckResource(SpotChecks checks) {
        this.checks = checks;
    }

    @GET
    @Operation(summary = "Every spot check, newest first, without findings (公开抽查列表); public")
    @APIResponse(responseCode = "200", description = "The checks (抽查列表)", content = @Content(mediaType = "application/json",
            schema = @Schema(type = SchemaType.ARRAY, implementation = PublicSpotCheckView.class)))
    public List<PublicSpotCheckView> list() {
        return checks.all().stream().map(PublicSpotCheckView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One spot check: announcement, seed and sample, without findings (公开抽查详情); public",
            description = "Recompute it with `java -jar log-verifier-cli.jar spot-check --log <this service's address> --check <id>`.")
    @APIResponse(responseCode = "200", description = "The check (抽查)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PublicSpotCheckView.class),
            examples = @ExampleObject(name = "drawn", value = SpotCheckViews.PUBLIC_EXAMPLE)))
    public PublicSpotCheckView one(@PathParam("id") UUID id) {
        return PublicSpotCheckView.of(checks.one(id));
    }
}
