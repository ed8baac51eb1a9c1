package cn.gov.huiji.fourlists.list.rest;

import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.rest.Page;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import cn.gov.huiji.fourlists.list.domain.ListItem;
import cn.gov.huiji.fourlists.list.domain.ListItemVersion;
import cn.gov.huiji.fourlists.list.domain.ListKind;
import cn.gov.huiji.fourlists.list.service.CatalogueRevisions;
import cn.gov.huiji.fourlists.list.service.FlowChart;
import cn.gov.huiji.fourlists.list.service.ItemLoadService;
import cn.gov.huiji.fourlists.list.service.ItemQueries;
import cn.gov.huiji.fourlists.list.service.SearchCache;
import cn.gov.huiji.fourlists.list.service.SectionService;
import cn.gov.huiji.fourlists.list.service.VersionDiff;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

@Path("/api/v1")
@Tag(name = "List items", description = "Items of the four lists (四单权责事项); reading is public (Art. 3, 11). "
        + "Every read answers with ETag and Last-Modified and honours If-None-Match / If-Modified-Since (304).")
public class ItemResource {

    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    private final ItemLoadService loader;
    private final ItemQueries queries;
    private final SectionService sections;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final SearchCache cache;
    private final CatalogueRevisions revisions;

    public ItemResource(ItemLoadService loader, ItemQueries queries, SectionService sections, SecurityIdentity identity,
                        ObjectMapper json, SearchCache cache, CatalogueRevisions revisions) {
        this.cache = cache;
        this.revisions = revisions;
        this.loader = loader;
        this.queries = queries;
        this.sections = sections;
        this.identity = identity;
        this.json = json;
    }

    public record ListInfo(String list, String path, String name) {
    }

    @GET
    @Path("/lists")
    @Operation(summary = "The four lists (四单, Art. 1); public", description = "Their names and the path segment of each.")
    public List<ListInfo> lists() {
        return java.util.Arrays.stream(ListKind.values()).map(k -> new ListInfo(k.name(), k.path(), k.nameZh())).toList();
    }

