package cn.gov.huiji.fourlists.audit.oversight.rest;

import cn.gov.huiji.fourlists.kernel.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Days given as query parameters (YYYY-MM-DD, the bureau's calendar days). */
final class Days {

    static final String PATTERN = "\\d{4}-\\d{2}-\\d{2}";

    private Days() {
    }

    static LocalDate parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "a day YYYY-MM-DD is expected", "应为日期 YYYY-MM-DD");
        }
    }

    static LocalDate required(String field, String value) {
        LocalDate day = parse(field, value);
        if (day == null) {
            throw ProblemException.invalid(field, "is required (YYYY-MM-DD)", "必填，格式 YYYY-MM-DD");
        }
        return day;
    }

    static void ordered(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before 'from'", "不能早于开始日期");
        }
    }
}
