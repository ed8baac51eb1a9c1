package cn.gov.huiji.fourlists.workbench.rest;

import cn.gov.huiji.fourlists.workbench.client.AdjustmentApi;
import cn.gov.huiji.fourlists.workbench.client.ListsApi;
import cn.gov.huiji.fourlists.workbench.service.DiscretionForm;
import cn.gov.huiji.fourlists.workbench.service.ItemDiff;
import cn.gov.huiji.fourlists.workbench.service.RequestForm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
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
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Adjustment requests (动态调整申请) in the five stages of Art. 25, 26: the section drafts and revises them in a form
 * that covers the whole item, sees the diff against the version in force before saving, attaches the documents'
 * files and submits; every other stage acts on the request page. adjustment-service decides each step.
 */
@Path("/requests")
@Produces(MediaType.TEXT_HTML)
public class RequestDesk {

    static final Map<String, String> STATES = Map.of("DRAFT", "草稿", "SUBMITTED", "已提交，待审核", "RETURNED", "已退回",
            "STUDY", "局领导研究", "APPROVED", "已研究通过", "REPORTED", "已报区编办", "CONFIRMED", "区编办已确认", "PUBLISHED", "已公布",
            "SENT_BACK", "已退回补正");
    static final Map<String, String> CHANGES = Map.of("ADD", "新增事项", "MODIFY", "调整事项", "REPEAL", "取消事项");
    /** Steps that must say why (退回要写明理由). */
    static final List<String> NEED_COMMENT = List.of("RETURN", "SEND_BACK");
    /** The applying section drafts and revises (Art. 26(1)). */
    static final Set<String> DRAFTERS = Set.of("clerk", "section-head");

    private final SecurityIdentity identity;
    private final AccessTokenCredential accessToken;
    private final AdjustmentApi adjustment;
    private final ListsApi lists;
    private final ObjectMapper json;
    private final Template page;
    private final Template listPage;
    private final Template formPage;

    public RequestDesk(SecurityIdentity identity, AccessTokenCredential accessToken, @RestClient AdjustmentApi adjustment,
                       @RestClient ListsApi lists, ObjectMapper json, @Location("request.html") Template page,
                       @Location("requests.html") Template listPage, @Location("draft.html") Template formPage) {
        this.identity = identity;
        this.accessToken = accessToken;
        this.adjustment = adjustment;
        this.lists = lists;
        this.json = json;
        this.page = page;
        this.listPage = listPage;
        this.formPage = formPage;
    }

    private String bearer() {
        return "Bearer " + accessToken.getToken();
    }

    private boolean drafter() {
        return identity.getRoles().stream().anyMatch(DRAFTERS::contains);
    }

    /** One button of the page: the action's path, its name in Chinese, whether it needs a comment or a meeting. */
    public record Step(String path, String label, boolean needsComment, boolean needsMeeting) {
    }

    /** One line of the list: the request, where it stands and by when. */
    public record Line(String id, String summary, String change, String item, String section, String state, String due,
                       boolean returned) {
    }

    // --- the list -------------------------------------------------------------------------------------------------

    @GET
    public Response list() {
        List<Line> lines = new ArrayList<>();
        String error = null;
        int status = 200;
        try {
            adjustment.requests(bearer()).forEach(r -> lines.add(new Line(r.path("id").asText(), r.path("summary").asText(),
                    CHANGES.getOrDefault(r.path("changeKind").asText(), r.path("changeKind").asText()), r.path("targetItemCode").asText(""),
                    r.path("section").asText(), STATES.getOrDefault(r.path("state").asText(), r.path("state").asText()),
                    r.path("dueDate").asText(""), "RETURNED".equals(r.path("state").asText()))));
        } catch (RuntimeException e) {
            error = ServiceAnswers.explain(e, "动态调整服务", Map.of());
            status = ServiceAnswers.status(e);
        }
        return Response.status(status).entity(listPage.data("title", "调整申请").data("user", User.of(identity)).data("lines", lines)
                .data("error", error).data("drafter", drafter())).build();
    }

