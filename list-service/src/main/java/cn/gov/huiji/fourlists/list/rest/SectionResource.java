package cn.gov.huiji.fourlists.list.rest;

import cn.gov.huiji.fourlists.kernel.security.Roles;
import cn.gov.huiji.fourlists.list.service.SectionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/sections")
@Tag(name = "Sections", description = "The bureau's sections and brigade (科室（队）), each responsible for its items (Art. 24)")
public class SectionResource {

    private final SectionService sections;

    public SectionResource(SectionService sections) {
        this.sections = sections;
    }

    @GET
    @Operation(summary = "All sections (科室（队）列表); public")
    public List<SectionView> list() {
        return sections.all().stream().map(SectionView::of).toList();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.LEGAL, Roles.ADMIN})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Register or rename a section (登记科室（队）); roles legal, admin")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "Registered (已登记)", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = SectionView.class)))
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "Renamed (已更名)", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = SectionView.class)))
    public Response register(@PathParam("code") @Pattern(regexp = "[a-z0-9-]{2,64}") String code,
                             @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "hazchem", value = """
            {"name": "危险化学品安全监督管理科", "headName": "王科长"}"""))) @Valid @NotNull SectionInput input) {
        boolean created = sections.register(code, input.name(), input.headName());
        return Response.status(created ? 201 : 200)
                .entity(new SectionView(code, input.name(), input.headName())).build();
    }
}
