package cn.gov.huiji.fourlists.list.enforcement.rest;

import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.rest.Page;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import cn.gov.huiji.fourlists.list.enforcement.domain.Officer;
import cn.gov.huiji.fourlists.list.enforcement.domain.OfficerStatusChange;
import cn.gov.huiji.fourlists.list.enforcement.service.CertificateExpiryWatch;
import cn.gov.huiji.fourlists.list.enforcement.service.OfficerImport;
import cn.gov.huiji.fourlists.list.enforcement.service.OfficerRegister;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Path("/api/v1/officers")
@Tag(name = "Enforcement officers", description = "执法人员公示 (Art. 19, R-LIST-9): the register of enforcement officers "
        + "and their certificates, the public certificate check; the legal section keeps the register. Never a personal "
        + "identity number.")
public class OfficerResource {

    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String OFFICER_INPUT = """
            {"certificateNo": "41010816001", "name": "张明", "unitCreditCode": "114101080051883705", \
            "category": "安全生产监管执法", "area": "惠济区", "issuingAuthority": "郑州市人民政府法制办公室", \
            "validFrom": "2016-07-01", "validTo": "2027-06-30"}""";
    static final String OFFICER_VIEW = """
            {"certificateNo": "41010816001", "name": "张明", \
            "unit": {"creditCode": "114101080051883705", "name": "惠济区安全生产监督管理局"}, \
            "category": "安全生产监管执法", "area": "惠济区", "issuingAuthority": "郑州市人民政府法制办公室", \
            "validFrom": "2016-07-01", "validTo": "2027-06-30", "status": "VALID", "statusZh": "有效", \
            "statusDate": "2017-04-01", "statusReason": "调查结束，恢复执法资格", "statusHistory": [\
            {"status": "VALID", "statusZh": "有效", "date": "2016-07-01", "reason": "执法证登记", "recordedAt": "2016-07-01T02:00:00Z"}, \
            {"status": "SUSPENDED", "statusZh": "暂扣", "date": "2017-03-01", "reason": "涉嫌违纪，暂扣执法证", "recordedAt": "2017-03-01T03:10:00Z"}, \
            {"status": "VALID", "statusZh": "有效", "date": "2017-04-01", "reason": "调查结束，恢复执法资格", "recordedAt": "2017-04-01T01:30:00Z"}]}""";
    static final String CHECK_VALID = """
            {"certificateNo": "41010816001", "date": "2026-12-05", "valid": true, "status": "VALID", "statusZh": "有效", \
            "name": "张明", "unit": {"creditCode": "114101080051883705", "name": "惠济区安全生产监督管理局"}, \
            "category": "安全生产监管执法", "area": "惠济区", "validFrom": "2016-07-01", "validTo": "2027-06-30", \
            "reason": "The certificate was valid on 2026-12-05 for 惠济区安全生产监督管理局, category 安全生产监管执法, area 惠济区.", \
            "reasonZh": "该执法证在 2026-12-05 有效：所在单位 惠济区安全生产监督管理局，执法类别 安全生产监管执法，执法区域 惠济区。"}""";
    static final String CHECK_SUSPENDED = """
            {"certificateNo": "41010816001", "date": "2017-03-15", "valid": false, "status": "SUSPENDED", "statusZh": "暂扣", \
            "name": "张明", "unit": {"creditCode": "114101080051883705", "name": "惠济区安全生产监督管理局"}, \
            "category": "安全生产监管执法", "area": "惠济区", "validFrom": "2016-07-01", "validTo": "2027-06-30", \
            "reason": "The certificate was suspended from 2017-03-01 (涉嫌违纪，暂扣执法证).", \
            "reasonZh": "该执法证自 2017-03-01 起暂扣（涉嫌违纪，暂扣执法证）。"}""";
    static final String IMPORT_ERRORS = """
            {"type": "urn:fourlists:problem:validation", "title": "Invalid input", "titleZh": "输入有误", "status": 400, \
            "detail": "2 error(s) in the spreadsheet; nothing was imported.", "detailZh": "表格中有 2 处错误，未导入任何执法人员。", \
            "instance": "/api/v1/officers/import", "errors": [\
            {"field": "row[3].所在单位统一社会信用代码", "row": 3, "column": "所在单位统一社会信用代码", \
            "message": "not a valid unified social credit code (GB 32100)", "messageZh": "不是有效的统一社会信用代码（GB 32100）"}, \
            {"field": "row[4].有效期止", "row": 4, "column": "有效期止", "message": "not a date (YYYY-MM-DD)", \
            "messageZh": "日期格式应为 YYYY-MM-DD"}]}""";

    private final OfficerRegister register;
    private final OfficerImport importer;
    private final SecurityIdentity identity;
    private final CertificateExpiryWatch expiry;

    public OfficerResource(OfficerRegister register, OfficerImport importer, SecurityIdentity identity,
                           CertificateExpiryWatch expiry) {
        this.register = register;
        this.importer = importer;
        this.identity = identity;
        this.expiry = expiry;
    }

