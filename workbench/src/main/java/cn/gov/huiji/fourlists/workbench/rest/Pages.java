package cn.gov.huiji.fourlists.workbench.rest;

import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.workbench.client.AdjustmentApi;
import cn.gov.huiji.fourlists.workbench.client.ComplaintApi;
import cn.gov.huiji.fourlists.workbench.service.Inbox;
import cn.gov.huiji.fourlists.workbench.service.InboxItem;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** The workbench's pages. Each service call carries the user's own access token; the service decides. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class Pages {

    private static final Logger LOG = Logger.getLogger(Pages.class);
    static final Set<String> ADJUSTMENT_ROLES = Set.of("clerk", "section-head", "legal", "leader", "district-office");
    static final Set<String> CASE_ROLES = Set.of("complaint-handler", "section-head", "clerk");
    private final SecurityIdentity identity;
    private final AccessTokenCredential accessToken;
    private final AdjustmentApi adjustment;
    private final ComplaintApi complaint;
    private final cn.gov.huiji.fourlists.workbench.client.LawChangeApi lawChanges;
    private final Template inbox;
    private final Template signedOut;

    public Pages(SecurityIdentity identity, AccessTokenCredential accessToken, @RestClient AdjustmentApi adjustment,
                 @RestClient ComplaintApi complaint, @RestClient cn.gov.huiji.fourlists.workbench.client.LawChangeApi lawChanges,
                 @Location("inbox.html") Template inbox,
                 @Location("signed-out.html") Template signedOut) {
        this.identity = identity;
        this.accessToken = accessToken;
        this.adjustment = adjustment;
        this.complaint = complaint;
        this.lawChanges = lawChanges;
        this.inbox = inbox;
        this.signedOut = signedOut;
    }

    /** 待办: one inbox of what waits for the user or their section, most urgent first. */
    @GET
    public TemplateInstance inbox() {
        String bearer = "Bearer " + accessToken.getToken();
        List<String> unavailable = new ArrayList<>();
        JsonNode tasks = hasAny(ADJUSTMENT_ROLES) ? call("动态调整服务", () -> adjustment.tasks(bearer), unavailable) : null;
        // a law change obliges the section that handles the item (R-LIST-10): its clerks and head are asked to act
        JsonNode obligations = hasAny(Set.of("clerk", "section-head")) ? call("动态调整服务", () -> lawChanges.obligations(bearer), unavailable) : null;
        JsonNode cases = hasAny(CASE_ROLES) ? call("投诉举报服务", () -> complaint.cases(bearer, null, 200), unavailable) : null;
        LocalDate today = ZonedDateTime.now(BureauClock.ZONE).toLocalDate();
        List<InboxItem> items = Inbox.of(tasks, obligations, cases, today);
        return inbox.data("title", "待办").data("user", User.of(identity)).data("items", items).data("unavailable", unavailable)
                .data("today", today);
    }

    @GET
    @Path("signed-out")
    public TemplateInstance signedOut() {
        return signedOut.data("title", "已退出").data("user", null);
    }

    private JsonNode call(String service, Supplier<JsonNode> call, List<String> unavailable) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 403) {
                return null; // the service says this user has no such work: nothing waits
            }
            LOG.warnf("%s answered %d", service, e.getResponse().getStatus());
            if (!unavailable.contains(service)) { unavailable.add(service); }
            return null;
        } catch (RuntimeException e) {
            LOG.warnf("%s unavailable: %s", service, e.getMessage());
            if (!unavailable.contains(service)) { unavailable.add(service); }
            return null;
        }
    }

    private boolean hasAny(Set<String> roles) {
        return identity.getRoles().stream().anyMatch(roles::contains);
    }

}
