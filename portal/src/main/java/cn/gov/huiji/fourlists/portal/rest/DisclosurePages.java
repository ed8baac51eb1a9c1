package cn.gov.huiji.fourlists.portal.rest;

import cn.gov.huiji.fourlists.portal.client.DisclosuresApi;
import cn.gov.huiji.fourlists.portal.view.Decisions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 信用公示 (双公示, Art. 8, R-LIST-11): the bureau's licensing and penalty decisions as disclosure-service publishes them,
 * searchable by the party's name, its 统一社会信用代码 or the document number, by decision date, and as they stood on a
 * day (asOf); one decision with every public field in Chinese. Nothing withdrawn or cancelled is shown, because
 * disclosure-service does not give it; no certificate number is printed unless masked.
 */
@Path("/disclosures")
@Produces(MediaType.TEXT_HTML)
public class DisclosurePages {

    private static final Logger LOG = Logger.getLogger(DisclosurePages.class);
    static final String TITLE = "信用公示";
    static final String UNAVAILABLE = "信用公示服务暂时无法访问，请稍后再试。";
    static final int PAGE_SIZE = 20;
    /** The search form's labels, so that a refused field is named as the citizen sees it. */
    static final Map<String, String> FIELDS = Map.of("q", "行政相对人名称、统一社会信用代码或决定书文号", "from", "决定日期（起）",
            "to", "决定日期（止）", "asOf", "查询日期", "page", "页码", "size", "每页条数");

    /** A kind of disclosure: its path (as disclosure-service's), its page title and what it discloses. */
    @TemplateData
    public record Kind(String path, String title, String noun, boolean licensing) {
    }

    static final Kind LICENSING = new Kind("licensing", "行政许可公示", "行政许可决定", true);
    static final Kind PENALTIES = new Kind("penalties", "行政处罚公示", "行政处罚决定", false);
    static final List<Kind> KINDS = List.of(LICENSING, PENALTIES);

    private final DisclosuresApi disclosures;
    private final ObjectMapper json;
    private final Template landing;
    private final Template list;
    private final Template detail;

    public DisclosurePages(@RestClient DisclosuresApi disclosures, ObjectMapper json,
                           @Location("disclosures.html") Template landing, @Location("decisions.html") Template list,
                           @Location("decision.html") Template detail) {
        this.disclosures = disclosures;
        this.json = json;
        this.landing = landing;
        this.list = list;
        this.detail = detail;
    }

    /** Both disclosures with how many decisions each shows today; one entry in the menu, so the menu stays one line. */
    @GET
    public Response landing() {
        List<Object> cards = new ArrayList<>();
        boolean down = false;
        for (Kind k : KINDS) {
            ServiceAnswer a = down ? null : ServiceAnswer.call(() -> disclosures.decisions(k.path(), null, null, null, null, 0, 1),
                    json, "disclosure-service");
            down = a == null;
            Map<String, Object> card = new LinkedHashMap<>();
            card.put("kind", k);
            card.put("total", a != null && a.ok() ? a.body().path("total").asText(null) : null);
            cards.add(card);
        }
        return Pages.page(200, landing.data("cards", cards).data("down", down).data("problem", null).data("title", TITLE));
    }

