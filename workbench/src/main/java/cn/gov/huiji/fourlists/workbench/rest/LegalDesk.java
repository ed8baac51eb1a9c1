package cn.gov.huiji.fourlists.workbench.rest;

import cn.gov.huiji.fourlists.workbench.client.LegalInboxApi;
import cn.gov.huiji.fourlists.workbench.client.ListImportApi;
import cn.gov.huiji.fourlists.workbench.service.LegalInbox;
import cn.gov.huiji.fourlists.workbench.service.ListImport;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The legal section's desk (法制科): the public's suggestions about the lists (法制科收件箱), and the first load of a
 * list from a spreadsheet in the published layout (R-LIST-4). The file is passed to list-service as it is, with the
 * user's token; list-service loads every row or none, and its row and column errors are shown as a table.
 */
@Path("/legal")
@Produces(MediaType.TEXT_HTML)
public class LegalDesk {

    private final SecurityIdentity identity;
    private final AccessTokenCredential accessToken;
    private final LegalInboxApi inbox;
    private final ListImportApi importer;
    private final Template page;

    public LegalDesk(SecurityIdentity identity, AccessTokenCredential accessToken, @RestClient LegalInboxApi inbox,
                     @RestClient ListImportApi importer, @Location("legal.html") Template page) {
        this.identity = identity;
        this.accessToken = accessToken;
        this.inbox = inbox;
        this.importer = importer;
        this.page = page;
    }

    private String bearer() {
        return "Bearer " + accessToken.getToken();
    }

    @GET
    public Response show() {
        return render(null, null, null, 200);
    }

    /** The first load of a list: the chosen list and the spreadsheet, forwarded as the file it is. */
    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importList(@RestForm String list, @RestForm("file") FileUpload file) {
        Optional<ListImport.ListChoice> choice = ListImport.list(list);
        if (choice.isEmpty()) {
            return render(list, null, "请选择要导入的清单。", 400);
        }
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return render(list, null, "请选择要导入的表格文件（.xlsx 或 .csv）。", 400);
        }
        Optional<String> type = ListImport.mediaType(file.fileName());
        if (type.isEmpty()) {
            return render(list, null, "只能导入 .xlsx 或 .csv 格式的表格（按公布的清单格式），所选文件为“" + file.fileName() + "”。", 400);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String path = choice.get().path();
        ListImport.Outcome outcome;
        int status = 200;
        try {
            JsonNode imported = ListImport.XLSX.equals(type.get()) ? importer.importXlsx(bearer(), path, bytes)
                    : importer.importCsv(bearer(), path, bytes);
            outcome = ListImport.loaded(imported);
        } catch (RuntimeException e) {
            JsonNode problem = ServiceAnswers.problem(e);
            status = ServiceAnswers.status(e);
            if (problem != null && problem.path("errors").size() > 0) {
                outcome = ListImport.refused(problem);
            } else {
                return render(list, null, ServiceAnswers.explain(e, problem, "清单服务", Map.of()), status);
            }
        }
        return render(list, new Imported(choice.get().name(), file.fileName(), outcome), null, status);
    }

    /** What list-service answered about one file. */
    public record Imported(String listName, String fileName, ListImport.Outcome outcome) {
    }

    private Response render(String list, Imported imported, String importError, int status) {
        List<LegalInbox.Suggestion> suggestions = List.of();
        String inboxError = null;
        boolean withInbox = imported == null && importError == null;
        // complaint-service records every reading of the suggestions' content: read them only when the inbox is asked for
        if (withInbox) {
            try {
                suggestions = LegalInbox.of(inbox.suggestions(bearer()));
            } catch (WebApplicationException e) {
                inboxError = e.getResponse().getStatus() == 403 ? "收件箱仅供法制科查看。" : ServiceAnswers.explain(e, "投诉举报服务", Map.of());
            } catch (RuntimeException e) {
                inboxError = "投诉举报服务暂时无法访问，收件箱稍后显示。";
            }
        }
        return Response.status(status).entity(page.data("title", "法制科").data("withInbox", withInbox)
                .data("user", User.of(identity))
                .data("suggestions", suggestions).data("inboxError", inboxError)
                .data("lists", ListImport.LISTS).data("chosen", list == null ? "" : list)
                .data("imported", imported).data("importError", importError)).build();
    }
}
