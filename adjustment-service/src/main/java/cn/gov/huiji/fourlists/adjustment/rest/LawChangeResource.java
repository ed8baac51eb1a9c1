package cn.gov.huiji.fourlists.adjustment.rest;

import cn.gov.huiji.fourlists.adjustment.service.LawChangeService;
import cn.gov.huiji.fourlists.kernel.security.ActorResolver;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1")
@Tag(name = "Law changes", description = "Laws amended or repealed and the adjustments they make due (法律法规立改废与调整义务, Art. 25(2), 29)")
@SecurityRequirement(name = "keycloak")
public class LawChangeResource {

    private final LawChangeService lawChanges;
    private final ActorResolver actors;

    public LawChangeResource(LawChangeService lawChanges, ActorResolver actors) {
        this.lawChanges = lawChanges;
        this.actors = actors;
    }

    @POST
    @Path("/law-changes")
    @RolesAllowed(Roles.LEGAL)
    @Operation(summary = "Register a law amended or repealed (登记法律法规修改或废止); role legal",
            description = "Every published item whose legal basis cites the law opens an obligation for its section: an adjustment "
                    + "request is due within 3 working days (R-LIST-10), counted from the law's effective date, or from the day "
                    + "of registration when that is later (起算日). Items are found by their structured citations: the same law "
                    + "title (安全生产法 and 《中华人民共和国安全生产法》 are one law; 《河南省安全生产条例》 is another) and, when "
                    + "amendedVersion is given, the same version or none. Each obligation is traced naming its section, which is "
                    + "notified and lists it under GET /api/v1/obligations.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "Registered, with the obligations it opened (已登记)", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = cn.gov.huiji.fourlists.adjustment.service.LawChangeService.Registered.class)))
    public Response register(@org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "amended", value = """
            {"lawTitle": "中华人民共和国安全生产法", "amendedVersion": "2014年8月31日修正", "kind": "AMENDED", "effective": "2021-09-01", "document": "主席令第八十八号"}"""))) @Valid @NotNull LawChangeService.LawChangeInput input) {
        return Response.status(201).entity(lawChanges.register(input, actors.current())).build();
    }

    @GET
    @Path("/obligations")
    @RolesAllowed({Roles.CLERK, Roles.SECTION_HEAD, Roles.LEGAL, Roles.LEADER, Roles.DISCIPLINE})
    @Operation(summary = "Adjustment obligations from law changes (调整义务); sections see their own",
            description = "Each with the changed law, the item, the owning section, the day the 3 working days run from and the due "
                    + "date. A section's clerks and head see their own section's; legal, leader and discipline see all.")
    public List<LawChangeService.Obligation> obligations() {
        return lawChanges.visibleTo(actors.current());
    }
}
