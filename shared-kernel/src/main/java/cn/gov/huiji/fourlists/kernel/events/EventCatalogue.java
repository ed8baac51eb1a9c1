package cn.gov.huiji.fourlists.kernel.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every event type of the suite, declared once: the contract other bureaus' systems build against, published as
 * {@code deploy/contracts/asyncapi.yaml} (generated from these declarations, checked by a test).
 */
public final class EventCatalogue {

    public static final List<EventType<?>> ALL = Stream.of(ListEvents.ALL, AdjustmentEvents.ALL, ComplaintEvents.ALL,
            AuditEvents.ALL, DisclosureEvents.ALL, DeadLetterEvents.ALL).flatMap(List::stream).toList();

    private static final Map<String, EventType<?>> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    /**
     * The events whose data is content the bureau publishes anyway (a section's name, a list item as in force, a spot check's announcement and sample): the
     * public log opens their data commitment. Every other event's data (free text, staff ids, filters) stays
     * committed only (R-AUD-2, R-CMP-3).
     */
    public static final List<EventType<?>> PUBLISHED_CONTENT = List.of(ListEvents.SECTION_REGISTERED, ListEvents.SECTION_UPDATED,
            ListEvents.ITEM_LOADED, ListEvents.ITEM_ADJUSTED,
            // a spot check's announcement and sample are public by design: anyone recomputes the draw (Art. 21, R-ADJ-6)
            AuditEvents.SPOT_CHECK_ANNOUNCED, AuditEvents.SPOT_CHECK_SAMPLED);

    private EventCatalogue() {
    }

    public static boolean isPublishedContent(String type) {
        return PUBLISHED_CONTENT.stream().anyMatch(t -> t.is(type));
    }

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
