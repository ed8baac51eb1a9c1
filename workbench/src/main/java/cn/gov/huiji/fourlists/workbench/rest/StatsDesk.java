package cn.gov.huiji.fourlists.workbench.rest;

import cn.gov.huiji.fourlists.workbench.client.AdjustmentStatsApi;
import cn.gov.huiji.fourlists.workbench.client.ComplaintStatsApi;
import cn.gov.huiji.fourlists.workbench.client.ListsApi;
import cn.gov.huiji.fourlists.workbench.service.SectionStatistics;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.Location;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * 统计 (Art. 29, 31: sections are measured on their time limits): adjustment requests and complaints per section, each
 * as a chart drawn on the server and the same numbers in a table. Each service decides whether this user may see its
 * counts; a refusal or a silent service leaves a notice in place of that chart only.
 */
@Path("/stats")
@Produces(MediaType.TEXT_HTML)
public class StatsDesk {

    private static final Logger LOG = Logger.getLogger(StatsDesk.class);

    private final SecurityIdentity identity;
    private final AccessTokenCredential accessToken;
    private final AdjustmentStatsApi adjustment;
    private final ComplaintStatsApi complaint;
    private final ListsApi lists;
    private final Template page;

    public StatsDesk(SecurityIdentity identity, AccessTokenCredential accessToken, @RestClient AdjustmentStatsApi adjustment,
                     @RestClient ComplaintStatsApi complaint, @RestClient ListsApi lists, @Location("stats.html") Template page) {
        this.identity = identity;
        this.accessToken = accessToken;
        this.adjustment = adjustment;
        this.complaint = complaint;
        this.lists = lists;
        this.page = page;
    }

    /** A month to choose: its value (2026-11) and how people say it (2026年11月). */
    public record Month(String value, String label, boolean selected) {
    }

    /** The last twelve months, newest first, for the month filter (按月统计). */
    static List<Month> months(java.time.YearMonth now, String chosen) {
        List<Month> out = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            java.time.YearMonth m = now.minusMonths(i);
            out.add(new Month(m.toString(), m.getYear() + "年" + m.getMonthValue() + "月", m.toString().equals(chosen)));
        }
        return out;
    }

    @GET
    public Response show(@jakarta.ws.rs.QueryParam("month") String requested) {
        String bearer = "Bearer " + accessToken.getToken();
        // only a well-formed month goes to the services; anything else means all months
        String month = requested != null && requested.matches("\\d{4}-(0[1-9]|1[0-2])") ? requested : null;
        Map<String, String> names = sections();
        TemplateInstance view = page.data("title", "统计").data("user", User.of(identity))
                .data("months", months(java.time.YearMonth.now(cn.gov.huiji.fourlists.kernel.time.BureauClock.ZONE), month))
                .data("month", month == null ? null : month.substring(0, 4) + "年" + Integer.parseInt(month.substring(5)) + "月");

        Answer adj = ask("动态调整服务", "您无权查看动态调整申请的时限统计。", () -> adjustment.sections(bearer, month));
        if (adj.notice() != null) {
            view.data("adjNotice", adj.notice());
        } else {
            var rows = SectionStatistics.adjustments(adj.body(), names);
            view.data("adjRows", rows).data("adjChart", new RawString(SectionStatistics.adjustmentChart(rows).svg("adjustment-chart")));
        }

        Answer cmp = ask("投诉举报服务", "您无权查看投诉举报统计。", () -> complaint.stats(bearer, month));
        if (cmp.notice() != null) {
            view.data("cmpNotice", cmp.notice());
        } else {
            var rows = SectionStatistics.complaints(cmp.body(), names);
            view.data("cmpRows", rows).data("cmpChart", new RawString(SectionStatistics.complaintChart(rows).svg("complaint-chart")));
        }
        // refused by both services: the page as a whole is refused too
        return Response.status(adj.refused() && cmp.refused() ? 403 : 200).entity(view).build();
    }

    /** A service's counts, or the Chinese notice that stands in for its chart. */
    private record Answer(JsonNode body, String notice, boolean refused) {
    }

    private static Answer ask(String service, String forbidden, Supplier<JsonNode> call) {
        try {
            return new Answer(call.get(), null, false);
        } catch (WebApplicationException e) {
            int s = e.getResponse().getStatus();
            if (s == 403) {
                return new Answer(null, forbidden, true);
            }
            LOG.warnf("%s answered %d", service, s);
            return new Answer(null, s == 401 ? Problems.explain(e.getResponse()) : service + "暂时无法访问，这张图表请稍后再看。", false);
        } catch (RuntimeException e) {
            LOG.warnf("%s unavailable: %s", service, e.getMessage());
            return new Answer(null, service + "暂时无法访问，这张图表请稍后再看。", false);
        }
    }

    private Map<String, String> sections() {
        Map<String, String> names = new HashMap<>();
        try {
            lists.sections().forEach(s -> names.put(s.path("code").asText(), s.path("name").asText()));
        } catch (RuntimeException e) {
            LOG.debugf("sections unavailable, codes shown: %s", e.getMessage());
        }
        return names;
    }
}
