package cn.gov.huiji.fourlists.workbench.rest;

import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.workbench.client.EnforcementApi;
import cn.gov.huiji.fourlists.workbench.client.OfficerImportApi;
import cn.gov.huiji.fourlists.workbench.service.EnforcementBodies;
import cn.gov.huiji.fourlists.workbench.service.ListImport;
import cn.gov.huiji.fourlists.workbench.service.OfficerForm;
import cn.gov.huiji.fourlists.workbench.service.Officers;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The register of enforcement officers (执法人员, Art. 19; R-LIST-9), kept by the legal section: find an officer by
 * name, unit or certificate number, register one, renew or correct a record, change a certificate's status (有效 /
 * 注销 / 暂扣) with its date and reason, and load many from a spreadsheet — passed to list-service as the file it is;
 * list-service loads every row or none and its errors are shown by 行 and 列.
 */
@Path("/officers")
@Produces(MediaType.TEXT_HTML)
public class OfficerDesk {

    static final int PAGE_SIZE = 20;
    static final Map<String, String> DONE = Map.of("REGISTERED", "执法人员已登记", "UPDATED", "已保存修改", "STATUS", "执法证状态已变更");
    static final String SERVICE = "清单服务";

    private final SecurityIdentity identity;
    private final AccessTokenCredential accessToken;
    private final EnforcementApi api;
    private final OfficerImportApi importer;
    private final Template listPage;
    private final Template officerPage;
    private final Template formPage;

    public OfficerDesk(SecurityIdentity identity, AccessTokenCredential accessToken, @RestClient EnforcementApi api,
                       @RestClient OfficerImportApi importer, @Location("officers.html") Template listPage,
                       @Location("officer.html") Template officerPage, @Location("officer-form.html") Template formPage) {
        this.identity = identity;
        this.accessToken = accessToken;
        this.api = api;
        this.importer = importer;
        this.listPage = listPage;
        this.officerPage = officerPage;
        this.formPage = formPage;
    }

    private String bearer() {
        return "Bearer " + accessToken.getToken();
    }

    private boolean keeper() {
        return identity.getRoles().stream().anyMatch(BodyDesk.KEEPERS::contains);
    }

