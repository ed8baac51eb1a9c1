package cn.gov.huiji.fourlists.disclosure.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * list-service's public discretion standards (行政处罚自由裁量基准, Art. 16, R-LIST-7): the one authority on whether
 * a fine lies within an item's range. Answers are read as they come (status and JSON), so that its refusals can be
 * told from its absence. Address: {@code quarkus.rest-client.list-service.url}.
 */
@RegisterRestClient(configKey = "list-service")
@Path("/api/v1/items/{code}/discretion")
@Produces(MediaType.APPLICATION_JSON)
public interface ListServiceApi {

    /** The standards of the version in force at the end of {@code asOf}. */
    @GET
    Response standards(@PathParam("code") String code, @QueryParam("asOf") String asOf);

    /** Whether a proposed penalty lies within a level's range: {violation, severity, fineYuan, penaltyKinds, date}. */
    @POST
    @Path("/assess")
    @Consumes(MediaType.APPLICATION_JSON)
    Response assess(@PathParam("code") String code, JsonNode request);
}
