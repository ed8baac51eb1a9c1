package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The register of enforcement officers as the legal section reads it (执法人员, Art. 19; R-LIST-9), from list-service's
 * OfficerView: the certificate, its unit, category, area and term, its status with the date and reason of each change,
 * and what a spreadsheet import answered.
 */
public final class Officers {

    private Officers() {
    }

    /** One line of the search results. */
    public record Row(String certificateNo, String name, String unitName, String category, String area, String term,
                      String statusName, boolean valid, String link) {
    }

    /** One page of results; {@code page} counts from 1 as people do. */
    public record Results(List<Row> rows, int page, int pages, long total) {
        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    /** An officer with the history of their certificate's status, oldest first. */
    public record Officer(String certificateNo, String name, String unitName, String unitCode, String category, String area,
                          String issuingAuthority, String validFrom, String validTo, String status, String statusName,
                          String statusDate, String statusReason, boolean lapsed, List<StatusLine> history) {
    }

    public record StatusLine(String statusName, String date, String reason, String recordedAt) {
    }

    /** What the import answered: how many officers were loaded, or the summary and every error by 行 and 列. */
    public record ImportOutcome(String fileName, int imported, String summary, List<ListImport.Error> errors) {
        public boolean loaded() {
            return summary == null && errors.isEmpty();
        }
    }

    public static Results results(JsonNode page) {
        List<Row> rows = new ArrayList<>();
        page.path("items").forEach(o -> rows.add(row(o)));
        int size = Math.max(1, page.path("size").asInt(rows.size()));
        long total = page.path("total").asLong(rows.size());
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new Results(rows, page.path("page").asInt(0) + 1, pages, total);
    }

    static Row row(JsonNode o) {
        String no = text(o, "certificateNo");
        return new Row(no, text(o, "name"), text(o.path("unit"), "name"), text(o, "category"), text(o, "area"),
                text(o, "validFrom") + " 至 " + text(o, "validTo"), statusName(o), "VALID".equals(text(o, "status")), link(no));
    }

    public static Officer of(JsonNode o, LocalDate today) {
        List<StatusLine> history = new ArrayList<>();
        o.path("statusHistory").forEach(h -> history.add(new StatusLine(statusName(h), text(h, "date"), text(h, "reason"),
                EnforcementBodies.minute(text(h, "recordedAt")))));
        String validTo = text(o, "validTo");
        boolean lapsed = !validTo.isEmpty() && FormText.parse(validTo).map(today::isAfter).orElse(false);
        return new Officer(text(o, "certificateNo"), text(o, "name"), text(o.path("unit"), "name"), text(o.path("unit"), "creditCode"),
                text(o, "category"), text(o, "area"), text(o, "issuingAuthority"), text(o, "validFrom"), validTo, text(o, "status"),
                statusName(o), text(o, "statusDate"), text(o, "statusReason"), lapsed, history);
    }

    /** The officer's page, by certificate number. */
    public static String link(String certificateNo) {
        return "/officers/" + URLEncoder.encode(certificateNo, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static ImportOutcome imported(String fileName, JsonNode answer) {
        return new ImportOutcome(fileName, answer.path("imported").asInt(0), null, List.of());
    }

    /**
     * list-service's refusal of a spreadsheet: nothing was loaded; each error names its row and column
     * ({@code {row, column, messageZh}}), or, as the list import does, a field {@code row[N].列}.
     */
    public static ImportOutcome refused(String fileName, JsonNode problem) {
        List<ListImport.Error> errors = new ArrayList<>();
        for (JsonNode e : problem.path("errors")) {
            String message = e.path("messageZh").asText(e.path("message").asText(""));
            if (e.hasNonNull("row") || e.hasNonNull("column")) {
                errors.add(new ListImport.Error(e.hasNonNull("row") ? e.path("row").asText() : "表头",
                        e.path("column").asText("—"), message));
            } else {
                var single = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
                single.putArray("errors").add(e);
                errors.addAll(ListImport.errors(single));
            }
        }
        String summary = problem.path("detailZh").asText(problem.path("titleZh").asText("导入未能完成，未导入任何执法人员。"));
        return new ImportOutcome(fileName, 0, summary, errors);
    }

    static String statusName(JsonNode o) {
        String zh = text(o, "statusZh");
        return zh.isEmpty() ? OfficerForm.StatusChange.STATUSES.getOrDefault(text(o, "status"), text(o, "status")) : zh;
    }

    static String text(JsonNode node, String field) {
        return BodyForm.text(node, field);
    }
}
