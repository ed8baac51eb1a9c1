package cn.gov.huiji.fourlists.audit.oversight.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Cards per month of their due date and per section (月度统计, Art. 31: warnings and overdue steps are measured). */
public final class CardSummary {

    private CardSummary() {
    }

    @Schema(name = "CardSummaryRow", description = "Cards of one section with due dates in one month (月度黄牌红牌统计)")
    public record Row(@Schema(description = "Month of the due date (月份)", examples = "2026-11") String month,
                      @Schema(examples = "hazchem") String section,
                      @Schema(description = "Yellow cards: warned, not missed (黄牌)") long yellow,
                      @Schema(description = "Red cards: missed (红牌)") long red,
                      @Schema(description = "Of these, how many were finally done (已办结)") long resolved) {
    }

    /** One row per (month, section) that has cards, by month then section. */
    public static List<Row> of(Collection<Card> cards) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Card c : cards) {
            String key = YearMonth.from(c.dueDate()) + "\u0000" + (c.section() == null ? "" : c.section());
            long[] n = counts.computeIfAbsent(key, k -> new long[3]);
            n[c.color() == CardColor.RED ? 1 : 0]++;
            if (c.resolved()) {
                n[2]++;
            }
        }
        return counts.entrySet().stream().map(e -> {
            String[] parts = e.getKey().split("\u0000", -1);
            return new Row(parts[0], parts[1].isEmpty() ? null : parts[1], e.getValue()[0], e.getValue()[1], e.getValue()[2]);
        }).toList();
    }
}
