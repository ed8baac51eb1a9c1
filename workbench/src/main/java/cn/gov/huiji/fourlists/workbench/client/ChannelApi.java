package cn.gov.huiji.fourlists.workbench.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** complaint-service's published complaint channels (投诉举报渠道, Art. 9, 28). */
@RegisterRestClient(configKey = "complaint")
@Path("/api/v1/channels")
public interface ChannelApi {

    /** The channels published now (public). */
    @GET
    JsonNode published();

    /** Replaces them all (role admin); phone, fax, postal address and e-mail are required (Art. 28). */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode replace(@HeaderParam("Authorization") String bearer, JsonNode channels);
}
