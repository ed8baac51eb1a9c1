package cn.gov.huiji.fourlists.list.rest;

import cn.gov.huiji.fourlists.list.domain.Section;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A section or brigade of the bureau (科室（队）)")
public record SectionView(String code, String name, String headName) {
    public static SectionView of(Section s) {
        return new SectionView(s.code, s.name, s.headName);
    }
}
