package cn.gov.huiji.fourlists.kernel.events;

import cn.gov.huiji.fourlists.kernel.trace.TraceTopics;

import java.util.List;

/**
 * A consumer met a record it cannot use (a poison record: not JSON, not an event of the contract, or an event whose
 * fields it cannot apply). The record went to {@code <topic>.dlq} with the reason and the consumer went on; the
 * consuming service traces it on its own topic, so the discipline group sees what was not applied.
 */
public final class DeadLetterEvents {

    private DeadLetterEvents() {
    }

    /** Where the poison record came from and why it was set aside; never its content (it may be anything). */
    public record RecordDeadLettered(String channel, String topic, int partition, long offset, String reason) {
    }

    static EventType<RecordDeadLettered> of(String service, String topic, String consumedTopic) {
        String short_ = service.replace("-service", "");
        return new EventType<>("fourlists." + short_ + ".record.dead-lettered", topic, "dlq/{topic}", RecordDeadLettered.class,
                service, List.of(), "A record " + service + " could not use went to " + consumedTopic + ".dlq (死信)",
                new RecordDeadLettered("adjustments", consumedTopic, 1, 4711, "not a trace event: id must be a UUID"));
    }

    public static final EventType<RecordDeadLettered> LIST = of("list-service", TraceTopics.LIST, TraceTopics.ADJUSTMENT);
    public static final EventType<RecordDeadLettered> ADJUSTMENT = of("adjustment-service", TraceTopics.ADJUSTMENT, TraceTopics.LIST);
    public static final EventType<RecordDeadLettered> COMPLAINT = of("complaint-service", TraceTopics.COMPLAINT, TraceTopics.ADJUSTMENT);
    public static final EventType<RecordDeadLettered> AUDIT = of("audit-service", TraceTopics.AUDIT, TraceTopics.LIST);

    public static final EventType<RecordDeadLettered> DISCLOSURE = of("disclosure-service", TraceTopics.DISCLOSURE, TraceTopics.LIST);

    public static final List<EventType<?>> ALL = List.of(LIST, ADJUSTMENT, COMPLAINT, AUDIT, DISCLOSURE);

    /** The declaration for the service whose trace topic is {@code topic}. */
    public static EventType<RecordDeadLettered> forTopic(String topic) {
        return ALL.stream().filter(t -> t.topic().equals(topic)).map(t -> {
            @SuppressWarnings("unchecked")
            EventType<RecordDeadLettered> typed = (EventType<RecordDeadLettered>) t;
            return typed;
        }).findFirst().orElseThrow(() -> new IllegalArgumentException("no service traces on " + topic));
    }
}
