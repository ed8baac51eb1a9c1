package cn.gov.huiji.fourlists.workbench.rest;

import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.workbench.client.ComplaintApi;
import cn.gov.huiji.fourlists.workbench.client.ListsApi;
import cn.gov.huiji.fourlists.workbench.service.CaseQueue;
import cn.gov.huiji.fourlists.workbench.service.Disclosure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
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
import org.jboss.resteasy.reactive.RestForm;

import java.io.InputStream;
import java.net.URI;
import java.time.ZonedDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The case desk (办理投诉举报): the queue, a case as staff see it and the steps of the procedure as forms, and — for
 * complaint handlers only — the sealed parts shown behind a reason (Art. 30). The workbench decides nothing: each
 * step goes to complaint-service with the user's token, and its answer (done, 403, 409, field errors) is shown in
 * Chinese. The offline intake form is {@link CaseIntakeDesk} (/cases/new).
 */
@Path("/cases")
@Produces(MediaType.TEXT_HTML)
public class CaseDesk {

    static final Set<String> ACTIONS = Set.of("accept", "not-accept", "assign", "extend", "answer", "close", "reopen");
    static final Map<String, String> DONE = Map.of("accept", "已受理", "not-accept", "已决定不予受理", "assign", "已交办",
            "extend", "已延期", "answer", "已答复", "close", "已办结", "reopen", "已重新办理");
    private final io.quarkus.security.identity.SecurityIdentity identity;
    private final AccessTokenCredential accessToken;
    private final ComplaintApi complaint;
    private final ListsApi lists;
    private final ObjectMapper json;
    private final Template page;
    private final Template queuePage;
    private final Template identityPage;
    private volatile JsonNode choices;

    public CaseDesk(io.quarkus.security.identity.SecurityIdentity identity, AccessTokenCredential accessToken, @RestClient ComplaintApi complaint, @RestClient ListsApi lists,
                    ObjectMapper json, @Location("case.html") Template page, @Location("cases.html") Template queuePage,
                    @Location("identity.html") Template identityPage) {
        this.identity = identity;
        this.accessToken = accessToken;
        this.complaint = complaint;
        this.lists = lists;
        this.json = json;
        this.page = page;
        this.queuePage = queuePage;
        this.identityPage = identityPage;
    }

    private String bearer() {
        return "Bearer " + accessToken.getToken();
    }

    /** 投诉举报: the cases the user may see, filtered by state, kind, section (handlers, discipline, leader) and due date. */
    @GET
    public Response queue(@QueryParam("state") String state, @QueryParam("kind") String kind, @QueryParam("section") String section,
                          @QueryParam("due") String due, @QueryParam("page") String pageNo) {
        boolean all = CaseQueue.seesAllCases(identity.getRoles());
        // a section's staff see only their own section's cases whatever they ask (complaint-service decides so)
        CaseQueue.Filter filter = CaseQueue.Filter.of(state, kind, all ? section : null, due, pageNo);
        JsonNode kinds = caseKinds();
        List<Map<String, String>> sections = all ? sections() : List.of();
        Map<String, String> sectionNames = new java.util.HashMap<>();
        sections.forEach(s -> sectionNames.put(s.get("code"), s.get("name")));
        TemplateInstance view = queuePage.data("title", "投诉举报").data("user", User.of(identity)).data("filter", filter)
                .data("states", CaseQueue.choices(kinds.path("states")).entrySet()).data("kinds", CaseQueue.choices(kinds.path("kinds")).entrySet())
                .data("dues", CaseQueue.Due.values()).data("sections", sections).data("allCases", all)
                .data("handler", identity.hasRole("complaint-handler"));
        LocalDate today = ZonedDateTime.now(BureauClock.ZONE).toLocalDate();
        try {
            CaseQueue.View cases = CaseQueue.load(filter, (st, p, size) -> complaint.caseList(bearer(), st, filter.kind(), filter.section(), p, size),
                    CaseQueue.choices(kinds.path("kinds")), CaseQueue.choices(kinds.path("subjects")), CaseQueue.choices(kinds.path("states")),
                    sectionNames, today);
            return Response.ok(view.data("cases", cases).data("today", today)
                    .data("previous", filter.query(cases.page() - 1)).data("next", filter.query(cases.page() + 1))).build();
        } catch (WebApplicationException e) {
            int s = e.getResponse().getStatus();
            return Response.status(s == 403 ? 403 : 503).entity(view.data("cases", null).data("today", today)
                    .data("error", Problems.explain(e.getResponse()))).build();
        } catch (RuntimeException e) {
            return Response.status(503).entity(view.data("cases", null).data("today", today)
                    .data("error", "投诉举报服务暂时无法访问，请稍后再试。")).build();
        }
    }

