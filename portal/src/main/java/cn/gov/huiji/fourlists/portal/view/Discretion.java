package cn.gov.huiji.fourlists.portal.view;

import cn.gov.huiji.fourlists.kernel.contract.PenaltyKind;
import cn.gov.huiji.fourlists.kernel.contract.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The discretion standards of a 行政处罚 item (行政处罚自由裁量基准, Art. 16, R-LIST-7) as a citizen reads them: the
 * levels with their Chinese names, the kinds of penalty in the law's words (行政处罚法 Art. 9) and the fines in 元 or 万元,
 * as the bureau's published tables write them ("1万元至3万元"). Read from the item's {@code content.discretion}, so the
 * page shows the standards of whichever version it shows (asOf).
 */
public final class Discretion {

    /** What the page says for a 行政处罚 item without standards (the same words as list-service's noteZh). */
    public static final String NONE_YET = "该事项尚未制定裁量基准";

    private static final long WAN = 10_000;

    private Discretion() {
    }

    /** One violation (违法行为) with its basis, its statutory range, its levels and the conditions beside them. */
    @TemplateData
    public record Violation(int number, String violation, String violatedClause, String penaltyClause, String statutoryRange,
                            List<Level> levels, List<Condition> conditions, String sourceNote) {
    }

    /** One level (裁量阶次) as a table row. */
    @TemplateData
    public record Level(String severity, List<String> circumstances, String penaltyKinds, String fine, String incomeMultiple,
                        String other) {
    }

    /** Conditions for no, lighter, mitigated or heavier penalty (不予处罚／从轻／减轻／从重处罚情形). */
    @TemplateData
    public record Condition(String label, List<String> items) {
    }

    /** The standards in {@code discretion} (the item content's array); empty when there are none. */
    public static List<Violation> of(JsonNode discretion) {
        List<Violation> all = new ArrayList<>();
        if (discretion == null || !discretion.isArray()) {
            return all;
        }
        for (JsonNode s : discretion) {
            List<Level> levels = new ArrayList<>();
            for (JsonNode l : s.path("levels")) {
                JsonNode range = l.path("range");
                levels.add(new Level(severity(l.path("severity").asText("")), texts(l.path("circumstances")),
                        penaltyKinds(l.path("penaltyKinds")), fine(range), incomeMultiple(range), text(l.path("otherPenalties"))));
            }
            List<Condition> conditions = new ArrayList<>();
            condition(conditions, "不予处罚情形", s.path("noPenalty"));
            condition(conditions, "从轻处罚情形", s.path("lighter"));
            condition(conditions, "减轻处罚情形", s.path("mitigated"));
            condition(conditions, "从重处罚情形", s.path("heavier"));
            all.add(new Violation(all.size() + 1, text(s.path("violation")), text(s.path("violatedClause")),
                    text(s.path("penaltyClause")), statutoryRange(s.path("statutoryRange")), levels, conditions,
                    text(s.path("sourceNote"))));
        }
        return all;
    }

    /** 轻微 / 一般 / 较重 / 严重; a name the kernel does not know is shown as sent rather than dropped. */
    public static String severity(String name) {
        try {
            return Severity.valueOf(name).label();
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    /** The kinds in the law's words, joined as Chinese lists are: 警告、罚款. */
    public static String penaltyKinds(JsonNode kinds) {
        List<String> labels = new ArrayList<>();
        for (JsonNode k : kinds) {
            try {
                labels.add(PenaltyKind.valueOf(k.asText()).label());
            } catch (IllegalArgumentException e) {
                labels.add(k.asText());
            }
        }
        return String.join("、", labels);
    }

    /** A sum as the tables write it: 5000元, 1万元, 1.5万元, 100万元. */
    public static String yuan(long amount) {
        if (amount >= WAN && amount % 1000 == 0) {
            return BigDecimal.valueOf(amount).divide(BigDecimal.valueOf(WAN)).stripTrailingZeros().toPlainString() + "万元";
        }
        return amount + "元";
    }

    /** The fine of a range: 1万元至3万元, 5000元以下, 5万元以上, or 无 when the range has no fine. */
    public static String fine(JsonNode range) {
        Long from = amount(range.path("fineFromYuan"));
        Long to = amount(range.path("fineToYuan"));
        if (from != null && from == 0) {
            from = null; // "0元至5000元" is what the law writes as 5000元以下
        }
        return span(from == null ? null : yuan(from), to == null ? null : yuan(to), from != null && from.equals(to));
    }

    /** The multiples of illegal income of a range: 1倍至3倍, or 无. */
    public static String incomeMultiple(JsonNode range) {
        String from = multiple(range.path("incomeMultipleFrom"));
        String to = multiple(range.path("incomeMultipleTo"));
        return span(from, to, from != null && from.equals(to));
    }

    /** The penalty clause's own range (法定幅度): the fine and the multiples it allows, or where to read it. */
    public static String statutoryRange(JsonNode range) {
        List<String> parts = new ArrayList<>();
        if (!range.isMissingNode() && !range.isNull()) {
            String fine = fine(range);
            String multiple = incomeMultiple(range);
            if (!"无".equals(fine)) {
                parts.add("罚款" + fine);
            }
            if (!"无".equals(multiple)) {
                parts.add("违法所得" + multiple);
            }
        }
        return parts.isEmpty() ? "见处罚条款" : String.join("；", parts);
    }

    private static String span(String from, String to, boolean same) {
        if (from == null && to == null) {
            return "无";
        }
        if (same) {
            return from;
        }
        if (from == null) {
            return to + "以下";
        }
        return to == null ? from + "以上" : from + "至" + to;
    }

    private static Long amount(JsonNode n) {
        return n.isNumber() || (n.isTextual() && n.asText().matches("\\d+")) ? n.asLong() : null;
    }

    private static String multiple(JsonNode n) {
        if (!(n.isNumber() || n.isTextual()) || n.asText().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(n.asText()).stripTrailingZeros().toPlainString() + "倍";
        } catch (NumberFormatException e) {
            return n.asText();
        }
    }

    private static void condition(List<Condition> conditions, String label, JsonNode items) {
        List<String> texts = texts(items);
        if (!texts.isEmpty()) {
            conditions.add(new Condition(label, texts));
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        for (JsonNode t : array) {
            if (!t.asText("").isBlank()) {
                texts.add(t.asText());
            }
        }
        return texts;
    }

    private static String text(JsonNode n) {
        return n.isNull() || n.isMissingNode() || n.asText().isBlank() ? null : n.asText();
    }
}
