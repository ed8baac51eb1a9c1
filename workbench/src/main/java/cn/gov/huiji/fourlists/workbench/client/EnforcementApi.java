package cn.gov.huiji.fourlists.workbench.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * list-service's registers of enforcement bodies and officers (执法主体、执法人员, Art. 17–19; R-LIST-8, R-LIST-9), with
 * the user's own token: the legal section (role legal, and admin) keeps them, list-service decides and traces each
 * change; reads are public, but the token lets the legal section see what is not yet published. A change answers
 * with its Response (closed by the caller): the pages read the record again after it; a refusal throws.
 */
@RegisterRestClient(configKey = "lists")
@Path("/api/v1")
@Consumes(MediaType.APPLICATION_JSON)
public interface EnforcementApi {

    /** Every body the legal section registered, published or not (includeUnpublished: legal and admin only). */
    @GET
    @Path("/bodies")
    JsonNode bodies(@HeaderParam("Authorization") String bearer, @QueryParam("includeUnpublished") Boolean includeUnpublished);

    @GET
    @Path("/bodies/{creditCode}")
    JsonNode body(@HeaderParam("Authorization") String bearer, @PathParam("creditCode") String creditCode);

    @POST
    @Path("/bodies")
    Response register(@HeaderParam("Authorization") String bearer, JsonNode body);

    /** A new version of the body's record. */
    @PUT
    @Path("/bodies/{creditCode}")
    Response update(@HeaderParam("Authorization") String bearer, @PathParam("creditCode") String creditCode, JsonNode body);

    /** Publishes a confirmed body (公告); list-service refuses one without its confirmation document. */
    @POST
    @Path("/bodies/{creditCode}/publication")
    Response publish(@HeaderParam("Authorization") String bearer, @PathParam("creditCode") String creditCode, JsonNode empty);

    /** Withdraws the publication, with the reason ({@code {"reason": …}}). */
    @DELETE
    @Path("/bodies/{creditCode}/publication")
    Response withdraw(@HeaderParam("Authorization") String bearer, @PathParam("creditCode") String creditCode, JsonNode reason);

    @POST
    @Path("/bodies/{creditCode}/entrustments")
    Response entrust(@HeaderParam("Authorization") String bearer, @PathParam("creditCode") String creditCode, JsonNode entrustment);

    /** Ends an entrustment before its term, from a date and for a reason. */
    @POST
    @Path("/bodies/{creditCode}/entrustments/{id}/revocation")
    Response revoke(@HeaderParam("Authorization") String bearer, @PathParam("creditCode") String creditCode, @PathParam("id") String id,
                    JsonNode revocation);

    /** One page of officers; q matches the name, the unit's name or the certificate number. */
    @GET
    @Path("/officers")
    JsonNode officers(@HeaderParam("Authorization") String bearer, @QueryParam("q") String q, @QueryParam("page") int page,
                      @QueryParam("size") int size);

    /** An officer with the history of their certificate's status. */
    @GET
    @Path("/officers/{certificateNo}")
    JsonNode officer(@HeaderParam("Authorization") String bearer, @PathParam("certificateNo") String certificateNo);

    @POST
    @Path("/officers")
    Response registerOfficer(@HeaderParam("Authorization") String bearer, JsonNode officer);

    /** The officer's record as it now reads, e.g. a renewed certificate. */
    @PUT
    @Path("/officers/{certificateNo}")
    Response updateOfficer(@HeaderParam("Authorization") String bearer, @PathParam("certificateNo") String certificateNo, JsonNode officer);

    /** 有效 / 注销 / 暂扣 from a date, for a reason. */
    @POST
    @Path("/officers/{certificateNo}/status")
    Response changeStatus(@HeaderParam("Authorization") String bearer, @PathParam("certificateNo") String certificateNo, JsonNode status);
}
