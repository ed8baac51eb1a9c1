package cn.gov.huiji.fourlists.complaint.rest;

import cn.gov.huiji.fourlists.complaint.service.ChannelInput;
import cn.gov.huiji.fourlists.complaint.domain.ComplaintChannel;
import cn.gov.huiji.fourlists.complaint.service.ChannelService;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/channels")
@Tag(name = "Complaint channels", description = "Published channels for complaints and reports (投诉举报渠道, Art. 9, 28)")
public class ChannelResource {

    private final ChannelService channels;

    public ChannelResource(ChannelService channels) {
        this.channels = channels;
    }

    @GET
    @Operation(summary = "The published channels (公布的投诉举报渠道); public")
    public List<ChannelView> published() {
        return channels.published().stream().map(ChannelView::of).toList();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Replace the published channels (更新投诉举报渠道); role admin",
            description = "Phone, fax, postal address and e-mail are required (Art. 28).")
    public List<ChannelView> replace(@org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "art-28", value = """
            [{"kind": "PHONE", "value": "0371-63000000", "serviceHours": "工作日 8:30-12:00, 14:30-17:30"}, {"kind": "FAX", "value": "0371-63000001"}, {"kind": "POSTAL_ADDRESS", "value": "郑州市惠济区天河路1号 安全生产监督管理局法制科 450044"}, {"kind": "EMAIL", "value": "hjajj@example.gov.cn"}, {"kind": "ONLINE_FORM", "value": "http://127.0.0.1:8080/complaints/new"}]"""))) @Valid @NotNull @NotEmpty @Size(max = 10) List<@Valid @NotNull ChannelInput> input) {
        return channels.replace(input).stream().map(ChannelView::of).toList();
    }

    public record ChannelView(String kind, String value, String serviceHours) {
        static ChannelView of(ComplaintChannel c) {
            return new ChannelView(c.kind.name(), c.value, c.serviceHours);
        }
    }
}
