package cn.gov.huiji.fourlists.workbench.rest;

import cn.gov.huiji.fourlists.workbench.service.NotificationCenter;
import cn.gov.huiji.fourlists.workbench.service.NotificationHub;
import cn.gov.huiji.fourlists.workbench.domain.Notification;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * 通知: what the services' events ask of the user, their section or their role — kept by the workbench, shown at once
 * on every open page (server-sent events) and sent by e-mail.
 */
@Path("/notifications")
@Tag(name = "notifications", description = "The signed-in user's notifications (通知)")
public class NotificationsPage {

    private final SecurityIdentity identity;
    private final NotificationCenter center;
    private final NotificationHub hub;
    private final Template page;

    public NotificationsPage(SecurityIdentity identity, NotificationCenter center, NotificationHub hub,
                             @Location("notifications.html") Template page) {
        this.identity = identity;
        this.center = center;
        this.hub = hub;
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        var viewer = User.viewer(identity);
        var seen = center.latest(viewer, 100);
        return page.data("title", "通知").data("user", User.of(identity)).data("seen", seen)
                .data("unread", seen.stream().filter(s -> !s.read()).count());
    }

    /** Marks the notification read and goes where the user acts on it. */
    @POST
    @Path("/{id}/open")
    public Response open(@PathParam("id") UUID id) {
        var viewer = User.viewer(identity);
        if (!center.markRead(viewer, id)) {
            return Response.seeOther(URI.create("/notifications")).build();
        }
        Notification n = Notification.findById(id);
        return Response.seeOther(URI.create(n.link)).build();
    }

    @POST
    @Path("/read-all")
    public Response readAll() {
        center.markAllRead(User.viewer(identity));
        return Response.seeOther(URI.create("/notifications")).build();
    }

    @GET
    @Path("/unread")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "How many notifications the user has not read (未读通知数)")
    public Map<String, Long> unread() {
        return Map.of("unread", center.unread(User.viewer(identity)));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "New notifications as they arrive (server-sent events, 实时通知)")
    public Multi<NotificationHub.Live> stream() {
        return hub.stream(User.viewer(identity));
    }
}
