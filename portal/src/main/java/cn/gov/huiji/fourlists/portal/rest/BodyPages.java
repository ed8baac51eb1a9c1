package cn.gov.huiji.fourlists.portal.rest;

import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.portal.client.ListsApi;
import cn.gov.huiji.fourlists.portal.view.Enforcement;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 执法主体公示 (Art. 17–18, R-LIST-8): the confirmed and published enforcement bodies on a day, and one body with its legal
 * basis and, for an entrusted organisation, what it was entrusted with, by whom, for how long, and whether that still
 * holds. Rendered on the server from list-service's public API; without it, the page says so plainly.
 */
@Path("/bodies")
@Produces(MediaType.TEXT_HTML)
public class BodyPages {

    static final String TITLE = "执法主体公示";
    /** At most this many item names are looked up for one body's entrustments; the rest show their codes. */
    static final int ITEM_NAMES = 40;

    private final ListsApi lists;
    private final ObjectMapper json;
    private final Template bodies;
    private final Template body;

    public BodyPages(@RestClient ListsApi lists, ObjectMapper json, @Location("bodies.html") Template bodies,
                     @Location("body.html") Template body) {
        this.lists = lists;
        this.json = json;
        this.bodies = bodies;
        this.body = body;
    }

    @GET
    public Response bodies(@QueryParam("asOf") String asOf, @QueryParam("kind") String kind) {
        String on = Pages.blankToNull(asOf);
        String k = Enforcement.KINDS.stream().anyMatch(x -> x.code().equals(kind)) ? kind : null;
        ServiceAnswer a = ServiceAnswer.call(() -> lists.bodies(on, k), json);
        TemplateInstance t = bodies.data("asOf", on == null ? "" : on).data("kind", k == null ? "" : k).data("kinds", Enforcement.KINDS)
                .data("title", TITLE).data("down", a == null).data("problem", null).data("bodies", List.of());
        if (a == null) {
            return Pages.page(200, t); // as the list pages: the page stands, and says the service is away
        }
        if (!a.ok()) {
            return Pages.page(a.pageStatus(), t.data("problem", a.problem("执法主体查询未成功，请检查查询日期。")));
        }
        List<Object> rows = new ArrayList<>();
        a.body().forEach(b -> rows.add(json.convertValue(b, LinkedHashMap.class)));
        return Pages.page(200, t.data("bodies", rows));
    }

    @GET
    @Path("{creditCode}")
    public Response body(@PathParam("creditCode") String creditCode, @QueryParam("asOf") String asOf) {
        String on = Pages.blankToNull(asOf);
        ServiceAnswer a = ServiceAnswer.call(() -> lists.body(creditCode, on), json);
        TemplateInstance t = body.data("creditCode", creditCode).data("asOf", on == null ? "" : on).data("down", a == null)
                .data("problem", null).data("body", null).data("entrustments", List.of()).data("title", TITLE);
        if (a == null) {
            return Pages.page(503, t);
        }
        if (!a.ok()) {
            return Pages.page(a.pageStatus(), t.data("problem", a.problem("未查询到该执法主体。")));
        }
        Map<String, Object> view = map(a.body());
        Pages.dayOf(view, "validFrom");
        LocalDate day = on == null || Enforcement.date(on) == null ? BureauClock.today(BureauClock.system()) : Enforcement.date(on);
        Map<String, String> names = new LinkedHashMap<>();
        List<Object> entrustments = new ArrayList<>();
        for (JsonNode e : a.body().path("entrustments")) {
            Map<String, Object> m = map(e);
            m.put("state", Enforcement.entrustmentState(e, day));
            m.put("current", e.path("inTerm").asBoolean(false));
            List<Object> items = new ArrayList<>();
            for (JsonNode code : e.path("itemCodes")) {
                items.add(Map.of("code", code.asText(), "name", itemName(code.asText(), on, names)));
            }
            m.put("items", items);
            entrustments.add(m);
        }
        return Pages.page(200, t.data("body", view).data("entrustments", entrustments)
                .data("entrusted", "ENTRUSTED".equals(a.body().path("kind").asText()))
                .data("title", a.body().path("name").asText(TITLE)));
    }

    /** The item's name on that day, for the link text; its code when list-service does not know it (or after many). */
    private String itemName(String code, String asOf, Map<String, String> names) {
        if (names.containsKey(code)) {
            return names.get(code);
        }
        String name = code;
        if (names.size() < ITEM_NAMES) {
            try {
                name = lists.item(code, asOf).path("name").asText(code);
            } catch (RuntimeException e) {
                name = code; // unknown on that day, or the service away: the code still identifies it
            }
        }
        names.put(code, name);
        return name;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(JsonNode node) {
        return json.convertValue(node, LinkedHashMap.class);
    }
}