    @GET
    @Path("{kind}")
    public Response decisions(@PathParam("kind") String kind, @QueryParam("q") String q, @QueryParam("from") String from,
                              @QueryParam("to") String to, @QueryParam("asOf") String asOf,
                              @QueryParam("page") @DefaultValue("0") int page) {
        Kind k = kind(kind);
        if (k == null) {
            return unknownKind();
        }
        String words = Pages.blankToNull(q);
        String since = Pages.blankToNull(from);
        String until = Pages.blankToNull(to);
        String on = Pages.blankToNull(asOf);
        int p = Math.max(0, page);
        ServiceAnswer a = ServiceAnswer.call(() -> disclosures.decisions(k.path(), words, since, until, on, p, PAGE_SIZE), json,
                "disclosure-service");
        TemplateInstance t = list.data("kind", k).data("q", orEmpty(words)).data("from", orEmpty(since)).data("to", orEmpty(until))
                .data("asOf", orEmpty(on)).data("down", a == null).data("problem", null).data("invalid", Map.of())
                .data("decisions", List.of()).data("total", 0L).data("shownPage", p + 1).data("pages", 1)
                .data("prevHref", null).data("nextHref", null).data("detailQuery", on == null ? "" : "?asOf=" + on)
                .data("title", k.title());
        if (a == null) {
            return Pages.page(200, t); // as the other lists: the page and its form stand, and say the service is away
        }
        if (!a.ok()) {
            return Pages.page(a.pageStatus(), t.data("problem", a.problem("查询未成功，请检查查询条件后再试。", FIELDS))
                    .data("invalid", a.invalidFields()));
        }
        List<Object> rows = new ArrayList<>();
        for (JsonNode d : a.body().path("items")) {
            warnIfUnmasked(d);
            rows.add(Decisions.row(d, k.licensing()));
        }
        long total = a.body().path("total").asLong(rows.size());
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return Pages.page(200, t.data("decisions", rows).data("total", total).data("pages", pages)
                .data("prevHref", p > 0 ? href(k, words, since, until, on, p - 1) : null)
                .data("nextHref", p + 1 < pages ? href(k, words, since, until, on, p + 1) : null));
    }

    @GET
    @Path("{kind}/{id}")
    public Response decision(@PathParam("kind") String kind, @PathParam("id") String id, @QueryParam("asOf") String asOf) {
        Kind k = kind(kind);
        if (k == null) {
            return unknownKind();
        }
        String on = Pages.blankToNull(asOf);
        ServiceAnswer a = ServiceAnswer.call(() -> disclosures.decision(k.path(), id, on), json, "disclosure-service");
        TemplateInstance t = detail.data("kind", k).data("asOf", orEmpty(on)).data("down", a == null).data("problem", null)
                .data("decision", null).data("fields", List.of()).data("heading", k.noun()).data("title", k.title());
        if (a == null) {
            return Pages.page(503, t);
        }
        if (!a.ok()) {
            return Pages.page(a.pageStatus(), t.data("problem", a.problem("未查询到该决定，或该决定已不在公示期内。")));
        }
        JsonNode d = a.body();
        warnIfUnmasked(d);
        String party = d.path("partyName").asText("");
        return Pages.page(200, t.data("decision", Decisions.row(d, k.licensing()))
                .data("fields", k.licensing() ? Decisions.licensing(d) : Decisions.penalty(d))
                .data("heading", party.isBlank() ? k.noun() : party + " · " + k.noun())
                .data("title", party.isBlank() ? k.title() : party + "（" + k.title() + "）"));
    }

    private Response unknownKind() {
        return Pages.page(404, landing.data("cards", List.of()).data("down", false)
                .data("problem", new ServiceAnswer.Problem("没有该公示栏目", "信用公示包括行政许可公示和行政处罚公示。"))
                .data("title", TITLE));
    }

    /** A full certificate number must never reach the public: it is not printed, and the operators are told (without it). */
    private static void warnIfUnmasked(JsonNode d) {
        if (Decisions.unmaskedNumber(d)) {
            LOG.warnf("disclosure-service sent an unmasked certificate number for decision %s; not shown", d.path("id").asText("?"));
        }
    }

    static Kind kind(String path) {
        return KINDS.stream().filter(k -> k.path().equals(path)).findFirst().orElse(null);
    }

    static String href(Kind k, String q, String from, String to, String asOf, int page) {
        StringBuilder s = new StringBuilder("/disclosures/").append(k.path()).append('?');
        param(s, "q", q);
        param(s, "from", from);
        param(s, "to", to);
        param(s, "asOf", asOf);
        return s.append("page=").append(page).toString();
    }

    private static void param(StringBuilder s, String name, String value) {
        if (value != null) {
            s.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
