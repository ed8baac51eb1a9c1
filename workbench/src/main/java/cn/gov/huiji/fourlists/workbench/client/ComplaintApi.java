package cn.gov.huiji.fourlists.workbench.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
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
}
