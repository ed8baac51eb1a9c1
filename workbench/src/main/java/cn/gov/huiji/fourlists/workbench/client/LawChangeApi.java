package cn.gov.huiji.fourlists.workbench.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** adjustment-service's law changes and the obligations they open (Art. 25(2), 29), with the user's own token. */
@RegisterRestClient(configKey = "adjustment")
@Path("/api/v1")
public interface LawChangeApi {

    /** Registers a law amended or repealed; answers with every item it touches and each section's obligation (role legal). */
    @POST
    @Path("/law-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode register(@HeaderParam("Authorization") String bearer, JsonNode change);

    /** Open and fulfilled obligations; a section's clerks and head see their own section's. */
    @GET
    @Path("/obligations")
    JsonNode obligations(@HeaderParam("Authorization") String bearer);
}
