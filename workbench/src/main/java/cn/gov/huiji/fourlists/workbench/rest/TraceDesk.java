package cn.gov.huiji.fourlists.workbench.rest;

import cn.gov.huiji.fourlists.workbench.client.AuditApi;
import cn.gov.huiji.fourlists.workbench.client.ListsApi;
import cn.gov.huiji.fourlists.workbench.service.LogState;
import cn.gov.huiji.fourlists.workbench.service.ProblemText;
import cn.gov.huiji.fourlists.workbench.service.TraceExports;
import cn.gov.huiji.fourlists.workbench.service.TraceRows;
import cn.gov.huiji.fourlists.workbench.service.TraceSearch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 留痕查询 (R-AUD-4, Art. 7, 10, 29): the auditor's and the discipline group's search of the traces, the state of the
 * tamper-evident log, and exports. audit-service decides who may read (roles auditor, discipline) and records every
 * export as the user's own duty action; the workbench passes the user's token and shows the answers in Chinese.
 */
@Path("/traces")
@Produces(MediaType.TEXT_HTML)
public class TraceDesk {

    private static final Logger LOG = Logger.getLogger(TraceDesk.class);
    static final int PAGE_SIZE = 50;
    /** The exports page shows the latest ones; older exports stay findable through the traces of their creation. */
    static final int EXPORTS_SHOWN = 50;
    static final Set<String> FORMATS = Set.of("csv", "jsonl");
    static final String FORBIDDEN = "您无权查询履职痕迹。";
    static final String UNREACHABLE = "审计服务暂时无法访问，请稍后再试。";
    /** The search form's labels, by audit-service's parameter names, so that a refused condition is named as on the page. */
    static final Map<String, String> FIELD_LABELS = Map.of("subject", "对象", "subjectPrefix", "对象前缀", "actor", "操作人",
            "section", "科室（队）", "type", "事件类型", "from", "起始日期", "to", "截止日期");

    private final SecurityIdentity identity;
    private final AccessTokenCredential accessToken;
    private final AuditApi audit;
    private final ListsApi lists;
    private final ObjectMapper json;
    private final Template traces;
    private final Template exports;
    private final Template export;

    public TraceDesk(SecurityIdentity identity, AccessTokenCredential accessToken, @RestClient AuditApi audit, @RestClient ListsApi lists,
                     ObjectMapper json, @Location("traces.html") Template traces, @Location("trace-exports.html") Template exports,
                     @Location("trace-export.html") Template export) {
        this.identity = identity;
        this.accessToken = accessToken;
        this.audit = audit;
        this.lists = lists;
        this.json = json;
        this.traces = traces;
        this.exports = exports;
        this.export = export;
    }

    private String bearer() {
        return "Bearer " + accessToken.getToken();
    }

    @GET
    public Response search(@QueryParam("subject") String subject, @QueryParam("subjectPrefix") String subjectPrefix,
                           @QueryParam("actor") String actor, @QueryParam("section") String section, @QueryParam("type") String type,
                           @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page) {
        return render(new TraceSearch(subject, subjectPrefix, actor, section, type, from, to), pageNumber(page), null, 200);
    }

    /** Asks audit-service to freeze the traces of the search as an export, then shows the export (Post/Redirect/Get). */
    @POST
    @Path("/exports")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestExport(@RestForm String subject, @RestForm String subjectPrefix, @RestForm String actor,
                                  @RestForm String section, @RestForm String type, @RestForm String from, @RestForm String to) {
        TraceSearch search = new TraceSearch(subject, subjectPrefix, actor, section, type, from, to);
        ObjectNode filter = json.createObjectNode();
        search.parts().forEach(filter::put);
        try {
            JsonNode made = audit.export(bearer(), filter);
            UUID id = UUID.fromString(made.path("id").asText());
            return Response.seeOther(URI.create("/traces/exports/" + id + "?done=1")).build();
        } catch (WebApplicationException e) {
            int s = e.getResponse().getStatus();
            return render(search, 0, s == 403 ? "您无权导出履职痕迹。" : explain(e.getResponse()), s == 403 ? 403 : s == 400 ? 400 : 503);
        } catch (RuntimeException e) {
            LOG.warnf("audit-service did not make the export: %s", e.getMessage());
            return render(search, 0, UNREACHABLE, 503);
        }
    }

