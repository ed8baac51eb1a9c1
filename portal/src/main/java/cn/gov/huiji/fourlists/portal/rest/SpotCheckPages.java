package cn.gov.huiji.fourlists.portal.rest;

import cn.gov.huiji.fourlists.portal.client.SpotChecksApi;
import cn.gov.huiji.fourlists.portal.config.PortalConfig;
import cn.gov.huiji.fourlists.portal.view.SpotChecks;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;
import java.util.UUID;

/**
 * 抽查公示 (Art. 21, 29; R-ADJ-6): the discipline group's spot checks as audit-service publishes them. Each is announced
 * with its population, period and sample size and the size of a signed tree head the log has not yet reached; the
 * signature of that head, unknown to everyone when announcing, is the seed of the sample. The page shows the
 * announcement, then the seed and the sample, and how anyone recomputes them from the public log with log-verifier.
 */
@Path("/spot-checks")
@Produces(MediaType.TEXT_HTML)
public class SpotCheckPages {

    static final String TITLE = "抽查公示";

    private final SpotChecksApi spotChecks;
    private final PortalConfig config;
    private final ObjectMapper json;
    private final Template list;
    private final Template detail;

    public SpotCheckPages(@RestClient SpotChecksApi spotChecks, PortalConfig config, ObjectMapper json,
                          @Location("spot-checks.html") Template list, @Location("spot-check.html") Template detail) {
        this.spotChecks = spotChecks;
        this.config = config;
        this.json = json;
        this.list = list;
        this.detail = detail;
    }

    @GET
    public Response list() {
        ServiceAnswer a = ServiceAnswer.call(spotChecks::spotChecks, json, "audit-service");
        TemplateInstance t = list.data("title", TITLE).data("down", a == null).data("problem", null).data("checks", List.of());
        if (a == null) {
            return Pages.page(200, t); // as the other pages: it stands, and says the service is away
        }
        if (!a.ok()) {
            return Pages.page(a.pageStatus(), t.data("problem", a.problem("抽查公示暂时无法显示，请稍后再试。")));
        }
        return Pages.page(200, t.data("checks", SpotChecks.all(a.body())));
    }

    @GET
    @Path("{id}")
    public Response spotCheck(@PathParam("id") String id) {
        TemplateInstance t = detail.data("title", TITLE).data("down", false).data("problem", null).data("check", null)
                .data("logAddress", config.logAddress());
        if (!isUuid(id)) {
            return Pages.page(404, t.data("problem", new ServiceAnswer.Problem("未找到该抽查", "请从抽查公示列表中选择。")));
        }
        ServiceAnswer a = ServiceAnswer.call(() -> spotChecks.spotCheck(id), json, "audit-service");
        if (a == null) {
            return Pages.page(503, t.data("down", true));
        }
        if (!a.ok()) {
            return Pages.page(a.pageStatus(), t.data("problem", a.problem("未找到该抽查。")));
        }
        SpotChecks.SpotCheck check = SpotChecks.of(a.body());
        return Pages.page(200, t.data("check", check).data("title", check.title() + "（" + TITLE + "）")
                .data("command", SpotChecks.command(config.logAddress(), check.id())));
    }

    static boolean isUuid(String id) {
        try {
            return UUID.fromString(id).toString().equalsIgnoreCase(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
