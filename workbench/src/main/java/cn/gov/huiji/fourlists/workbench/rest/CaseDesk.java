package cn.gov.huiji.fourlists.workbench.rest;

import cn.gov.huiji.fourlists.workbench.client.ComplaintApi;
import cn.gov.huiji.fourlists.workbench.client.ListsApi;
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
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The case desk (办理投诉举报): a case as staff see it and the steps of the procedure as forms. The workbench decides
 * nothing: each step goes to complaint-service with the user's token, and its answer (done, 403, 409, field errors)
 * is shown in Chinese.
 */
@Path("/cases/{caseNo}")
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
    private volatile JsonNode choices;

    public CaseDesk(io.quarkus.security.identity.SecurityIdentity identity, AccessTokenCredential accessToken, @RestClient ComplaintApi complaint, @RestClient ListsApi lists,
                    ObjectMapper json, @Location("case.html") Template page) {
        this.identity = identity;
        this.accessToken = accessToken;
        this.complaint = complaint;
        this.lists = lists;
        this.json = json;
        this.page = page;
    }

    private String bearer() {
        return "Bearer " + accessToken.getToken();
    }

    @GET
    public Response show(@PathParam("caseNo") String caseNo, @QueryParam("done") String done) {
        return render(caseNo, done == null ? null : DONE.get(done), null, 200);
    }

    @POST
    @Path("/actions/{action}")
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
        }
    }

    private Response render(String caseNo, String done, String error, int status) {
        JsonNode c;
        try {
            c = complaint.record(bearer(), caseNo);
        } catch (WebApplicationException e) {
            int s = e.getResponse().getStatus();
            return Response.status(s == 403 || s == 404 ? s : 503).entity(page.data("title", "案件 " + caseNo).data("case", null)
                    .data("error", Problems.explain(e.getResponse())).data("caseNo", caseNo).data("user", User.of(identity))).build();
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
                .data("sections", sections).data("user", User.of(identity));
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
