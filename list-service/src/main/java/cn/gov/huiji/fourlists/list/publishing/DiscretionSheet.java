package cn.gov.huiji.fourlists.list.publishing;

import cn.gov.huiji.fourlists.kernel.contract.DiscretionStandard;
import cn.gov.huiji.fourlists.kernel.contract.DiscretionStandard.Level;
import cn.gov.huiji.fourlists.kernel.contract.DiscretionStandard.Range;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.kernel.contract.PenaltyKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The discretion standards of the exported items as the published 安全生产 discretion tables lay them out (R-LIST-7):
 * one row per level, the violation, its clauses and the standard's conditions repeated on each of its levels so that
 * a row read alone is complete. The spreadsheet's second sheet and the PDF's closing section; an import reads neither.
 */
public final class DiscretionSheet {

    public static final String TITLE = "行政处罚自由裁量基准";
    public static final String SHEET = "裁量基准";

    /** The spreadsheet's columns, one per part of a level. */
    public static final List<PublishedLayout.Column> COLUMNS = List.of(
            column("事项编码", 1.3f), column("事项名称", 1.8f), column("违法行为", 2f), column("违法条款", 1.6f),
            column("处罚条款", 1.6f), column("法定幅度", 1.4f), column("裁量阶次", 0.7f), column("情形", 2.4f),
            column("处罚种类", 1.2f), column("罚款幅度（元）", 1.2f), column("违法所得倍数", 1f), column("其他处罚", 1.4f),
            column("不予处罚情形", 1.8f), column("从轻情形", 1.6f), column("减轻情形", 1.6f), column("从重情形", 1.6f));

    /** The printed table: the standard's four kinds of conditions share one column, so a landscape page stays legible. */
    public static final List<PublishedLayout.Column> PRINT_COLUMNS = List.of(
            column("事项编码", 1.1f), column("事项名称", 1.5f), column("违法行为", 1.7f), column("违法条款", 1.4f),
            column("处罚条款", 1.4f), column("法定幅度", 1.1f), column("裁量阶次", 0.55f), column("情形", 2.1f),
            column("处罚种类", 1f), column("罚款幅度（元）", 1.35f), column("违法所得倍数", 0.75f), column("其他处罚", 1.1f),
            column("不予、从轻、减轻、从重处罚情形", 2.6f));

    private DiscretionSheet() {
    }

    static PublishedLayout.Column column(String header, float width) {
        return new PublishedLayout.Column(header, null, width, null, null);
    }

    /** One row per level of every standard of the items, in the items' order. */
    public static List<List<String>> rows(List<ListItemContent> items) {
        List<List<String>> rows = new ArrayList<>();
        forEachLevel(items, (item, s, level) -> rows.add(List.of(item.code(), item.name(), nz(s.violation()),
                nz(s.violatedClause()), nz(s.penaltyClause()), statutory(s.statutoryRange()), level.severity().label(),
                numbered(level.circumstances()), kinds(level.penaltyKinds()), fines(level.range()), multiples(level.range()),
                nz(level.otherPenalties()), numbered(s.noPenalty()), numbered(s.lighter()), numbered(s.mitigated()),
                numbered(s.heavier()))));
        return rows;
    }

    /** The rows of {@link #PRINT_COLUMNS}. */
    public static List<List<String>> printRows(List<ListItemContent> items) {
        List<List<String>> rows = new ArrayList<>();
        forEachLevel(items, (item, s, level) -> rows.add(List.of(item.code(), item.name(), nz(s.violation()),
                nz(s.violatedClause()), nz(s.penaltyClause()), statutory(s.statutoryRange()), level.severity().label(),
                numbered(level.circumstances()), kinds(level.penaltyKinds()), fines(level.range()), multiples(level.range()),
                nz(level.otherPenalties()), conditions(s))));
        return rows;
    }

    /** Whether any of the items carries a standard. */
    public static boolean any(List<ListItemContent> items) {
        return items.stream().anyMatch(i -> i != null && i.discretion() != null && !i.discretion().isEmpty());
    }

    private interface LevelVisitor {
        void visit(ListItemContent item, DiscretionStandard standard, Level level);
    }

    private static void forEachLevel(List<ListItemContent> items, LevelVisitor visitor) {
        for (ListItemContent item : items) {
            if (item == null || item.discretion() == null) {
                continue;
            }
            for (DiscretionStandard s : item.discretion()) {
                if (s == null || s.levels() == null) {
                    continue;
                }
                for (Level level : s.levels()) {
                    if (level != null && level.severity() != null) {
                        visitor.visit(item, s, level);
                    }
                }
            }
        }
    }

    static String statutory(Range r) {
        return r == null ? "" : RangeWords.of(r);
    }

    /** In 元, as the column header says: 10000至30000, 100000以下, 10000以上. */
    static String fines(Range r) {
        if (r == null || !r.hasFine()) {
            return "";
        }
        Long from = r.fineFromYuan() == null || r.fineFromYuan() == 0 ? null : r.fineFromYuan();
        if (from != null && r.fineToYuan() != null) {
            return from + "至" + r.fineToYuan();
        }
        return r.fineToYuan() != null ? r.fineToYuan() + "以下" : from + "以上";
    }

    /** 1至3倍, 5倍以下. */
    static String multiples(Range r) {
        if (r == null || !r.hasMultiple()) {
            return "";
        }
        BigDecimal from = r.incomeMultipleFrom() == null || r.incomeMultipleFrom().signum() == 0 ? null : r.incomeMultipleFrom();
        if (from != null && r.incomeMultipleTo() != null) {
            return plain(from) + "至" + plain(r.incomeMultipleTo()) + "倍";
        }
        return r.incomeMultipleTo() != null ? plain(r.incomeMultipleTo()) + "倍以下" : plain(from) + "倍以上";
    }

    static String conditions(DiscretionStandard s) {
        List<String> parts = new ArrayList<>();
        add(parts, "不予处罚", s.noPenalty());
        add(parts, "从轻处罚", s.lighter());
        add(parts, "减轻处罚", s.mitigated());
        add(parts, "从重处罚", s.heavier());
        return String.join("\n", parts);
    }

    private static void add(List<String> parts, String heading, List<String> lines) {
        if (lines != null && !lines.isEmpty()) {
            parts.add(heading + "：\n" + numbered(lines));
        }
    }

    static String kinds(List<PenaltyKind> kinds) {
        return kinds == null ? "" : kinds.stream().map(PenaltyKind::label).collect(Collectors.joining("、"));
    }

    static String numbered(List<String> lines) {
        return lines == null ? "" : PublishedLayout.numbered(lines);
    }

    static String plain(BigDecimal n) {
        return RangeWords.plain(n);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
