package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The published complaint channels (投诉举报渠道, Art. 9, 28) as the admin edits them: one line per kind of channel,
 * a number, address or URL and the service hours. complaint-service's PUT /api/v1/channels replaces them all and
 * refuses a set without phone, fax, postal address and e-mail (Art. 28).
 */
public final class ChannelsForm {

    /** A kind of channel, as complaint-service names it. */
    public record Kind(String code, String name) {
    }

    public static final List<Kind> KINDS = List.of(new Kind("PHONE", "投诉举报电话"), new Kind("FAX", "传真"),
            new Kind("POSTAL_ADDRESS", "通信地址"), new Kind("EMAIL", "电子信箱"), new Kind("ONLINE_FORM", "网上投诉"));

    /** What the admin typed for one kind. */
    public record Entry(String value, String serviceHours) {
    }

    /** One line of the form: the kind and its value now (published or just typed). */
    public record Line(String code, String name, String value, String serviceHours) {
    }

    private ChannelsForm() {
    }

    /** The PUT body, in the order of {@link #KINDS}; a kind left empty is not published. */
    public static ArrayNode toJson(Map<String, Entry> entries) {
        ArrayNode body = JsonNodeFactory.instance.arrayNode();
        for (Kind kind : KINDS) {
            Entry e = entries.get(kind.code());
            if (e == null || LawChangeForm.blank(e.value())) {
                continue;
            }
            ObjectNode channel = body.addObject().put("kind", kind.code()).put("value", e.value().strip());
            LawChangeForm.putIf(channel, "serviceHours", e.serviceHours());
        }
        return body;
    }

    /** The form's lines from the published channels (GET /api/v1/channels), every kind present. */
    public static List<Line> lines(JsonNode published) {
        List<Line> lines = new ArrayList<>();
        for (Kind kind : KINDS) {
            JsonNode found = null;
            if (published != null) {
                for (JsonNode c : published) {
                    if (kind.code().equals(c.path("kind").asText())) {
                        found = c;
                    }
                }
            }
            lines.add(new Line(kind.code(), kind.name(), found == null ? "" : found.path("value").asText(""),
                    found == null ? "" : found.path("serviceHours").asText("")));
        }
        return lines;
    }

    /** The form's lines from what the admin typed, to show it again when the service refused it. */
    public static List<Line> lines(Map<String, Entry> entries) {
        return KINDS.stream().map(k -> {
            Entry e = entries.getOrDefault(k.code(), new Entry("", ""));
            return new Line(k.code(), k.name(), e.value() == null ? "" : e.value(), e.serviceHours() == null ? "" : e.serviceHours());
        }).toList();
    }
}