    // --- drafting and revising -------------------------------------------------------------------------------------

    /** A new request; for a MODIFY or REPEAL the form starts from the item in force, for an obligation it names it. */
    @GET
    @Path("/new")
    public Response newForm(@QueryParam("item") String item, @QueryParam("change") String change,
                            @QueryParam("obligation") String obligation) {
        ObjectNode start = json.createObjectNode();
        start.put("changeKind", change == null ? (item == null ? "ADD" : "MODIFY") : change.toUpperCase(Locale.ROOT));
        JsonNode inForce = null;
        if (item != null && !item.isBlank()) {
            start.put("targetItemCode", item);
            inForce = inForce(item);
            if (inForce != null) {
                start.set("proposedItem", inForce.path("content"));
            }
        }
        if (obligation != null && !obligation.isBlank()) {
            start.put("obligationId", obligation);
            start.put("triggerKind", "LAW_AMENDED_OR_REPEALED");
        }
        return form(null, RequestForm.fromJson(start), null, Map.of(), null, 200, false);
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response draft(MultipartFormDataInput posted) {
        RequestForm.Values values = RequestForm.read(fields(posted));
        if (!"save".equals(intent(posted)) || !RequestForm.problems(values).isEmpty()) {
            return notSaved(null, values, intent(posted));
        }
        try {
            JsonNode saved = adjustment.draft(bearer(), RequestForm.toJson(values));
            return Response.seeOther(URI.create("/requests/" + saved.path("id").asText() + "?done=SAVE")).build();
        } catch (RuntimeException e) {
            return refused(null, values, e);
        }
    }

    @GET
    @Path("/{id}/edit")
    public Response editForm(@PathParam("id") String id) {
        try {
            return form(id, RequestForm.fromJson(adjustment.request(bearer(), id)), null, Map.of(), null, 200, false);
        } catch (RuntimeException e) {
            return form(id, RequestForm.fromJson(json.createObjectNode()), null, Map.of(),
                    ServiceAnswers.explain(e, "动态调整服务", Map.of()), ServiceAnswers.status(e), false);
        }
    }

    @POST
    @Path("/{id}/edit")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response revise(@PathParam("id") String id, MultipartFormDataInput posted) {
        RequestForm.Values values = RequestForm.read(fields(posted));
        if (!"save".equals(intent(posted)) || !RequestForm.problems(values).isEmpty()) {
            return notSaved(id, values, intent(posted));
        }
        try {
            adjustment.revise(bearer(), id, RequestForm.toJson(values));
            return Response.seeOther(URI.create("/requests/" + id + "?done=REVISE")).build();
        } catch (RuntimeException e) {
            return refused(id, values, e);
        }
    }

    /**
     * The form again, nothing saved: with one more empty discretion standard (添加一条裁量基准), with the diff
     * (预览差异), or — an amount that is no number — with what to correct beside its input (400: nothing was sent).
     */
    private Response notSaved(String id, RequestForm.Values values, String intent) {
        Map<String, String> problems = RequestForm.problems(values);
        String summary = problems.isEmpty() ? null : "有 " + problems.size() + " 处需要修改，已在对应字段旁标出；您填写的内容都已保留。";
        if (DiscretionForm.ADD.equals(intent)) {
            return form(id, values, null, problems, summary, 200, true);
        }
        return form(id, values, diff(values), problems, summary, "save".equals(intent) ? 400 : 200, false);
    }

    /** The service's refusal: field errors beside their fields, the rest above the form; nothing is lost. */
    private Response refused(String id, RequestForm.Values values, RuntimeException e) {
        JsonNode problem = ServiceAnswers.problem(e);
        Map<String, String> errors = problem == null ? Map.of() : RequestForm.errorsOf(problem);
        String summary = errors.isEmpty() ? ServiceAnswers.explain(e, problem, "动态调整服务", Map.of())
                : "有 " + errors.size() + " 处需要修改，已在对应字段旁标出；您填写的内容都已保留。";
        return form(id, values, diff(values), errors, summary, ServiceAnswers.status(e), false);
    }

    private Response form(String id, RequestForm.Values values, List<ItemDiff.Change> diff, Map<String, String> errors,
                          String error, int status, boolean addStandard) {
        List<String> unplaced = new ArrayList<>();
        Map<String, String> left = new LinkedHashMap<>(errors);
        // the discretion standards take their errors first; the rest of the item's form places what is left
        var discretion = DiscretionForm.page(values.discretion(), values.penaltyItem(), addStandard, left);
        var fieldsets = RequestForm.page(values, left, unplaced);
        return Response.status(status).entity(formPage.data("title", id == null ? "起草调整申请" : "修改调整申请")
                .data("user", User.of(identity)).data("id", id).data("fieldsets", fieldsets).data("discretion", discretion)
                .data("addStandard", DiscretionForm.ADD).data("diff", diff)
                .data("previewed", diff != null).data("error", error).data("unplaced", unplaced)
                .data("obligationId", values.fields().getOrDefault("obligationId", ""))
                .data("action", id == null ? "/requests/new" : "/requests/" + id + "/edit")).build();
    }

    /** The field-by-field diff of the proposed item against the version in force (empty for a new item). */
    private List<ItemDiff.Change> diff(RequestForm.Values values) {
        JsonNode body = RequestForm.toJson(values);
        String code = body.path("targetItemCode").asText(body.path("proposedItem").path("code").asText(""));
        return ItemDiff.of(body.get("proposedItem"), code.isEmpty() ? null : inForce(code));
    }

    private JsonNode inForce(String code) {
        try {
            return lists.item(code);
        } catch (RuntimeException e) {
            return null; // a new item, or list-service does not answer: every field shows as new
        }
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

    private static String intent(MultipartFormDataInput posted) {
        var v = posted.getValues().get("intent");
        return v == null || v.isEmpty() ? "preview" : v.iterator().next().getValue();
    }

    // --- the request page ------------------------------------------------------------------------------------------

    @GET
    @Path("/{id}")
    public Response show(@PathParam("id") String id, @QueryParam("done") String done) {
        return render(id, done == null ? null : doneText(done), null, 200);
    }

    static String doneText(String done) {
        return switch (done) {
            case "SAVE" -> "草稿已保存。请上传依据文件原件，核对差异后提交";
            case "REVISE" -> "修改已保存";
            case "FILE" -> "文件已上传";
            default -> "已" + label(done);
        };
    }

    @POST
    @Path("/{id}/actions/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") String id, @PathParam("action") String action, @RestForm String comment,
                        @RestForm String meetingReference) {
        ObjectNode body = json.createObjectNode();
        if (comment != null && !comment.isBlank()) {
            body.put("comment", comment.trim());
        }
        if (meetingReference != null && !meetingReference.isBlank()) {
            body.put("meetingReference", meetingReference.trim());
        }
        try (Response r = adjustment.act(bearer(), id, action, body)) {
            return Response.seeOther(URI.create("/requests/" + id + "?done=" + action)).build();
        } catch (WebApplicationException e) {
            return render(id, null, Problems.explain(e.getResponse()), e.getResponse().getStatus() == 403 ? 403 : 400);
        }
    }

    /** Attaches the file of a document behind the trigger; adjustment-service checks its type and size. */
    @POST
    @Path("/{id}/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") String id, @RestForm("file") FileUpload file) {
        if (file == null || file.size() == 0) {
            return render(id, null, "请选择要上传的文件。", 400);
        }
        try {
            adjustment.attach(bearer(), id, ClientMultipartForm.create().binaryFileUpload("file", file.fileName(),
                    file.uploadedFile().toString(), MediaType.APPLICATION_OCTET_STREAM));
            return Response.seeOther(URI.create("/requests/" + id + "?done=FILE")).build();
        } catch (RuntimeException e) {
            return render(id, null, ServiceAnswers.explain(e, "动态调整服务", Map.of()), ServiceAnswers.status(e));
        }
    }

