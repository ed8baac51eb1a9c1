package cn.gov.huiji.fourlists.audit.oversight.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A period's assessment per section (绩效考核, Art. 31: sections and staff who do not follow the regime are dealt with
 * under the bureau's performance assessment): adjustments and complaints done on time or late, cards, findings and
 * decided measures. Plain Java over what the traces, the findings and the accountability records say.
 */
@Schema(name = "Assessment", description = "A period's assessment per section (绩效考核)")
public record Assessment(@Schema(description = "First day (开始日期)") LocalDate from,
                         @Schema(description = "Last day, included (结束日期)") LocalDate to,
                         List<Row> rows) {

    @Schema(name = "AssessmentRow", description = "One section's figures for the period (科室（队）考核情况)")
    public record Row(@Schema(examples = "hazchem") String section,
                      @Schema(description = "Adjustment requests published in the period without a red card (调整按时)") long adjustmentsOnTime,
                      @Schema(description = "… with a red card on any of their steps (调整逾期)") long adjustmentsLate,
                      @Schema(description = "Complaints answered or closed in the period without a red card (投诉按时)") long complaintsOnTime,
                      @Schema(description = "… with a red card on acceptance or answer (投诉逾期)") long complaintsLate,
                      @Schema(description = "Yellow cards due in the period (黄牌)") long yellowCards,
                      @Schema(description = "Red cards due in the period (红牌)") long redCards,
                      @Schema(description = "Spot-check findings of a problem against the section, recorded in the period (抽查发现问题)") long findings,
                      @Schema(description = "Accountability measures decided in the period (问责决定)") long measures) {
    }

    /** Something done in the period: the request published or the case answered, and the section that did it. */
    public record Done(String subject, String section) {
    }

    /** The Chinese column headings of the export, in the order of {@link Row}'s fields. */
    public static final List<String> HEADINGS = List.of("科室（队）", "调整按时", "调整逾期", "投诉按时", "投诉逾期", "黄牌", "红牌",
            "抽查发现问题", "问责决定");

    /**
     * @param cards        every card (any due date): a red one on a subject makes its completion late
     * @param adjustments  requests published in the period
     * @param complaints   cases answered or closed in the period
     * @param findings     per section, problems found in the period
     * @param measures     per section, measures decided in the period
     */
    public static Assessment of(LocalDate from, LocalDate to, Collection<Card> cards, Collection<Done> adjustments,
                                Collection<Done> complaints, Map<String, Long> findings, Map<String, Long> measures) {
        Set<String> redSubjects = cards.stream().filter(c -> c.color() == CardColor.RED).map(Card::subject).collect(Collectors.toSet());
        Map<String, long[]> by = new TreeMap<>();
        for (Done d : adjustments) {
            if (d.section() == null) {
                continue; // the service names a section for every request it publishes
            }
            by.computeIfAbsent(d.section(), s -> new long[8])[redSubjects.contains(d.subject()) ? 1 : 0]++;
        }
        for (Done d : complaints) {
            if (d.section() == null) {
                continue;
            }
            by.computeIfAbsent(d.section(), s -> new long[8])[redSubjects.contains(d.subject()) ? 3 : 2]++;
        }
        for (Card c : cards) {
            if (c.section() != null && !c.dueDate().isBefore(from) && !c.dueDate().isAfter(to)) {
                by.computeIfAbsent(c.section(), s -> new long[8])[c.color() == CardColor.RED ? 5 : 4]++;
            }
        }
        findings.forEach((section, n) -> by.computeIfAbsent(section, s -> new long[8])[6] += n);
        measures.forEach((section, n) -> by.computeIfAbsent(section, s -> new long[8])[7] += n);
        List<Row> rows = new ArrayList<>();
        by.forEach((section, n) -> rows.add(new Row(section, n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7])));
        return new Assessment(from, to, rows);
    }

    /** The rows as cells under {@link #HEADINGS}. */
    public List<List<String>> table() {
        List<List<String>> table = new ArrayList<>();
        table.add(HEADINGS);
        for (Row r : rows) {
            table.add(List.of(r.section(), String.valueOf(r.adjustmentsOnTime()), String.valueOf(r.adjustmentsLate()),
                    String.valueOf(r.complaintsOnTime()), String.valueOf(r.complaintsLate()), String.valueOf(r.yellowCards()),
                    String.valueOf(r.redCards()), String.valueOf(r.findings()), String.valueOf(r.measures())));
        }
        return table;
    }
}
