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

    /** The published enforcement bodies in force on asOf (执法主体, Art. 17–18, R-LIST-8); kind = STATUTORY | AUTHORIZED | ENTRUSTED. */
    @GET
    @Path("/bodies")
    Response bodies(@QueryParam("asOf") String asOf, @QueryParam("kind") String kind);

    /** One body with its legal basis and, for an entrusted organisation, its entrustments; 404 if not published on asOf. */
    @GET
    @Path("/bodies/{creditCode}")
    Response body(@PathParam("creditCode") String creditCode, @QueryParam("asOf") String asOf);

    /** The officers (执法人员, R-LIST-9): q matches name, unit name or certificate number; a page {items, page, size, total}. */
    @GET
    @Path("/officers")
    Response officers(@QueryParam("q") String q, @QueryParam("unit") String unit, @QueryParam("page") int page,
                      @QueryParam("size") int size);

    /** One officer with the history of the certificate's status (有效 / 注销 / 暂扣). */
    @GET
    @Path("/officers/{certificateNo}")
    Response officer(@PathParam("certificateNo") String certificateNo);

    /** Whether a certificate was valid on a date, for which unit, category and area, and why not; 404 if unknown. */
    @GET
    @Path("/officers/check")
    Response checkCertificate(@QueryParam("certificate") String certificate, @QueryParam("date") String date);

    /**
     * 职权核验 (法无授权不可为, Art. 4, 17–19): may the body (统一社会信用代码) exercise the power (item code or name) on date
     * (default today), and with certificate, may that officer; {authorized, reasonCode, reasonCodeZh, reasonZh, grant, officer}.
     * An invalid or missing field is a 400 problem naming it.
     */
    @GET
    @Path("/authority-check")
    Response checkAuthority(@QueryParam("bodyCode") String bodyCode, @QueryParam("power") String power,
                            @QueryParam("date") String date, @QueryParam("certificate") String certificate);
}
