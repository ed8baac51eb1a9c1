package cn.gov.huiji.fourlists.workbench.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** complaint-service, called with the signed-in user's own token. */
@RegisterRestClient(configKey = "complaint")
@Path("/api/v1")
public interface ComplaintApi {

    /** Open cases the user may see (handlers: all; a section: its own), by state. */
    @GET
    @Path("/cases")
    JsonNode cases(@HeaderParam("Authorization") String bearer, @QueryParam("state") String state, @QueryParam("size") int size);

    /** Kinds, subjects and the reasons not to accept, with their Chinese names (public; the one list of them). */
    @GET
    @Path("/case-kinds")
    JsonNode caseKinds();

    /** A case as staff see it; complaint-service traces the reading (who, when, which case). */
    @GET
    @Path("/cases/{caseNo}/record")
    JsonNode record(@HeaderParam("Authorization") String bearer, @PathParam("caseNo") String caseNo);

    /** A step of the procedure; complaint-service's CaseWorkflow decides whether this user may take it now. */
    @POST
    @Path("/cases/{caseNo}/actions/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response act(@HeaderParam("Authorization") String bearer, @PathParam("caseNo") String caseNo, @PathParam("action") String action,
                 JsonNode body);

    /** One page of the case list, filtered by complaint-service (a section's staff get only their section's cases). */
    @GET
    @Path("/cases")
    JsonNode caseList(@HeaderParam("Authorization") String bearer, @QueryParam("state") String state, @QueryParam("kind") String kind,
                      @QueryParam("section") String section, @QueryParam("page") int page, @QueryParam("size") int size);

    /** A case that came by phone, fax, letter or visit: the handler's token lets complaint-service take the channel. */
    @POST
    @Path("/cases")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode submit(@HeaderParam("Authorization") String bearer, JsonNode input);

    /** The submitter's identity, for a complaint handler with a reason; complaint-service records who, when and why. */
    @POST
    @Path("/cases/{caseNo}/identity-reveal")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode revealIdentity(@HeaderParam("Authorization") String bearer, @PathParam("caseNo") String caseNo, JsonNode reason);

    /** An attachment's bytes, for a complaint handler with a reason; complaint-service records who, when and why. */
    @GET
    @Path("/cases/{caseNo}/attachments/{id}")
    @jakarta.ws.rs.Produces({"application/pdf", "image/jpeg", "image/png", "application/problem+json"})
    Response attachment(@HeaderParam("Authorization") String bearer, @PathParam("caseNo") String caseNo, @PathParam("id") String id,
                        @QueryParam("reasonCode") String reasonCode, @QueryParam("reason") String reason);
}
