package cn.gov.huiji.fourlists.portal.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** audit-service's public log: proof bundles of published item versions (可验证). */
@RegisterRestClient(configKey = "log")
@Path("/api/v1")
public interface LogApi {

    @GET
    @Path("/items/{code}/versions/{version}/proof")
    Response proof(@PathParam("code") String code, @PathParam("version") int version);
}
