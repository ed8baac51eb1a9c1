package cn.gov.huiji.fourlists.workbench.rest;

import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.workbench.client.EnforcementApi;
import cn.gov.huiji.fourlists.workbench.service.BodyForm;
import cn.gov.huiji.fourlists.workbench.service.EnforcementBodies;
import cn.gov.huiji.fourlists.workbench.service.EntrustmentForm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The register of enforcement bodies (执法主体, Art. 17–18; R-LIST-8), kept by the legal section: register a body,
 * correct its record (a new version), publish it once confirmed or withdraw it with the reason, and register or end
 * the entrustments of an entrusted organisation. list-service decides and traces every change; its refusals are
 * shown in Chinese and nothing typed is lost.
 */
@Path("/bodies")
@Produces(MediaType.TEXT_HTML)
public class BodyDesk {

    /** Who keeps the register (list-service allows legal and admin). */
    static final Set<String> KEEPERS = Set.of("legal", "admin");
    static final Map<String, String> DONE = Map.of("REGISTERED", "执法主体已登记，尚未公告", "UPDATED", "已保存为新版本",
            "PUBLISHED", "已公告", "WITHDRAWN", "已撤销公告", "ENTRUSTED", "委托已登记", "REVOKED", "委托已终止");
    static final String SERVICE = "清单服务";

    private final SecurityIdentity identity;
    private final AccessTokenCredential accessToken;
    private final EnforcementApi api;
    private final Template listPage;
    private final Template bodyPage;
    private final Template formPage;

    public BodyDesk(SecurityIdentity identity, AccessTokenCredential accessToken, @RestClient EnforcementApi api,
                    @Location("bodies.html") Template listPage, @Location("body.html") Template bodyPage,
                    @Location("body-form.html") Template formPage) {
        this.identity = identity;
        this.accessToken = accessToken;
        this.api = api;
        this.listPage = listPage;
        this.bodyPage = bodyPage;
        this.formPage = formPage;
    }

    private String bearer() {
        return "Bearer " + accessToken.getToken();
    }

    private boolean keeper() {
        return identity.getRoles().stream().anyMatch(KEEPERS::contains);
    }

    // --- the register ----------------------------------------------------------------------------------------------

    @GET
    public Response list() {
        List<EnforcementBodies.Row> rows = List.of();
        String error = null;
        int status = 200;
        try {
            rows = EnforcementBodies.rows(api.bodies(bearer(), true));
        } catch (RuntimeException e) {
            error = ServiceAnswers.explain(e, SERVICE, Map.of());
            status = ServiceAnswers.status(e);
        }
        return Response.status(status).entity(listPage.data("title", "执法主体").data("user", User.of(identity))
                .data("rows", rows).data("error", error).data("keeper", keeper())).build();
    }

    @GET
    @Path("/new")
    public Response newForm() {
        return registerForm(BodyForm.empty(), null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@RestForm String creditCode, @RestForm String name, @RestForm String kind,
                             @RestForm String enforcementCategory, @RestForm String legalBasis, @RestForm String confirmationNo,
                             @RestForm String confirmationDate) {
        BodyForm form = new BodyForm(creditCode, name, kind, enforcementCategory, legalBasis, confirmationNo, confirmationDate);
        List<String> problems = form.problems();
        if (!problems.isEmpty()) {
            return registerForm(form, String.join(" ", problems), 400);
        }
        try (Response created = api.register(bearer(), form.toJson())) {
            return done(creditCode == null ? "" : creditCode.strip(), "REGISTERED");
        } catch (RuntimeException e) {
            return registerForm(form, ServiceAnswers.explain(e, SERVICE, BodyForm.LABELS), ServiceAnswers.status(e));
        }
    }

    private Response registerForm(BodyForm form, String error, int status) {
        return Response.status(status).entity(formPage.data("title", "登记执法主体").data("user", User.of(identity))
                .data("form", form).data("kinds", BodyForm.KINDS.entrySet()).data("error", error)).build();
    }

    // --- one body --------------------------------------------------------------------------------------------------

    /** What the forms of a body's page hold: as stored, or as the user typed them when the service refused. */
    record Forms(BodyForm edit, EntrustmentForm entrustment, String withdrawReason, EntrustmentForm.Revocation revocation) {
        static Forms fresh() {
            return new Forms(null, EntrustmentForm.empty(), "", null);
        }
    }

    @GET
    @Path("/{creditCode}")
    public Response show(@PathParam("creditCode") String creditCode, @QueryParam("done") String done) {
        return render(creditCode, done == null ? null : DONE.get(done), null, 200, Forms.fresh());
    }

    /** A corrected record: list-service keeps it as a new version. */
    @POST
    @Path("/{creditCode}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("creditCode") String creditCode, @RestForm String name, @RestForm String kind,
                           @RestForm String enforcementCategory, @RestForm String legalBasis, @RestForm String confirmationNo,
                           @RestForm String confirmationDate) {
        BodyForm form = new BodyForm(creditCode, name, kind, enforcementCategory, legalBasis, confirmationNo, confirmationDate);
        Forms typed = new Forms(form, EntrustmentForm.empty(), "", null);
        return act(creditCode, form.problems(), () -> api.update(bearer(), creditCode, form.toJson()), "UPDATED", BodyForm.LABELS, typed);
    }

    /** Art. 17: a confirmed body is published (公告); list-service refuses one whose confirmation is not recorded. */
    @POST
    @Path("/{creditCode}/publication")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("creditCode") String creditCode) {
        return act(creditCode, List.of(), () -> api.publish(bearer(), creditCode, JsonNodeFactory.instance.objectNode()), "PUBLISHED",
                Map.of(), Forms.fresh());
    }

