package cn.gov.huiji.fourlists.disclosure.rest;

import cn.gov.huiji.fourlists.disclosure.config.BureauConfig;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionKind;
import cn.gov.huiji.fourlists.disclosure.rest.DisclosureViews.ChangeView;
import cn.gov.huiji.fourlists.disclosure.rest.DisclosureViews.ChangesView;
import cn.gov.huiji.fourlists.disclosure.rest.DisclosureViews.PublicView;
import cn.gov.huiji.fourlists.disclosure.service.CreditExport;
import cn.gov.huiji.fourlists.disclosure.service.PublicDisclosures;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.rest.Page;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/disclosures")
@Tag(name = "Disclosures", description = "The bureau's licensing and penalty decisions in public view (双公示, Art. 8): search, "
        + "the change feed for other systems and the credit platform's export")
public class DisclosureResource {

    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_FEED = 1000;
    /** The most rows one export file holds: a district bureau decides a few hundred a year. */
    static final int MAX_EXPORT = 50_000;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String PAGE_EXAMPLE = """
            {"items": [{"id": "6a2f4c1e-8b3d-4e7a-9c5f-1d2e3f4a5b6c", "kind": "PENALTY", "kindZh": "行政处罚", "version": 1,
              "partyName": "郑州市惠济区某某化工有限公司", "partyCategory": "LEGAL_ENTITY", "partyCategoryZh": "法人及非法人组织",
              "partyCreditCode": "91410108MA44XRNB25", "legalRepresentative": "李某", "documentNo": "惠安监罚〔2025〕18号",
              "content": "罚款2000元", "decisionDate": "2025-09-26", "itemCode": "410108-AJ-CF-001",
              "violationType": "未按规定对从业人员进行安全生产教育和培训", "facts": "经查，……", "basis": "《中华人民共和国安全生产法》第九十七条",
              "penaltyKinds": ["FINE"], "penaltyKindsZh": ["罚款"], "fineYuan": 2000.00, "validUntil": "2025-10-03",
              "authority": "惠济区安全生产监督管理局", "authorityCreditCode": "114101080051883705",
              "publishedAt": "2025-09-29T10:12:00+08:00", "disclosureEnd": "2026-09-26"}],
             "page": 0, "size": 20, "total": 1}""";

    private final PublicDisclosures disclosures;
    private final CreditExport export;
    private final BureauConfig bureau;

    public DisclosureResource(PublicDisclosures disclosures, CreditExport export, BureauConfig bureau) {
        this.disclosures = disclosures;
        this.export = export;
        this.bureau = bureau;
    }

