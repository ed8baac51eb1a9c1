package cn.gov.huiji.fourlists.workbench.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
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
}
