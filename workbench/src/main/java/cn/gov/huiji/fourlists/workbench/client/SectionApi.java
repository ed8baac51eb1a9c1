package cn.gov.huiji.fourlists.workbench.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** list-service's sections (科室（队）, Art. 24), written with the user's own token; the list is in {@link ListsApi}. */
@RegisterRestClient(configKey = "lists")
@Path("/api/v1/sections")
public interface SectionApi {

    /** Registers a section or renames it (roles legal, admin). */
    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode register(@HeaderParam("Authorization") String bearer, @PathParam("code") String code, JsonNode section);
}
