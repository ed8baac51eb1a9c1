package cn.gov.huiji.fourlists.audit.oversight.service;

import cn.gov.huiji.fourlists.audit.oversight.domain.Finding;
import cn.gov.huiji.fourlists.audit.oversight.domain.FindingKind;
import cn.gov.huiji.fourlists.audit.oversight.domain.SpotCheck;
import cn.gov.huiji.fourlists.audit.oversight.domain.SpotCheckMember;
import cn.gov.huiji.fourlists.audit.oversight.domain.SpotCheckState;
import cn.gov.huiji.fourlists.kernel.print.PdfTables;
import cn.gov.huiji.fourlists.logverifier.SpotCheckDraw;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The printable report of a spot check (抽查报告, Art. 21, 29), in Chinese: what was announced and when, how the seed
 * came from the signed tree head, the sample with each object's findings, the counts per kind, and the command with
 * which anyone recomputes the sample from the public log. Plain Java: the tables are built here, drawn by the
 * kernel's {@link PdfTables}.
 */
public final class SpotCheckReport {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static final List<PdfTables.Column> FACTS = List.of(new PdfTables.Column("项目", 1.2f), new PdfTables.Column("内容", 6f));
    static final List<PdfTables.Column> SAMPLE = List.of(new PdfTables.Column("序号", 0.45f), new PdfTables.Column("对象", 2.4f),
            new PdfTables.Column("排序值前16位", 1.3f), new PdfTables.Column("发现", 1.5f), new PdfTables.Column("证据", 4f),
            new PdfTables.Column("检查人", 0.8f));
    static final List<PdfTables.Column> SUMMARY = List.of(new PdfTables.Column("发现类别", 2f), new PdfTables.Column("条数", 1f),
            new PdfTables.Column("涉及对象数", 1f));

    private SpotCheckReport() {
    }

    /** The report's title, also the PDF's document title with the check's own. */
    public static final String TITLE = "惠济区安全生产监督管理局纪检组抽查报告";

    /**
     * The report as PDF. {@code announcementLeaf}: where the announcement's trace entered the public log, when it has;
     * {@code logUrl}: the public address of the log, for the recomputation command.
     */
    public static byte[] pdf(Path font, SpotChecks.Read read, Optional<Long> announcementLeaf, String logUrl) {
        return PdfTables.write(font, TITLE + "：" + read.check().title, tables(read, announcementLeaf, logUrl));
    }

    public static List<PdfTables.Table> tables(SpotChecks.Read read, Optional<Long> announcementLeaf, String logUrl) {
        SpotCheck c = read.check();
        boolean drawn = c.state == SpotCheckState.SAMPLED;
        List<List<String>> facts = new ArrayList<>();
        facts.add(List.of("抽查名称", c.title));
        facts.add(List.of("抽查编号", c.id.toString()));
        facts.add(List.of("抽查总体", c.population.label + "（" + c.population.name() + "）；期间 " + c.from + " 至 " + c.to
                + "（北京时间，含首尾两日）"));
        facts.add(List.of("样本量", c.sampleSize + " 个"));
        facts.add(List.of("公告", shanghai(c.announcedAt) + "（北京时间），公告人 " + c.announcedBy + "；公告痕迹 " + c.announcementTraceId
                + announcementLeaf.map(i -> "，日志序号 " + i).orElse("（尚未写入日志）")));
        facts.add(List.of("总体截止", (c.populationTreeSize == 0 ? "日志前 0 条（公告时日志为空）"
                : "日志前 " + c.populationTreeSize + " 条（序号 0 至 " + (c.populationTreeSize - 1) + "）")
                + "，即公告时最新签名树头的规模"));
        facts.add(List.of("种子树头规模", c.seedTreeSize + "（公告时日志尚未达到，任何人无法预知其签名）"));
        if (drawn) {
            facts.add(List.of("种子树头", "规模 " + c.seedTreeSize + "；签发时间 " + c.seedHeadTimestamp + " 毫秒（"
                    + shanghai(Instant.ofEpochMilli(c.seedHeadTimestamp).atOffset(java.time.ZoneOffset.UTC)) + " 北京时间）；根哈希 "
                    + c.seedHeadRoot + "；签名（base64）" + c.seedHeadSignature));
            facts.add(List.of("种子", c.seed + "（签名原始字节的 SHA-256，十六进制）"));
            facts.add(List.of("总体数量", c.populationCount + " 个对象"));
            facts.add(List.of("抽取时间", shanghai(c.sampledAt) + "（北京时间）"));
        } else {
            facts.add(List.of("种子", "尚未产生：日志达到 " + c.seedTreeSize + " 条并签发该规模的树头后方可抽取"));
        }
        facts.add(List.of("算法", algorithm(c)));
        facts.add(List.of("复核方法", "任何人可仅凭公开日志重算样本：java -jar log-verifier-cli.jar spot-check --log " + logUrl
                + " --check " + c.id));

        List<PdfTables.Table> tables = new ArrayList<>();
        tables.add(new PdfTables.Table(TITLE, "“" + c.title + "”（依据《关于印发“四单一网”清单运行配套机制的通知》第二十一条、第二十九条）",
                FACTS, facts));
        if (!drawn) {
            return tables;
        }
        List<List<String>> rows = new ArrayList<>();
        for (SpotCheckMember m : read.sample()) {
            List<Finding> findings = read.findingsOn(m.object());
            rows.add(List.of(String.valueOf(m.position()), m.object(), m.rank().substring(0, 16),
                    findings.isEmpty() ? "（尚未记录）" : findings.stream().map(SpotCheckReport::finding).collect(Collectors.joining("\n")),
                    findings.stream().map(SpotCheckReport::evidence).collect(Collectors.joining("\n")),
                    findings.stream().map(f -> f.examiner).distinct().collect(Collectors.joining("、"))));
        }
        tables.add(new PdfTables.Table("样本与发现", "（共 " + read.sample().size() + " 个对象，按排序值由小到大）", SAMPLE, rows, true));
        tables.add(new PdfTables.Table("发现汇总", null, SUMMARY, summary(read), true));
        return tables;
    }