    @GET
    @Path("/lists/{list}/items")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "A page of items",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = SummaryPage.class)))
    @Operation(summary = "Search one list (清单查询); public",
            description = "list = power | approval | fee | fund. q searches names, codes, legal bases, sub-items and duties "
                    + "in Chinese (e.g. 危险化学品, 烟花爆竹); items whose name matches come first. asOf=YYYY-MM-DD answers "
                    + "what the list said at the end of that day.")
    public Response list(@Context Request request, @PathParam("list") String list,
                         @QueryParam("q") @Parameter(description = "Search words (检索词)") String q,
                         @QueryParam("category") @Parameter(description = "权力类型, e.g. 行政许可") String category,
                         @QueryParam("section") @Parameter(description = "Handling section code (承办机构)") String section,
                         @QueryParam("status") @Pattern(regexp = "PUBLISHED|REPEALED") String status,
                         @QueryParam("asOf") @Pattern(regexp = DATE) String asOf,
                         @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        ListKind kind = ListKind.fromPath(list);
        if (q != null && q.length() > 100) {
            throw ProblemException.invalid("q", "at most 100 characters", "检索词不超过100个字符");
        }
        ItemQueries.Filter filter = new ItemQueries.Filter(kind, q, category, section, status, date("asOf", asOf));
        String variant = String.join("|", kind.name(), String.valueOf(q), String.valueOf(category), String.valueOf(section),
                String.valueOf(status), String.valueOf(asOf), page + "/" + size);
        CatalogueRevisions.Revision revision = revisions.current();
        // The answer is cached as the bytes sent: a repeated search costs no query and no serialisation.
        Response r = Conditional.ofCatalogue(request, revision, variant, () -> cache.get(revision.number(), variant, () -> {
            ItemQueries.Result found = queries.search(filter, page, size);
            Page<ItemView.Summary> answer = new Page<>(found.items().stream()
                    .map(v -> ItemView.Summary.of(v, sections.nameOf(v.section()))).toList(), page, size, found.total());
            try {
                return json.writeValueAsBytes(answer);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }));
        return r.getEntity() == null ? r : Response.fromResponse(r).type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE).build();
    }

    public record Change(String code, String list, String name, int version, String status, OffsetDateTime validFrom,
                         java.util.UUID requestId) {
    }

    @GET
    @Path("/changes")
    @Operation(summary = "The latest published adjustments (最新调整公示, Art. 6, 26(5)); public",
            description = "Versions made by published adjustments, newest first.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The newest versions made by published adjustments (最新调整)", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = Change.class)))
    public Response changes(@Context Request request, @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        return Conditional.ofCatalogue(request, revisions.current(), "changes|" + limit, () -> ListItemVersion
                .<ListItemVersion>find("requestId is not null", io.quarkus.panache.common.Sort.descending("validFrom", "code"))
                .page(0, limit).list().stream()
                .map(v -> new Change(v.code, v.fields.list.name(), v.fields.name, v.version, v.fields.status, v.validFrom, v.requestId))
                .toList());
    }

    @GET
    @Path("/items/{code}")
    @Operation(summary = "One item (事项详情); public", description = "asOf=YYYY-MM-DD: the version in force at the end of that day.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The item (事项)", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = ItemView.class)))
    public Response item(@Context Request request, @PathParam("code") String code,
                         @QueryParam("asOf") @Pattern(regexp = DATE) String asOf) {
        ItemQueries.Row v = queries.rowOrFail(code, date("asOf", asOf));
        String tag = v.code() + "-v" + v.version() + "-" + (v.validTo() == null ? "open" : v.validTo().toEpochSecond());
        return Conditional.respond(request, tag, v.validTo() != null ? v.validTo() : v.validFrom(),
                () -> ItemView.of(v, sections.nameOf(v.section())));
    }

    @GET
    @Path("/items/{code}/versions")
    @Operation(summary = "Every version of an item with its validity, the adjustment behind it and what it changed (历史版本); public")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "Every version, oldest first (历史版本)", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = ItemView.VersionEntry.class)))
    public Response versions(@Context Request request, @PathParam("code") String code) {
        List<ListItemVersion> history = queries.history(code);
        ListItemVersion last = history.get(history.size() - 1);
        return Conditional.respond(request, "h-" + code + "-" + last.version, lastChange(last), () -> {
            List<ItemView.VersionEntry> entries = new ArrayList<>();
            for (int i = 0; i < history.size(); i++) {
                ListItemVersion v = history.get(i);
                List<String> changed = i == 0 ? List.of() : VersionDiff.changedFields(history.get(i - 1).fields, v.fields, json);
                entries.add(new ItemView.VersionEntry(ItemView.of(v, sections.nameOf(v.fields.section), json), changed));
            }
            return entries;
        });
    }

    @GET
    @Path("/items/{code}/diff")
    @Operation(summary = "What changed between two versions, field by field (版本比对); public")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The changed fields with their Chinese names (版本比对)", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = DiffView.class)))
    public Response diff(@Context Request request, @PathParam("code") String code,
                         @QueryParam("from") @NotNull @Min(1) Integer from, @QueryParam("to") @NotNull @Min(1) Integer to) {
        ListItemVersion a = queries.exactVersion(code, from);
        ListItemVersion b = queries.exactVersion(code, to);
        OffsetDateTime modified = a.validFrom.isAfter(b.validFrom) ? a.validFrom : b.validFrom;
        return Conditional.respond(request, "d-" + code + "-" + from + "-" + to, modified,
                () -> new DiffView(code, from, to, VersionDiff.between(a.fields, b.fields, json)));
    }

    /** The OpenAPI shape of a search answer (sent as cached bytes). */
    public record SummaryPage(List<ItemView.Summary> items, int page, int size, long total) {
    }

    public record DiffView(String code, int from, int to, List<VersionDiff.Change> changes) {
    }

    @GET
    @Path("/items/{code}/flowchart.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "The item's process flow as a flow chart (运行流程图, Art. 14); public")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The flow chart (运行流程图)", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "image/svg+xml", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response flowchart(@Context Request request, @PathParam("code") String code,
                              @QueryParam("asOf") @Pattern(regexp = DATE) String asOf) {
        ListItemVersion v = queries.versionOrFail(code, date("asOf", asOf));
        return Conditional.respond(request, "f-" + versionTag(v), lastChange(v), () -> FlowChart.svg(v.fields.content));
    }

    @POST
    @Path("/lists/{list}/items")
    @RolesAllowed(Roles.LEGAL)
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "First load of an item by the legal section (法制科首次录入); role legal",
            description = "Published items change only through the adjustment workflow (动态调整, Art. 22, 26): "
                    + "loading an existing code is refused with 409.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The item as loaded, version 1 (已录入)", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = ItemView.class)))
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "409", description = "The item is published already: it changes only by a published adjustment (已公布事项只能经动态调整变更)")
    public Response load(@PathParam("list") String list, @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "penalty", value = """
            {"code": "410108-AJ-CF-001", "list": "POWER", "name": "对未取得安全生产许可证擅自进行生产的处罚", "category": "行政处罚", "implementingBody": {"name": "惠济区安全生产监督管理局", "creditCode": "114101080051883705"}, "section": "enforcement-brigade", "exerciseLevel": "区级", "legalBasis": [{"level": "LAW", "title": "中华人民共和国安全生产法", "version": "2021年6月10日修正", "article": "第九十五条"}], "duties": [{"stage": "立案责任", "content": "发现违法行为，予以审查，决定是否立案。"}]}"""))) @Valid @NotNull ListItemContent input) {
        ListKind kind = ListKind.fromPath(list);
        if (input.list() != null && !input.list().equals(kind.name())) {
            throw ProblemException.invalid("list", "the body names list " + input.list() + " but the path " + kind.name(),
                    "请求内容中的清单与路径不一致");
        }
        ListItem item = loader.load(kind, input, identity.getPrincipal().getName());
        ListItemVersion v = queries.versionOrFail(item.code, null);
        return Response.created(UriBuilder.fromPath("/api/v1/items/{code}").build(item.code))
                .entity(ItemView.of(v, sections.nameOf(v.fields.section), json)).build();
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid(field, "not a date (YYYY-MM-DD)", "日期格式应为 YYYY-MM-DD");
        }
    }

    /** The shown version's representation changes only when it ends: its number and end make the tag. */
    private static String versionTag(ListItemVersion v) {
        return v.code + "-v" + v.version + "-" + (v.validTo == null ? "open" : v.validTo.toEpochSecond());
    }

    private static OffsetDateTime lastChange(ListItemVersion v) {
        return v.validTo != null ? v.validTo : v.validFrom;
    }
}
