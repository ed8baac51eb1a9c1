package cn.gov.huiji.fourlists.portal.rest;

import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.portal.client.ListsApi;
import cn.gov.huiji.fourlists.portal.view.Enforcement;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 执法人员公示 (Art. 19, R-LIST-9): who may enforce, searchable by name, unit or certificate number, and the public check
 * whether a certificate was valid on a day, for which unit, category and area, and why not. Only what list-service
 * publishes is shown, field by field: never a personal identity number.
 */
@Path("/officers")
@Produces(MediaType.TEXT_HTML)
public class OfficerPages {

    static final String TITLE = "执法人员公示";
    static final String CHECK_TITLE = "执法证有效性查询";
    static final int PAGE_SIZE = 20;

    private final ListsApi lists;
    private final ObjectMapper json;
    private final Template officers;
    private final Template check;

    public OfficerPages(@RestClient ListsApi lists, ObjectMapper json, @Location("officers.html") Template officers,
                        @Location("officer-check.html") Template check) {
        this.lists = lists;
        this.json = json;
        this.officers = officers;
        this.check = check;
    }

    @GET
    public Response officers(@QueryParam("q") String q, @QueryParam("unit") String unit,
                             @QueryParam("page") @DefaultValue("0") int page) {
        String words = Pages.blankToNull(q);
        String unitCode = Pages.blankToNull(unit);
        int p = Math.max(0, page);
        ServiceAnswer a = ServiceAnswer.call(() -> lists.officers(words, unitCode, p, PAGE_SIZE), json);
        LocalDate today = BureauClock.today(BureauClock.system());
        TemplateInstance t = officers.data("q", words == null ? "" : words).data("unit", unitCode == null ? "" : unitCode)
                .data("today", today.toString()).data("down", a == null).data("problem", null).data("officers", List.of())
                .data("total", 0L).data("shownPage", p + 1).data("pages", 1).data("prevHref", null).data("nextHref", null)
                .data("allUnitsHref", href(words, null, 0))
                .data("title", TITLE);
        if (a == null) {
            return Pages.page(200, t);
        }
        if (!a.ok()) {
            return Pages.page(a.pageStatus(), t.data("problem", a.problem("执法人员查询未成功，请修改检索词后再试。")));
        }
        List<Object> rows = new ArrayList<>();
        for (JsonNode o : a.body().path("items")) {
            rows.add(row(o, today));
        }
        long total = a.body().path("total").asLong(rows.size());
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return Pages.page(200, t.data("officers", rows).data("total", total).data("pages", pages)
                .data("prevHref", p > 0 ? href(words, unitCode, p - 1) : null)
                .data("nextHref", p + 1 < pages ? href(words, unitCode, p + 1) : null));
    }

    /** The check answers on GET: nothing secret is asked, and the answer can be linked to (a certificate and a day). */
    @GET
    @Path("check")
    public Response check(@QueryParam("certificate") String certificate, @QueryParam("date") String date) {
        String number = Pages.blankToNull(certificate);
        String day = Pages.blankToNull(date) == null ? BureauClock.today(BureauClock.system()).toString() : date.trim();
        TemplateInstance t = check.data("certificate", number == null ? "" : number).data("date", day).data("down", false)
                .data("problem", null).data("answer", null).data("history", List.of()).data("title", CHECK_TITLE);
        if (number == null) {
            return Pages.page(200, t);
        }
        ServiceAnswer a = ServiceAnswer.call(() -> lists.checkCertificate(number, day), json);
        if (a == null) {
            return Pages.page(503, t.data("down", true));
        }
        if (!a.ok()) {
            return Pages.page(a.pageStatus(), t.data("problem", a.problem("未查询到该执法证，请核对执法证号。")));
        }
        Map<String, Object> answer = map(a.body());
        answer.put("sentence", Enforcement.checkSentence(a.body()));
        ServiceAnswer officer = ServiceAnswer.call(() -> lists.officer(number), json);
        List<Object> history = new ArrayList<>();
        if (officer != null && officer.ok()) {
            for (JsonNode h : officer.body().path("statusHistory")) {
                history.add(Map.of("date", h.path("date").asText(""), "statusZh", h.path("statusZh").asText(h.path("status").asText("")),
                        "reason", h.path("reason").asText("")));
            }
        }
        return Pages.page(200, t.data("answer", answer).data("history", history));
    }

    /** One row of the table: only the published fields, with the certificate's state in words. */
    private static Map<String, Object> row(JsonNode o, LocalDate today) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("certificateNo", o.path("certificateNo").asText(""));
        m.put("name", o.path("name").asText(""));
        m.put("unitName", o.path("unit").path("name").asText(""));
        m.put("unitCode", o.path("unit").path("creditCode").asText(""));
        m.put("category", o.path("category").asText(""));
        m.put("area", o.path("area").asText(""));
        m.put("validFrom", o.path("validFrom").asText(""));
        m.put("validTo", o.path("validTo").asText(""));
        m.put("state", Enforcement.officerState(o, today));
        m.put("valid", "VALID".equals(o.path("status").asText()));
        return m;
    }

    static String href(String q, String unit, int page) {
        StringBuilder s = new StringBuilder("/officers?");
        if (q != null) {
            s.append("q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8)).append('&');
        }
        if (unit != null) {
            s.append("unit=").append(URLEncoder.encode(unit, StandardCharsets.UTF_8)).append('&');
        }
        return s.append("page=").append(page).toString();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(JsonNode node) {
        return json.convertValue(node, LinkedHashMap.class);
    }
}
