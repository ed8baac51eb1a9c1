package cn.gov.huiji.fourlists.list.enforcement.rest;

import cn.gov.huiji.fourlists.kernel.problem.Problem;
import cn.gov.huiji.fourlists.list.enforcement.service.OfficerImport;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * A rejected officer import as an RFC 9457 problem whose errors name the spreadsheet's row and column
 * ({@code row}, {@code column}), besides the usual {@code field} ({@code row[N].列名}, as the lists' import names it).
 */
public class OfficerImportProblems {

    @JsonPropertyOrder({"type", "title", "titleZh", "status", "detail", "detailZh", "instance", "errors"})
    /** The kernel's Problem with row and column in each error (documented as Problem, with an example, on the operation). */
    public record ImportProblem(String type, String title, String titleZh, int status, String detail, String detailZh,
                                String instance, List<CellError> errors) {
    }

    @JsonPropertyOrder({"field", "row", "column", "message", "messageZh"})
    /** One error of the file: the row as the spreadsheet numbers it and the column's header (行、列). */
    public record CellError(String field, int row, String column, String message, String messageZh) {
    }

    @ServerExceptionMapper
    public Response rejected(OfficerImport.Rejected e, UriInfo uri) {
        List<CellError> errors = e.errors().stream().map(r -> new CellError("row[" + r.row() + "]." + r.column(), r.row(),
                r.column(), r.message(), r.messageZh())).toList();
        ImportProblem p = new ImportProblem(Problem.TYPE_PREFIX + "validation", "Invalid input", "输入有误", 400,
                errors.size() + " error(s) in the spreadsheet; nothing was imported.",
                "表格中有 " + errors.size() + " 处错误，未导入任何执法人员。", uri.getPath(), errors);
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(p).build();
    }
}