    @POST
    @Path("/{creditCode}/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("creditCode") String creditCode, @RestForm String reason) {
        Forms typed = new Forms(null, EntrustmentForm.empty(), reason == null ? "" : reason, null);
        List<String> problems = reason == null || reason.isBlank() ? List.of("请写明撤销公告的理由。") : List.of();
        return act(creditCode, problems, () -> api.withdraw(bearer(), creditCode,
                JsonNodeFactory.instance.objectNode().put("reason", reason.strip())), "WITHDRAWN", Map.of("reason", "撤销公告的理由"), typed);
    }

    /** Art. 18: an entrustment names the entrusting body, the items, the term and the document. */
    @POST
    @Path("/{creditCode}/entrustments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response entrust(@PathParam("creditCode") String creditCode, @RestForm String entrustingCreditCode,
                            @RestForm String itemCodes, @RestForm String validFrom, @RestForm String validTo,
                            @RestForm String documentNo, @RestForm String documentDate) {
        EntrustmentForm form = new EntrustmentForm(entrustingCreditCode, itemCodes, validFrom, validTo, documentNo, documentDate);
        Forms typed = new Forms(null, form, "", null);
        return act(creditCode, form.problems(), () -> api.entrust(bearer(), creditCode, form.toJson()), "ENTRUSTED",
                EntrustmentForm.LABELS, typed);
    }

    @POST
    @Path("/{creditCode}/entrustments/{id}/revocation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("creditCode") String creditCode, @PathParam("id") String id, @RestForm String date,
                           @RestForm String reason) {
        EntrustmentForm.Revocation form = new EntrustmentForm.Revocation(id, date, reason);
        Forms typed = new Forms(null, EntrustmentForm.empty(), "", form);
        return act(creditCode, form.problems(), () -> api.revoke(bearer(), creditCode, id, form.toJson()), "REVOKED",
                EntrustmentForm.Revocation.LABELS, typed);
    }

    /** One change: refused here if it cannot even be sent, else by list-service; done, the page is read again (PRG). */
    private Response act(String creditCode, List<String> problems, Supplier<Response> call, String done, Map<String, String> labels,
                         Forms typed) {
        if (!problems.isEmpty()) {
            return render(creditCode, null, String.join(" ", problems), 400, typed);
        }
        try (Response answered = call.get()) {
            // the page reads the body again: what list-service now holds is what is shown
        } catch (RuntimeException e) {
            return render(creditCode, null, ServiceAnswers.explain(e, SERVICE, labels), ServiceAnswers.status(e), typed);
        }
        return done(creditCode, done);
    }

    private static Response done(String creditCode, String done) {
        return Response.seeOther(UriBuilder.fromPath("/bodies/{code}").queryParam("done", done).build(creditCode)).build();
    }

    private Response render(String creditCode, String done, String error, int status, Forms forms) {
        LocalDate today = ZonedDateTime.now(BureauClock.ZONE).toLocalDate();
        EnforcementBodies.Body body = null;
        String readError = null;
        int pageStatus = status;
        JsonNode view = null;
        try {
            view = api.body(bearer(), creditCode);
            body = EnforcementBodies.of(view, today);
        } catch (RuntimeException e) {
            readError = ServiceAnswers.explain(e, SERVICE, Map.of());
            pageStatus = status == 200 ? ServiceAnswers.status(e) : status;
        }
        List<EnforcementBodies.Row> others = List.of();
        if (body != null && body.entrusted() && keeper()) {
            try {
                others = EnforcementBodies.rows(api.bodies(bearer(), true)).stream()
                        .filter(r -> !r.creditCode().equals(creditCode)).toList();
            } catch (RuntimeException e) {
                // the entrusting body's code is typed without suggestions
            }
        }
        BodyForm edit = forms.edit() != null ? forms.edit() : view != null ? BodyForm.of(view) : BodyForm.empty();
        return Response.status(pageStatus).entity(bodyPage.data("title", body == null ? "执法主体 " + creditCode : body.name())
                .data("user", User.of(identity)).data("creditCode", creditCode).data("body", body)
                .data("keeper", keeper()).data("done", done).data("error", error).data("readError", readError)
                .data("edit", edit).data("kinds", BodyForm.KINDS.entrySet()).data("entrustment", forms.entrustment())
                .data("withdrawReason", forms.withdrawReason()).data("revocation", forms.revocation()).data("others", others)
                .data("today", today)).build();
    }
}
