package cn.gov.huiji.fourlists.workbench.rest;

import cn.gov.huiji.fourlists.workbench.client.AdjustmentApi;
import cn.gov.huiji.fourlists.workbench.client.ListsApi;
import cn.gov.huiji.fourlists.workbench.service.ItemDiff;
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

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An adjustment request (动态调整申请) as the five stages see it (Art. 25, 26): its diff against the version in force,
 * its history, and the steps the workflow allows now as buttons. adjustment-service decides each step.
 */
@Path("/requests/{id}")
@Produces(MediaType.TEXT_HTML)
public class RequestDesk {

    static final Map<String, String> STATES = Map.of("DRAFT", "草稿", "SUBMITTED", "已提交，待审核", "RETURNED", "已退回",
            "STUDY", "法制科审查", "APPROVED", "已审批", "REPORTED", "已报区编办", "CONFIRMED", "区编办已确认", "PUBLISHED", "已发布",
            "SENT_BACK", "已退回补正");
    static final Map<String, String> CHANGES = Map.of("ADD", "新增事项", "MODIFY", "调整事项", "REPEAL", "取消事项");
    /** Steps that must say why (退回要写明理由). */
    static final List<String> NEED_COMMENT = List.of("RETURN", "SEND_BACK");

    private final SecurityIdentity identity;
    private final AccessTokenCredential accessToken;
    private final AdjustmentApi adjustment;
    private final ListsApi lists;
    private final ObjectMapper json;
    private final Template page;

    public RequestDesk(SecurityIdentity identity, AccessTokenCredential accessToken, @RestClient AdjustmentApi adjustment,
                       @RestClient ListsApi lists, ObjectMapper json, @Location("request.html") Template page) {
        this.identity = identity;
        this.accessToken = accessToken;
        this.adjustment = adjustment;
        this.lists = lists;
        this.json = json;
        this.page = page;
    }

    private String bearer() {
        return "Bearer " + accessToken.getToken();
    }

    /** One button of the page: the action's path, its name in Chinese, whether it needs a comment or a meeting. */
    public record Step(String path, String label, boolean needsComment, boolean needsMeeting) {
    }

    @GET
    public Response show(@PathParam("id") String id, @QueryParam("done") String done) {
        return render(id, done == null ? null : "已" + label(done), null, 200);
    }

    @POST
    @Path("/actions/{action}")
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
        JsonNode inForce = null;
        String code = request.path("targetItemCode").asText(null);
        if (code != null) {
            try {
                inForce = lists.item(code);
            } catch (RuntimeException e) {
                // a MODIFY of an item list-service no longer has: the diff shows every field as new
            }
        }
        List<Step> steps = new ArrayList<>();
        request.path("allowedActions").forEach(a -> {
            String key = a.asText().toUpperCase(Locale.ROOT).replace('-', '_');
            steps.add(new Step(key.toLowerCase(Locale.ROOT).replace('_', '-'), label(key), NEED_COMMENT.contains(key), key.equals("APPROVE")));
        });
        String state = request.path("state").asText();
        return Response.status(status).entity(page.data("title", "调整申请").data("request", json.convertValue(request, Map.class))
                .data("id", id).data("stateName", STATES.getOrDefault(state, state))
                .data("changeName", CHANGES.getOrDefault(request.path("changeKind").asText(), request.path("changeKind").asText()))
                .data("diff", ItemDiff.of(request.get("proposedItem"), inForce)).data("steps", steps)
                .data("history", steps(history))
                .data("done", done).data("error", error).data("user", User.of(identity))).build();
    }
}
