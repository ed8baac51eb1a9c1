package cn.gov.huiji.fourlists.portal.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** list-service's public API (R-LIST-5). */
@RegisterRestClient(configKey = "lists")
@Path("/api/v1")
public interface ListsApi {

    @GET
    @Path("/lists")
    JsonNode lists();

    @GET
    @Path("/changes")
    JsonNode changes(@QueryParam("limit") int limit);

    @GET
    @Path("/sections")
    JsonNode sections();

    @GET
    @Path("/lists/{list}/items")
    JsonNode items(@PathParam("list") String list, @QueryParam("q") String q, @QueryParam("category") String category,
                   @QueryParam("section") String section, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/items/{code}")
    JsonNode item(@PathParam("code") String code, @QueryParam("asOf") String asOf);

    @GET
    @Path("/items/{code}/versions")
    JsonNode versions(@PathParam("code") String code);

    @GET
    @Path("/items/{code}/flowchart.svg")
    Response flowchart(@PathParam("code") String code, @QueryParam("asOf") String asOf);

    @GET
    @Path("/lists/{list}/export")
    Response export(@PathParam("list") String list, @QueryParam("format") String format);
}
