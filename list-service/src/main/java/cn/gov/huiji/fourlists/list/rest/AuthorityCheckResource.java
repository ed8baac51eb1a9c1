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
@Tag(name = "Authority check", description = "法无授权不可为 (Art. 4, 16–19, R-LIST-6, R-LIST-8, R-LIST-9): public, for citizens and other bureaus' systems")
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
    @Operation(summary = "May this body, and this officer, exercise this power on this date? (职权核验); public",
            description = "Yes only if the body was registered, confirmed and published that day (Art. 17) and holds the item "
                    + "in force, or is an entrusted organisation with an unrevoked entrustment in term that day covering an "
                    + "item in force of the entrusting body (Art. 18); with certificate=, also only if the certificate was "
                    + "valid that day, for that unit and the body's enforcement category (Art. 19), its check in officer. "
                    + "Yes comes with the item, its version and its legal basis; every answer names its reasonCode: "
                    + "AUTHORIZED, BODY_NOT_CONFIRMED 主体未确认, ITEM_REPEALED 事项已取消, OUTSIDE_ENTRUSTMENT 超出委托范围, "
                    + "ENTRUSTMENT_EXPIRED 委托已过期, NO_AUTHORITY 法无授权不可为, CERTIFICATE_INVALID 执法证无效. "
                    + "An invalid bodyCode (统一社会信用代码, GB 32100) is a 400 naming the field.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "Whether the body (and the officer) may exercise the power, with the item, its basis and the reason (法无授权不可为)", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = cn.gov.huiji.fourlists.list.service.AuthorityCheck.Answer.class)))
    public Response check(@Context Request request,
                          @QueryParam("bodyCode") @Parameter(description = "The body's 统一社会信用代码", example = "114101080051883705") String bodyCode,
                          @QueryParam("power") @Parameter(description = "Item code or item name (事项编码或名称)") String power,
                          @QueryParam("date") @Pattern(regexp = ItemResource.DATE) @Parameter(description = "YYYY-MM-DD; default today (Beijing time)") String date,
                          @QueryParam("certificate") @Parameter(description = "The officer's enforcement certificate number (执法证号), optional", example = "41010816001") String certificate) {
        LocalDate on = ItemResource.date("date", date);
        LocalDate day = on != null ? on : BureauClock.today(clock);
        AuthorityCheck.Answer answer = check.check(bodyCode, power, day, certificate);
        // The officer register moves apart from the lists' revision: the answer itself is part of the tag.
        return Conditional.ofCatalogue(request, revisions.current(), "auth|" + answer.bodyCode() + "|" + answer.power() + "|" + day
                + "|" + certificate + "|" + answer.hashCode(), () -> answer);
    }
}
