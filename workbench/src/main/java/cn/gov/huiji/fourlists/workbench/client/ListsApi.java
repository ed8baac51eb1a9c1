package cn.gov.huiji.fourlists.workbench.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** list-service's public reads. */
@RegisterRestClient(configKey = "lists")
@Path("/api/v1")
public interface ListsApi {

    @GET
    @Path("/sections")
    JsonNode sections();

    /** The version of an item in force (public). */
    @GET
    @Path("/items/{code}")
    JsonNode item(@PathParam("code") String code);
}
