package cn.gov.huiji.fourlists.workbench.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * audit-service: the traces (roles auditor, discipline; called with the signed-in user's own token, so the reading
 * and every export are traced as theirs) and the public face of the tamper-evident log.
 */
@RegisterRestClient(configKey = "audit")
@Path("/api/v1")
public interface AuditApi {

    /**
     * A page of traces ({@code Page<TraceView>}), each checked against its leaf in the log; absent parameters match all.
     * {@code subjectPrefix} is matched literally as the subject's beginning, {@code section} is the actor's section code.
     */
    @GET
    @Path("/traces")
    JsonNode traces(@HeaderParam("Authorization") String bearer, @QueryParam("subject") String subject,
                    @QueryParam("subjectPrefix") String subjectPrefix, @QueryParam("actor") String actor,
                    @QueryParam("section") String section, @QueryParam("type") String type, @QueryParam("from") String from,
                    @QueryParam("to") String to, @QueryParam("page") int page, @QueryParam("size") int size);

    /**
     * Freezes the traces matching {@code filter} ({subject, subjectPrefix, actor, section, type, from, to}) as an export;
     * 201 with its ExportView.
     */
    @POST
    @Path("/traces/exports")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode export(@HeaderParam("Authorization") String bearer, JsonNode filter);

    /** An export with its traces, checked against the log again. */
    @GET
    @Path("/traces/exports/{id}")
    JsonNode exported(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    /** The export's file, csv or jsonl; returned as a Response so that its body streams rather than being held whole. */
    @GET
    @Path("/traces/exports/{id}/content")
    @Produces({"text/csv", "application/x-ndjson"})
    Response content(@HeaderParam("Authorization") String bearer, @PathParam("id") String id, @QueryParam("format") String format);

    /** The latest signed tree head (public). */
    @GET
    @Path("/log/tree-head")
    JsonNode treeHead();

    /** The tree heads' Ed25519 public key as PEM (public). */
    @GET
    @Path("/log/public-key")
    @Produces("application/x-pem-file")
    String publicKey();

    /** Gaps in the services' sequence numbers, open and resolved (public). */
    @GET
    @Path("/log/gaps")
    JsonNode gaps();
}