    @GET
    @Path("/{caseNo}")
    public Response show(@PathParam("caseNo") String caseNo, @QueryParam("done") String done) {
        return render(caseNo, done == null ? null : DONE.get(done), null, 200);
    }

    @POST
    @Path("/{caseNo}/actions/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("caseNo") String caseNo, @PathParam("action") String action, @RestForm String reason,
                        @RestForm String text, @RestForm String section, @RestForm String publicAnswer,
                        @RestForm String extensionDays) {
        if (!ACTIONS.contains(action)) {
            return render(caseNo, null, "没有这一办理步骤。", 404);
        }
        ObjectNode body = json.createObjectNode();
        putIf(body, "reason", reason);
        putIf(body, "text", text);
        putIf(body, "section", section);
        putIf(body, "publicAnswer", publicAnswer);
        if (extensionDays != null && extensionDays.matches("\\d{1,3}")) {
            body.put("extensionDays", Integer.parseInt(extensionDays));
        }
        try (Response r = complaint.act(bearer(), caseNo, action, body)) {
            // Post/Redirect/Get: a reload never repeats the step
            return Response.seeOther(URI.create("/cases/" + caseNo + "?done=" + action)).build();
        } catch (WebApplicationException e) {
            return render(caseNo, null, Problems.explain(e.getResponse()), e.getResponse().getStatus() == 403 ? 403 : 400);
        } catch (RuntimeException e) {
            return render(caseNo, null, "投诉举报服务暂时无法访问，请稍后再试。", 503);
        }
    }

    /**
     * 查看举报人身份: complaint-service shows the identity to a complaint handler who gives a reason and records who,
     * when and why (Art. 30). Shown on this answer only — no redirect, nothing kept, the page never cached.
     */
    @POST
    @Path("/{caseNo}/identity-reveal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revealIdentity(@PathParam("caseNo") String caseNo, @RestForm String reasonCode, @RestForm String reason) {
        if (!identity.hasRole("complaint-handler")) {
            return render(caseNo, null, "只有投诉举报受理人可以查看举报人身份。", 403);
        }
        Disclosure.Reason why = Disclosure.reason(reasonCode, reason);
        ObjectNode body = json.createObjectNode().put("reasonCode", why.code()).put("reason", why.text());
        JsonNode submitter;
        try {
            submitter = complaint.revealIdentity(bearer(), caseNo, body);
        } catch (WebApplicationException e) {
            int s = e.getResponse().getStatus();
            return render(caseNo, null, Problems.explain(e.getResponse()), s == 403 || s == 404 ? s : 400);
        } catch (RuntimeException e) {
            return render(caseNo, null, "投诉举报服务暂时无法访问，请稍后再试。", 503);
        }
        return Response.ok(identityPage.data("title", "举报人身份 " + caseNo).data("user", User.of(identity)).data("caseNo", caseNo)
                        .data("submitter", json.convertValue(submitter, Map.class)).data("reasonName", CaseQueue.choices(caseKinds().path("disclosureReasons")).getOrDefault(why.code(), why.code()))
                        .data("warning", Disclosure.WARNING))
                .header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }

