package cn.gov.huiji.fourlists.kernel.events;

import cn.gov.huiji.fourlists.kernel.testing.ContractDocuments;
import cn.gov.huiji.fourlists.kernel.testing.EventExamples;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import cn.gov.huiji.fourlists.kernel.trace.TraceTopics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event contract other bureaus build against: {@code deploy/contracts/asyncapi.yaml} is generated from the
 * declarations in {@link EventCatalogue} and checked in. This test fails when a declaration and the document disagree;
 * {@code ./mvnw -pl shared-kernel test -Dtest=EventContractTest -Dfourlists.contracts.write=true} writes it anew, so a
 * change to the contract is a visible diff.
 */
class EventContractTest {

    static final Map<String, String> TOPIC_OWNERS = Map.of(TraceTopics.LIST, "list-service", TraceTopics.ADJUSTMENT,
            "adjustment-service", TraceTopics.COMPLAINT, "complaint-service", TraceTopics.AUDIT, "audit-service", TraceTopics.DISCLOSURE, "disclosure-service");

    @Test
    void everyEventTypeIsDeclaredOnceInThePastTenseOnItsProducersTopic() {
        Set<String> names = new HashSet<>();
        for (EventType<?> t : EventCatalogue.ALL) {
            assertTrue(names.add(t.name()), t.name() + " is declared twice");
            assertTrue(t.name().matches("fourlists\\.(list|adjustment|complaint|audit|disclosure)\\.[a-z-]+\\.[a-z-]+"), t.name());
            assertTrue(t.name().matches(".*\\.[a-z-]*(?:ed|-back|-given)$"),
                    t.name() + " must say what happened, in the past tense");
            assertEquals(TOPIC_OWNERS.get(t.topic()), t.producer(), t.name() + " is carried by its producer's topic");
            assertTrue(t.subjectPattern().contains("{") || !t.subjectPattern().contains("/"), t.subjectPattern());
            assertTrue(t.payload().isRecord(), t.name() + " has a payload record");
            assertEquals(t.payload(), t.example().getClass(), t.name() + " declares an example of its payload");
        }
    }

    @Test
    void everyDeclaredExampleTravelsInTheCloudEventsEnvelopeAndReadsBackAsItsPayload() {
        for (EventType<?> t : EventCatalogue.ALL) {
            var event = TraceEventCodec.read(EventExamples.event(t, "x", 1));
            assertEquals(t.name(), event.type());
            assertEquals(t.example(), TraceEventCodec.dataAs(event, t.payload()), t.name() + " example survives the wire");
        }
    }

    @Test
    void theCheckedInAsyncApiDocumentIsTheOneTheDeclarationsMake() throws IOException {
        ContractDocuments.check("asyncapi.yaml", yaml(document()),
                "./mvnw -pl shared-kernel test -Dtest=EventContractTest -Dfourlists.contracts.write=true");
    }

    // ------------------------------------------------------------------ the AsyncAPI 3.0 document

