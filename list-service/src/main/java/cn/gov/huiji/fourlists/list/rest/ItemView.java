package cn.gov.huiji.fourlists.list.rest;

import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.list.domain.ListItemVersion;
import cn.gov.huiji.fourlists.list.domain.ListKind;
import cn.gov.huiji.fourlists.list.service.ItemQueries;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(description = "A list item as it stood in one version (事项详情): the version's validity and the whole content")
public record ItemView(String code, String list, String listName, String name, String category, String section,
                       String sectionName,
                       @Schema(description = "The legal basis as one published text (实施依据)") String legalBasis,
                       @Schema(description = "PUBLISHED 已公布（有效） or REPEALED 已取消") String status,
                       int version, OffsetDateTime validFrom, OffsetDateTime validTo,
                       @Schema(description = "The adjustment request behind this version; null for the first load") UUID requestId,
                       @Schema(implementation = ListItemContent.class, description = "Everything R-LIST-2 lists")
                       @JsonRawValue String content) {

    static ItemView of(ListItemVersion v, String sectionName, ObjectMapper json) {
        try {
            return new ItemView(v.code, v.fields.list.name(), v.fields.list.nameZh(), v.fields.name, v.fields.category,
                    v.fields.section, sectionName, v.fields.legalBasis, v.fields.status, v.version, v.validFrom, v.validTo,
                    v.requestId, json.writeValueAsString(v.fields.content));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** From the stored row: the content goes out as stored, without being parsed and written again. */
    static ItemView of(ItemQueries.Row r, String sectionName) {
        ListKind kind = ListKind.valueOf(r.list());
        return new ItemView(r.code(), r.list(), kind.nameZh(), r.name(), r.category(), r.section(), sectionName, r.legalBasis(),
                r.status(), r.version(), r.validFrom(), r.validTo(), r.requestId(), r.contentJson());
    }

    @Schema(description = "One line of a list (清单条目)")
    public record Summary(String code, String list, String name, String category, String section, String sectionName,
                          String status, int version, OffsetDateTime validFrom, OffsetDateTime validTo) {
        static Summary of(ItemQueries.SummaryRow v, String sectionName) {
            return new Summary(v.code(), v.list(), v.name(), v.category(), v.section(), sectionName, v.status(), v.version(),
                    v.validFrom(), v.validTo());
        }
    }

    @Schema(description = "A version in an item's history, with the fields it changed from the one before")
    public record VersionEntry(ItemView item, List<String> changedFields) {
    }
}
