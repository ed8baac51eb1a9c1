package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** What the registers' forms share: a date typed as text, and a JSON body without its empty fields. */
final class FormText {

    private FormText() {
    }

    /** The date, or empty when the text is blank or no date. */
    static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Adds 「<label>应为 YYYY-MM-DD 格式的日期」 when a filled-in date is no date. */
    static void check(String text, String label, List<String> problems) {
        if (text != null && !text.isBlank() && parse(text).isEmpty()) {
            problems.add(label + "应为 YYYY-MM-DD 格式的日期，例如 2016-07-01。");
        }
    }

    /** Adds 「<from>晚于<to>」 when both dates are given and in the wrong order. */
    static void order(String from, String to, String fromLabel, String toLabel, List<String> problems) {
        Optional<LocalDate> a = parse(from);
        Optional<LocalDate> b = parse(to);
        if (a.isPresent() && b.isPresent() && a.get().isAfter(b.get())) {
            problems.add(fromLabel + " " + a.get() + " 晚于" + toLabel + " " + b.get() + "。");
        }
    }

    static void putIf(ObjectNode body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value.strip());
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