    static Map<String, Object> document() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asyncapi", "3.0.0");
        doc.put("info", map("title", "Four Lists One Network (四单一网): trace events",
                "version", "1.0.0",
                "description", "Every duty action of every service of the Huiji District Safety Production Supervision "
                        + "Bureau's four-lists system is recorded as a CloudEvents 1.0 event in structured mode (Kafka "
                        + "protocol binding §3.2: record header content-type: application/cloudevents+json, the record's value "
                        + "the whole event as JSON, the record's key its subject). Each service writes only to its own topic; "
                        + "audit-service stores every event in the tamper-evident log. Extension attributes: sequence (the "
                        + "source's gapless counter, a 19-digit decimal string that orders lexicographically, as the CloudEvents "
                        + "Sequence extension defines it), actorid, actorroles, actorsection, datadigest (sha256 of data), signature (the "
                        + "source's Ed25519 signature over the RFC 8785 form of the event without it; consumers apply only events "
                        + "whose signature verifies with the source's configured public key and whose source owns the topic). "
                        + "A record a consumer cannot use goes to <topic>.dlq with the header dead-letter-reason. "
                        + "Generated from shared-kernel's EventCatalogue; do not edit by hand."));
        doc.put("defaultContentType", "application/cloudevents+json");
        doc.put("servers", map("local", map("host", "127.0.0.1:9092", "protocol", "kafka",
                "description", "The local suite started by deploy/local/up (KRaft, single node)")));
        Map<String, Object> channels = new LinkedHashMap<>();
        Map<String, Object> operations = new LinkedHashMap<>();
        Map<String, Object> messages = new LinkedHashMap<>();
        Map<String, Object> schemas = new TreeMap<>();
        schemas.put("CloudEvent", envelope());
        for (String topic : TraceTopics.ALL) {
            List<EventType<?>> carried = EventCatalogue.ALL.stream().filter(t -> t.topic().equals(topic)).toList();
            Map<String, Object> refs = new LinkedHashMap<>();
            for (EventType<?> t : carried) {
                refs.put(t.name(), map("$ref", "#/components/messages/" + t.name()));
                messages.put(t.name(), message(t, schemas));
            }
            channels.put(topic, map("address", topic, "description", "Trace events of " + TOPIC_OWNERS.get(topic) + ".",
                    "messages", refs));
            channels.put(topic + ".dlq", map("address", topic + ".dlq",
                    "description", "Records from " + topic + " a consumer could not use, as they were, with the headers "
                            + "dead-letter-reason, dead-letter-topic, dead-letter-partition and dead-letter-offset.",
                    "messages", map("deadLetter", map("$ref", "#/components/messages/deadLetter"))));
            operations.put(TOPIC_OWNERS.get(topic) + ".sends." + topic, map("action", "send",
                    "channel", map("$ref", "#/channels/" + topic),
                    "summary", TOPIC_OWNERS.get(topic) + " records its duty actions",
                    "messages", carried.stream().map(t -> map("$ref", "#/channels/" + topic + "/messages/" + t.name())).toList()));
            operations.put("audit-service.receives." + topic, map("action", "receive",
                    "channel", map("$ref", "#/channels/" + topic),
                    "summary", "audit-service stores every event once in the tamper-evident log (R-AUD-1..3)",
                    "messages", carried.stream().map(t -> map("$ref", "#/channels/" + topic + "/messages/" + t.name())).toList()));
            Map<String, List<EventType<?>>> byConsumer = new TreeMap<>();
            for (EventType<?> t : carried) {
                for (String consumer : t.consumers()) {
                    byConsumer.computeIfAbsent(consumer, c -> new ArrayList<>()).add(t);
                }
            }
            byConsumer.forEach((consumer, types) -> operations.put(consumer + ".receives." + topic, map("action", "receive",
                    "channel", map("$ref", "#/channels/" + topic),
                    "summary", consumer + " acts on these events of " + topic,
                    "messages", types.stream().map(t -> map("$ref", "#/channels/" + topic + "/messages/" + t.name())).toList())));
        }
        messages.put("deadLetter", map("name", "deadLetter", "title", "A record set aside (死信)",
                "contentType", "text/plain", "payload", map("type", "string",
                        "description", "The record's value exactly as it was read")));
        doc.put("channels", channels);
        doc.put("operations", operations);
        doc.put("components", map("messages", messages, "schemas", schemas));
        return doc;
    }

    static Map<String, Object> message(EventType<?> t, Map<String, Object> schemas) {
        String payload = schemaName(t.payload());
        define(t.payload(), schemas);
        JsonNode example = TraceEventCodec.parseTree(EventExamples.event(t, example(t.subjectPattern()), 12));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("title", t.summary());
        m.put("summary", "Produced by " + t.producer() + (t.consumers().isEmpty() ? "; stored by audit-service."
                : "; consumed by " + String.join(", ", t.consumers()) + "; stored by audit-service."));
        m.put("contentType", "application/cloudevents+json");
        m.put("headers", map("type", "object", "properties", map("content-type", map("type", "string",
                "const", "application/cloudevents+json"))));
        m.put("payload", map("allOf", List.of(map("$ref", "#/components/schemas/CloudEvent"), map("type", "object",
                "properties", map("type", map("const", t.name()),
                        "subject", map("type", "string", "description", "pattern: " + t.subjectPattern()),
                        "data", map("$ref", "#/components/schemas/" + payload))))));
        m.put("x-producer", t.producer());
        m.put("x-consumers", t.consumers());
        m.put("examples", List.of(map("name", "example", "payload", new ObjectMapper().convertValue(example, Map.class))));
        return m;
    }

    static String example(String subjectPattern) {
        return subjectPattern.contains("{") ? "example" : subjectPattern;
    }

    static Map<String, Object> envelope() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("specversion", map("type", "string", "const", "1.0"));
        props.put("id", map("type", "string", "format", "uuid"));
        props.put("source", map("type", "string", "description", "fourlists/<service>"));
        props.put("type", map("type", "string"));
        props.put("subject", map("type", "string"));
        props.put("time", map("type", "string", "format", "date-time"));
        props.put("datacontenttype", map("type", "string", "const", "application/json"));
        props.put("sequence", map("type", "string", "pattern", "^[0-9]{19}$",
                "description", "The source's gapless counter (CloudEvents Sequence extension): a gap is a missing trace (漏报)"));
        props.put("actorid", map("type", "string", "description", "Staff user id, 'anonymous' for the public, 'system'"));
        props.put("actorroles", map("type", "string", "description", "Comma-separated realm roles"));
        props.put("actorsection", map("type", "string"));
        props.put("datadigest", map("type", "string", "pattern", "^sha256:[0-9a-f]{64}$"));
        props.put("data", map("type", "object"));
        props.put("signature", map("type", "string", "contentEncoding", "base64",
                "description", "Ed25519 by the source's key over the RFC 8785 canonical JSON of the event without this member"));
        return map("type", "object", "required", List.of("specversion", "id", "source", "type", "time", "sequence", "data", "signature"),
                "properties", props);
    }

    static String schemaName(Class<?> type) {
        return type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
    }

    static void define(Class<?> record, Map<String, Object> schemas) {
        String name = schemaName(record);
        if (schemas.containsKey(name)) {
            return;
        }
        schemas.put(name, Map.of()); // placeholder against recursion
        Map<String, Object> props = new LinkedHashMap<>();
        for (RecordComponent c : record.getRecordComponents()) {
            props.put(c.getName(), schema(c.getGenericType(), schemas));
        }
        schemas.put(name, map("type", "object", "properties", props));
    }

    static Object schema(Type type, Map<String, Object> schemas) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw && List.class.isAssignableFrom(raw)) {
            return map("type", "array", "items", schema(p.getActualTypeArguments()[0], schemas));
        }
        Class<?> c = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (c == String.class) {
            return map("type", "string");
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return map("type", "integer");
        }
        if (c == java.math.BigDecimal.class) {
            return map("type", "number");
        }
        if (c == boolean.class || c == Boolean.class) {
            return map("type", "boolean");
        }
        if (c == LocalDate.class) {
            return map("type", "string", "format", "date");
        }
        if (c == OffsetDateTime.class) {
            return map("type", "string", "format", "date-time");
        }
        if (c == UUID.class) {
            return map("type", "string", "format", "uuid");
        }
        if (c.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object v : c.getEnumConstants()) {
                values.add(((Enum<?>) v).name());
            }
            return map("type", "string", "enum", values);
        }
        if (JsonNode.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)) {
            return map("description", "any JSON");
        }
        if (c.isRecord()) {
            define(c, schemas);
            return map("$ref", "#/components/schemas/" + schemaName(c));
        }
        throw new IllegalStateException("no JSON Schema for " + type);
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static String yaml(Object document) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).disable(YAMLGenerator.Feature.SPLIT_LINES));
        return "# Generated from shared-kernel's EventCatalogue by EventContractTest; do not edit by hand.\n"
                + yaml.writeValueAsString(document);
    }

}
