package cn.gov.huiji.fourlists.portal.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * audit-service's public spot checks (抽查公示, Art. 21, 29; R-ADJ-6): each announcement and, once drawn, its seed and
 * sample, without the findings and without who announced it. No account is needed.
 */
@RegisterRestClient(configKey = "log")
@Path("/api/v1/oversight/public/spot-checks")
public interface SpotChecksApi {

    /** Every spot check, newest first. */
    @GET
    Response spotChecks();

    /** One spot check; 404 when there is none. */
    @GET
    @Path("/{id}")
    Response spotCheck(@PathParam("id") String id);
}
