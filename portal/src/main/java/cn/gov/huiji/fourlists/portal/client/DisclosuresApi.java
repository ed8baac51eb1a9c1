package cn.gov.huiji.fourlists.portal.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** disclosure-service's public API (双公示, Art. 8, R-LIST-11): what is public, never a natural person's full number. */
@RegisterRestClient(configKey = "disclosures")
@Path("/api/v1/disclosures")
public interface DisclosuresApi {

    /**
     * The published decisions of a kind (licensing | penalties): q matches the party's name, its 统一社会信用代码 or the
     * document number; from/to bound the decision date; asOf is what was public at the end of that day; a kernel Page
     * {items, page, size, total} of the public view. A bad parameter is a 400 problem naming it.
     */
    @GET
    @Path("/{kind}")
    Response decisions(@PathParam("kind") String kind, @QueryParam("q") String q, @QueryParam("from") String from,
                       @QueryParam("to") String to, @QueryParam("asOf") String asOf, @QueryParam("page") int page,
                       @QueryParam("size") int size);

    /** One published decision (the public view); 404 when it is not public (never, or withdrawn, or cancelled). */
    @GET
    @Path("/{kind}/{id}")
    Response decision(@PathParam("kind") String kind, @PathParam("id") String id, @QueryParam("asOf") String asOf);
}
