package cn.gov.huiji.fourlists.workbench.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** complaint-service's counts (roles complaint-handler, discipline, leader, legal), with the user's own token. */
@RegisterRestClient(configKey = "complaint")
@Path("/api/v1")
public interface ComplaintStatsApi {

    /** {bySection: [{key, kind, cases, open, overdue}], byItem: [...]} (统计). */
    @GET
    @Path("/cases/stats")
    JsonNode stats(@HeaderParam("Authorization") String bearer, @jakarta.ws.rs.QueryParam("month") String month);
}
