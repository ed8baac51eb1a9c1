package cn.gov.huiji.fourlists.workbench.rest;

import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.workbench.client.DecisionImportApi;
import cn.gov.huiji.fourlists.workbench.client.DisclosureApi;
import cn.gov.huiji.fourlists.workbench.service.DecisionForm;
import cn.gov.huiji.fourlists.workbench.service.Decisions;
import cn.gov.huiji.fourlists.workbench.service.ListImport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * 双公示 (Art. 8, R-LIST-11) for the legal section: the decisions received from the case-handling systems or entered
 * here, with the 7-working-day limit to make each public; a decision's page with its versions and the steps 公示,
 * 取消公示, 恢复公示 and 更正 (each with its reason where the law wants one); the entry form for what no system sends;
 * the import of many from a spreadsheet (every row checked first, all or nothing); the credit export for a date
 * range. Leaders, the discipline group and the auditors read. disclosure-service decides
 * and traces every step, with the user's own token.
 */
@Path("/decisions")
@Produces(MediaType.TEXT_HTML)
public class DecisionDesk {

    static final String SERVICE = "双公示服务";
    static final int PAGE_SIZE = 20;
    static final Map<String, String> DONE = Map.of("ENTERED", "决定已录入，待公示", "PUBLISHED", "已公示",
            "CANCELLED", "已取消公示", "RESTORED", "已恢复公示", "CORRECTED", "已更正：形成新的版本，原版本留存备查");
    static final Map<String, String> REASON_LABELS = Map.of("reason", "理由");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SecurityIdentity identity;
    private final AccessTokenCredential accessToken;
    private final DisclosureApi api;
    private final DecisionImportApi importer;
    private final Template listPage;
    private final Template decisionPage;
    private final Template formPage;

    public DecisionDesk(SecurityIdentity identity, AccessTokenCredential accessToken, @RestClient DisclosureApi api,
                        @RestClient DecisionImportApi importer,
                        @Location("decisions.html") Template listPage, @Location("decision.html") Template decisionPage,
                        @Location("decision-form.html") Template formPage) {
        this.identity = identity;
        this.accessToken = accessToken;
        this.api = api;
        this.importer = importer;
        this.listPage = listPage;
        this.decisionPage = decisionPage;
        this.formPage = formPage;
    }

    private String bearer() {
        return "Bearer " + accessToken.getToken();
    }

    /** Only the legal section enters, publishes, cancels, restores, corrects and exports; the others read. */
    private boolean legal() {
        return identity.getRoles().contains("legal");
    }

    private static LocalDate today() {
        return ZonedDateTime.now(BureauClock.ZONE).toLocalDate();
    }

    // --- the list and the credit export ------------------------------------------------------------------------------

    @GET
    public Response list(@QueryParam("state") String state, @QueryParam("kind") String kind, @QueryParam("overdue") String overdue,
                         @QueryParam("page") Integer page) {
        return render(Decisions.Filter.of(state, kind, overdue), page == null || page < 1 ? 1 : page,
                Decisions.Export.thisYear(today()), null, null, null, 200);
    }

    /**
     * The credit export (信用信息报送) of the decisions published with decision dates in the range, in the credit
     * platform's XK_ or CF_ field codes: fetched with the user's token (disclosure-service traces it as theirs) and
     * passed on as it streams.
     */
    @GET
    @Path("/export")
    @Produces({"text/csv", XLSX, MediaType.TEXT_HTML})
    public Response export(@QueryParam("kind") String kind, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("format") String format) {
        Decisions.Export export = Decisions.Export.of(kind, from, to, format);
        Decisions.Filter all = Decisions.Filter.of(null, null, null);
        List<String> problems = export.problems();
        if (!problems.isEmpty()) {
            return render(all, 1, export, String.join(" ", problems), null, null, 400);
        }
        Response upstream;
        try {
            upstream = api.export(bearer(), export.kind(), export.from(), export.to(), export.format());
        } catch (RuntimeException e) {
            return render(all, 1, export, ServiceAnswers.explain(e, SERVICE, Map.of("from", "起始日期", "to", "截止日期")),
                    null, null, ServiceAnswers.status(e));
        }
        String disposition = upstream.getHeaderString("Content-Disposition");
        if (disposition == null || !disposition.startsWith("attachment")) {
            disposition = "attachment; filename=\"" + export.fileName() + "\"";
        }
        MediaType type = upstream.getMediaType() != null ? upstream.getMediaType()
                : MediaType.valueOf("csv".equals(export.format()) ? "text/csv; charset=UTF-8" : XLSX);
        InputStream in = upstream.readEntity(InputStream.class);
        StreamingOutput body = out -> {
            try (upstream; in) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, type).header("Content-Disposition", disposition).build();
    }

