package cn.gov.huiji.fourlists.workbench.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * disclosure-service's staff side of 双公示 (Art. 8, R-LIST-11), with the user's own token: the legal section enters,
 * corrects, publishes, cancels and restores decisions and downloads the credit export (role legal); leaders, the
 * discipline group and the auditors read. A change answers with its Response (closed by the caller): the pages read
 * the decision again after it; a refusal throws.
 */
@RegisterRestClient(configKey = "disclosure")
@Path("/api/v1")
@Consumes(MediaType.APPLICATION_JSON)
public interface DisclosureApi {

    /**
     * One page of the staff list with due dates, the earliest due first ({@code Page<DecisionSummary>}); absent
     * parameters match all (state RECEIVED|PUBLISHED|EXPIRED|CANCELLED, kind LICENSING|PENALTY, overdue=true).
     */
    @GET
    @Path("/decisions")
    JsonNode decisions(@HeaderParam("Authorization") String bearer, @QueryParam("state") String state,
                       @QueryParam("kind") String kind, @QueryParam("overdue") Boolean overdue, @QueryParam("page") int page,
                       @QueryParam("size") int size);

    /** One decision (DecisionView): its current version, every version (who, when, why) and every step; numbers masked. */
    @GET
    @Path("/decisions/{id}")
    JsonNode decision(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    /** A licensing decision entered by hand; 201 with its DecisionView. */
    @POST
    @Path("/decisions/licensing")
    Response enterLicensing(@HeaderParam("Authorization") String bearer, JsonNode decision);

    /** A penalty decision entered by hand; 201 with its DecisionView. */
    @POST
    @Path("/decisions/penalties")
    Response enterPenalty(@HeaderParam("Authorization") String bearer, JsonNode decision);

    /** A correction: the same fields and the reason; a new version, the earlier one kept. */
    @PUT
    @Path("/decisions/{id}")
    Response correct(@HeaderParam("Authorization") String bearer, @PathParam("id") String id, JsonNode correction);

    /** 公示, after the legal section checked that no secret and no privacy is in it (Art. 8). */
    @POST
    @Path("/decisions/{id}/publication")
    Response publish(@HeaderParam("Authorization") String bearer, @PathParam("id") String id, JsonNode empty);

    /** 取消公示, {@code {"reason": …}}. */
    @POST
    @Path("/decisions/{id}/cancellation")
    Response cancel(@HeaderParam("Authorization") String bearer, @PathParam("id") String id, JsonNode reason);

    /** 恢复公示, {@code {"reason": …}}; refused after the 公示截止期. */
    @POST
    @Path("/decisions/{id}/restoration")
    Response restore(@HeaderParam("Authorization") String bearer, @PathParam("id") String id, JsonNode reason);

    /**
     * The credit export (kind licensing|penalty, decision dates from–to, format csv|xlsx) in the XK_ and CF_ field codes;
     * returned as a Response so that the file streams through rather than being held whole.
     */
    @GET
    @Path("/disclosures/export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/problem+json"})
    Response export(@HeaderParam("Authorization") String bearer, @QueryParam("kind") String kind, @QueryParam("from") String from,
                    @QueryParam("to") String to, @QueryParam("format") String format);
}
