package cn.gov.huiji.fourlists.kernel.events;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One event type of the suite's contract, declared once (see {@link EventCatalogue}): producers record it and
 * consumers recognise it through this declaration, and the AsyncAPI document is generated from it.
 *
 * @param name           the CloudEvents {@code type}, past tense: {@code fourlists.<service>.<thing>.<what-happened>}
 * @param topic          the Kafka topic that carries it (the producer's trace topic)
 * @param subjectPattern the CloudEvents {@code subject}, e.g. {@code request/{requestId}}
 * @param payload        the record its {@code data} holds
 * @param producer       the service that records it
 * @param consumers      the services that act on it (audit-service stores every event and is not listed)
 * @param summary        what happened, in English and Chinese
 * @param example        the declared example payload: documentation, and what consumer contract tests feed
 */
public record EventType<P>(String name, String topic, String subjectPattern, Class<P> payload, String producer,
                           List<String> consumers, String summary, P example) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]+}");

    public EventType {
        consumers = List.copyOf(consumers);
    }

    /** The subject for one thing: the pattern's placeholder replaced by {@code id}. */
    public String subject(Object id) {
        return PLACEHOLDER.matcher(subjectPattern).replaceFirst(Matcher.quoteReplacement(String.valueOf(id)));
    }

    public boolean is(String type) {
        return name.equals(type);
    }
}
