package cn.gov.huiji.fourlists.list.publishing;

import cn.gov.huiji.fourlists.kernel.contract.DiscretionStandard.Range;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A discretion range in the words of the published 安全生产 discretion tables: 1万元至3万元, 违法所得1倍至3倍. */
public final class RangeWords {

    private RangeWords() {
    }

    /** 10000 → 1万元, 15000 → 1.5万元, 5000 → 5000元. */
    public static String yuan(long yuan) {
        if (yuan >= 10_000 && yuan % 1_000 == 0) {
            return plain(BigDecimal.valueOf(yuan).movePointLeft(4)) + "万元";
        }
        return yuan + "元";
    }

    /** 1万元至3万元, 10万元以下, 3万元以上 (an open or zero lower end reads 以下). */
    public static String fines(Range r) {
        Long from = r.fineFromYuan() == null || r.fineFromYuan() == 0 ? null : r.fineFromYuan();
        if (from != null && r.fineToYuan() != null) {
            return yuan(from) + "至" + yuan(r.fineToYuan());
        }
        if (r.fineToYuan() != null) {
            return yuan(r.fineToYuan()) + "以下";
        }
        return from == null ? "罚款不限" : yuan(from) + "以上";
    }

    /** 违法所得1倍至3倍, 违法所得5倍以下. */
    public static String multiples(Range r) {
        BigDecimal from = r.incomeMultipleFrom() == null || r.incomeMultipleFrom().signum() == 0 ? null : r.incomeMultipleFrom();
        if (from != null && r.incomeMultipleTo() != null) {
            return "违法所得" + plain(from) + "倍至" + plain(r.incomeMultipleTo()) + "倍";
        }
        if (r.incomeMultipleTo() != null) {
            return "违法所得" + plain(r.incomeMultipleTo()) + "倍以下";
        }
        return from == null ? "违法所得倍数不限" : "违法所得" + plain(from) + "倍以上";
    }

    /** The whole range, fines and multiples, or 不处罚款 when it has neither. */
    public static String of(Range r) {
        if (r == null || (!r.hasFine() && !r.hasMultiple())) {
            return "不处罚款";
        }
        List<String> parts = new ArrayList<>();
        if (r.hasFine()) {
            parts.add(fines(r));
        }
        if (r.hasMultiple()) {
            parts.add(multiples(r));
        }
        return String.join("；", parts);
    }

    public static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
