package cn.gov.huiji.fourlists.disclosure.rest;

import cn.gov.huiji.fourlists.disclosure.domain.DecisionKind;
import cn.gov.huiji.fourlists.disclosure.service.DecisionImport;
import cn.gov.huiji.fourlists.disclosure.service.SpreadsheetRows;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.security.ActorResolver;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/decisions/import")
// the same tag as DecisionResource, word for word: one tag, one description in the document
@Tag(name = "Decisions", description = "行政许可和行政处罚决定的接收、更正与公示 (双公示, Art. 8, R-LIST-11): the bureau's case-handling "
        + "systems (integration client) and the legal section send decisions; the legal section publishes, cancels and "
        + "restores them.")
public class DecisionImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DecisionImport importer;
    private final ActorResolver actors;

    public DecisionImportResource(DecisionImport importer, ActorResolver actors) {
        this.importer = importer;
        this.actors = actors;
    }

    @POST
    @Consumes({XLSX, "text/csv"})
    @RolesAllowed(Roles.LEGAL)
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "The legal section's import of decisions from a spreadsheet (决定批量导入); legal",
            description = "kind = licensing | penalty. A CSV (UTF-8) or .xlsx (first sheet) whose first row names the columns by "
                    + "the credit platforms' field codes (XK_* / CF_*) or their Chinese names (行政相对人名称, 处罚类别, …), plus "
                    + "事项编码 (the list item the decision rests on) and, for penalties, 裁量阶次 (optional). Amounts "
                    + "(CF_NR_FK, CF_NR_WFFF) in 万元 as in those field sets (0.2 = 2000元); dates yyyy-MM-dd or yyyy/MM/dd; "
                    + "categories, certificate types and penalty kinds by their Chinese names (or the 01.. codes); several "
                    + "处罚类别 separated by ';'. 许可机关/处罚机关, 数据来源单位, 当前状态 and 公示截止期 columns are ignored: the "
                    + "bureau and the rules set them. Every row is checked as POST /api/v1/decisions/licensing or /penalties "
                    + "checks one decision; every error is reported by row and column (errors[].field = row[N].列名) and "
                    + "nothing is imported unless every row is right. Each row received is a decision RECEIVED, traced.")
    @APIResponse(responseCode = "201", description = "Every row was received (全部导入)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DecisionImport.Imported.class)))
    @APIResponse(responseCode = "400", description = "A row or the file is wrong; errors[] names each row and column, nothing was "
            + "imported (导入有误，未导入)")
    @APIResponse(responseCode = "503", description = "list-service could not weigh a fine; nothing was imported (裁量基准暂不可用)")
    public Response importDecisions(@QueryParam("kind") @Parameter(description = "licensing | penalty", required = true) String kind,
                                    @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                    @RequestBody(content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                                            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
                                    byte[] body) {
        DecisionKind k = DecisionKind.parse(kind);
        if (k == null) {
            throw ProblemException.invalid("kind", "must be licensing or penalty", "须为 licensing（行政许可）或 penalty（行政处罚）");
        }
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("file", "the request has no spreadsheet", "请求中没有表格文件");
        }
        boolean csv = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/csv");
        var rows = csv ? SpreadsheetRows.csv(body) : SpreadsheetRows.xlsx(body);
        return Response.status(201).entity(importer.importRows(k, rows, actors.current())).build();
    }
}
