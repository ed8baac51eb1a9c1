package cn.gov.huiji.fourlists.workbench.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** complaint-service's legal inbox: suggestions about items and about the lists (法制科收件箱; role legal). */
@RegisterRestClient(configKey = "complaint")
@Path("/api/v1/inbox/legal")
public interface LegalInboxApi {

    /** The suggestions, newest first; complaint-service traces the reading of their content. */
    @GET
    JsonNode suggestions(@HeaderParam("Authorization") String bearer);
}
