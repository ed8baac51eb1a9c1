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
            AuditEvents.ALL, DeadLetterEvents.ALL).flatMap(List::stream).toList();

    private static final Map<String, EventType<?>> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    private EventCatalogue() {
    }

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
