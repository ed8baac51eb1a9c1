package cn.gov.huiji.fourlists.audit.rest;

import cn.gov.huiji.fourlists.audit.domain.TraceEntry;
import cn.gov.huiji.fourlists.audit.domain.TraceExport;
import cn.gov.huiji.fourlists.audit.service.TraceFilter;
import cn.gov.huiji.fourlists.audit.service.TraceQueries;
import cn.gov.huiji.fourlists.kernel.rest.Page;
import cn.gov.huiji.fourlists.kernel.security.ActorResolver;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.validation.constraints.Pattern;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import cn.gov.huiji.fourlists.audit.log.LeafCheck;
import java.util.UUID;

@Path("/api/v1/traces")
@Tag(name = "Traces", description = "Every duty action of every service, stored once (履职痕迹, Art. 7, 10)")
@SecurityRequirement(name = "keycloak")
@RolesAllowed({Roles.AUDITOR, Roles.DISCIPLINE})
public class TraceResource {

    private final TraceQueries queries;
    private final ActorResolver actors;
    private final LeafCheck leafCheck;

    public TraceResource(TraceQueries queries, ActorResolver actors, LeafCheck leafCheck) {
        this.queries = queries;
        this.actors = actors;
        this.leafCheck = leafCheck;
    }

    /** What an auditor reads is checked against the log on every read. */
    private List<TraceView> views(List<TraceEntry> entries) {
        Map<Long, LeafCheck.Checked> checks = leafCheck.check(entries);
        return entries.stream().map(e -> TraceView.of(e, checks.get(e.id))).toList();
    }

    @GET
    @Operation(summary = "Find traces (查询履职痕迹); roles auditor, discipline",
            description = "Each trace is read from the stored event and checked against its leaf in the public log: integrity "
                    + "VERIFIED, NOT_YET_LOGGED or MISMATCH (the stored copy was altered after it was logged).")
    public Page<TraceView> find(
            @Parameter(description = "Subject, e.g. item/3700000225001 (对象)") @QueryParam("subject") String subject,
            @Parameter(description = "Beginning of the subject (对象前缀), matched literally (% and _ are no wildcards); "
                    + "at most 200 characters, no control characters", example = "case/TS-2026-")
            @QueryParam("subjectPrefix") String subjectPrefix,
            @Parameter(description = "Staff id of the actor (操作人)") @QueryParam("actor") String actor,
            @Parameter(description = "Code of the section the actor acted for (科室（队）), exact; 2 to 64 lowercase letters, "
                    + "digits or hyphens", example = "hazchem",
                    schema = @Schema(type = SchemaType.STRING, pattern = TraceFilter.SECTION_CODE))
            @QueryParam("section") String section,
            @Parameter(description = "Event type, e.g. fourlists.list.item.loaded (动作)") @QueryParam("type") String type,
            @Parameter(description = "From (inclusive): YYYY-MM-DD or ISO-8601 instant") @QueryParam("from") String from,
            @Parameter(description = "To: YYYY-MM-DD (whole day included) or ISO-8601 instant (exclusive)") @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Page<TraceEntry> found = queries.find(TraceFilter.of(subject, subjectPrefix, actor, section, type, from, to), page, size);
        return new Page<>(views(found.items()), found.page(), found.size(), found.total());
    }

    @POST
    @Path("/exports")
    @Operation(summary = "Export traces (导出履职痕迹); the export itself is traced")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The export, with its traces (导出结果)", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = ExportView.class)))
    public Response export(@org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", examples = {@org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "one-clerk-in-november", value = """
            {"actor": "clerk", "from": "2026-11-01", "to": "2026-11-30"}"""), @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "one-sections-cases-of-2026", value = """
            {"subjectPrefix": "case/TS-2026-", "section": "hazchem"}""")})) @Valid @NotNull ExportInput input) {
        TraceExport export = queries.export(TraceFilter.of(input.subject(), input.subjectPrefix(), input.actor(), input.section(),
                input.type(), input.from(), input.to()), actors.current());
        return Response.created(UriBuilder.fromPath("/api/v1/traces/exports/{id}").build(export.id))
                .entity(ExportView.of(export, null)).build();
    }

    @GET
    @Path("/exports/{id}")
    @Operation(summary = "An export with its traces (导出内容)")
    public ExportView exported(@PathParam("id") UUID id) {
        TraceExport export = queries.exportById(id);
        return ExportView.of(export, views(queries.entriesOf(export)));
    }

    @GET
    @Path("/exports/{id}/content")
    @Produces({"text/csv", "application/x-ndjson"})
    @Operation(summary = "An export's traces as CSV or JSON lines (导出文件)",
            description = "format=csv: one row per trace (UTF-8 with BOM, so spreadsheet programs read the Chinese); "
                    + "format=jsonl: each stored event exactly as received, one per line.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The export's traces as CSV (UTF-8 with BOM) or JSON lines", content = {@org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "text/csv", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)), @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/x-ndjson", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    public Response content(@PathParam("id") UUID id, @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|jsonl") String format) {
        TraceExport export = queries.exportById(id);
        List<TraceEntry> entries = queries.entriesOf(export);
        boolean csv = format.equals("csv");
        StreamingOutput body = out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (csv) {
                TraceCsv.write(views(entries), w);
            } else {
                for (TraceEntry e : entries) {
                    w.write(e.payload);
                    w.write('\n');
                }
            }
            w.flush();
        };
        return Response.ok(body, csv ? "text/csv; charset=UTF-8" : "application/x-ndjson; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"traces-" + id + (csv ? ".csv" : ".jsonl") + "\"").build();
    }

    /** The same filter as the search; the section and the subject prefix are checked as there (TraceFilter). */
    public record ExportInput(@Size(max = 200) String subject,
                              @Schema(description = "Beginning of the subject (对象前缀), matched literally", example = "case/TS-2026-")
                              @Size(max = 200) String subjectPrefix,
                              @Size(max = 100) String actor,
                              @Schema(description = "Code of the actor's section (科室（队）), exact", example = "hazchem",
                                      pattern = TraceFilter.SECTION_CODE)
                              @Size(max = 64) String section,
                              @Size(max = 200) String type, @Size(max = 40) String from, @Size(max = 40) String to) {
    }

    public record ExportView(UUID id, String requestedBy, OffsetDateTime requestedAt, long entryCount, List<TraceView> entries) {
        static ExportView of(TraceExport e, List<TraceView> entries) {
            return new ExportView(e.id, e.requestedBy, e.requestedAt, e.entryCount, entries);
        }
    }
}
