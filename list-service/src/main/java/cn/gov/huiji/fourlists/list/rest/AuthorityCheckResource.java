package cn.gov.huiji.fourlists.list.rest;

import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import jakarta.inject.Inject;
import java.time.Clock;

import cn.gov.huiji.fourlists.list.service.AuthorityCheck;
import cn.gov.huiji.fourlists.list.service.ItemQueries;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

@Path("/api/v1/authority-check")
@Tag(name = "Authority check", description = "法无授权不可为 (Art. 4, R-LIST-6): public, for citizens and other bureaus' systems")
public class AuthorityCheckResource {

    private final AuthorityCheck check;
    @Inject
    Clock clock;
    private final cn.gov.huiji.fourlists.list.service.CatalogueRevisions revisions;

    public AuthorityCheckResource(AuthorityCheck check, cn.gov.huiji.fourlists.list.service.CatalogueRevisions revisions) {
        this.check = check;
        this.revisions = revisions;
    }

    @GET
    @Operation(summary = "Does a published item in force give this body this power on this date? (职权核验); public",
            description = "Yes comes with the item, its version and its legal basis; no with the reason. "
                    + "An invalid bodyCode (统一社会信用代码, GB 32100) is a 400 naming the field.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "Whether an item in force gives this body this power, with the item and its basis (法无授权不可为)", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = cn.gov.huiji.fourlists.list.service.AuthorityCheck.Answer.class)))
    public Response check(@Context Request request,
                          @QueryParam("bodyCode") @Parameter(description = "The body's 统一社会信用代码", example = "114101080051883705") String bodyCode,
                          @QueryParam("power") @Parameter(description = "Item code or item name (事项编码或名称)") String power,
                          @QueryParam("date") @Pattern(regexp = ItemResource.DATE) @Parameter(description = "YYYY-MM-DD; default today (Beijing time)") String date) {
        LocalDate on = ItemResource.date("date", date);
        LocalDate day = on != null ? on : BureauClock.today(clock);
        AuthorityCheck.Answer answer = check.check(bodyCode, power, day);
        return Conditional.ofCatalogue(request, revisions.current(), "auth|" + answer.bodyCode() + "|" + answer.power() + "|" + day, () -> answer);
    }
}
