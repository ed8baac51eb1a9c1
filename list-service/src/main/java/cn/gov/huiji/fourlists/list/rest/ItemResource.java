package cn.gov.huiji.fourlists.list.rest;

import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import cn.gov.huiji.fourlists.kernel.rest.Page;
import cn.gov.huiji.fourlists.list.domain.ListItem;
import cn.gov.huiji.fourlists.list.domain.ListItemVersion;
import cn.gov.huiji.fourlists.list.domain.ListKind;
import cn.gov.huiji.fourlists.list.service.ItemLoadService;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "List items", description = "Items of the four lists (四单权责事项); reading is public (Art. 3, 11)")
public class ItemResource {

    private final ItemLoadService loader;
    private final SecurityIdentity identity;

    public ItemResource(ItemLoadService loader, SecurityIdentity identity) {
        this.loader = loader;
        this.identity = identity;
    }

    @GET
    @Path("/lists/{list}/items")
    @Operation(summary = "Items of one list (清单事项); public. list = power | approval | fee | fund")
    public Page<ItemView> list(@PathParam("list") String list,
                               @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                               @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        ListKind kind = ListKind.fromPath(list);
        var query = ListItem.find("fields.list", Sort.by("code"), kind);
        return new Page<>(query.page(page, size).<ListItem>list().stream().map(ItemView::of).toList(),
                page, size, query.count());
    }

    @GET
    @Path("/items/{code}")
    @Operation(summary = "One item (事项详情); public")
    public ItemView item(@PathParam("code") String code) {
        ListItem item = ListItem.findById(code);
        if (item == null) {
            throw ProblemException.notFound("Item", "事项", code);
        }
        return ItemView.of(item);
    }

    @GET
    @Path("/items/{code}/versions")
    @Operation(summary = "Every version of an item with its validity and the adjustment behind it (历史版本); public")
    public java.util.List<VersionView> versions(@PathParam("code") String code) {
        java.util.List<ListItemVersion> versions = ListItemVersion.list("code", Sort.by("version"), code);
        if (versions.isEmpty()) {
            throw ProblemException.notFound("Item", "事项", code);
        }
        return versions.stream().map(VersionView::of).toList();
    }

    public record VersionView(String code, int version, String list, String name, String category, String section,
                              String legalBasis, String status, java.time.OffsetDateTime validFrom,
                              java.time.OffsetDateTime validTo, java.util.UUID requestId) {
        static VersionView of(ListItemVersion v) {
            return new VersionView(v.code, v.version, v.fields.list.name(), v.fields.name, v.fields.category, v.fields.section, v.fields.legalBasis, v.fields.status,
                    v.validFrom, v.validTo, v.requestId);
        }
    }

    @POST
    @Path("/lists/{list}/items")
    @RolesAllowed(Roles.LEGAL)
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "First load of an item by the legal section (法制科首次录入); role legal",
            description = "Published items change only through the adjustment workflow (动态调整, Art. 22, 26): "
                    + "loading an existing code is refused with 409.")
    public Response load(@PathParam("list") String list, @Valid @NotNull ListItemContent input) {
        ListKind kind = ListKind.fromPath(list);
        if (input.list() != null && !input.list().equals(kind.name())) {
            throw ProblemException.invalid("list", "the body names list " + input.list() + " but the path " + kind.name(),
                    "请求内容中的清单与路径不一致");
        }
        ListItem item = loader.load(kind, input.withList(kind.name()), identity.getPrincipal().getName());
        return Response.created(UriBuilder.fromPath("/api/v1/items/{code}").build(item.code))
                .entity(ItemView.of(item)).build();
    }
}