    @GET
    @Operation(summary = "The officer register (执法人员公示); public",
            description = "q: each word must occur in the officer's name, the unit's name or the certificate number; "
                    + "unit: a unit's credit code. In certificate order; status is the status today (Beijing time).")
    @APIResponse(responseCode = "200", description = "A page of officers (执法人员名录)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = OfficerView.Page.class),
            examples = @ExampleObject(name = "found", value = "{\"items\": [" + OFFICER_VIEW + "], \"page\": 0, \"size\": 20, \"total\": 1}")))
    public Page<OfficerView> list(@QueryParam("q") @Size(max = 100) @Parameter(description = "Name, unit name or certificate number (姓名、单位或执法证号)", example = "张明") String q,
                                  @QueryParam("unit") @Size(max = 18) @Parameter(description = "The unit's 统一社会信用代码", example = "114101080051883705") String unit,
                                  @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                  @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        Page<Officer> found = register.search(q, unit, page, size);
        Map<String, List<OfficerStatusChange>> histories = register.histories(found.items().stream().map(o -> o.certificateNo).toList());
        Map<String, String> units = new java.util.HashMap<>();
        LocalDate today = register.today();
        return new Page<>(found.items().stream().map(o -> OfficerView.of(o,
                units.computeIfAbsent(o.fields.unitCreditCode, register::unitName),
                histories.getOrDefault(o.certificateNo, List.of()), today)).toList(), page, size, found.total());
    }

    @GET
    @Path("/check")
    @Operation(summary = "Was this certificate valid on this day? (执法证核验); public",
            description = "date=YYYY-MM-DD, default today (Beijing time). Valid only within its term and while 有效 on that "
                    + "day (the latest status change dated on or before it); the answer names the unit, category and area, "
                    + "and says why not: revoked 注销, suspended 暂扣, not yet valid 尚未生效, expired 已过期. An unknown "
                    + "certificate is a 404.")
    @APIResponse(responseCode = "200", description = "The certificate's validity on that day (核验结果)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = CertificateCheckView.class),
            examples = {@ExampleObject(name = "valid", value = CHECK_VALID), @ExampleObject(name = "suspended", value = CHECK_SUSPENDED)}))
    @APIResponse(responseCode = "404", description = "No such certificate is registered (执法证不存在)")
    public CertificateCheckView check(@QueryParam("certificate") @Size(max = 32) @Parameter(description = "执法证号", example = "41010816001", required = true) String certificate,
                                      @QueryParam("date") @Pattern(regexp = DATE) @Parameter(description = "YYYY-MM-DD; default today") String date) {
        if (certificate == null || certificate.isBlank()) {
            throw ProblemException.invalid("certificate", "required: the certificate number (执法证号)", "必填：执法证号");
        }
        LocalDate day = date == null ? register.today() : day("date", date);
        return register.checkOn(certificate, day).map(CertificateCheckView::of)
                .orElseThrow(() -> ProblemException.notFound("Enforcement certificate", "执法证", certificate.strip()));
    }

    @GET
    @Path("/{certificateNo}")
    @Operation(summary = "One officer and their certificate, with its status history (执法人员详情); public")
    @APIResponse(responseCode = "200", description = "The officer (执法人员)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = OfficerView.class), examples = @ExampleObject(name = "restored", value = OFFICER_VIEW)))
    @APIResponse(responseCode = "404", description = "No such certificate is registered (执法证不存在)")
    public OfficerView one(@PathParam("certificateNo") String certificateNo) {
        return view(register.findOrFail(certificateNo));
    }

    @POST
    @RolesAllowed({Roles.LEGAL, Roles.ADMIN})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Register an officer and their certificate (执法人员登记); roles legal, admin",
            description = "有效 from validFrom. The unit must be a registered enforcement body; every broken rule is a 400 "
                    + "naming the field (also a value that looks like a personal identity number, which the register never "
                    + "holds); a certificate registered already is a 409. Traced as OFFICER_REGISTERED.")
    @APIResponse(responseCode = "201", description = "Registered (已登记)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = OfficerView.class)))
    @APIResponse(responseCode = "409", description = "The certificate is registered already (执法证已登记)")
    public Response create(@RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "officer", value = OFFICER_INPUT))) @Valid @NotNull OfficerRequests.OfficerInput input) {
        Officer o = register.register(input.toService(), user());
        expiry.scanNow(); // a certificate entered a few days before its end is warned now, not at tonight's scan
        return Response.created(UriBuilder.fromPath("/api/v1/officers/{no}").build(o.certificateNo)).entity(view(o)).build();
    }

    @PUT
    @Path("/{certificateNo}")
    @RolesAllowed({Roles.LEGAL, Roles.ADMIN})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Change an officer's record, e.g. a renewed certificate (执法人员信息变更、换证); roles legal, admin",
            description = "The same fields as the registration; certificateNo, if given, must be the path's. A new term "
                    + "(a later validTo) is warned of again before it ends. The status history stays. Traced as "
                    + "OFFICER_UPDATED with the changed fields; a request that changes nothing records nothing.")
    @APIResponse(responseCode = "200", description = "Changed (已变更)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = OfficerView.class)))
    public OfficerView update(@PathParam("certificateNo") String certificateNo, @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "renewal", value = """
                    {"name": "张明", "unitCreditCode": "114101080051883705", "category": "安全生产监管执法", "area": "惠济区", \
                    "issuingAuthority": "郑州市人民政府法制办公室", "validFrom": "2016-07-01", "validTo": "2029-06-30"}"""))) @Valid @NotNull OfficerRequests.OfficerInput input) {
        Officer changed = register.update(certificateNo, input.toService(), user());
        expiry.scanNow();
        return view(changed);
    }

    @POST
    @Path("/{certificateNo}/status")
    @RolesAllowed({Roles.LEGAL, Roles.ADMIN})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Revoke, suspend or restore a certificate from a day (执法证注销、暂扣、恢复); roles legal, admin",
            description = "status VALID 有效 | REVOKED 注销 | SUSPENDED 暂扣, with the day it holds from and the reason. "
                    + "A revoked certificate is final (409: issue a new one); the status already in force on that day is a "
                    + "409; a day before the certificate's first is a 400. Traced as OFFICER_STATUS_CHANGED.")
    @APIResponse(responseCode = "200", description = "The officer with the change in the history (已变更状态)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = OfficerView.class)))
    @APIResponse(responseCode = "409", description = "Revoked already, or already in that status on that day (已注销或状态未变)")
    public OfficerView status(@PathParam("certificateNo") String certificateNo, @RequestBody(content = @Content(mediaType = "application/json",
            examples = {@ExampleObject(name = "suspend", value = "{\"status\": \"SUSPENDED\", \"date\": \"2017-03-01\", \"reason\": \"涉嫌违纪，暂扣执法证\"}"),
                    @ExampleObject(name = "restore", value = "{\"status\": \"VALID\", \"date\": \"2017-04-01\", \"reason\": \"调查结束，恢复执法资格\"}"),
                    @ExampleObject(name = "revoke", value = "{\"status\": \"REVOKED\", \"date\": \"2018-01-10\", \"reason\": \"调离执法岗位\"}")}))
                              @Valid @NotNull OfficerRequests.StatusInput input) {
        register.changeStatus(certificateNo, input.status(), input.date(), input.reason(), user());
        return view(register.findOrFail(certificateNo));
    }

    @POST
    @Path("/import")
    @Consumes({XLSX, "text/csv"})
    @RolesAllowed({Roles.LEGAL, Roles.ADMIN})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Register officers from a spreadsheet (执法人员批量导入); roles legal, admin",
            description = "CSV (text/csv, UTF-8) or .xlsx, first sheet, with the header row 执法证号, 姓名, 所在单位统一社会信用代码, "
                    + "执法类别, 执法区域, 发证机关, 有效期起, 有效期止 (dates YYYY-MM-DD; a 序号 column is ignored; a column of "
                    + "identity numbers is refused). Every row is checked first; every error is named by row and column "
                    + "(errors[].row, errors[].column) and then nothing is registered. Otherwise all rows are registered in "
                    + "one transaction, each traced as OFFICER_REGISTERED.")
    @APIResponse(responseCode = "200", description = "Every row was registered (全部导入)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = OfficerImport.Imported.class), examples = @ExampleObject(name = "imported", value = "{\"imported\": 42}")))
    @APIResponse(responseCode = "400", description = "Errors by row and column; nothing was registered (逐行逐列列出错误，未导入)",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "rows", value = IMPORT_ERRORS)))
    public OfficerImport.Imported importFile(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                             @RequestBody(content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"),
                                                     examples = @ExampleObject(name = "csv", value = """
                                                             执法证号,姓名,所在单位统一社会信用代码,执法类别,执法区域,发证机关,有效期起,有效期止
                                                             41010816001,张明,114101080051883705,安全生产监管执法,惠济区,郑州市人民政府法制办公室,2016-07-01,2027-06-30
                                                             """)),
                                                     @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))}) byte[] body) {
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("file", "the request has no spreadsheet", "请求中没有表格文件");
        }
        OfficerImport.Imported imported = contentType != null && contentType.startsWith("text/csv")
                ? importer.importCsv(body, user()) : importer.importXlsx(body, user());
        expiry.scanNow();
        return imported;
    }

    private OfficerView view(Officer o) {
        return OfficerView.of(o, register.unitName(o.fields.unitCreditCode), register.history(o.certificateNo), register.today());
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    static LocalDate day(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid(field, "not a date (YYYY-MM-DD)", "日期格式应为 YYYY-MM-DD");
        }
    }
}