    /** A document file as attached, streamed from adjustment-service with its type and name. */
    @GET
    @Path("/{id}/files/{file}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") String id, @PathParam("file") String file) {
        try {
            Response r = adjustment.file(bearer(), id, file);
            return Response.ok(r.readEntity(byte[].class), r.getMediaType())
                    .header("Content-Disposition", r.getHeaderString("Content-Disposition"))
                    .header("X-Content-Type-Options", "nosniff").build();
        } catch (RuntimeException e) {
            return render(id, null, ServiceAnswers.explain(e, "动态调整服务", Map.of()), ServiceAnswers.status(e));
        }
    }

    static String label(String action) {
        String key = action.toUpperCase(Locale.ROOT).replace('-', '_');
        return cn.gov.huiji.fourlists.workbench.service.Inbox.actionName(key);
    }

    /** The history as people read it: when, who, which step into which state, why. */
    static List<Map<String, String>> steps(JsonNode history) {
        List<Map<String, String>> out = new ArrayList<>();
        if (history != null) {
            history.forEach(h -> out.add(Map.of("at", h.path("at").asText("").replace('T', ' ').replaceAll("\\.\\d+", ""),
                    "actor", h.path("actor").asText(""), "step", label(h.path("action").asText("")),
                    "to", STATES.getOrDefault(h.path("to").asText(), h.path("to").asText()), "comment",
                    h.path("comment").asText("") + (h.hasNonNull("meetingReference") ? "（" + h.path("meetingReference").asText() + "）" : ""))));
        }
        return out;
    }

    /** A document file as the page lists it. */
    public record FileLine(String id, String name, String type, String size, String sha256, String attached) {
    }

    private Response render(String id, String done, String error, int status) {
        JsonNode request;
        try {
            request = adjustment.request(bearer(), id);
        } catch (WebApplicationException e) {
            int s = e.getResponse().getStatus();
            return Response.status(s == 403 || s == 404 ? s : 503).entity(page.data("title", "调整申请").data("request", null)
                    .data("error", Problems.explain(e.getResponse())).data("user", User.of(identity))).build();
        }
        JsonNode history = null;
        try {
            history = adjustment.history(bearer(), id);
        } catch (RuntimeException e) {
            // the history is shown when the service gives it
        }
        List<FileLine> files = new ArrayList<>();
        try {
            adjustment.files(bearer(), id).forEach(f -> files.add(new FileLine(f.path("id").asText(), f.path("fileName").asText(),
                    f.path("mediaType").asText(), String.format(Locale.ROOT, "%.1f KB", f.path("size").asLong() / 1024.0),
                    f.path("sha256").asText().substring(0, 16) + "…", f.path("attachedAt").asText("").replace('T', ' ').replaceAll("\\..*", ""))));
        } catch (RuntimeException e) {
            // the files are listed when the service gives them
        }
        JsonNode inForce = null;
        String code = request.path("targetItemCode").asText(null);
        if (code != null) {
            inForce = inForce(code);
        }
        List<Step> steps = new ArrayList<>();
        request.path("allowedActions").forEach(a -> {
            String key = a.asText().toUpperCase(Locale.ROOT).replace('-', '_');
            steps.add(new Step(key.toLowerCase(Locale.ROOT).replace('_', '-'), label(key), NEED_COMMENT.contains(key), key.equals("APPROVE")));
        });
        String state = request.path("state").asText();
        boolean changeable = drafter() && (state.equals("DRAFT") || state.equals("RETURNED"));
        return Response.status(status).entity(page.data("title", "调整申请").data("request", json.convertValue(request, Map.class))
                .data("id", id).data("stateName", STATES.getOrDefault(state, state))
                .data("changeName", CHANGES.getOrDefault(request.path("changeKind").asText(), request.path("changeKind").asText()))
                .data("diff", ItemDiff.of(request.get("proposedItem"), inForce)).data("steps", steps)
                .data("history", steps(history)).data("files", files).data("changeable", changeable)
                .data("documents", json.convertValue(request.path("documents"), List.class))
                .data("done", done).data("error", error).data("user", User.of(identity))).build();
    }
}
