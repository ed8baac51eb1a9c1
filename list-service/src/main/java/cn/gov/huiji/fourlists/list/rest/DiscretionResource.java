package cn.gov.huiji.fourlists.list.rest;

import cn.gov.huiji.fourlists.kernel.contract.Severity;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.list.domain.ListItemVersion;
import cn.gov.huiji.fourlists.list.service.DiscretionAssessment;
import cn.gov.huiji.fourlists.list.service.ItemQueries;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

@Path("/api/v1/items/{code}/discretion")
@Tag(name = "Discretion standards", description = "行政处罚自由裁量基准 (Art. 16, R-LIST-7): the ranges of every penalty item, "
        + "level by level; public, for citizens and other bureaus' case systems. Part of the item: they change only by a "
        + "published adjustment, and asOf reads the version of a past day.")
public class DiscretionResource {

    static final String READING = """
            {"code": "410108-AJ-CF-001", "name": "对未按规定对从业人员进行安全生产教育和培训的处罚", "version": 2, "validFrom": "2026-03-01T10:00:00+08:00",
             "standards": [{"violation": "未按照规定对从业人员进行安全生产教育和培训", "violatedClause": "《中华人民共和国安全生产法》第二十八条第一款",
               "penaltyClause": "《中华人民共和国安全生产法》第九十七条第（三）项", "statutoryRange": {"fineFromYuan": 0, "fineToYuan": 100000},
               "levels": [{"severity": "GENERAL", "circumstances": ["未经培训上岗作业人员3人以上5人以下的"], "penaltyKinds": ["FINE"],
                 "range": {"fineFromYuan": 10000, "fineToYuan": 30000}, "otherPenalties": "责令限期改正"}],
               "noPenalty": ["初次违法且危害后果轻微并及时改正的"], "lighter": [], "mitigated": [], "heavier": ["拒不改正的"], "sourceNote": null}]}""";

    static final String ASSESSED = """
            {"withinRange": false, "item": {"code": "410108-AJ-CF-001", "version": 2},
             "violation": "未按照规定对从业人员进行安全生产教育和培训", "severity": "GENERAL", "severityZh": "一般",
             "range": {"fineFromYuan": 10000, "fineToYuan": 30000}, "penaltyClause": "《中华人民共和国安全生产法》第九十七条第（三）项",
             "statutoryRange": {"fineFromYuan": 0, "fineToYuan": 100000},
             "reason": "A fine of 5000 yuan is outside the range of level GENERAL (一般): 10000 to 30000 yuan",
             "reasonZh": "罚款 5000 元不在「一般」阶次 1万元至3万元 的幅度内"}""";

    private final ItemQueries queries;

    public DiscretionResource(ItemQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "The discretion standards of an item (裁量基准查询); public",
            description = "Each violation with its clauses (违法条款, 处罚条款), the statutory range and the levels (轻微, 一般, 较重, "
                    + "严重) with their circumstances, kinds and ranges; level=MINOR|GENERAL|SERIOUS|GRAVE keeps only that level. "
                    + "asOf=YYYY-MM-DD reads the version in force at the end of that day. An item that is not 行政处罚, or has "
                    + "no standards yet, answers an empty list with noteZh 该事项尚未制定裁量基准. Answers with ETag and "
                    + "Last-Modified and honours If-None-Match / If-Modified-Since (304).")
    @APIResponse(responseCode = "200", description = "The standards of the version (裁量基准)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DiscretionAssessment.Reading.class),
            examples = @ExampleObject(name = "general", value = READING)))
    @APIResponse(responseCode = "400", description = "level or asOf is not one of the documented values, named in errors[] (参数有误)")
    @APIResponse(responseCode = "404", description = "No such item, or none in force on asOf (事项不存在或该日期不在有效期内)")
    public Response read(@Context Request request, @PathParam("code") String code,
                         @QueryParam("level") @Parameter(description = "Only this level (裁量阶次): MINOR 轻微, GENERAL 一般, "
                                 + "SERIOUS 较重, GRAVE 严重", example = "GENERAL") String level,
                         @QueryParam("asOf") @Pattern(regexp = ItemResource.DATE)
                         @Parameter(description = "YYYY-MM-DD; default now") String asOf) {
        Severity severity = severity(level);
        ListItemVersion v = queries.versionOrFail(code, ItemResource.date("asOf", asOf));
        String tag = "ds-" + v.code + "-v" + v.version + "-" + (v.validTo == null ? "open" : v.validTo.toEpochSecond())
                + "-" + (severity == null ? "all" : severity.name());
        return Conditional.respond(request, tag, v.validTo != null ? v.validTo : v.validFrom,
                () -> DiscretionAssessment.read(DiscretionAssessment.ItemVersion.of(v), severity));
    }

    @POST
    @Path("/assess")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Is a proposed penalty within the level's range? (裁量核验); public",
            description = "For other bureaus' case systems: names the violation (its words, or its index as a string such as "
                    + "\"0\"), the level and the fine in 元 (and the multiple of the illegal income where the level counts in "
                    + "multiples; the kinds of penalty if they should be checked too). withinRange=false comes with a reason "
                    + "naming the range, e.g. 罚款 5000 元不在「一般」阶次 1万元至3万元 的幅度内. date picks the version of "
                    + "that day (default today). An unknown violation or level is a 400 naming the field.")
    @APIResponse(responseCode = "200", description = "Whether the penalty lies within the level's range, and why (核验结果)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DiscretionAssessment.Assessment.class),
                    examples = @ExampleObject(name = "outside", value = ASSESSED)))
    @APIResponse(responseCode = "400", description = "The item has no such violation or level, or a field is missing or malformed; "
            + "errors[] names it (违法行为或裁量阶次不存在、字段缺失或格式有误)")
    @APIResponse(responseCode = "404", description = "No such item, or none in force on that date (事项不存在或该日期不在有效期内)")
    @APIResponse(responseCode = "409", description = "The item is repealed in that version (事项已取消)")
    public DiscretionAssessment.Assessment assess(@PathParam("code") String code, @RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "fine", value = """
            {"violation": "0", "severity": "GENERAL", "fineYuan": 5000, "penaltyKinds": ["FINE"], "date": "2026-03-15"}""")))
                                                  @Valid @NotNull DiscretionAssessment.Request input) {
        ListItemVersion v = queries.versionOrFail(code, input.date());
        return DiscretionAssessment.assess(DiscretionAssessment.ItemVersion.of(v), input);
    }

    static Severity severity(String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        try {
            return Severity.valueOf(level.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("level", "not a level: use MINOR, GENERAL, SERIOUS or GRAVE",
                    "裁量阶次应为 MINOR（轻微）、GENERAL（一般）、SERIOUS（较重）或 GRAVE（严重）");
        }
    }
}
