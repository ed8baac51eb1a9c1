package cn.gov.huiji.fourlists.list.enforcement.rest;

import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.list.enforcement.domain.BodyKind;
import cn.gov.huiji.fourlists.list.enforcement.domain.Entrustment;
import cn.gov.huiji.fourlists.list.enforcement.service.BodyRecord;
import cn.gov.huiji.fourlists.list.enforcement.service.BodyRegister;
import cn.gov.huiji.fourlists.list.enforcement.service.BodyService;
import cn.gov.huiji.fourlists.list.enforcement.service.EntrustmentRecord;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/bodies")
@Tag(name = "Enforcement bodies", description = "执法主体公示 (Art. 17–18, R-LIST-8): the register of enforcement bodies and "
        + "entrusted organisations; reading the published bodies is public, the legal section keeps the register")
public class BodyResource {

    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    static final String BODY_EXAMPLE = """
            {"creditCode": "114101080051883705", "name": "惠济区安全生产监督管理局", "kind": "STATUTORY", \
            "enforcementCategory": "安全生产监管执法", "legalBasis": "《中华人民共和国安全生产法》（2014年8月31日修正）第九条", \
            "confirmationNo": "惠编〔2016〕12号", "confirmationDate": "2016-06-30"}""";

    private final BodyService service;
    private final BodyRegister register;
    private final SecurityIdentity identity;
    private final Clock clock;

    public BodyResource(BodyService service, BodyRegister register, SecurityIdentity identity, Clock clock) {
        this.service = service;
        this.register = register;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "The published enforcement bodies on a day (执法主体公示); public",
            description = "asOf=YYYY-MM-DD (default today, Beijing time): the bodies registered, confirmed and published at "
                    + "the end of that day, with the entrustments they received (inTerm on that day). "
                    + "kind = STATUTORY | AUTHORIZED | ENTRUSTED.")
    @APIResponse(responseCode = "200", description = "The published bodies (已公告的执法主体)", content = @Content(mediaType = "application/json",
            schema = @Schema(type = SchemaType.ARRAY, implementation = BodyView.class)))
    public List<BodyView> list(@QueryParam("asOf") @Pattern(regexp = DATE) @Parameter(description = "YYYY-MM-DD; default today") String asOf,
                               @QueryParam("kind") @Pattern(regexp = "STATUTORY|AUTHORIZED|ENTRUSTED")
                               @Parameter(description = "STATUTORY 法定, AUTHORIZED 授权, ENTRUSTED 受委托组织") String kind,
                               @QueryParam("includeUnpublished") @Parameter(description = "true: also the bodies registered "
                                       + "but not (or no longer) published (含未公告的); only the legal section and admin, else 403")
                               boolean includeUnpublished) {
        LocalDate day = day("asOf", asOf);
        BodyKind wanted = kind == null ? null : BodyKind.valueOf(kind);
        if (includeUnpublished) {
            // The register as the legal section keeps it; the public sees only what was published (Art. 17).
            if (!identity.hasRole(Roles.LEGAL) && !identity.hasRole(Roles.ADMIN)) {
                throw ProblemException.of(403, "forbidden", "Forbidden", "无权访问",
                        "Only the legal section reads the bodies that are not published.", "只有法制科可以查看未公告的执法主体。");
            }
            return register.registeredList(day, wanted).stream().map(b -> view(b, day)).toList();
        }
        return register.publishedList(day, wanted).stream().map(b -> view(b, day)).toList();
    }

    @GET
    @Path("/{creditCode}")
    @Operation(summary = "One enforcement body as on a day (执法主体详情); public",
            description = "404 when the code is unknown or the body was not published at the end of asOf (default today); "
                    + "the legal section (and admin) also read an unpublished body's record here.")
    @APIResponse(responseCode = "200", description = "The body with its entrustments (执法主体及受委托事项)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = BodyView.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not published on that day (未登记或未公告)")
    public BodyView one(@PathParam("creditCode") String creditCode,
                        @QueryParam("asOf") @Pattern(regexp = DATE) @Parameter(description = "YYYY-MM-DD; default today") String asOf) {
        LocalDate day = day("asOf", asOf);
        boolean staff = identity.hasRole(Roles.LEGAL) || identity.hasRole(Roles.ADMIN);
        BodyRecord b = (staff ? register.on(creditCode, day) : register.publishedOn(creditCode, day))
                .orElseThrow(() -> ProblemException.of(404, "not-found", "Not found", "未找到",
                        "No enforcement body " + creditCode + " was " + (staff ? "registered" : "published") + " on " + day + ".",
                        "执法主体 " + creditCode + " 在 " + day + (staff ? " 未登记。" : " 未公告。")));
        return view(b, day);
    }

