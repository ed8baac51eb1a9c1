package cn.gov.huiji.fourlists.portal.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** complaint-service's public API (R-CMP-1, 2, 4, 5). */
@RegisterRestClient(configKey = "complaints")
@Path("/api/v1")
public interface ComplaintsApi {

    @GET
    @Path("/channels")
    JsonNode channels();

    @POST
    @Path("/cases")
    @Consumes(MediaType.APPLICATION_JSON)
    Response submit(@HeaderParam("X-Forwarded-For") String client, JsonNode body);

    @GET
    @Path("/cases/{caseNo}")
    Response track(@HeaderParam("X-Forwarded-For") String client, @PathParam("caseNo") String caseNo, @QueryParam("code") String code);

    /** The submitter's feedback on the answer (满意度评价): {"code", "satisfied", "text"}, the query code in the body. */
    @POST
    @Path("/cases/{caseNo}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    Response feedback(@HeaderParam("X-Forwarded-For") String client, @PathParam("caseNo") String caseNo, JsonNode body);
}
