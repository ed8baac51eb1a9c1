package cn.gov.huiji.fourlists.workbench.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * audit-service's oversight for the discipline group (Art. 21, 29, 31), called with the signed-in user's own token so
 * that every announcement, draw, finding and accountability record is traced as theirs and audit-service's role rules
 * decide: discipline writes; leaders and auditors read everything; section heads, the legal section and clerks read the
 * cards and the accountability records of their own section only. Same address as {@link AuditApi}. A refusal throws
 * (its problem+json in the exception's response).
 */
@RegisterRestClient(configKey = "audit")
@Path("/api/v1/oversight")
@Consumes(MediaType.APPLICATION_JSON)
public interface OversightApi {

    /** 电子监察: yellow and red cards derived from the deadline traces; from/to (YYYY-MM-DD) bound the due date; absent parameters match all. */
    @GET
    @Path("/cards")
    JsonNode cards(@HeaderParam("Authorization") String bearer, @QueryParam("section") String section, @QueryParam("from") String from,
                   @QueryParam("to") String to, @QueryParam("color") String color, @QueryParam("person") String person);

    /** The cards per month and section: {@code [{month "YYYY-MM", section, yellow, red, resolved}]}. */
    @GET
    @Path("/cards/summary")
    JsonNode summary(@HeaderParam("Authorization") String bearer, @QueryParam("from") String from, @QueryParam("to") String to);

    /** Every spot check, newest first. */
    @GET
    @Path("/spot-checks")
    JsonNode spotChecks(@HeaderParam("Authorization") String bearer);

    /** One spot check with its sample and each sampled object's findings. */
    @GET
    @Path("/spot-checks/{id}")
    JsonNode spotCheck(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    /** Announces a draw {title, population, from, to, sampleSize, seedTreeSize?}; 201 with the SpotCheck. */
    @POST
    @Path("/spot-checks")
    JsonNode announce(@HeaderParam("Authorization") String bearer, JsonNode announcement);

    /** Draws the sample once the seed head exists (409 seed-head-not-yet before); drawing again answers the same. */
    @POST
    @Path("/spot-checks/{id}/draw")
    JsonNode draw(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    /** A finding about a sampled object {object, kind, section?, person?, traceIndexes?, documents?, evidence}; 201. */
    @POST
    @Path("/spot-checks/{id}/findings")
    JsonNode recordFinding(@HeaderParam("Authorization") String bearer, @PathParam("id") String id, JsonNode finding);

    /** A finding revised (same body); the earlier wording stays in the traces. */
    @PUT
    @Path("/findings/{findingId}")
    JsonNode reviseFinding(@HeaderParam("Authorization") String bearer, @PathParam("findingId") String findingId, JsonNode finding);

    /** The check's printable report in Chinese; a Response so that the PDF streams through the workbench. */
    @GET
    @Path("/spot-checks/{id}/report.pdf")
    @Produces({"application/pdf", "application/problem+json"})
    Response report(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    /** The accountability records (问责), of one section when given. */
    @GET
    @Path("/accountability")
    JsonNode accountability(@HeaderParam("Authorization") String bearer, @QueryParam("section") String section);

    /** A record {section, person, facts, findings, cards, basis, measure}; 201, state RECORDED. */
    @POST
    @Path("/accountability")
    JsonNode recordAccountability(@HeaderParam("Authorization") String bearer, JsonNode record);

    /** A record revised while RECORDED (same body). */
    @PUT
    @Path("/accountability/{id}")
    JsonNode reviseAccountability(@HeaderParam("Authorization") String bearer, @PathParam("id") String id, JsonNode record);

    /** The decision {decisionDate, decisionDocument}; the record becomes DECIDED. */
    @POST
    @Path("/accountability/{id}/decision")
    JsonNode decide(@HeaderParam("Authorization") String bearer, @PathParam("id") String id, JsonNode decision);

    /** The measures that may be taken: {@code [{code, label}]}, the five of the notice and those configured. */
    @GET
    @Path("/measures")
    JsonNode measures(@HeaderParam("Authorization") String bearer);

    /** A period's assessment per section (绩效考核): {from, to, rows}. */
    @GET
    @Path("/assessment")
    JsonNode assessment(@HeaderParam("Authorization") String bearer, @QueryParam("from") String from, @QueryParam("to") String to);

    /** The same as CSV with Chinese headers; a Response so that the file streams through. */
    @GET
    @Path("/assessment.csv")
    @Produces({"text/csv", "application/problem+json"})
    Response assessmentCsv(@HeaderParam("Authorization") String bearer, @QueryParam("from") String from, @QueryParam("to") String to);
}
