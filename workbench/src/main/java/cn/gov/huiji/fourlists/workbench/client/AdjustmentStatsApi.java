package cn.gov.huiji.fourlists.workbench.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** adjustment-service's oversight of time limits (roles legal, leader, discipline), with the user's own token. */
@RegisterRestClient(configKey = "adjustment")
@Path("/api/v1")
public interface AdjustmentStatsApi {

    /** Per section: requests, published, onTime, returned, overdue, appliedLate (科室时限统计, Art. 29, 31). */
    @GET
    @Path("/stats/sections")
    JsonNode sections(@HeaderParam("Authorization") String bearer, @jakarta.ws.rs.QueryParam("month") String month);
}
