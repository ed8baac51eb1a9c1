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
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** adjustment-service, called with the signed-in user's own token. */
@RegisterRestClient(configKey = "adjustment")
@Path("/api/v1")
public interface AdjustmentApi {

    /** The adjustment steps waiting for the user, most urgent first (待办事项). */
    @GET
    @Path("/tasks")
    JsonNode tasks(@HeaderParam("Authorization") String bearer);

    @GET
    @Path("/requests/{id}")
    JsonNode request(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    /** Every step the request took: who, when, why (办理记录). */
    @GET
    @Path("/requests/{id}/history")
    JsonNode history(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    /** The requests the user may see (sections: their own). */
    @GET
    @Path("/requests")
    JsonNode requests(@HeaderParam("Authorization") String bearer);

    /** Drafts a request (Art. 25, 26(1)); 400 names each wrong field. */
    @POST
    @Path("/requests")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode draft(@HeaderParam("Authorization") String bearer, JsonNode body);

    /** Revises a draft or returned request (Art. 26(2)). */
    @jakarta.ws.rs.PUT
    @Path("/requests/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode revise(@HeaderParam("Authorization") String bearer, @PathParam("id") String id, JsonNode body);

    /** Attaches a document's file; adjustment-service checks its type and size. */
    @POST
    @Path("/requests/{id}/document-files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    JsonNode attach(@HeaderParam("Authorization") String bearer, @PathParam("id") String id,
                    org.jboss.resteasy.reactive.client.api.ClientMultipartForm file);

    @GET
    @Path("/requests/{id}/document-files")
    JsonNode files(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    @GET
    @Path("/requests/{id}/document-files/{file}")
    Response file(@HeaderParam("Authorization") String bearer, @PathParam("id") String id, @PathParam("file") String file);

    /** A step of the five stages (Art. 25, 26); adjustment-service's AdjustmentWorkflow decides. */
    @POST
    @Path("/requests/{id}/actions/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response act(@HeaderParam("Authorization") String bearer, @PathParam("id") String id, @PathParam("action") String action,
                 JsonNode body);
}
