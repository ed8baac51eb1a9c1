package cn.gov.huiji.fourlists.workbench.service;

import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The register of enforcement bodies as the legal section reads it (执法主体, Art. 17–18; R-LIST-8), from
 * list-service's BodyView: what kind of body, on what basis, confirmed by which document, published or not, and the
 * entrustments it holds with whether each gives authority today.
 */
public final class EnforcementBodies {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private EnforcementBodies() {
    }

    /** One line of the register. */
    public record Row(String creditCode, String name, String kindName, String category, String confirmation, boolean published,
                      String stateName, String link) {
    }

    /** A body with its record and its entrustments. */
    public record Body(String creditCode, String name, String kind, String kindName, String category, String legalBasis,
                       String confirmationNo, String confirmationDate, boolean published, String stateName, int version,
                       String since, List<Entrustment> entrustments) {

        /** Only a 受委托组织 receives entrustments (Art. 18). */
        public boolean entrusted() {
            return "ENTRUSTED".equals(kind);
        }

        /** Art. 17: a body is published once its confirmation is recorded. */
        public boolean confirmed() {
            return !confirmationNo.isEmpty() && !confirmationDate.isEmpty();
        }
    }

    /** One entrustment: who entrusted which items, for which term, by which document, and where it stands. */
    public record Entrustment(String id, String entrustingName, String entrustingCode, String itemCodes, String term,
                              String document, String stateName, boolean revoked, boolean inForce) {
    }

    public static List<Row> rows(JsonNode bodies) {
        List<Row> rows = new ArrayList<>();
        if (bodies != null) {
            bodies.forEach(b -> rows.add(new Row(text(b, "creditCode"), text(b, "name"), kindName(b), text(b, "enforcementCategory"),
                    confirmation(b), b.path("published").asBoolean(false), stateName(b), "/bodies/" + text(b, "creditCode"))));
        }
        return rows;
    }

    public static Body of(JsonNode b, LocalDate today) {
        List<Entrustment> entrustments = new ArrayList<>();
        b.path("entrustments").forEach(e -> entrustments.add(entrustment(e, today)));
        return new Body(text(b, "creditCode"), text(b, "name"), text(b, "kind"), kindName(b), text(b, "enforcementCategory"),
                text(b, "legalBasis"), text(b, "confirmationNo"), text(b, "confirmationDate"), b.path("published").asBoolean(false),
                stateName(b), b.path("version").asInt(0), minute(text(b, "validFrom")), entrustments);
    }

    static Entrustment entrustment(JsonNode e, LocalDate today) {
        List<String> codes = new ArrayList<>();
        e.path("itemCodes").forEach(c -> codes.add(c.asText()));
        JsonNode by = e.path("entrustingBody");
        String from = text(e, "validFrom");
        String to = text(e, "validTo");
        boolean revoked = e.path("revoked").asBoolean(false);
        boolean inTerm = e.path("inTerm").asBoolean(false);
        String state;
        if (revoked) {
            String reason = text(e, "revokedReason");
            state = "已于 " + text(e, "revokedOn") + " 终止" + (reason.isEmpty() ? "" : "：" + reason);
        } else if (inTerm) {
            state = "在委托期限内";
        } else if (!from.isEmpty() && LocalDate.parse(from).isAfter(today)) {
            state = "尚未开始（自 " + from + " 起）";
        } else {
            state = "已过委托期限"; // Art. 18: outside its term an entrustment gives no authority
        }
        String docNo = text(e, "documentNo");
        String docDate = text(e, "documentDate");
        return new Entrustment(text(e, "id"), text(by, "name"), text(by, "creditCode"), String.join("、", codes),
                from + " 至 " + to, docNo + (docDate.isEmpty() ? "" : "（" + docDate + "）"), state, revoked, !revoked && inTerm);
    }

    static String kindName(JsonNode b) {
        String zh = text(b, "kindZh");
        return zh.isEmpty() ? BodyForm.KINDS.getOrDefault(text(b, "kind"), text(b, "kind")) : zh;
    }

    static String confirmation(JsonNode b) {
        String no = text(b, "confirmationNo");
        String date = text(b, "confirmationDate");
        if (no.isEmpty() && date.isEmpty()) {
            return "尚未确认";
        }
        return no + (date.isEmpty() ? "" : "（" + date + "）");
    }

    static String stateName(JsonNode b) {
        if (b.path("published").asBoolean(false)) {
            return "已公告";
        }
        return text(b, "confirmationNo").isEmpty() ? "未确认，未公告" : "未公告";
    }

    /** A timestamp in the bureau's time, to the minute. */
    static String minute(String timestamp) {
        if (timestamp.isEmpty()) {
            return "";
        }
        try {
            return MINUTE.format(OffsetDateTime.parse(timestamp).atZoneSameInstant(BureauClock.ZONE));
        } catch (DateTimeParseException e) {
            return timestamp;
        }
    }

    static String text(JsonNode node, String field) {
        return BodyForm.text(node, field);
    }
}
