package cn.gov.huiji.fourlists.workbench.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** adjustment-service's working-day calendar (工作日历, R-ADJ-3): the holiday notices it counts deadlines on. */
@RegisterRestClient(configKey = "adjustment")
@Path("/api/v1/calendar")
public interface CalendarApi {

    /** The calendar version in force and the years it covers (public). */
    @GET
    @Path("/notices")
    JsonNode notices();

    /** Every notice loaded at run time, as revisions (public). */
    @GET
    @Path("/revisions")
    JsonNode revisions();

    /** Loads or corrects a year's notice; open provisional due dates are recomputed on it (role admin). */
    @PUT
    @Path("/notices/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode load(@HeaderParam("Authorization") String bearer, @PathParam("year") int year, JsonNode notice);
}
