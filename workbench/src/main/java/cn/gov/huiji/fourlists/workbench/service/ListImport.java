package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legal section's first load of a list from a spreadsheet in the published layout (清单首次导入, R-LIST-4).
 * list-service takes the file as it is (.xlsx or UTF-8 .csv) and loads nothing unless every row is right; when it
 * refuses, its problem+json names each error as {@code row[N].列名} (or {@code header.列名}), which becomes one line
 * of the table the legal section corrects the spreadsheet from.
 */
public final class ListImport {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";

    /** One of the four lists of Art. 1, with the path segment list-service names it by. */
    public record ListChoice(String code, String path, String name) {
    }

    public static final List<ListChoice> LISTS = List.of(
            new ListChoice("POWER", "power", "行政权责"),
            new ListChoice("APPROVAL", "approval", "行政审批"),
            new ListChoice("FEE", "fee", "行政事业性收费"),
            new ListChoice("FUND", "fund", "政府性基金"));

    /** One line of the error table: 行, 列, 错误. */
    public record Error(String row, String column, String message) {
    }

    /** What list-service answered: the items loaded, or why nothing was. */
    public record Outcome(int imported, List<String> codes, String summary, List<Error> errors) {
        public boolean loaded() {
            return errors.isEmpty() && summary == null;
        }
    }

    private static final Pattern ROW = Pattern.compile("row\\[(\\d+)]\\.(.+)");

    private ListImport() {
    }

    public static Optional<ListChoice> list(String code) {
        return LISTS.stream().filter(l -> l.code().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }

    /** The content type list-service reads the file as, from its name; empty for anything but .xlsx and .csv. */
    public static Optional<String> mediaType(String fileName) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }

    /** list-service's 201 answer: {@code {"imported": n, "codes": [...]}}. */
    public static Outcome loaded(JsonNode imported) {
        List<String> codes = new ArrayList<>();
        imported.path("codes").forEach(c -> codes.add(c.asText()));
        return new Outcome(imported.path("imported").asInt(codes.size()), codes, null, List.of());
    }

    /** list-service's refusal: its Chinese summary and every row and column error, in the order it gave them. */
    public static Outcome refused(JsonNode problem) {
        String summary = problem.path("detailZh").asText(problem.path("titleZh").asText("导入未能完成。"));
        return new Outcome(0, List.of(), summary, errors(problem));
    }

    /** The error table: row[N].列 → (N, 列); header.列 → (表头, 列); anything else concerns the whole file. */
    public static List<Error> errors(JsonNode problem) {
        List<Error> rows = new ArrayList<>();
        for (JsonNode e : problem.path("errors")) {
            String field = e.path("field").asText("");
            String message = e.path("messageZh").asText(e.path("message").asText(""));
            Matcher row = ROW.matcher(field);
            if (row.matches()) {
                rows.add(new Error(row.group(1), row.group(2), message));
            } else if (field.equals("header")) {
                rows.add(new Error("表头", "—", message));
            } else if (field.startsWith("header.")) {
                rows.add(new Error("表头", field.substring("header.".length()), message));
            } else {
                rows.add(new Error("—", "—", message));
            }
        }
        return rows;
    }
}
