package cn.gov.huiji.fourlists.portal.rest;

import cn.gov.huiji.fourlists.kernel.time.BureauClock;

import cn.gov.huiji.fourlists.portal.client.ComplaintsApi;
import cn.gov.huiji.fourlists.portal.client.ListsApi;
import cn.gov.huiji.fourlists.portal.client.LogApi;
import cn.gov.huiji.fourlists.portal.view.Discretion;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The portal's pages (Art. 3, 9, 11, 28): rendered on the server, working without JavaScript. When a service does not
 * answer, the page says so plainly and shows what it can.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class Pages {

    private static final Logger LOG = Logger.getLogger(Pages.class);
    static final String UNAVAILABLE = "清单服务暂时无法访问，请稍后再试。如需办事，请拨打监督电话或前往政务服务大厅。";
    static final String COMPLAINTS_UNAVAILABLE = "投诉举报服务暂时无法访问，请稍后再试，或通过电话、传真、信函反映。";
    static final String FEEDBACK_RECEIVED = "评价已提交，感谢您的反馈。";
    static final String FEEDBACK_INCOMPLETE = "请选择“满意”或“不满意”，并输入查询码后再提交评价。";

    /** What each list calls its category column, as its published layout does (审批类别 for 行政审批事项清单, …). */
    static final Map<String, String> CATEGORY_LABELS = Map.of("power", "权力类型", "approval", "审批类别", "fee", "收费类别",
            "fund", "基金类别");

    static final Map<String, String> CHANNEL_NAMES = Map.of("PHONE", "投诉举报电话", "FAX", "传真", "POSTAL_ADDRESS", "通信地址",
            "EMAIL", "电子信箱", "ONLINE_FORM", "网上投诉");

    private final ListsApi lists;
    @Inject
    @RestClient
    LogApi log;
    private final ComplaintsApi complaints;
    private final ObjectMapper json;
    private final Template index;
    private final Template list;
    private final Template item;
    private final Template complaint;
    private final Template receipt;
    private final Template track;

    public Pages(@RestClient ListsApi lists, @RestClient ComplaintsApi complaints, ObjectMapper json,
                 @Location("index.html") Template index, @Location("list.html") Template list, @Location("item.html") Template item,
                 @Location("complaint.html") Template complaint, @Location("receipt.html") Template receipt,
                 @Location("track.html") Template track) {
        this.lists = lists;
        this.complaints = complaints;
        this.json = json;
        this.index = index;
        this.list = list;
        this.item = item;
        this.complaint = complaint;
        this.receipt = receipt;
        this.track = track;
    }

    @GET
    public TemplateInstance home() {
        List<Object> four = new ArrayList<>();
        boolean listsDown = false;
        try {
            for (JsonNode l : lists.lists()) {
                Map<String, Object> m = map(l);
                m.put("count", lists.items(l.get("path").asText(), null, null, null, 0, 1).path("total").asLong());
                four.add(m);
            }
        } catch (RuntimeException e) {
            LOG.warnf("list-service unavailable: %s", e.getMessage());
            listsDown = true;
        }
        Object channels = safe(complaints::channels);
        if (channels instanceof List<?> all) {
            for (Object o : all) {
                @SuppressWarnings("unchecked")
                Map<String, Object> c = (Map<String, Object>) o;
                c.put("label", CHANNEL_NAMES.getOrDefault(String.valueOf(c.get("kind")), String.valueOf(c.get("kind"))));
            }
        }
        Object changes = listsDown ? null : safe(() -> lists.changes(8));
        if (changes instanceof List<?> all) {
            all.forEach(c -> dayOf(c, "validFrom"));
        }
        return index.data("changes", changes).data("lists", four).data("listsDown", listsDown).data("channels", channels)
                .data("channelsDown", channels == null).data("title", "首页");
    }

    @GET
    @Path("lists/{list}")
    public TemplateInstance list(@PathParam("list") String kind, @QueryParam("q") String q, @QueryParam("category") String category,
                                 @QueryParam("section") String section, @QueryParam("page") @DefaultValue("0") int page) {
        Object result = safe(() -> lists.items(kind, blankToNull(q), blankToNull(category), blankToNull(section), Math.max(0, page), 20));
        Object sections = safe(lists::sections);
        Object names = safe(lists::lists);
        String listName = "清单";
        if (names instanceof List<?> all) {
            for (Object o : all) {
                if (o instanceof Map<?, ?> m && kind.equals(m.get("path"))) {
                    listName = String.valueOf(m.get("name"));
                }
            }
        }
        long total = result instanceof Map<?, ?> m && m.get("total") instanceof Number n ? n.longValue() : 0;
        int pages = (int) Math.max(1, (total + 19) / 20);
        return list.data("kind", kind).data("listName", listName).data("result", result).data("down", result == null)
                .data("sections", sections).data("q", q == null ? "" : q).data("category", category == null ? "" : category)
                .data("categoryLabel", CATEGORY_LABELS.getOrDefault(kind, "权力类型"))
                .data("section", section == null ? "" : section).data("page", page).data("pages", pages).data("shownPage", page + 1)
                .data("prev", page > 0 ? page - 1 : -1).data("next", page + 1 < pages ? page + 1 : -1).data("total", total)
                .data("categories", List.of("行政许可", "行政处罚", "行政强制", "行政征收", "行政给付", "行政检查", "行政确认", "行政奖励",
                        "行政裁决", "其他行政权力", "行政事业性收费", "政府性基金"))
                .data("title", listName);
    }

    @GET
    @Path("items/{code}")
    public TemplateInstance item(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
        Object detail = safe(() -> lists.item(code, blankToNull(asOf)));
        Object versions = safe(() -> lists.versions(code));
        dayOf(detail, "validFrom");
        if (versions instanceof List<?> all) {
            all.forEach(v -> {
                if (v instanceof Map<?, ?> entry) {
                    dayOf(entry.get("item"), "validFrom");
                    dayOf(entry.get("item"), "validTo");
                }
            });
        }
        String name = detail instanceof Map<?, ?> m ? String.valueOf(m.get("name")) : "事项";
        String listPath = detail instanceof Map<?, ?> m ? String.valueOf(m.get("list")).toLowerCase(java.util.Locale.ROOT) : "power";
        // R-LIST-7: the discretion standards of the version shown (so asOf shows those in force that day)
        List<Discretion.Violation> discretion = detail instanceof Map<?, ?> m && m.get("content") instanceof Map<?, ?> content
                ? Discretion.of(json.<JsonNode>valueToTree(content).path("discretion")) : List.of();
        boolean penalty = detail instanceof Map<?, ?> m && "行政处罚".equals(m.get("category"));
        return item.data("code", code).data("listPath", listPath).data("detail", detail).data("down", detail == null).data("versions", versions)
                .data("discretion", discretion).data("penalty", penalty).data("noDiscretion", Discretion.NONE_YET)
                .data("asOf", asOf == null ? "" : asOf).data("title", name);
    }

    @GET
    @Path("items/{code}/flowchart.svg")
    @Produces("image/svg+xml")
    public Response flowchart(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
        return relay(() -> lists.flowchart(code, blankToNull(asOf)));
    }

    /** The proof bundle of one version, from the public log, as a file the citizen keeps and checks offline (可验证). */
    @GET
    @Path("items/{code}/versions/{version}/proof")
    @Produces(MediaType.APPLICATION_JSON)
    public Response proof(@PathParam("code") String code, @PathParam("version") int version) {
        Response r = relay(() -> log.proof(code, version));
        return r.getStatus() != 200 ? r : Response.fromResponse(r)
                .header("Content-Disposition", "attachment; filename=\"proof-" + code.replaceAll("[^A-Za-z0-9-]", "") + "-v" + version + ".json\"")
                .build();
    }

    @GET
    @Path("lists/{list}/export")
    @Produces(MediaType.WILDCARD)
    public Response export(@PathParam("list") String kind, @QueryParam("format") @DefaultValue("xlsx") String format) {
        return relay(() -> lists.export(kind, format));
    }

    @GET
    @Path("complaints/new")
    public TemplateInstance complaintForm() {
        return complaint.data("errors", List.of()).data("form", Map.of()).data("title", "我要投诉举报");
    }

    @POST
    @Path("complaints")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submit(@Context HttpServerRequest http, @RestForm String kind, @RestForm String subjectKind,
                           @RestForm String subjectRef, @RestForm String content, @RestForm String anonymous,
                           @RestForm String name, @RestForm String phone, @RestForm String idNumber, @RestForm String address,
                           @RestForm String email, @RestForm("attachment") FileUpload attachment) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("kind", kind);
        form.put("subjectKind", subjectKind);
        form.put("subjectRef", subjectRef);
        form.put("content", content);
        form.put("anonymous", anonymous);
        form.put("name", name);
        form.put("phone", phone);
        form.put("address", address);
        form.put("email", email);
        ObjectNode body = json.createObjectNode();
        body.put("kind", kind);
        body.put("subjectKind", subjectKind);
        if (!blank(subjectRef)) {
            body.put("subjectRef", subjectRef.trim());
        }
        body.put("content", content);
        boolean anon = !"false".equals(anonymous);
        body.put("anonymous", anon);
        if (!anon) {
            ObjectNode id = body.putObject("identity");
            id.put("name", name);
            putIf(id, "phone", phone);
            putIf(id, "idNumber", idNumber);
            putIf(id, "address", address);
            putIf(id, "email", email);
        }
        try {
            if (attachment != null && attachment.size() > 0) {
                body.putArray("attachments").addObject().put("fileName", attachment.fileName())
                        .put("contentBase64", Base64.getEncoder().encodeToString(Files.readAllBytes(attachment.uploadedFile())));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        Response r;
        try {
            r = complaints.submit(client(http), body);
        } catch (jakarta.ws.rs.WebApplicationException e) {
            r = e.getResponse();
        } catch (RuntimeException e) {
            LOG.warnf("complaint-service unavailable: %s", e.getMessage());
            return page(503, complaint.data("errors", List.of(Map.of("field", "", "messageZh", COMPLAINTS_UNAVAILABLE)))
                    .data("form", form).data("title", "我要投诉举报"));
        }
        JsonNode answer = entity(r);
        if (r.getStatus() == 201) {
            return noStore(page(201, receipt.data("receipt", map(answer)).data("title", "提交成功"))); // shows the query code
        }
        List<Object> errors = new ArrayList<>();
        if (answer != null && answer.path("errors").size() > 0) {
            answer.path("errors").forEach(e -> errors.add(map(e)));
        } else {
            errors.add(Map.of("field", "", "messageZh", answer == null ? "提交失败，请稍后再试。" : answer.path("detailZh").asText("提交失败")));
        }
        return page(r.getStatus() >= 500 ? 503 : 400, complaint.data("errors", errors).data("form", form).data("title", "我要投诉举报"));
    }

    /** The tracking form; a case number may be filled in. A query code is never taken from a URL (logs, history, Referer). */
    @GET
    @Path("complaints/track")
    public Response trackForm(@QueryParam("caseNo") String caseNo) {
        return page(200, track.data("result", null).data("message", null).data("caseNo", caseNo == null ? "" : caseNo)
                .data("title", "案件查询"));
    }

    /** R-CMP-5: the code is posted, and the answer is never stored by the browser or a proxy. */
    @POST
    @Path("complaints/track")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response track(@Context HttpServerRequest http, @FormParam("caseNo") String caseNo, @FormParam("code") String code) {
        return noStore(lookUp(http, caseNo, code));
    }

    private Response lookUp(HttpServerRequest http, String caseNo, String code) {
        if (blank(caseNo) || blank(code)) {
            return trackForm(caseNo);
        }
        try {
            Response r;
            try {
                r = complaints.track(client(http), caseNo.trim(), code.trim());
            } catch (jakarta.ws.rs.WebApplicationException e) {
                r = e.getResponse();
            }
            JsonNode answer = entity(r);
            if (r.getStatus() == 200) {
                Map<String, Object> result = map(answer);
                dayOf(result, "receivedAt");
                return page(200, track.data("result", result).data("message", null).data("caseNo", caseNo).data("title", "案件查询"));
            }
            String message = answer == null ? "查询失败，请稍后再试。" : answer.path("detailZh").asText("查询失败");
            return page(r.getStatus() == 429 ? 429 : 404, track.data("result", null).data("message", message).data("caseNo", caseNo)
                    .data("title", "案件查询"));
        } catch (RuntimeException e) {
            return page(503, track.data("result", null).data("message", COMPLAINTS_UNAVAILABLE).data("caseNo", caseNo).data("title", "案件查询"));
        }
    }

    /**
     * The submitter's feedback on the answer (R-CMP-4: satisfied or not, with a comment, once). The query code is typed
     * again and posted, as when tracking: the page never carries it, and it never goes into a URL.
     */
    @POST
    @Path("complaints/feedback")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response feedback(@Context HttpServerRequest http, @FormParam("caseNo") String caseNo, @FormParam("code") String code,
                             @FormParam("satisfied") String satisfied, @FormParam("text") String text) {
        return noStore(giveFeedback(http, caseNo, code, satisfied, text));
    }

    private Response giveFeedback(HttpServerRequest http, String caseNo, String code, String satisfied, String text) {
        if (blank(caseNo)) {
            return trackForm(null);
        }
        if (blank(code) || !("true".equals(satisfied) || "false".equals(satisfied))) {
            return page(400, track.data("result", null).data("message", FEEDBACK_INCOMPLETE).data("caseNo", caseNo).data("title", "案件查询"));
        }
        ObjectNode body = json.createObjectNode();
        body.put("code", code.trim());
        body.put("satisfied", Boolean.parseBoolean(satisfied));
        putIf(body, "text", text);
        try {
            Response r;
            try {
                r = complaints.feedback(client(http), caseNo.trim(), body);
            } catch (jakarta.ws.rs.WebApplicationException e) {
                r = e.getResponse();
            }
            JsonNode answer = entity(r);
            if (r.getStatus() == 200 && answer != null) {
                Map<String, Object> result = map(answer);
                dayOf(result, "receivedAt");
                return page(200, track.data("result", result).data("message", null).data("confirmation", FEEDBACK_RECEIVED)
                        .data("caseNo", caseNo).data("title", "案件查询"));
            }
            int status = r.getStatus() >= 400 && r.getStatus() < 500 ? r.getStatus() : 503;
            return page(status, track.data("result", null).data("message", problemZh(answer, "评价提交失败，请稍后再试。"))
                    .data("caseNo", caseNo).data("title", "案件查询"));
        } catch (RuntimeException e) {
            LOG.warnf("complaint-service unavailable: %s", e.getMessage());
            return page(503, track.data("result", null).data("message", COMPLAINTS_UNAVAILABLE).data("caseNo", caseNo).data("title", "案件查询"));
        }
    }

    /** What a service's problem says in Chinese: its field errors, else its detail. */
    static String problemZh(JsonNode problem, String otherwise) {
        if (problem == null) {
            return otherwise;
        }
        List<String> messages = new ArrayList<>();
        problem.path("errors").forEach(e -> {
            if (!blank(e.path("messageZh").asText(null))) {
                messages.add(e.path("messageZh").asText());
            }
        });
        return messages.isEmpty() ? problem.path("detailZh").asText(otherwise) : String.join("；", messages);
    }

    private Response relay(Supplier<Response> call) {
        try {
            Response r = call.get();
            byte[] bytes = r.readEntity(byte[].class);
            Response.ResponseBuilder b = Response.status(r.getStatus()).entity(bytes).type(r.getMediaType());
            String disposition = r.getHeaderString("Content-Disposition");
            if (disposition != null) {
                b.header("Content-Disposition", disposition);
            }
            return b.build();
        } catch (jakarta.ws.rs.WebApplicationException e) {
            return Response.status(e.getResponse().getStatus()).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity("未找到 / Not found").build();
        } catch (RuntimeException e) {
            return Response.status(503).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(UNAVAILABLE).build();
        }
    }

    /** Adds {field}Day: the date of an ISO timestamp, as people read it (Beijing time). */
    @SuppressWarnings("unchecked")
    static void dayOf(Object map, String field) {
        if (map instanceof Map<?, ?> m && m.get(field) instanceof String s) {
            try {
                ((Map<String, Object>) m).put(field + "Day",
                        BureauClock.dayOf(java.time.OffsetDateTime.parse(s).toInstant()).toString());
            } catch (java.time.format.DateTimeParseException e) {
                ((Map<String, Object>) m).put(field + "Day", s);
            }
        }
    }

    private static JsonNode entity(Response r) {
        try {
            return r.readEntity(JsonNode.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Response noStore(Response r) {
        return Response.fromResponse(r).header("Cache-Control", "no-store").build();
    }

    static Response page(int status, TemplateInstance t) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(t.render()).build();
    }

    private Object safe(Supplier<JsonNode> call) {
        try {
            JsonNode node = call.get();
            return node == null ? null : json.convertValue(node, Object.class);
        } catch (RuntimeException e) {
            LOG.debugf("service call failed: %s", e.getMessage());
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(JsonNode node) {
        return json.convertValue(node, LinkedHashMap.class);
    }

    static String client(HttpServerRequest http) {
        return http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
    }

    private static void putIf(ObjectNode node, String field, String value) {
        if (!blank(value)) {
            node.put(field, value.trim());
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String blankToNull(String s) {
        return blank(s) ? null : s.trim();
    }
}
