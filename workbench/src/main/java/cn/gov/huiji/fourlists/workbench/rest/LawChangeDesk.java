package cn.gov.huiji.fourlists.workbench.rest;

import cn.gov.huiji.fourlists.workbench.client.LawChangeApi;
import cn.gov.huiji.fourlists.workbench.client.ListsApi;
import cn.gov.huiji.fourlists.workbench.service.LawChangeForm;
import cn.gov.huiji.fourlists.workbench.service.Obligations;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The law-change register (法律法规变更登记, Art. 25(2), 29; R-LIST-10): the legal section registers a law amended or
 * repealed; adjustment-service finds every published item citing it and opens an obligation for its section, due
 * within 3 working days (Art. 26(1)). Everyone who works on adjustments reads the obligations here, each with a link
 * to draft the request that answers it.
 */
@Path("/law-changes")
@Produces(MediaType.TEXT_HTML)
public class LawChangeDesk {

    static final Map<String, String> LABELS = Map.of("lawTitle", "法律法规名称", "amendedVersion", "被修改的版本",
            "kind", "变更类型", "effective", "施行日期", "document", "公布文件");
    /** Item names are looked up one by one; a long list shows the codes beyond this many. */
    static final int NAMES_LOOKED_UP = 60;

    private final SecurityIdentity identity;
    private final AccessTokenCredential accessToken;
    private final LawChangeApi lawChanges;
    private final ListsApi lists;
    private final Template page;

    public LawChangeDesk(SecurityIdentity identity, AccessTokenCredential accessToken, @RestClient LawChangeApi lawChanges,
                         @RestClient ListsApi lists, @Location("law-changes.html") Template page) {
        this.identity = identity;
        this.accessToken = accessToken;
        this.lawChanges = lawChanges;
        this.lists = lists;
        this.page = page;
    }

    private String bearer() {
        return "Bearer " + accessToken.getToken();
    }

    /**
     * What was just registered, as the redirect after registering carries it.
     *
     * @param version the version amended or repealed; empty when none was named, and every version's citations are touched
     * @param dueFrom the day the obligations' 3 working days run from (起算日)
     */
    public record Registered(String id, String title, String kindName, int count, String version, String effective,
                             String dueFrom) {
    }

    @GET
    public Response show(@QueryParam("registered") String registered, @QueryParam("title") String title,
                         @QueryParam("kind") String kind, @QueryParam("items") Integer items,
                         @QueryParam("version") String version, @QueryParam("effective") String effective,
                         @QueryParam("dueFrom") String dueFrom) {
        Registered just = registered == null || registered.isBlank() ? null
                : new Registered(registered, title == null ? "" : title, LawChangeForm.KINDS.getOrDefault(kind, ""),
                items == null ? 0 : items, orEmpty(version), orEmpty(effective), orEmpty(dueFrom));
        return render(new LawChangeForm(null, null, "AMENDED", null, null), just, null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@RestForm String lawTitle, @RestForm String amendedVersion, @RestForm String kind,
                             @RestForm String effective, @RestForm String document) {
        LawChangeForm form = new LawChangeForm(lawTitle, amendedVersion, kind, effective, document);
        List<String> problems = form.problems();
        if (!problems.isEmpty()) {
            return render(form, null, String.join(" ", problems), 400);
        }
        JsonNode answer;
        try {
            answer = lawChanges.register(bearer(), form.toJson());
        } catch (RuntimeException e) {
            return render(form, null, ServiceAnswers.explain(e, "动态调整服务", LABELS), ServiceAnswers.status(e));
        }
        // Post/Redirect/Get: a reload must not register the change (and open its obligations) twice.
        UriBuilder confirmation = UriBuilder.fromPath("/law-changes")
                .queryParam("registered", answer.path("id").asText())
                .queryParam("title", answer.path("lawTitle").asText())
                .queryParam("kind", answer.path("kind").asText())
                .queryParam("items", answer.path("obligations").size());
        for (String field : List.of("amendedVersion", "effective", "dueFrom")) {
            if (answer.hasNonNull(field)) {
                confirmation.queryParam("amendedVersion".equals(field) ? "version" : field, answer.path(field).asText());
            }
        }
        return Response.seeOther(confirmation.build()).build();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private Response render(LawChangeForm form, Registered registered, String error, int status) {
        Map<String, String> sectionNames = sectionNames();
        JsonNode all = null;
        String obligationsError = null;
        try {
            all = lawChanges.obligations(bearer());
        } catch (WebApplicationException e) {
            obligationsError = e.getResponse().getStatus() == 403 ? "您的角色无权查看调整义务。"
                    : ServiceAnswers.explain(e, "动态调整服务", Map.of());
        } catch (RuntimeException e) {
            obligationsError = "动态调整服务暂时无法访问，调整义务稍后显示。";
        }
        Map<String, String> itemNames = itemNames(all);
        List<Obligations.Row> rows = Obligations.rows(all, sectionNames, itemNames);
        List<Obligations.Row> ofChange = registered == null ? List.of()
                : Obligations.rows(filter(all, registered.id()), sectionNames, itemNames);
        return Response.status(status).entity(page.data("title", "法律法规变更")
                .data("user", User.of(identity))
                .data("canRegister", identity.hasRole("legal"))
                .data("form", form).data("kinds", LawChangeForm.KINDS.entrySet())
                .data("registered", registered)
                .data("changeRows", ofChange).data("duties", Obligations.bySection(ofChange))
                .data("open", rows.stream().filter(r -> "OPEN".equals(r.state())).toList())
                .data("fulfilled", rows.stream().filter(r -> !"OPEN".equals(r.state())).toList())
                .data("obligationsError", obligationsError)
                .data("error", error)).build();
    }

    private static JsonNode filter(JsonNode obligations, String lawChangeId) {
        var out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        if (obligations != null) {
            obligations.forEach(o -> {
                if (lawChangeId.equals(o.path("lawChangeId").asText())) {
                    out.add(o);
                }
            });
        }
        return out;
    }

    private Map<String, String> sectionNames() {
        Map<String, String> names = new HashMap<>();
        try {
            lists.sections().forEach(s -> names.put(s.path("code").asText(), s.path("name").asText()));
        } catch (RuntimeException e) {
            // the codes are shown as they are
        }
        return names;
    }

    /** The items' names from list-service (public), for the first items; the codes alone when it does not answer. */
    private Map<String, String> itemNames(JsonNode obligations) {
        Map<String, String> names = new HashMap<>();
        if (obligations == null) {
            return names;
        }
        Set<String> codes = new LinkedHashSet<>();
        obligations.forEach(o -> codes.add(o.path("itemCode").asText()));
        for (String code : codes.stream().limit(NAMES_LOOKED_UP).toList()) {
            try {
                names.put(code, lists.item(code).path("name").asText(""));
            } catch (WebApplicationException e) {
                // an item no longer published: its code says enough
            } catch (RuntimeException e) {
                break; // list-service does not answer: do not wait on it once per item
            }
        }
        return names;
    }
}