    /** The latest exports, newest first, found through the trace audit-service records for each one. */
    @GET
    @Path("/exports")
    public Response exports() {
        TemplateInstance view = exports.data("title", "痕迹导出记录").data("user", User.of(identity)).data("shown", EXPORTS_SHOWN);
        try {
            TraceSearch made = TraceSearch.exports();
            JsonNode first = audit.traces(bearer(), null, null, null, null, made.type(), null, null, 0, EXPORTS_SHOWN);
            long total = first.path("total").asLong();
            List<TraceExports.ExportRow> rows;
            if (total <= EXPORTS_SHOWN) {
                rows = TraceExports.rows(first);
            } else {
                // audit-service lists oldest first: the newest are on its last page and, to fill the list, the one before
                int last = (int) ((total - 1) / EXPORTS_SHOWN);
                rows = new ArrayList<>(TraceExports.rows(audit.traces(bearer(), null, null, null, null, made.type(), null, null, last,
                        EXPORTS_SHOWN)));
                rows.addAll(TraceExports.rows(audit.traces(bearer(), null, null, null, null, made.type(), null, null, last - 1,
                        EXPORTS_SHOWN)));
                rows = rows.subList(0, Math.min(EXPORTS_SHOWN, rows.size()));
            }
            return Response.ok(view.data("rows", rows).data("total", total)).build();
        } catch (WebApplicationException e) {
            int s = e.getResponse().getStatus();
            return Response.status(s == 403 ? 403 : 503).entity(view.data("error", s == 403 ? FORBIDDEN : Problems.explain(e.getResponse())))
                    .build();
        } catch (RuntimeException e) {
            LOG.warnf("audit-service unavailable: %s", e.getMessage());
            return Response.status(503).entity(view.data("error", UNREACHABLE)).build();
        }
    }

    /** One export: who asked, when, for which traces, and whether its traces still match the log. */
    @GET
    @Path("/exports/{id}")
    public Response exported(@PathParam("id") String id, @QueryParam("done") String done) {
        TemplateInstance view = export.data("title", "痕迹导出").data("user", User.of(identity)).data("done", done != null);
        if (!isUuid(id)) {
            return Response.status(404).entity(view.data("error", "未找到该导出记录。")).build();
        }
        try {
            TraceExports.ExportState state = TraceExports.state(audit.exported(bearer(), id));
            return Response.ok(view.data("export", state).data("conditions", conditions(id))).build();
        } catch (WebApplicationException e) {
            int s = e.getResponse().getStatus();
            String error = switch (s) {
                case 403 -> FORBIDDEN;
                case 404 -> "未找到该导出记录。";
                default -> Problems.explain(e.getResponse());
            };
            return Response.status(s == 403 || s == 404 ? s : 503).entity(view.data("error", error)).build();
        } catch (RuntimeException e) {
            LOG.warnf("audit-service unavailable: %s", e.getMessage());
            return Response.status(503).entity(view.data("error", UNREACHABLE)).build();
        }
    }

    /**
     * The export's file, fetched with the user's token (audit-service traces nothing more: the export was traced when
     * made) and passed on as it streams, with audit-service's type and file name.
     */
    @GET
    @Path("/exports/{id}/content")
    @Produces({"text/csv", "application/x-ndjson", MediaType.TEXT_HTML})
    public Response content(@PathParam("id") String id, @QueryParam("format") String format) {
        String f = format == null ? "csv" : format;
        if (!isUuid(id) || !FORMATS.contains(f)) {
            return Response.status(404).type(MediaType.TEXT_HTML_TYPE)
                    .entity(export.data("title", "痕迹导出").data("user", User.of(identity)).data("error", "未找到该导出文件。")).build();
        }
        Response upstream;
        try {
            upstream = audit.content(bearer(), id, f);
        } catch (WebApplicationException e) {
            int s = e.getResponse().getStatus();
            String error = s == 403 ? FORBIDDEN : s == 404 ? "未找到该导出记录。" : Problems.explain(e.getResponse());
            return Response.status(s == 403 || s == 404 ? s : 503).type(MediaType.TEXT_HTML_TYPE)
                    .entity(export.data("title", "痕迹导出").data("user", User.of(identity)).data("error", error)).build();
        } catch (RuntimeException e) {
            LOG.warnf("audit-service unavailable: %s", e.getMessage());
            return Response.status(503).type(MediaType.TEXT_HTML_TYPE)
                    .entity(export.data("title", "痕迹导出").data("user", User.of(identity)).data("error", UNREACHABLE)).build();
        }
        String fileName = "traces-" + id + (f.equals("csv") ? ".csv" : ".jsonl");
        String disposition = upstream.getHeaderString("Content-Disposition");
        if (disposition == null || !disposition.startsWith("attachment")) {
            disposition = "attachment; filename=\"" + fileName + "\"";
        }
        InputStream in = upstream.readEntity(InputStream.class);
        StreamingOutput body = out -> {
            try (upstream; in) {
                in.transferTo(out);
            }
        };
        MediaType type = upstream.getMediaType() != null ? upstream.getMediaType()
                : MediaType.valueOf(f.equals("csv") ? "text/csv; charset=UTF-8" : "application/x-ndjson; charset=UTF-8");
        return Response.ok(body, type).header("Content-Disposition", disposition).build();
    }