    @GET
    @Path("/licensing")
    @Operation(summary = "Licensing decisions in public view (行政许可公示); public",
            description = "q: part of the party's name or of the document number, or the whole 统一社会信用代码; from/to: decision "
                    + "dates (YYYY-MM-DD, inclusive); asOf=YYYY-MM-DD: what was public at the end of that day (Beijing time); "
                    + "page from 0, size 1–100. Newest decisions first. Nothing received and not yet published, withdrawn at "
                    + "its 公示截止期 or cancelled shows. A natural person's certificate number only masked.")
    @APIResponse(responseCode = "200", description = "A page of public licensing decisions (行政许可公示)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PublicPage.class),
                    examples = @ExampleObject(name = "page", value = PAGE_EXAMPLE)))
    public Page<PublicView> licensing(@QueryParam("q") @Parameter(description = "名称、文书号或统一社会信用代码") String q,
                                      @QueryParam("from") @Parameter(description = "decision date from, YYYY-MM-DD") String from,
                                      @QueryParam("to") @Parameter(description = "decision date to, YYYY-MM-DD") String to,
                                      @QueryParam("asOf") @Parameter(description = "YYYY-MM-DD; default now") String asOf,
                                      @QueryParam("page") @Parameter(description = "from 0; default 0") Integer page,
                                      @QueryParam("size") @Parameter(description = "1–100; default 20") Integer size) {
        return search(DecisionKind.LICENSING, q, from, to, asOf, page, size);
    }

    @GET
    @Path("/penalties")
    @Operation(summary = "Penalty decisions in public view (行政处罚公示); public",
            description = "As for licensing: q (name, document number, 统一社会信用代码), from/to (decision dates), asOf (the "
                    + "end of that day), page, size. Fines in 元 (the credit export gives 万元).")
    @APIResponse(responseCode = "200", description = "A page of public penalty decisions (行政处罚公示)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PublicPage.class),
                    examples = @ExampleObject(name = "page", value = PAGE_EXAMPLE)))
    public Page<PublicView> penalties(@QueryParam("q") @Parameter(description = "名称、文书号或统一社会信用代码") String q,
                                      @QueryParam("from") @Parameter(description = "decision date from, YYYY-MM-DD") String from,
                                      @QueryParam("to") @Parameter(description = "decision date to, YYYY-MM-DD") String to,
                                      @QueryParam("asOf") @Parameter(description = "YYYY-MM-DD; default now") String asOf,
                                      @QueryParam("page") @Parameter(description = "from 0; default 0") Integer page,
                                      @QueryParam("size") @Parameter(description = "1–100; default 20") Integer size) {
        return search(DecisionKind.PENALTY, q, from, to, asOf, page, size);
    }

    @GET
    @Path("/changes")
    @Operation(summary = "The change feed for other systems (变更订阅); public",
            description = "Every change of the public view after the cursor since (default 0: from the start), oldest first "
                    + "(newest last), at most limit (1–1000, default 100): PUBLISHED, CORRECTED (republished), EXPIRED (withdrawn "
                    + "at its 公示截止期), CANCELLED (取消公示), RESTORED (恢复公示). Ask again with since=next. An entry carries "
                    + "the decision as public now, or null when it is not public any more.")
    @APIResponse(responseCode = "200", description = "The changes after the cursor (变更记录)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ChangesView.class),
                    examples = @ExampleObject(name = "withdrawn", value = """
                            {"items": [{"cursor": 41, "decisionId": "6a2f4c1e-8b3d-4e7a-9c5f-1d2e3f4a5b6c", "kind": "PENALTY",
                              "change": "EXPIRED", "at": "2026-09-26T00:00:31+08:00", "decision": null}], "next": 41}""")))
    public ChangesView changes(@QueryParam("since") @Parameter(description = "cursor; default 0") Long since,
                               @QueryParam("limit") @Parameter(description = "1–1000; default 100") Integer limit) {
        long after = since == null ? 0 : since;
        if (after < 0) {
            throw ProblemException.invalid("since", "must be 0 or a cursor from an earlier answer", "须为 0 或此前返回的游标");
        }
        int n = limit == null ? 100 : limit;
        if (n < 1 || n > MAX_FEED) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_FEED, "须在 1 到 " + MAX_FEED + " 之间");
        }
        PublicDisclosures.Changes changes = disclosures.changes(after, n);
        List<ChangeView> items = changes.items().stream().map(c -> new ChangeView(c.cursor(), c.decisionId(), c.kind(), c.change(),
                c.at(), c.shown() == null ? null : view(c.shown()))).toList();
        return new ChangesView(items, changes.next());
    }

    @GET
    @Path("/export")
    @RolesAllowed({Roles.LEGAL, Roles.INTEGRATION})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "The credit platform's export (信用信息报送导出); roles legal, integration",
            description = "The decisions of kind (licensing | penalty) in public view now whose decision date lies between from "
                    + "and to (YYYY-MM-DD, inclusive; both optional), oldest first, in the credit platforms' field sets: the "
                    + "header row holds the field codes (XK_* 28 fields, CF_* 30 fields) in their order. Amounts (CF_NR_FK, "
                    + "CF_NR_WFFF) are in 万元 with six decimals: a fine of 2000元 is 0.200000. Dates yyyy-MM-dd; 长期 as "
                    + "2099-12-31; certificate numbers of natural persons and legal representatives masked "
                    + "(4101**********1234); 许可机关/处罚机关 and 数据来源单位 the bureau (fourlists.disclosure.bureau.*). "
                    + "format=csv (UTF-8 with BOM, default) or xlsx (every cell text).")
    @APIResponse(responseCode = "200", description = "The decisions in the credit platform's fields (信用信息文件)",
            content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "penalty", value = "CF_XDR_MC,CF_XDR_LB,…,CF_NR_FK,…\r\n"
                            + "郑州市惠济区某某化工有限公司,法人及非法人组织,…,0.200000,…\r\n")),
                    @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@QueryParam("kind") @Parameter(description = "licensing | penalty", required = true) String kind,
                           @QueryParam("from") @Parameter(description = "decision date from, YYYY-MM-DD") String from,
                           @QueryParam("to") @Parameter(description = "decision date to, YYYY-MM-DD") String to,
                           @QueryParam("format") @Parameter(description = "csv (default) | xlsx") String format) {
        DecisionKind k = DecisionKind.parse(kind);
        if (k == null) {
            throw ProblemException.invalid("kind", "must be licensing or penalty", "须为 licensing（行政许可）或 penalty（行政处罚）");
        }
        CreditExport.Format f;
        try {
            f = CreditExport.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("format", "must be csv or xlsx", "须为 csv 或 xlsx");
        }
        LocalDate fromDay = date("from", from);
        LocalDate toDay = date("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw ProblemException.invalid("to", "is before from", "截止日期早于起始日期");
        }
        CreditExport.Document doc = export.document(k, disclosures.publishedNow(k, fromDay, toDay, MAX_EXPORT).stream()
                .map(s -> new CreditExport.Exported(s.version(), s.decision().disclosureEnd)).toList(), f, fromDay, toDay);
        String encoded = URLEncoder.encode(doc.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(doc.bytes()).type(f.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + k.path + "." + f.extension + "\"; filename*=UTF-8''" + encoded)
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/{kind}/{id}")
    @Operation(summary = "One decision in public view (公示详情); public",
            description = "kind = licensing | penalties. 404 when it is not public now (or, with asOf=YYYY-MM-DD, was not at the "
                    + "end of that day): not yet published, withdrawn at its 公示截止期 or cancelled.")
    @APIResponse(responseCode = "200", description = "The decision as public (公示内容)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PublicView.class)))
    @APIResponse(responseCode = "404", description = "Not in public view (未公示或已撤下)")
    public PublicView one(@PathParam("kind") String kind, @PathParam("id") String id,
                          @QueryParam("asOf") @Parameter(description = "YYYY-MM-DD; default now") String asOf) {
        DecisionKind k = DecisionKind.parse(kind);
        UUID uuid = null;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            // not an id: answered like an unknown one
        }
        if (k == null || uuid == null) {
            throw notPublic(id);
        }
        LocalDate day = date("asOf", asOf);
        return disclosures.one(k, uuid, day).map(this::view).orElseThrow(() -> notPublic(id));
    }

    private Page<PublicView> search(DecisionKind kind, String q, String from, String to, String asOf, Integer page, Integer size) {
        if (q != null && q.strip().length() > 100) {
            throw ProblemException.invalid("q", "at most 100 characters", "最多 100 个字符");
        }
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            throw ProblemException.invalid("page", "must be 0 or more", "须不小于 0");
        }
        if (s < 1 || s > MAX_PAGE_SIZE) {
            throw ProblemException.invalid("size", "must be between 1 and " + MAX_PAGE_SIZE, "须在 1 到 " + MAX_PAGE_SIZE + " 之间");
        }
        LocalDate fromDay = date("from", from);
        LocalDate toDay = date("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw ProblemException.invalid("to", "is before from", "截止日期早于起始日期");
        }
        Page<PublicDisclosures.Shown> found = disclosures.search(new PublicDisclosures.Search(kind, q, fromDay, toDay,
                date("asOf", asOf), p, s));
        return new Page<>(found.items().stream().map(this::view).toList(), found.page(), found.size(), found.total());
    }

    private PublicView view(PublicDisclosures.Shown s) {
        return PublicView.of(s, bureau.name(), bureau.creditCode());
    }

    private static ProblemException notPublic(String id) {
        return ProblemException.of(404, "not-found", "Not found", "未找到",
                "No decision " + id + " is in public view.", "决定 " + id + " 未公示或已撤下。");
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "not a date (YYYY-MM-DD)", "日期格式应为 YYYY-MM-DD");
        }
    }

    /** The page's schema for the OpenAPI document (kernel Page of the public view). */
    @Schema(name = "DisclosurePage", description = "A page of decisions in public view")
    public record PublicPage(List<PublicView> items, int page, int size, long total) {
    }
}
