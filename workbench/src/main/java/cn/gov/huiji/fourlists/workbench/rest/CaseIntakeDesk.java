package cn.gov.huiji.fourlists.workbench.rest;

import cn.gov.huiji.fourlists.workbench.client.ComplaintApi;
import cn.gov.huiji.fourlists.workbench.service.CaseQueue;
import cn.gov.huiji.fourlists.workbench.service.OfflineIntake;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 登记来件: a complaint handler records a case that came by phone, fax, letter or visit (Art. 28). complaint-service's
 * own intake takes it (POST /api/v1/cases with the channel; only a handler's token may name one), checks it whole and
 * answers with the case number and the query code, shown here once for the handler to pass on to the submitter.
 */
@Path("/cases/new")
@Produces(MediaType.TEXT_HTML)
public class CaseIntakeDesk {

    private final SecurityIdentity identity;
    private final AccessTokenCredential accessToken;
    private final ComplaintApi complaint;
    private final ObjectMapper json;
    private final Template page;

    public CaseIntakeDesk(SecurityIdentity identity, AccessTokenCredential accessToken, @RestClient ComplaintApi complaint,
                          ObjectMapper json, @Location("intake.html") Template page) {
        this.identity = identity;
        this.accessToken = accessToken;
        this.complaint = complaint;
        this.json = json;
        this.page = page;
    }

    @GET
    public Response form() {
        return show(OfflineIntake.Form.empty(), List.of(), null, 200);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response record(@RestForm String channel, @RestForm String kind, @RestForm String subjectKind, @RestForm String subjectRef,
                           @RestForm String content, @RestForm String anonymous, @RestForm String name, @RestForm String phone,
                           @RestForm String idNumber, @RestForm String address, @RestForm String email,
                           @RestForm("attachments") List<FileUpload> attachments) {
        OfflineIntake.Form form = new OfflineIntake.Form(channel, kind, subjectKind, subjectRef, content, anonymous, name, phone,
                idNumber, address, email);
        if (!identity.hasRole("complaint-handler")) {
            return show(form, List.of("只有投诉举报受理人可以登记来件。"), null, 403);
        }
        JsonNode choices = choices();
        if (choices == null) {
            return show(form, List.of("投诉举报服务暂时无法访问，请稍后再试。"), null, 503);
        }
        List<String> missing = OfflineIntake.missing(form, CaseQueue.choices(choices.path("kinds")).keySet(),
                CaseQueue.choices(choices.path("subjects")).keySet());
        if (!missing.isEmpty()) {
            return show(form, missing, null, 400);
        }
        List<OfflineIntake.File> files = new ArrayList<>();
        for (FileUpload f : attachments == null ? List.<FileUpload>of() : attachments) {
            try {
                files.add(new OfflineIntake.File(f.fileName(), Files.readAllBytes(f.uploadedFile())));
            } catch (IOException e) {
                throw new UncheckedIOException("the uploaded attachment could not be read", e);
            }
        }
        JsonNode receipt;
        try {
            receipt = complaint.submit("Bearer " + accessToken.getToken(), OfflineIntake.body(form, files, json));
        } catch (WebApplicationException e) {
            int s = e.getResponse().getStatus();
            return show(form, explain(e.getResponse()), null, s == 403 || s == 409 ? s : s == 429 ? 429 : 400);
        } catch (RuntimeException e) {
            return show(form, List.of("投诉举报服务暂时无法访问，请稍后再试。"), null, 503);
        }
        // no redirect: the query code is shown on this answer only (complaint-service keeps only its hash)
        return show(OfflineIntake.Form.empty(), List.of(), json.convertValue(receipt, Map.class), 201);
    }

    private Response show(OfflineIntake.Form form, List<String> errors, Map<?, ?> receipt, int status) {
        JsonNode choices = choices();
        TemplateInstance view = page.data("title", "登记来件").data("user", User.of(identity)).data("form", form)
                .data("errors", errors).data("receipt", receipt)
                .data("handler", identity.hasRole("complaint-handler"))
                .data("channels", OfflineIntake.CHANNELS.entrySet())
                .data("kinds", choices == null ? List.of() : CaseQueue.choices(choices.path("kinds")).entrySet())
                .data("subjects", choices == null ? List.of() : CaseQueue.choices(choices.path("subjects")).entrySet());
        if (!identity.hasRole("complaint-handler") && errors.isEmpty()) {
            view.data("errors", List.of("只有投诉举报受理人可以登记来件。"));
            status = 403;
        } else if (choices == null && errors.isEmpty() && receipt == null) {
            view.data("errors", List.of("投诉举报服务暂时无法访问，请稍后再试。"));
            status = 503;
        }
        return Response.status(status).entity(view).build();
    }

    private JsonNode choices() {
        try {
            return complaint.caseKinds();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<String> explain(Response response) {
        try {
            return OfflineIntake.explain(response.readEntity(JsonNode.class));
        } catch (RuntimeException e) {
            return List.of(Problems.explain(response));
        }
    }
}
