package cn.gov.huiji.fourlists.portal.rest;

import cn.gov.huiji.fourlists.portal.client.ListsApi;
import cn.gov.huiji.fourlists.portal.view.Enforcement;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 职权核验 (法无授权不可为, Art. 4, 17–19; R-LIST-6, R-LIST-8, R-LIST-9): may this body exercise this power on this day,
 * and, with a certificate, may this officer do it for the body? list-service decides and names its reason; the page
 * says 有权 or 无权 first, then why, the item that grants the power with its version and legal basis, and what the
 * certificate check found.
 */
@Path("/authority-check")
@Produces(MediaType.TEXT_HTML)
public class AuthorityPages {

    static final String TITLE = "职权核验";
    /** The form's labels, so that a refused field is named as the citizen sees it, not by its parameter. */
    static final Map<String, String> FIELDS = Map.of("bodyCode", "实施主体统一社会信用代码", "power", "事项编码或名称", "date", "日期",
            "certificate", "执法证号");

    private final ListsApi lists;
    private final ObjectMapper json;
    private final Template page;

    public AuthorityPages(@RestClient ListsApi lists, ObjectMapper json, @Location("authority-check.html") Template page) {
        this.lists = lists;
        this.json = json;
        this.page = page;
    }

    /** The check answers on GET, as the certificate check does: nothing secret is asked, and an answer can be linked to. */
    @GET
    public Response check(@QueryParam("bodyCode") String bodyCode, @QueryParam("power") String power,
                          @QueryParam("date") String date, @QueryParam("certificate") String certificate) {
        String body = Pages.blankToNull(bodyCode);
        String wanted = Pages.blankToNull(power);
        String day = Pages.blankToNull(date);
        String number = Pages.blankToNull(certificate);
        TemplateInstance t = page.data("bodyCode", body == null ? "" : body).data("power", wanted == null ? "" : wanted)
                .data("date", day == null ? "" : day).data("certificate", number == null ? "" : number).data("down", false)
                .data("problem", null).data("invalid", Map.of()).data("answer", null).data("grant", null).data("officer", null)
                .data("title", TITLE);
        if (body == null && wanted == null) {
            return Pages.page(200, t);
        }
        // A missing field goes on to list-service too: its 400 names the field in Chinese, as for any other mistake.
        ServiceAnswer a = ServiceAnswer.call(() -> lists.checkAuthority(body, wanted, day, number), json);
        if (a == null) {
            return Pages.page(503, t.data("down", true));
        }
        if (!a.ok()) {
            return Pages.page(a.pageStatus(), t.data("problem", problem(a)).data("invalid", invalidFields(a.body())));
        }
        JsonNode answer = a.body();
        Map<String, Object> view = map(answer);
        JsonNode grant = answer.path("grant");
        return Pages.page(200, t.data("answer", view).data("grant", grant.isObject() ? grant(grant, answer) : null)
                .data("officer", officer(answer.path("officer"), number)));
    }

    /** The item the answer names, with the heading that says what it is to this answer. */
    private Map<String, Object> grant(JsonNode grant, JsonNode answer) {
        Map<String, Object> g = map(grant);
        Pages.dayOf(g, "validFrom");
        String code = answer.path("reasonCode").asText("");
        // Art. 4: the item is the power's source; a repealed one no longer is, and an officer without a valid
        // certificate does not act on the body's power (Art. 19) even though the body holds it.
        g.put("heading", answer.path("authorized").asBoolean(false) ? "授权事项"
                : "ITEM_REPEALED".equals(code) ? "已取消的事项" : "执法主体持有的事项");
        return g;
    }

    /**
     * The certificate's answer: list-service's check on that day, worded as the certificate check page words it. Null
     * when no certificate was asked; "unknown" when one was asked and is not registered.
     */
    private Map<String, Object> officer(JsonNode officer, String number) {
        if (number == null) {
            return null;
        }
        Map<String, Object> o = new LinkedHashMap<>();
        if (!officer.isObject()) {
            o.put("unknown", true);
            o.put("certificateNo", number);
            return o;
        }
        ObjectNode c = officer.deepCopy();
        // The authority check gives the unit flat (unitCreditCode, unitName); the certificate check nests it.
        if (!c.path("unit").isObject()) {
            c.putObject("unit").put("creditCode", c.path("unitCreditCode").asText("")).put("name", c.path("unitName").asText(""));
        }
        o.putAll(map(c));
        o.put("unknown", false);
        o.put("sentence", Enforcement.checkSentence(c));
        return o;
    }

    /** list-service's problem in Chinese, each refused field named by its label on the form. */
    private static ServiceAnswer.Problem problem(ServiceAnswer a) {
        ServiceAnswer.Problem p = a.problem("职权核验未成功，请检查输入后再试。");
        List<String> messages = new ArrayList<>();
        if (a.body() != null) {
            for (JsonNode e : a.body().path("errors")) {
                String message = e.path("messageZh").asText("");
                if (!message.isBlank()) {
                    String label = FIELDS.get(e.path("field").asText(""));
                    messages.add(label == null ? message : label + "：" + message);
                }
            }
        }
        return messages.isEmpty() ? p : new ServiceAnswer.Problem(p.title(), String.join("；", messages));
    }

    /** The fields list-service refused (field → true), so that the page marks those inputs (aria-invalid). */
    private static Map<String, Object> invalidFields(JsonNode problem) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (problem != null) {
            problem.path("errors").forEach(e -> fields.put(e.path("field").asText(""), true));
        }
        return fields;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(JsonNode node) {
        return json.convertValue(node, LinkedHashMap.class);
    }
}
