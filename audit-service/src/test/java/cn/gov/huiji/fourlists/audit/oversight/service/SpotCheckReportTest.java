package cn.gov.huiji.fourlists.audit.oversight.service;

import cn.gov.huiji.fourlists.audit.oversight.domain.Finding;
import cn.gov.huiji.fourlists.audit.oversight.domain.FindingKind;
import cn.gov.huiji.fourlists.audit.oversight.domain.SpotCheck;
import cn.gov.huiji.fourlists.audit.oversight.domain.SpotCheckMember;
import cn.gov.huiji.fourlists.audit.oversight.domain.SpotCheckPopulation;
import cn.gov.huiji.fourlists.audit.oversight.domain.SpotCheckState;
import cn.gov.huiji.fourlists.kernel.print.PdfTables;
import cn.gov.huiji.fourlists.kernel.print.PrintFont;
import cn.gov.huiji.fourlists.logverifier.Rfc6962;
import cn.gov.huiji.fourlists.logverifier.SpotCheckDraw;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The spot-check report (抽查报告, Art. 21, 29) states everything an outsider needs to recompute the draw. */
class SpotCheckReportTest {

    static final String SIGNATURE = Base64.getEncoder().encodeToString(new byte[64]);

    static SpotChecks.Read drawn() {
        SpotCheck c = new SpotCheck();
        c.id = UUID.fromString("7e1d2c3b-4a5f-4e6d-8c7b-9a0f1e2d3c4b");
        c.title = "2026年第四季度清单调整申请抽查";
        c.population = SpotCheckPopulation.ADJUSTMENT_REQUESTS;
        c.from = LocalDate.parse("2026-10-01");
        c.to = LocalDate.parse("2026-12-31");
        c.sampleSize = 3;
        c.populationTreeSize = 5120;
        c.seedTreeSize = 5160;
        c.algorithm = SpotCheckDraw.ALGORITHM;
        c.state = SpotCheckState.SAMPLED;
        c.announcedAt = OffsetDateTime.parse("2026-12-05T02:00:00Z");
        c.announcedBy = "discipline";
        c.announcementTraceId = UUID.fromString("5b0c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4");
        byte[] seed = SpotCheckDraw.seed(SIGNATURE);
        c.seed = Rfc6962.hex(seed);
        c.seedHeadSignature = SIGNATURE;
        c.seedHeadTimestamp = 1_796_436_000_000L;
        c.seedHeadRoot = "ab".repeat(32);
        c.populationCount = 37;
        c.sampledAt = OffsetDateTime.parse("2026-12-05T02:03:10Z");
        List<String> objects = SpotCheckDraw.sample(seed, List.of("request/3f1c2a9e-5b7d-4c1e-9a0b-2d6e8f4a1c37",
                "request/0b6c2f1e-7d3a-4e5b-9c8d-1a2b3c4d5e6f", "request/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "request/x"), 3);
        List<SpotCheckMember> sample = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            sample.add(new SpotCheckMember(i + 1, objects.get(i), SpotCheckDraw.rankHex(seed, objects.get(i))));
        }
        Finding omitted = finding(c, objects.get(0), FindingKind.OMITTED, "hazchem", "clerk", "会议纪要载明局领导已研究通过，但无研究通过的痕迹");
        omitted.traceIndexes = new Long[]{412L, 418L};
        omitted.documents = new String[]{"惠安监会〔2026〕12号会议纪要"};
        Finding none = finding(c, objects.get(1), FindingKind.NONE, null, null, "各环节痕迹与卷宗一致");
        Finding other = finding(c, objects.get(0), FindingKind.OTHER, "hazchem", null, "依据文件扫描件缺页");
        return new SpotChecks.Read(c, sample, List.of(omitted, none, other));
    }

    static Finding finding(SpotCheck c, String object, FindingKind kind, String section, String person, String evidence) {
        Finding f = new Finding();
        f.id = UUID.randomUUID();
        f.checkId = c.id;
        f.object = object;
        f.kind = kind;
        f.section = section;
        f.person = person;
        f.evidence = evidence;
        f.examiner = "discipline";
        f.recordedAt = OffsetDateTime.parse("2026-12-06T01:20:00Z");
        return f;
    }

    @Test
    void theReportStatesTheDerivationTheSampleWithFindingsAndTheCountsPerKind() throws Exception {
        SpotChecks.Read read = drawn();
        List<PdfTables.Table> tables = SpotCheckReport.tables(read, Optional.of(5121L), "https://audit.example.gov.cn");
        assertEquals(List.of(SpotCheckReport.TITLE, "样本与发现", "发现汇总"), tables.stream().map(PdfTables.Table::title).toList());
        String facts = tables.get(0).rows().toString();
        for (String expected : List.of(read.check().seed, SIGNATURE, "5120", "5160", "日志序号 5121", "2026-12-05 10:00:00",
                "fourlists.adjustment.request.drafted", "java -jar log-verifier-cli.jar spot-check --log https://audit.example.gov.cn --check "
                        + read.check().id)) {
            assertTrue(facts.contains(expected), "the facts state " + expected + ": " + facts);
        }
        List<List<String>> sample = tables.get(1).rows();
        assertEquals(3, sample.size(), "one row per sampled object");
        assertEquals(List.of("1", read.sample().get(0).object(), read.sample().get(0).rank().substring(0, 16)), sample.get(0).subList(0, 3));
        assertEquals("漏报（hazchem，clerk）\n其他（hazchem）", sample.get(0).get(3), "each finding of the object, in order");
        assertTrue(sample.get(0).get(4).contains("痕迹日志序号 412、418；文件 惠安监会〔2026〕12号会议纪要"), sample.get(0).get(4));
        assertEquals("（尚未记录）", sample.get(2).get(3), "an object not yet examined says so");
        List<List<String>> summary = tables.get(2).rows();
        assertEquals(List.of("漏报（OMITTED）", "1", "1"), summary.get(0));
        assertEquals(List.of("未发现问题（NONE）", "1", "1"), summary.get(4));
        assertEquals(List.of("尚未记录发现的样本对象", "—", "1"), summary.get(5));
    }

    @Test
    void beforeTheDrawTheReportSaysWhatItAwaits() {
        SpotChecks.Read read = drawn();
        SpotCheck c = read.check();
        c.state = SpotCheckState.ANNOUNCED;
        c.seed = null;
        List<PdfTables.Table> tables = SpotCheckReport.tables(new SpotChecks.Read(c, List.of(), List.of()), Optional.empty(), "http://x");
        assertEquals(1, tables.size(), "nothing drawn, nothing listed");
        String facts = tables.get(0).rows().toString();
        assertTrue(facts.contains("尚未产生：日志达到 5160 条") && facts.contains("尚未写入日志"), facts);
    }

    @Test
    void theReportPrintsAsReadableChinese() throws Exception {
        Optional<Path> font = PrintFont.locate(Optional.empty());
        assumeTrue(font.isPresent(), "no Chinese font installed (deploy/fonts/fetch)");
        SpotChecks.Read read = drawn();
        byte[] pdf = SpotCheckReport.pdf(font.get(), read, Optional.of(5121L), "https://audit.example.gov.cn");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "spot-check-report-unit.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("惠济区安全生产监督管理局纪检组抽查报告"), text);
            assertTrue(text.contains(read.check().seed) && text.contains(SIGNATURE), "seed and signature are text: " + text);
            assertTrue(text.contains("会议纪要载明局领导已研究通过"), "findings are printed");
            assertTrue(doc.getDocumentInformation().getTitle().contains(read.check().title), "the PDF's title names the check");
        }
    }
}