    // --- search and import -----------------------------------------------------------------------------------------

    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("page") Integer page) {
        return render(q, page == null || page < 1 ? 1 : page, null, null, 200);
    }

    /** A spreadsheet of officers (CSV or XLSX with the Chinese header row), forwarded as the file it is. */
    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importOfficers(@RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return render(null, 1, null, "请选择要导入的表格文件（.xlsx 或 .csv）。", 400);
        }
        Optional<String> type = ListImport.mediaType(file.fileName());
        if (type.isEmpty()) {
            return render(null, 1, null, "只能导入 .xlsx 或 .csv 格式的表格，所选文件为“" + file.fileName() + "”。", 400);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            JsonNode answer = ListImport.XLSX.equals(type.get()) ? importer.importXlsx(bearer(), bytes) : importer.importCsv(bearer(), bytes);
            return render(null, 1, Officers.imported(file.fileName(), answer), null, 200);
        } catch (RuntimeException e) {
            JsonNode problem = ServiceAnswers.problem(e);
            if (problem != null && problem.path("errors").size() > 0) {
                return render(null, 1, Officers.refused(file.fileName(), problem), null, ServiceAnswers.status(e));
            }
            return render(null, 1, null, ServiceAnswers.explain(e, problem, SERVICE, Map.of()), ServiceAnswers.status(e));
        }
    }

    private Response render(String q, int page, Officers.ImportOutcome imported, String importError, int status) {
        String query = q == null ? "" : q.strip();
        Officers.Results results = null;
        String error = null;
        int pageStatus = status;
        try {
            results = Officers.results(api.officers(bearer(), query.isEmpty() ? null : query, page - 1, PAGE_SIZE));
        } catch (RuntimeException e) {
            error = ServiceAnswers.explain(e, SERVICE, Map.of());
            pageStatus = status == 200 ? ServiceAnswers.status(e) : status;
        }
        return Response.status(pageStatus).entity(listPage.data("title", "执法人员").data("user", User.of(identity))
                .data("q", query).data("results", results).data("error", error).data("keeper", keeper())
                .data("previous", pageLink(query, page - 1)).data("next", pageLink(query, page + 1))
                .data("imported", imported).data("importError", importError)).build();
    }

    private static String pageLink(String q, int page) {
        UriBuilder b = UriBuilder.fromPath("/officers");
        if (!q.isEmpty()) {
            b.queryParam("q", q);
        }
        return b.queryParam("page", page).build().toString();
    }

    // --- registering -----------------------------------------------------------------------------------------------

    @GET
    @Path("/new")
    public Response newForm() {
        return registerForm(OfficerForm.empty(), null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@RestForm String certificateNo, @RestForm String name, @RestForm String unitCreditCode,
                             @RestForm String category, @RestForm String area, @RestForm String issuingAuthority,
                             @RestForm String validFrom, @RestForm String validTo) {
        OfficerForm form = new OfficerForm(certificateNo, name, unitCreditCode, category, area, issuingAuthority, validFrom, validTo);
        List<String> problems = form.problems();
        if (!problems.isEmpty()) {
            return registerForm(form, String.join(" ", problems), 400);
        }
        try (Response created = api.registerOfficer(bearer(), form.toJson())) {
            return done(certificateNo == null ? "" : certificateNo.strip(), "REGISTERED");
        } catch (RuntimeException e) {
            return registerForm(form, ServiceAnswers.explain(e, SERVICE, OfficerForm.LABELS), ServiceAnswers.status(e));
        }
    }

    private Response registerForm(OfficerForm form, String error, int status) {
        return Response.status(status).entity(formPage.data("title", "登记执法人员").data("user", User.of(identity))
                .data("form", form).data("units", units()).data("error", error)).build();
    }

    /** The registered bodies, offered as the officer's unit; none when list-service does not answer. */
    private List<EnforcementBodies.Row> units() {
        try {
            return EnforcementBodies.rows(api.bodies(bearer(), true));
        } catch (RuntimeException e) {
            return List.of(); // the unit's code is typed without suggestions
        }
    }

    // --- one officer -----------------------------------------------------------------------------------------------

    @GET
    @Path("/{certificateNo}")
    public Response show(@PathParam("certificateNo") String certificateNo, @QueryParam("done") String done) {
        return officer(certificateNo, done == null ? null : DONE.get(done), null, 200, null, null);
    }

    /** A renewed or corrected record (e.g. 换发执法证: a new term). */
    @POST
    @Path("/{certificateNo}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("certificateNo") String certificateNo, @RestForm String name, @RestForm String unitCreditCode,
                           @RestForm String category, @RestForm String area, @RestForm String issuingAuthority,
                           @RestForm String validFrom, @RestForm String validTo) {
        OfficerForm form = new OfficerForm(certificateNo, name, unitCreditCode, category, area, issuingAuthority, validFrom, validTo);
        return act(certificateNo, form.problems(), () -> api.updateOfficer(bearer(), certificateNo, form.toJson()), "UPDATED",
                OfficerForm.LABELS, form, null);
    }

    /** 有效 / 注销 / 暂扣, from a date, for a reason; list-service keeps the history. */
    @POST
    @Path("/{certificateNo}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeStatus(@PathParam("certificateNo") String certificateNo, @RestForm String status, @RestForm String date,
                                 @RestForm String reason) {
        OfficerForm.StatusChange change = new OfficerForm.StatusChange(status, date, reason);
        return act(certificateNo, change.problems(), () -> api.changeStatus(bearer(), certificateNo, change.toJson()), "STATUS",
                OfficerForm.StatusChange.LABELS, null, change);
    }

    private Response act(String certificateNo, List<String> problems, Supplier<Response> call, String done, Map<String, String> labels,
                         OfficerForm edit, OfficerForm.StatusChange change) {
        if (!problems.isEmpty()) {
            return officer(certificateNo, null, String.join(" ", problems), 400, edit, change);
        }
        try (Response answered = call.get()) {
            // the page reads the officer again: what list-service now holds is what is shown
        } catch (RuntimeException e) {
            return officer(certificateNo, null, ServiceAnswers.explain(e, SERVICE, labels), ServiceAnswers.status(e), edit, change);
        }
        return done(certificateNo, done);
    }

    private static Response done(String certificateNo, String done) {
        return Response.seeOther(UriBuilder.fromPath("/officers/{no}").queryParam("done", done).build(certificateNo)).build();
    }

    private Response officer(String certificateNo, String done, String error, int status, OfficerForm edit,
                             OfficerForm.StatusChange change) {
        LocalDate today = ZonedDateTime.now(BureauClock.ZONE).toLocalDate();
        Officers.Officer officer = null;
        JsonNode view = null;
        String readError = null;
        int pageStatus = status;
        try {
            view = api.officer(bearer(), certificateNo);
            officer = Officers.of(view, today);
        } catch (RuntimeException e) {
            readError = ServiceAnswers.explain(e, SERVICE, Map.of());
            pageStatus = status == 200 ? ServiceAnswers.status(e) : status;
        }
        OfficerForm form = edit != null ? edit : view != null ? OfficerForm.of(view) : OfficerForm.empty();
        OfficerForm.StatusChange statusForm = change != null ? change
                : new OfficerForm.StatusChange(officer == null ? "VALID" : officer.status(), today.toString(), "");
        return Response.status(pageStatus).entity(officerPage.data("title", officer == null ? "执法证 " + certificateNo : officer.name())
                .data("user", User.of(identity)).data("certificateNo", certificateNo).data("officer", officer)
                .data("keeper", keeper()).data("done", done).data("error", error).data("readError", readError)
                .data("form", form).data("units", keeper() && officer != null ? units() : List.of())
                .data("statusForm", statusForm).data("statuses", OfficerForm.StatusChange.STATUSES.entrySet())).build();
    }
}
