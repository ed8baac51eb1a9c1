package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each section keeps its time limits (Art. 29, 31: sections are measured on them), from the services' own counts:
 * adjustment-service's {@code /stats/sections} and complaint-service's {@code /cases/stats}. Neither counts by month,
 * so the charts compare sections over all time. The workbench only arranges and draws the numbers.
 */
public final class SectionStatistics {

    /** Blue and orange-brown stay apart for red–green colour blindness; both ≥ 4.5:1 on white. */
    static final String ON_TIME = "#1f5fa8";
    static final String OVERDUE = "#a33c00";
    static final String SETTLED = "#595959";
    static final String UNASSIGNED = "尚未交办";

    private SectionStatistics() {
    }

    /**
     * One section's adjustment requests (R-ADJ-4): all of them, those published, those published without ever being
     * overdue, those returned at least once, those overdue at least once, and those applied for after the 3 working
     * days of Art. 26(1).
     */
    public record AdjustmentRow(String section, String name, long requests, long published, long onTime, long returned,
                                long overdue, long appliedLate) {
    }

    /**
     * One section's complaints, reports and suggestions (R-CMP-4): all cases, those no longer open (answered, closed or
     * not accepted), and the open ones within and past their time limit.
     */
    public record ComplaintRow(String section, String name, long cases, long settled, long openOnTime, long openOverdue) {
        public long open() {
            return openOnTime + openOverdue;
        }
    }

    /** adjustment-service's {@code [{section, requests, published, onTime, returned, overdue, appliedLate}]}. */
    public static List<AdjustmentRow> adjustments(JsonNode stats, Map<String, String> sectionNames) {
        List<AdjustmentRow> rows = new ArrayList<>();
        for (JsonNode s : stats) {
            String code = s.path("section").asText("");
            rows.add(new AdjustmentRow(code, name(code, sectionNames), s.path("requests").asLong(), s.path("published").asLong(),
                    s.path("onTime").asLong(), s.path("returned").asLong(), s.path("overdue").asLong(), s.path("appliedLate").asLong()));
        }
        return rows;
    }

    /**
     * complaint-service's {@code {bySection: [{key, kind, cases, open, overdue}], byItem: […]}}: one count per section
     * and kind, added up here per section. Its {@code overdue} counts open cases only; the key is empty for cases not
     * yet assigned to a section.
     */
    public static List<ComplaintRow> complaints(JsonNode stats, Map<String, String> sectionNames) {
        Map<String, long[]> bySection = new LinkedHashMap<>();
        for (JsonNode c : stats.path("bySection")) {
            long[] sum = bySection.computeIfAbsent(c.path("key").asText(""), k -> new long[3]);
            sum[0] += c.path("cases").asLong();
            sum[1] += c.path("open").asLong();
            sum[2] += c.path("overdue").asLong();
        }
        List<ComplaintRow> rows = new ArrayList<>();
        bySection.forEach((code, sum) -> rows.add(new ComplaintRow(code, code.isEmpty() ? UNASSIGNED : name(code, sectionNames),
                sum[0], Math.max(0, sum[0] - sum[1]), Math.max(0, sum[1] - sum[2]), sum[2])));
        return rows;
    }

    public static BarChart adjustmentChart(List<AdjustmentRow> rows) {
        long onTime = rows.stream().mapToLong(AdjustmentRow::onTime).sum();
        long overdue = rows.stream().mapToLong(AdjustmentRow::overdue).sum();
        return new BarChart("各科室动态调整申请：按时公布与曾超期",
                "横向条形图，每个科室两根条：按时公布（公布前从未超期）的申请数和曾超期的申请数。合计按时公布 " + onTime
                        + " 件，曾超期 " + overdue + " 件。各科室的数字见图下的表格。",
                List.of(new BarChart.Series("按时公布", ON_TIME), new BarChart.Series("曾超期", OVERDUE)),
                rows.stream().map(r -> new BarChart.Group(r.name(), List.of(r.onTime(), r.overdue()))).toList());
    }

    public static BarChart complaintChart(List<ComplaintRow> rows) {
        long settled = rows.stream().mapToLong(ComplaintRow::settled).sum();
        long onTime = rows.stream().mapToLong(ComplaintRow::openOnTime).sum();
        long overdue = rows.stream().mapToLong(ComplaintRow::openOverdue).sum();
        return new BarChart("各科室投诉举报：已了结、在办未超期与在办已超期",
                "横向条形图，每个科室三根条：已了结（已答复、已办结或不予受理）的案件数、在办且未超期的案件数、在办且已超期的案件数。"
                        + "合计已了结 " + settled + " 件，在办未超期 " + onTime + " 件，在办已超期 " + overdue + " 件。各科室的数字见图下的表格。",
                List.of(new BarChart.Series("已了结", SETTLED), new BarChart.Series("在办未超期", ON_TIME),
                        new BarChart.Series("在办已超期", OVERDUE)),
                rows.stream().map(r -> new BarChart.Group(r.name(), List.of(r.settled(), r.openOnTime(), r.openOverdue()))).toList());
    }

    private static String name(String code, Map<String, String> sectionNames) {
        return sectionNames.getOrDefault(code, code);
    }
}
