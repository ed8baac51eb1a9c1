package cn.gov.huiji.fourlists.kernel.events;

import cn.gov.huiji.fourlists.kernel.trace.TraceTopics;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What list-service records on {@code list-events} (the four lists, R-LIST-*). */
public final class ListEvents {

    static final String PRODUCER = "list-service";

    private ListEvents() {
    }

    /** A section registered or renamed (科室（队）). */
    public record SectionChanged(String code, String name) {
    }

    /**
     * A new version of an item came into force: the legal section's first load, or a published adjustment applied
     * (then with {@code changeKind} and {@code requestId}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemVersionChanged(String code, int version, String list, String name, String category, String section,
                                     String legalBasis, String bodyCreditCode, String status, OffsetDateTime validFrom,
                                     String changeKind, UUID requestId) {
    }

    /** A published adjustment list-service could not apply, with the reason (recorded for the legal section). */
    public record AdjustmentRejected(UUID requestId, String reason) {
    }

    static final OffsetDateTime T = OffsetDateTime.parse("2026-11-26T04:56:18.301822Z");
    static final ItemVersionChanged LOADED = new ItemVersionChanged("410108-AJ-XK-001", 1, "POWER",
            "危险化学品经营许可", "行政许可", "hazchem", "《危险化学品安全管理条例》（国务院令第591号）第三十三条",
            "11410108MB1234567X", "PUBLISHED", T, null, null);

    public static final EventType<SectionChanged> SECTION_REGISTERED = new EventType<>("fourlists.list.section.registered",
            TraceTopics.LIST, "section/{code}", SectionChanged.class, PRODUCER, List.of(),
            "A section was registered (科室（队）登记)", new SectionChanged("hazchem", "危险化学品安全监督管理科"));
    public static final EventType<SectionChanged> SECTION_UPDATED = new EventType<>("fourlists.list.section.updated",
            TraceTopics.LIST, "section/{code}", SectionChanged.class, PRODUCER, List.of(),
            "A section was renamed (科室（队）名称变更)", new SectionChanged("hazchem", "危险化学品监管科"));
    public static final EventType<ItemVersionChanged> ITEM_LOADED = new EventType<>("fourlists.list.item.loaded",
            TraceTopics.LIST, "item/{code}", ItemVersionChanged.class, PRODUCER, List.of("adjustment-service"),
            "The legal section loaded an item into a list (首次录入)", LOADED);
    public static final EventType<ItemVersionChanged> ITEM_ADJUSTED = new EventType<>("fourlists.list.item.adjusted",
            TraceTopics.LIST, "item/{code}", ItemVersionChanged.class, PRODUCER, List.of("adjustment-service"),
            "A published adjustment changed an item: a new version is in force (动态调整生效)",
            new ItemVersionChanged(LOADED.code(), 2, LOADED.list(), LOADED.name(), LOADED.category(), LOADED.section(),
                    LOADED.legalBasis(), LOADED.bodyCreditCode(), "PUBLISHED", T.plusDays(30), "MODIFY",
                    UUID.fromString("3f1c2a9e-5b7d-4c1e-9a0b-2d6e8f4a1c37")));
    public static final EventType<AdjustmentRejected> ADJUSTMENT_REJECTED = new EventType<>("fourlists.list.adjustment.rejected",
            TraceTopics.LIST, "item/{code}", AdjustmentRejected.class, PRODUCER, List.of(),
            "A published adjustment could not be applied (调整未能生效)",
            new AdjustmentRejected(UUID.fromString("3f1c2a9e-5b7d-4c1e-9a0b-2d6e8f4a1c37"), "item 410108-AJ-XK-009 is not in force"));

    public static final List<EventType<?>> ALL = List.of(SECTION_REGISTERED, SECTION_UPDATED, ITEM_LOADED, ITEM_ADJUSTED,
            ADJUSTMENT_REJECTED);
}
