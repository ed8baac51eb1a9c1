package cn.gov.huiji.fourlists.list.rest;

import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import jakarta.inject.Inject;
import java.time.Clock;

import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import cn.gov.huiji.fourlists.list.domain.ListKind;
import cn.gov.huiji.fourlists.list.service.ListImporter;
import cn.gov.huiji.fourlists.list.service.ListPublisher;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

@Path("/api/v1")
@Tag(name = "Published lists", description = "The lists as published documents (清单公布): spreadsheet, printable PDF, and the legal section's import")
public class ListExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ListPublisher publisher;
    @Inject
    Clock clock;
    private final ListImporter importer;
    private final SecurityIdentity identity;
    private final cn.gov.huiji.fourlists.list.service.CatalogueRevisions revisions;

    public ListExportResource(ListPublisher publisher, ListImporter importer, SecurityIdentity identity,
                              cn.gov.huiji.fourlists.list.service.CatalogueRevisions revisions) {
        this.revisions = revisions;
        this.publisher = publisher;
        this.importer = importer;
        this.identity = identity;
    }

    @GET
    @Path("/lists/{list}/export")
    @Operation(summary = "The list in its published column layout (清单导出); public",
            description = "format=xlsx | csv (UTF-8 with BOM) | pdf (printable, landscape A4, Chinese font embedded, for the "
                    + "service hall, Art. 3). Items in force now, or at the end of the asOf day. POWER columns: 序号, 权力类型, "
                    + "事项编码, 事项名称, 子项, 实施依据, 实施主体, 承办机构, 责任事项, 追责情形, 备注.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The list as a spreadsheet, CSV or printable PDF (清单文件)", content = {@org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")), @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "text/csv", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")), @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/pdf", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "503", description = "The Chinese font for the PDF is not installed (暂无法生成打印版)")
    public Response export(@Context Request request, @PathParam("list") String list,
                           @QueryParam("format") @DefaultValue("xlsx") @Pattern(regexp = "xlsx|csv|pdf") String format,
                           @QueryParam("asOf") @Pattern(regexp = ItemResource.DATE) String asOf) {
        ListKind kind = ListKind.fromPath(list);
        ListPublisher.Format f = ListPublisher.Format.valueOf(format.toUpperCase(Locale.ROOT));
        var day = ItemResource.date("asOf", asOf);
        // The document carries today's date in its subtitle when asOf is absent, so the day is part of the variant.
        String variant = kind + "|" + f + "|" + (day != null ? day : BureauClock.today(clock));
        Response r = Conditional.ofCatalogue(request, revisions.current(), variant, () -> publisher.publish(kind, f, day));
        if (!(r.getEntity() instanceof ListPublisher.Document doc)) {
            return r; // 304
        }
        String encoded = URLEncoder.encode(doc.fileName(), StandardCharsets.UTF_8);
        return Response.fromResponse(r).entity(doc.bytes()).type(doc.format().mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + doc.fileName() + "\"; filename*=UTF-8''" + encoded)
                .build();
    }

    @POST
    @Path("/lists/{list}/import")
    @Consumes({XLSX, "text/csv"})
    @RolesAllowed(Roles.LEGAL)
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "The legal section's import of a list in the published layout (清单导入); role legal",
            description = "The first load of items (R-LIST-4), one trace per item. Every row and column error is reported "
                    + "(errors[].field = row[N].列名); nothing is imported unless every row is right. Items already published "
                    + "change only through the adjustment workflow.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "Every row was loaded (全部导入)", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = cn.gov.huiji.fourlists.list.service.ListImporter.Imported.class)))
    public Response importList(@PathParam("list") String list, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                               byte[] body) {
        ListKind kind = ListKind.fromPath(list);
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("file", "the request has no spreadsheet", "请求中没有表格文件");
        }
        String user = identity.getPrincipal().getName();
        ListImporter.Imported result = contentType != null && contentType.startsWith("text/csv")
                ? importer.importCsv(kind, body, user) : importer.importXlsx(kind, body, user);
        return Response.status(201).entity(result).build();
    }
}
