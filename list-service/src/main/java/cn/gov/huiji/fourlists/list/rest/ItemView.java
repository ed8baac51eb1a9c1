package cn.gov.huiji.fourlists.list.rest;

import cn.gov.huiji.fourlists.list.domain.ListItem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A list item (权责事项)")
public record ItemView(String code, String list, String name, String category, String section, String legalBasis,
                       String status) {
    public static ItemView of(ListItem i) {
        return new ItemView(i.code, i.fields.list.name(), i.fields.name, i.fields.category, i.fields.section, i.fields.legalBasis, i.fields.status);
    }
}
