package cn.gov.huiji.fourlists.list.rest;

import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.list.domain.ListItemVersion;
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
                       ListItemContent content) {

    static ItemView of(ListItemVersion v, String sectionName) {
        return new ItemView(v.code, v.fields.list.name(), v.fields.list.nameZh(), v.fields.name, v.fields.category,
                v.fields.section, sectionName, v.fields.legalBasis, v.fields.status, v.version, v.validFrom, v.validTo,
                v.requestId, v.fields.content);
    }

    @Schema(description = "One line of a list (清单条目)")
    public record Summary(String code, String list, String name, String category, String section, String sectionName,
                          String status, int version, OffsetDateTime validFrom, OffsetDateTime validTo) {
        static Summary of(ListItemVersion v, String sectionName) {
            return new Summary(v.code, v.fields.list.name(), v.fields.name, v.fields.category, v.fields.section, sectionName,
                    v.fields.status, v.version, v.validFrom, v.validTo);
        }
    }

    @Schema(description = "A version in an item's history, with the fields it changed from the one before")
    public record VersionEntry(ItemView item, List<String> changedFields) {
    }
}