    @POST
    @RolesAllowed({Roles.LEGAL, Roles.ADMIN})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Register an enforcement body (执法主体登记); roles legal, admin",
            description = "Registered, not yet published: publication needs the confirmation (确认文号 and date). "
                    + "An invalid creditCode (GB 32100) is a 400 naming the field; a code registered already is a 409.")
    @APIResponse(responseCode = "201", description = "Registered, version 1, not published (已登记，未公告)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = BodyView.class)))
    @APIResponse(responseCode = "409", description = "Registered already (已登记)")
    public Response register(@RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "bureau", value = BODY_EXAMPLE))) @Valid @NotNull BodyRequests.BodyInput input) {
        BodyRecord b = service.register(input.toService(), user());
        return Response.created(UriBuilder.fromPath("/api/v1/bodies/{code}").build(b.creditCode()))
                .entity(view(b, today())).build();
    }

    @PUT
    @Path("/{creditCode}")
    @RolesAllowed({Roles.LEGAL, Roles.ADMIN})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Change a body's record: a new version (执法主体信息变更); roles legal, admin",
            description = "A published body stays published and must keep its confirmation (409 otherwise). "
                    + "A record sent unchanged makes no new version.")
    @APIResponse(responseCode = "200", description = "The body's record now (变更后的登记信息)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = BodyView.class)))
    @APIResponse(responseCode = "404", description = "Not registered (未登记)")
    public BodyView update(@PathParam("creditCode") String creditCode, @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "reconfirmed", value = BODY_EXAMPLE))) @Valid @NotNull BodyRequests.BodyInput input) {
        return view(service.update(creditCode, input.toService(), user()), today());
    }

    @POST
    @Path("/{creditCode}/publication")
    @RolesAllowed({Roles.LEGAL, Roles.ADMIN})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Publish a confirmed body (执法主体公告); roles legal, admin",
            description = "Needs confirmationNo and confirmationDate on record: 409 (主体未确认) otherwise. "
                    + "Publishing a published body changes nothing.")
    @APIResponse(responseCode = "200", description = "Published (已公告)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = BodyView.class)))
    @APIResponse(responseCode = "409", description = "Not confirmed (主体未确认)")
    public BodyView publish(@PathParam("creditCode") String creditCode,
                            @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "empty", value = "{}")))
                            Map<String, Object> ignored) {
        return view(service.publish(creditCode, user()), today());
    }

    @DELETE
    @Path("/{creditCode}/publication")
    @RolesAllowed({Roles.LEGAL, Roles.ADMIN})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Withdraw a body from publication, with the reason (撤销执法主体公告); roles legal, admin",
            description = "From then on the body implements no newly loaded or adjusted item and the authority check "
                    + "answers BODY_NOT_CONFIRMED for it.")
    @APIResponse(responseCode = "200", description = "Withdrawn (已撤销公告)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = BodyView.class)))
    @APIResponse(responseCode = "409", description = "Not published (未公告)")
    public BodyView withdraw(@PathParam("creditCode") String creditCode, @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "merged", value = "{\"reason\": \"机构撤并\"}"))) @Valid @NotNull BodyRequests.Withdrawal input) {
        return view(service.withdraw(creditCode, input.reason(), user()), today());
    }

    @POST
    @Path("/{creditCode}/entrustments")
    @RolesAllowed({Roles.LEGAL, Roles.ADMIN})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Register an entrustment received by an entrusted organisation (行政执法委托登记); roles legal, admin",
            description = "The body must be registered as ENTRUSTED (409 otherwise); the entrusting body must be registered; "
                    + "every item code must be an item in force of the entrusting body; validTo not before validFrom "
                    + "(400 naming the field).")
    @APIResponse(responseCode = "201", description = "The entrustment (已登记委托)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = EntrustmentView.class)))
    @APIResponse(responseCode = "409", description = "The body is not an entrusted organisation (非受委托组织)")
    public Response entrust(@PathParam("creditCode") String creditCode, @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "inspection", value = """
                    {"entrustingCreditCode": "114101080051883705", "itemCodes": ["410108-AJ-CF-001"], \
                    "validFrom": "2016-07-01", "validTo": "2018-06-30", "documentNo": "惠安监委〔2016〕3号", \
                    "documentDate": "2016-06-28"}"""))) @Valid @NotNull BodyRequests.EntrustmentInput input) {
        Entrustment e = service.entrust(creditCode, input.toService(), user());
        return Response.created(UriBuilder.fromPath("/api/v1/bodies/{code}").build(e.entrustedCreditCode))
                .entity(view(e)).build();
    }

    @POST
    @Path("/{creditCode}/entrustments/{id}/revocation")
    @RolesAllowed({Roles.LEGAL, Roles.ADMIN})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "End an entrustment before its term, with the reason (终止委托); roles legal, admin",
            description = "From date on the entrustment gives no authority. A second revocation is a 409.")
    @APIResponse(responseCode = "200", description = "Revoked (已终止)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = EntrustmentView.class)))
    @APIResponse(responseCode = "409", description = "Revoked already (已终止)")
    public EntrustmentView revoke(@PathParam("creditCode") String creditCode, @PathParam("id") UUID id,
                                  @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "dissolved",
                                          value = "{\"date\": \"2017-04-01\", \"reason\": \"受托组织撤销\"}")))
                                  @Valid @NotNull BodyRequests.Revocation input) {
        return view(service.revoke(creditCode, id, input.date(), input.reason(), user()));
    }

    // ---- views

    private BodyView view(BodyRecord b, LocalDate day) {
        List<EntrustmentRecord> received = register.entrustmentsOf(b.creditCode());
        Map<String, String> names = register.names(received.stream().map(EntrustmentRecord::entrustingCreditCode).distinct().toList());
        return BodyView.of(b, received.stream().map(e -> EntrustmentView.of(e, names.get(e.entrustingCreditCode()), day)).toList());
    }

    private EntrustmentView view(Entrustment e) {
        LocalDate day = today();
        EntrustmentRecord r = register.entrustmentsOf(e.entrustedCreditCode).stream()
                .filter(x -> x.id().equals(e.id)).findFirst().orElseThrow();
        return EntrustmentView.of(r, register.names(List.of(r.entrustingCreditCode())).get(r.entrustingCreditCode()), day);
    }

    private LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return today();
        }
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid(field, "not a date (YYYY-MM-DD)", "日期格式应为 YYYY-MM-DD");
        }
    }

    private LocalDate today() {
        return BureauClock.today(clock);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
