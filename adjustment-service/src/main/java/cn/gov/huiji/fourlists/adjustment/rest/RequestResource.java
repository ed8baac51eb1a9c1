package cn.gov.huiji.fourlists.adjustment.rest;

import cn.gov.huiji.fourlists.adjustment.domain.AdjustmentRequest;
import cn.gov.huiji.fourlists.adjustment.service.RequestService;
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
    private final ActorResolver actors;

    public RequestResource(RequestService requests, ActorResolver actors) {
        this.requests = requests;
        this.actors = actors;
    }

    @POST
    @RolesAllowed({Roles.CLERK, Roles.SECTION_HEAD})
    @Operation(summary = "Draft a request (起草调整申请); roles clerk, section-head",
            description = "The request belongs to the applicant's section (the token's section claim).")
    public Response draft(@Valid @NotNull RequestInput input) {
        AdjustmentRequest request = requests.draft(input, actors.current());
        return Response.created(UriBuilder.fromPath("/api/v1/requests/{id}").build(request.id))
                .entity(RequestView.of(request)).build();
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