    /**
     * Decisions from a spreadsheet (CSV or XLSX with the credit platform's field codes or their Chinese names as its
     * header row), forwarded as the file it is; disclosure-service receives every row or none.
     */
    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importDecisions(@RestForm("kind") String kind, @RestForm("file") FileUpload file) {
        Decisions.Filter all = Decisions.Filter.of(null, null, null);
        Decisions.Export export = Decisions.Export.thisYear(today());
        Optional<DecisionForm.Kind> k = DecisionForm.Kind.of(kind);
        if (k.isEmpty()) {
            return render(all, 1, export, null, null, "请选择导入行政许可决定还是行政处罚决定。", 400);
        }
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return render(all, 1, export, null, null, "请选择要导入的表格文件（.xlsx 或 .csv）。", 400);
        }
        Optional<String> type = ListImport.mediaType(file.fileName());
        if (type.isEmpty()) {
            return render(all, 1, export, null, null, "只能导入 .xlsx 或 .csv 格式的表格，所选文件为“" + file.fileName() + "”。", 400);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            JsonNode answer = ListImport.XLSX.equals(type.get()) ? importer.importXlsx(bearer(), k.get().path(), bytes)
                    : importer.importCsv(bearer(), k.get().path(), bytes);
            return render(all, 1, export, null, Decisions.imported(file.fileName(), k.get(), answer), null, 200);
        } catch (RuntimeException e) {
            JsonNode problem = ServiceAnswers.problem(e);
            if (problem != null && problem.path("errors").size() > 0) {
                return render(all, 1, export, null, Decisions.refused(file.fileName(), k.get(), problem), null, ServiceAnswers.status(e));
            }
            return render(all, 1, export, null, null, ServiceAnswers.explain(e, problem, SERVICE, Map.of()), ServiceAnswers.status(e));
        }
    }

    private Response render(Decisions.Filter filter, int page, Decisions.Export export, String exportError,
                            Decisions.ImportOutcome imported, String importError, int status) {
        Decisions.Results results = null;
        String error = null;
        int pageStatus = status;
        try {
            results = Decisions.results(api.decisions(bearer(), filter.stateOrNull(), filter.kindOrNull(), filter.overdueOrNull(),
                    page - 1, PAGE_SIZE), today());
        } catch (RuntimeException e) {
            error = ServiceAnswers.explain(e, SERVICE, Map.of());
            pageStatus = status == 200 ? ServiceAnswers.status(e) : status;
        }
        return Response.status(pageStatus).entity(listPage.data("title", "双公示").data("user", User.of(identity))
                .data("filter", filter).data("states", Decisions.STATES.entrySet()).data("kinds", Decisions.KINDS.entrySet())
                .data("results", results).data("previous", filter.link(page - 1)).data("next", filter.link(page + 1))
                .data("error", error).data("legal", legal()).data("today", today())
                .data("export", export).data("exportKinds", Decisions.Export.KINDS.entrySet()).data("exportError", exportError)
                .data("imported", imported).data("importError", importError)).build();
    }

    // --- entering a decision by hand ---------------------------------------------------------------------------------

    @GET
    @Path("/new")
    public Response newForm(@QueryParam("kind") String kind) {
        Optional<DecisionForm.Kind> k = DecisionForm.Kind.of(kind);
        if (k.isEmpty()) {
            return chooseKind();
        }
        return form(null, null, DecisionForm.empty(k.get()), new LinkedHashMap<>(), null, 200);
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response enter(@QueryParam("kind") String kind, MultipartFormDataInput posted) {
        Optional<DecisionForm.Kind> k = DecisionForm.Kind.of(kind);
        if (k.isEmpty()) {
            return chooseKind();
        }
        DecisionForm form = DecisionForm.read(k.get(), false, fields(posted));
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return form(null, null, form, new LinkedHashMap<>(problems), summary(problems.size()), 400);
        }
        try (Response created = k.get() == DecisionForm.Kind.LICENSING ? api.enterLicensing(bearer(), form.toJson())
                : api.enterPenalty(bearer(), form.toJson())) {
            return done(createdId(created), "ENTERED");
        } catch (RuntimeException e) {
            return refused(null, null, form, e);
        }
    }

    /** The id of the decision just entered: its DecisionView's, else the last segment of its Location. */
    private static String createdId(Response created) {
        try {
            JsonNode view = created.readEntity(JsonNode.class);
            if (view != null && view.hasNonNull("id")) {
                return view.path("id").asText();
            }
        } catch (RuntimeException e) {
            // no body: the Location names it
        }
        String location = created.getLocation() == null ? "" : created.getLocation().getPath();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private Response chooseKind() {
        return Response.status(404).entity(formPage.data("title", "录入决定").data("user", User.of(identity)).data("form", null)
                .data("legal", legal())).build();
    }

    // --- one decision --------------------------------------------------------------------------------------------

    @GET
    @Path("/{id}")
    public Response show(@PathParam("id") String id, @QueryParam("done") String done) {
        return decision(id, done == null ? null : DONE.get(done), null, 200, "", "");
    }

    /** 公示: the legal section checked that no state or trade secret and no personal privacy is in it (Art. 8). */
    @POST
    @Path("/{id}/publication")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") String id) {
        return act(id, null, () -> api.publish(bearer(), id, JsonNodeFactory.instance.objectNode()), "PUBLISHED", "", "");
    }

    /** 取消公示, for a reason (e.g. the decision was set aside on review); traced with it. */
    @POST
    @Path("/{id}/cancellation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") String id, @RestForm String reason) {
        String r = reason == null ? "" : reason.strip();
        return act(id, r.isEmpty() ? "请写明取消公示的理由。" : null, () -> api.cancel(bearer(), id, reason(r)), "CANCELLED", r, "");
    }

    /** 恢复公示, for a reason; disclosure-service refuses it once the 公示截止期 has come. */
    @POST
    @Path("/{id}/restoration")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@PathParam("id") String id, @RestForm String reason) {
        String r = reason == null ? "" : reason.strip();
        return act(id, r.isEmpty() ? "请写明恢复公示的理由。" : null, () -> api.restore(bearer(), id, reason(r)), "RESTORED", "", r);
    }

    private static ObjectNode reason(String reason) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("reason", reason);
        return body;
    }

    private Response act(String id, String problem, Supplier<Response> call, String done, String cancelReason, String restoreReason) {
        if (!Decisions.isId(id)) {
            return notFound(id);
        }
        if (problem != null) {
            return decision(id, null, problem, 400, cancelReason, restoreReason);
        }
        try (Response answered = call.get()) {
            // the page reads the decision again: what disclosure-service now holds is what is shown
        } catch (RuntimeException e) {
            return decision(id, null, ServiceAnswers.explain(e, SERVICE, REASON_LABELS), ServiceAnswers.status(e), cancelReason,
                    restoreReason);
        }
        return done(id, done);
    }

    private static Response done(String id, String done) {
        return Response.seeOther(UriBuilder.fromPath("/decisions/{id}").queryParam("done", done).build(id)).build();
    }

    private Response decision(String id, String done, String error, int status, String cancelReason, String restoreReason) {
        if (!Decisions.isId(id)) {
            return notFound(id);
        }
        Decisions.Decision decision = null;
        String readError = null;
        int pageStatus = status;
        try {
            decision = Decisions.of(api.decision(bearer(), id), today());
        } catch (RuntimeException e) {
            readError = ServiceAnswers.explain(e, SERVICE, Map.of());
            pageStatus = status == 200 ? ServiceAnswers.status(e) : status;
        }
        return Response.status(pageStatus).entity(decisionPage.data("title", decision == null ? "决定" : decision.kindName() + "决定 "
                        + decision.documentNo()).data("user", User.of(identity)).data("id", id).data("decision", decision)
                .data("legal", legal()).data("done", done).data("error", error).data("readError", readError)
                .data("cancelReason", cancelReason).data("restoreReason", restoreReason)).build();
    }

    private Response notFound(String id) {
        return Response.status(404).entity(decisionPage.data("title", "决定").data("user", User.of(identity)).data("id", id)
                .data("decision", null).data("legal", legal()).data("readError", "未找到该决定。")).build();
    }

    // --- correcting a decision ---------------------------------------------------------------------------------------

    @GET
    @Path("/{id}/correction")
    public Response correctionForm(@PathParam("id") String id) {
        if (!Decisions.isId(id)) {
            return notFound(id);
        }
        JsonNode view;
        try {
            view = api.decision(bearer(), id);
        } catch (RuntimeException e) {
            return decision(id, null, null, 200, "", "");
        }
        Decisions.Decision d = Decisions.of(view, today());
        return form(id, d, DecisionForm.of(d.kind(), view), new LinkedHashMap<>(), null, 200);
    }

    /** A correction: a new version with its reason; the earlier one is kept, a public decision is republished. */
    @POST
    @Path("/{id}/correction")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response correct(@PathParam("id") String id, MultipartFormDataInput posted) {
        if (!Decisions.isId(id)) {
            return notFound(id);
        }
        Map<String, List<String>> fields = fields(posted);
        Optional<DecisionForm.Kind> kind = DecisionForm.Kind.of(fields.getOrDefault("kind", List.of("")).get(0));
        Decisions.Decision d = null;
        if (kind.isEmpty()) {
            try {
                d = Decisions.of(api.decision(bearer(), id), today());
                kind = Optional.of(d.kind());
            } catch (RuntimeException e) {
                return decision(id, null, null, 200, "", "");
            }
        }
        DecisionForm form = DecisionForm.read(kind.get(), true, fields);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return form(id, d, form, new LinkedHashMap<>(problems), summary(problems.size()), 400);
        }
        try (Response corrected = api.correct(bearer(), id, form.toJson())) {
            return done(id, "CORRECTED");
        } catch (RuntimeException e) {
            return refused(id, d, form, e);
        }
    }

    // --- the form ------------------------------------------------------------------------------------------------

    /** The service's refusal: its field errors beside their fields, the rest above the form; nothing typed is lost. */
    private Response refused(String id, Decisions.Decision d, DecisionForm form, RuntimeException e) {
        JsonNode problem = ServiceAnswers.problem(e);
        Map<String, String> errors = DecisionForm.errorsOf(problem);
        String summary = errors.isEmpty() ? ServiceAnswers.explain(e, problem, SERVICE, form.labels()) : summary(errors.size());
        return form(id, d, form, new LinkedHashMap<>(errors), summary, ServiceAnswers.status(e));
    }

    private static String summary(int count) {
        return "有 " + count + " 处需要修改，已在对应字段旁标出；您填写的内容都已保留。";
    }

    private Response form(String id, Decisions.Decision d, DecisionForm form, Map<String, String> errors, String error, int status) {
        var fieldsets = form.page(errors);
        Map<String, String> labels = form.labels();
        List<String> unplaced = new ArrayList<>();
        errors.forEach((field, message) -> unplaced.add(labels.containsKey(field) ? labels.get(field) + "：" + message : message));
        String kindName = form.kind().label();
        String title = id == null ? "录入" + kindName + "决定" : "更正" + kindName + "决定" + (d == null ? "" : " " + d.documentNo());
        TemplateInstance page = formPage.data("title", title).data("user", User.of(identity)).data("form", form)
                .data("fieldsets", fieldsets).data("error", error).data("unplaced", unplaced).data("legal", legal())
                .data("action", id == null ? "/decisions/new?kind=" + form.kind().path() : "/decisions/" + id + "/correction")
                .data("back", id == null ? "/decisions" : "/decisions/" + id);
        return Response.status(status).entity(page).build();
    }

    private static Map<String, List<String>> fields(MultipartFormDataInput posted) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        posted.getValues().forEach((name, values) -> {
            List<String> texts = new ArrayList<>();
            for (FormValue v : values) {
                if (!v.isFileItem()) {
                    texts.add(v.getValue());
                }
            }
            out.put(name, texts);
        });
        return out;
    }
}