    static String algorithm(SpotCheck c) {
        return SpotCheckDraw.ALGORITHM + "：总体为日志前 " + c.populationTreeSize + " 条中，类型为 "
                + String.join("、", SpotCheckDraw.types(c.population.name()).stream().sorted().toList())
                + " 且时间（北京时间）在期间内的条目的对象（subject），去重；种子 = SHA-256（种子树头签名的原始字节）；"
                + "每个对象的排序值 = SHA-256（种子 ‖ 对象的 UTF-8 字节）；样本为排序值（按无符号字节比较）最小的 " + c.sampleSize
                + " 个对象，按排序值由小到大排列；总体不足时全部入样。";
    }

    static String finding(Finding f) {
        StringBuilder s = new StringBuilder(f.kind.label);
        if (f.section != null || f.person != null) {
            s.append("（").append(f.section == null ? "" : f.section);
            if (f.person != null) {
                s.append(f.section == null ? "" : "，").append(f.person);
            }
            s.append("）");
        }
        return s.toString();
    }

    static String evidence(Finding f) {
        StringBuilder s = new StringBuilder(f.evidence);
        if (f.traceIndexes.length > 0) {
            s.append("；痕迹日志序号 ").append(java.util.Arrays.stream(f.traceIndexes).map(String::valueOf).collect(Collectors.joining("、")));
        }
        if (f.documents.length > 0) {
            s.append("；文件 ").append(String.join("、", f.documents));
        }
        return s.toString();
    }

    /** Per kind: how many findings, and on how many sampled objects; then the objects with none recorded yet. */
    static List<List<String>> summary(SpotChecks.Read read) {
        Map<FindingKind, List<Finding>> byKind = new EnumMap<>(FindingKind.class);
        read.findings().forEach(f -> byKind.computeIfAbsent(f.kind, k -> new ArrayList<>()).add(f));
        List<List<String>> rows = new ArrayList<>();
        for (FindingKind kind : FindingKind.values()) {
            List<Finding> of = byKind.getOrDefault(kind, List.of());
            rows.add(List.of(kind.label + "（" + kind.name() + "）", String.valueOf(of.size()),
                    String.valueOf(of.stream().map(f -> f.object).distinct().count())));
        }
        long unexamined = read.sample().stream().filter(m -> read.findingsOn(m.object()).isEmpty()).count();
        rows.add(List.of("尚未记录发现的样本对象", "—", String.valueOf(unexamined)));
        return rows;
    }

    static String shanghai(OffsetDateTime t) {
        return t == null ? "" : t.atZoneSameInstant(SpotCheckDraw.ZONE).format(TIME);
    }
}
