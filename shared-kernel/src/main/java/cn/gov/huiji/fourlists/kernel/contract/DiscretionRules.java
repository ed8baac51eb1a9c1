package cn.gov.huiji.fourlists.kernel.contract;

import cn.gov.huiji.fourlists.kernel.contract.DiscretionStandard.Level;
import cn.gov.huiji.fourlists.kernel.contract.DiscretionStandard.Range;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules that span the fields of an item's discretion standards (行政处罚自由裁量基准, Art. 19, R-LIST-7): a
 * standard belongs to a 行政处罚 item; its levels run from the lightest, one per severity; every level's range lies
 * within the penalty clause's own range (行政处罚法 Art. 4: a penalty is set within the kinds and ranges the law
 * gives); from is never above to; and two levels never offer the same fine, so that the circumstances decide one
 * level (touching ends, 1万–3万 then 3万–5万, are how the published tables read and are allowed).
 *
 * <p>Plain logic, called by {@link ItemContentValidator}: each broken rule is a {@link Breach} naming its message key
 * and its property path, such as {@code discretion[0].levels[1].range}.
 */
public final class DiscretionRules {

    /** The category of items that carry standards. */
    public static final String PENALTY_CATEGORY = "行政处罚";

    /** One broken rule: its message template and the path of the offending property, node by node. */
    public record Breach(String message, List<Node> path) {

        /** A property node; {@code index} is its position in the list before it, or null. */
        public record Node(String name, Integer index) {
        }

        /** The path as Bean Validation prints it, e.g. discretion[0].levels[1].range. */
        public String pathText() {
            StringBuilder s = new StringBuilder();
            for (Node n : path) {
                if (n.index() != null) {
                    s.append('[').append(n.index()).append(']');
                }
                s.append(s.isEmpty() ? "" : ".").append(n.name());
            }
            return s.toString();
        }
    }

    static final String CATEGORY = "{fourlists.item.discretion.category}";
    static final String ORDER = "{fourlists.item.discretion.levels.order}";
    static final String FROM_TO = "{fourlists.item.discretion.range.fromTo}";
    static final String STATUTORY = "{fourlists.item.discretion.range.statutory}";
    static final String OVERLAP = "{fourlists.item.discretion.range.overlap}";

    private DiscretionRules() {
    }

    public static List<Breach> check(ListItemContent item) {
        List<Breach> breaches = new ArrayList<>();
        List<DiscretionStandard> standards = item.discretion();
        if (standards == null || standards.isEmpty()) {
            return breaches;
        }
        // Art. 19 asks standards of the penalty items only; elsewhere they would be read as a power the item lacks.
        if (item.category() != null && !PENALTY_CATEGORY.equals(item.category().strip())) {
            breaches.add(new Breach(CATEGORY, List.of(new Breach.Node("discretion", null))));
        }
        for (int s = 0; s < standards.size(); s++) {
            DiscretionStandard standard = standards.get(s);
            if (standard == null) {
                continue; // @NotNull reports it
            }
            Range statutory = standard.statutoryRange();
            if (statutory != null && !ordered(statutory)) {
                breaches.add(at(FROM_TO, s, "statutoryRange", null));
            }
            List<Level> levels = standard.levels() == null ? List.of() : standard.levels();
            Severity previous = null;
            for (int l = 0; l < levels.size(); l++) {
                Level level = levels.get(l);
                if (level == null) {
                    continue;
                }
                if (level.severity() != null) {
                    if (previous != null && level.severity().compareTo(previous) <= 0) {
                        breaches.add(at(ORDER, s, "levels", l, "severity"));
                    }
                    previous = level.severity();
                }
                Range range = level.range();
                if (range == null) {
                    continue;
                }
                if (!ordered(range)) {
                    breaches.add(at(FROM_TO, s, "levels", l, "range"));
                } else if (statutory != null && ordered(statutory) && !within(range, statutory)) {
                    breaches.add(at(STATUTORY, s, "levels", l, "range"));
                }
                for (int earlier = 0; earlier < l; earlier++) {
                    Level other = levels.get(earlier);
                    if (other != null && other.range() != null && ordered(other.range()) && ordered(range)
                            && finesOverlap(other.range(), range)) {
                        breaches.add(at(OVERLAP, s, "levels", l, "range"));
                        break;
                    }
                }
            }
        }
        return breaches;
    }

    /** Each end present is not above the other end: fine from ≤ to, multiple from ≤ to. */
    public static boolean ordered(Range r) {
        boolean fines = r.fineFromYuan() == null || r.fineToYuan() == null || r.fineFromYuan() <= r.fineToYuan();
        boolean multiples = r.incomeMultipleFrom() == null || r.incomeMultipleTo() == null
                || r.incomeMultipleFrom().compareTo(r.incomeMultipleTo()) <= 0;
        return fines && multiples;
    }

    /**
     * Whether a level's range lies within the statutory one. An open end is unbounded (an open from is 0); a fine or
     * a multiple the statutory range does not provide at all lies outside it.
     */
    public static boolean within(Range level, Range statutory) {
        if (level.hasFine()) {
            if (!statutory.hasFine()) {
                return false;
            }
            if (lowFine(level) < lowFine(statutory) || highFine(level) > highFine(statutory)) {
                return false;
            }
        }
        if (level.hasMultiple()) {
            if (!statutory.hasMultiple()) {
                return false;
            }
            if (lowMultiple(level).compareTo(lowMultiple(statutory)) < 0) {
                return false;
            }
            BigDecimal high = statutory.incomeMultipleTo();
            if (high != null && (level.incomeMultipleTo() == null || level.incomeMultipleTo().compareTo(high) > 0)) {
                return false;
            }
        }
        return true;
    }

    /** Whether two levels' fines share more than an end: [1万, 3万] and [3万, 5万] do not; [1万, 3万] and [2万, 5万] do. */
    public static boolean finesOverlap(Range a, Range b) {
        if (!a.hasFine() || !b.hasFine()) {
            return false;
        }
        return Math.max(lowFine(a), lowFine(b)) < Math.min(highFine(a), highFine(b));
    }

    static long lowFine(Range r) {
        return r.fineFromYuan() == null ? 0 : r.fineFromYuan();
    }

    static long highFine(Range r) {
        return r.fineToYuan() == null ? Long.MAX_VALUE : r.fineToYuan();
    }

    static BigDecimal lowMultiple(Range r) {
        return r.incomeMultipleFrom() == null ? BigDecimal.ZERO : r.incomeMultipleFrom();
    }

    private static Breach at(String message, int standard, String property, Integer level, String... rest) {
        List<Breach.Node> path = new ArrayList<>();
        path.add(new Breach.Node("discretion", null));
        path.add(new Breach.Node(property, standard));
        for (String r : rest) {
            path.add(new Breach.Node(r, path.size() == 2 ? level : null));
        }
        return new Breach(message, List.copyOf(path));
    }
}