    private Response render(TraceSearch search, int page, String error, int status) {
        Map<String, String> sections = sections();
        TemplateInstance view = traces.data("title", "留痕查询").data("user", User.of(identity)).data("search", search)
                .data("sectionChoices", search.sectionChoices(sections));
        try {
            JsonNode found = audit.traces(bearer(), search.subject(), search.subjectPrefix(), search.actor(), search.section(),
                    search.type(), search.from(), search.to(), page, PAGE_SIZE);
            TraceRows.Paging paging = TraceRows.paging(found);
            view.data("rows", TraceRows.rows(found, sections, User.ROLE_NAMES)).data("paging", paging)
                    .data("previous", paging.hasPrevious() ? "/traces?" + search.query(paging.previous()) : null)
                    .data("next", paging.hasNext() ? "/traces?" + search.query(paging.next()) : null);
        } catch (WebApplicationException e) {
            int s = e.getResponse().getStatus();
            if (s == 403) {
                // the traces and their log are the auditors' and the discipline group's: show nothing else
                return Response.status(403).entity(view.data("forbidden", FORBIDDEN)).build();
            }
            error = error != null ? error : explain(e.getResponse());
            status = status != 200 ? status : s == 400 ? 400 : 503;
        } catch (RuntimeException e) {
            LOG.warnf("audit-service unavailable: %s", e.getMessage());
            error = error != null ? error : UNREACHABLE;
            status = status != 200 ? status : 503;
        }
        return Response.status(status).entity(view.data("error", error).data("log", logState())).build();
    }

    /** The log's public state; null when audit-service does not answer (the page says so). */
    private LogState logState() {
        try {
            JsonNode head = audit.treeHead();
            JsonNode gaps = audit.gaps();
            String key;
            try {
                key = audit.publicKey();
            } catch (RuntimeException e) {
                key = null; // the head is still shown, marked as not verified
            }
            return LogState.of(head, key, gaps);
        } catch (RuntimeException e) {
            LOG.warnf("audit-service's log unavailable: %s", e.getMessage());
            return null;
        }
    }

    /** The filter of an export, from the trace of its creation (it may take a few seconds to arrive). */
    private String conditions(String id) {
        try {
            JsonNode found = audit.traces(bearer(), "export/" + id, null, null, null, TraceSearch.EXPORT_CREATED, null, null, 0, 1);
            JsonNode first = found.path("items").path(0);
            return first.hasNonNull("data") ? TraceExports.conditions(first.get("data")) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The sections' names by code, in list-service's order (the search form lists them so); empty when it does not answer. */
    private Map<String, String> sections() {
        Map<String, String> names = new LinkedHashMap<>();
        try {
            lists.sections().forEach(s -> names.put(s.path("code").asText(), s.path("name").asText()));
        } catch (RuntimeException e) {
            LOG.debugf("sections unavailable, codes shown: %s", e.getMessage());
        }
        return names;
    }

    /** audit-service's refusal of the search or export, each refused condition named by its label on the page. */
    private static String explain(Response response) {
        JsonNode problem;
        try {
            problem = response.readEntity(JsonNode.class);
        } catch (RuntimeException e) {
            problem = null; // no problem+json: the status speaks
        }
        return ProblemText.of(problem, response.getStatus(), FIELD_LABELS);
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 0 : Math.max(0, Math.min(Integer.parseInt(page), 1_000_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean isUuid(String id) {
        try {
            return UUID.fromString(id).toString().equals(id.toLowerCase());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