    /**
     * 下载附件: complaint-service opens an attachment (it may show the submitter) for a complaint handler who gives a
     * reason, and records who, when and why (Art. 30). Passed on as a download named by the case, never by the
     * submitter's file name.
     */
    @POST
    @Path("/{caseNo}/attachments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_OCTET_STREAM, "application/pdf", "image/jpeg", "image/png"})
    public Response attachment(@PathParam("caseNo") String caseNo, @RestForm String attachment, @RestForm String reasonCode,
                               @RestForm String reason) {
        if (!identity.hasRole("complaint-handler")) {
            return render(caseNo, null, "只有投诉举报受理人可以查看附件。", 403);
        }
        if (!Disclosure.isAttachmentId(attachment)) {
            return render(caseNo, null, "请选择要查看的附件。", 400);
        }
        Disclosure.Reason why = Disclosure.reason(reasonCode, reason);
        Response file;
        try {
            file = complaint.attachment(bearer(), caseNo, attachment, why.code(), why.text());
        } catch (WebApplicationException e) {
            int s = e.getResponse().getStatus();
            return render(caseNo, null, Problems.explain(e.getResponse()), s == 403 || s == 404 ? s : 400);
        } catch (RuntimeException e) {
            return render(caseNo, null, "投诉举报服务暂时无法访问，请稍后再试。", 503);
        }
        String type = Disclosure.mediaType(file.getHeaderString("Content-Type"));
        InputStream bytes = file.readEntity(InputStream.class);
        StreamingOutput out = sink -> {
            try (file; bytes) {
                bytes.transferTo(sink);
            }
        };
        return Response.ok(out, type).header("Content-Disposition", "attachment; filename=\""
                        + Disclosure.fileName(caseNo, attachment, type) + "\"")
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff").build();
    }

    private Response render(String caseNo, String done, String error, int status) {
        JsonNode c;
        try {
            c = complaint.record(bearer(), caseNo);
        } catch (WebApplicationException e) {
            int s = e.getResponse().getStatus();
            return Response.status(s == 403 || s == 404 ? s : 503).entity(page.data("title", "案件 " + caseNo).data("case", null)
                    .data("error", Problems.explain(e.getResponse())).data("caseNo", caseNo).data("user", User.of(identity))).build();
        } catch (RuntimeException e) {
            return Response.status(503).entity(page.data("title", "案件 " + caseNo).data("case", null)
                    .data("error", "投诉举报服务暂时无法访问，请稍后再试。").data("caseNo", caseNo).data("user", User.of(identity))).build();
        }
        String state = c.path("state").asText();
        List<Map<String, String>> sections = sections();
        Map<String, String> sectionNames = new java.util.HashMap<>();
        sections.forEach(s -> sectionNames.put(s.get("code"), s.get("name")));
        JsonNode choices = caseKinds();
        TemplateInstance view = page.data("title", "案件 " + caseNo)
                .data("kindName", name(choices.path("kinds"), c.path("kind").asText()))
                .data("subjectName", name(choices.path("subjects"), c.path("subjectKind").asText()))
                .data("sectionName", c.hasNonNull("section") ? sectionNames.getOrDefault(c.path("section").asText(), c.path("section").asText()) : null)
                .data("proposedSectionName", c.hasNonNull("proposedSection")
                        ? sectionNames.getOrDefault(c.path("proposedSection").asText(), c.path("proposedSection").asText()) : null).data("caseNo", caseNo).data("case", json.convertValue(c, Map.class))
                .data("stateName", c.path("stateName").asText(state)).data("state", state).data("done", done).data("error", error)
                .data("reasons", json.convertValue(choices.path("notAcceptedReasons"), List.class))
                .data("sections", sections).data("user", User.of(identity))
                // the sealed parts are a complaint handler's only (Art. 30): a section sees neither forms nor identity
                .data("handler", identity.hasRole("complaint-handler"))
                .data("attachments", Disclosure.attachments(c.path("attachments")))
                .data("disclosureReasons", Disclosure.reasonChoices(choices.path("disclosureReasons"))).data("warning", Disclosure.WARNING);
        return Response.status(status).entity(view).build();
    }

    /** complaint-service's own names of kinds, subjects and reasons (fixed by its code: asked once). */
    private JsonNode caseKinds() {
        JsonNode known = choices;
        if (known == null) {
            try {
                known = complaint.caseKinds();
                choices = known;
            } catch (RuntimeException e) {
                return json.createObjectNode(); // the codes are shown as they are
            }
        }
        return known;
    }

    private static String name(JsonNode choices, String code) {
        for (JsonNode c : choices) {
            if (code.equals(c.path("code").asText())) {
                return c.path("name").asText(code);
            }
        }
        return code;
    }

    private List<Map<String, String>> sections() {
        try {
            List<Map<String, String>> out = new java.util.ArrayList<>();
            lists.sections().forEach(s -> out.add(Map.of("code", s.path("code").asText(), "name", s.path("name").asText())));
            return out;
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static void putIf(ObjectNode body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value.trim());
        }
    }
}
