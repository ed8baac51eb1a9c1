package cn.gov.huiji.fourlists.workbench.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Keycloak's admin API for the realm's users, read with the workbench's own service account (client credentials,
 * realm-management view-users only): who holds a role, which section a user belongs to, their e-mail address.
 */
@RegisterRestClient(configKey = "keycloak-users")
@OidcClientFilter
public interface KeycloakUsersApi {

    @GET
    @Path("/users")
    JsonNode byUsername(@QueryParam("username") String username, @QueryParam("exact") boolean exact,
                        @QueryParam("briefRepresentation") boolean brief);

    @GET
    @Path("/roles/{role}/users")
    JsonNode withRole(@PathParam("role") String role, @QueryParam("briefRepresentation") boolean brief,
                      @QueryParam("first") int first, @QueryParam("max") int max);
}
