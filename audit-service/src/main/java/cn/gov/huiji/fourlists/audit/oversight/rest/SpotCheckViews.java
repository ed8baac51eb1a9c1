package cn.gov.huiji.fourlists.audit.oversight.rest;

import cn.gov.huiji.fourlists.audit.oversight.domain.Finding;
import cn.gov.huiji.fourlists.audit.oversight.domain.FindingKind;
import cn.gov.huiji.fourlists.audit.oversight.domain.SpotCheck;
import cn.gov.huiji.fourlists.audit.oversight.domain.SpotCheckPopulation;
import cn.gov.huiji.fourlists.audit.oversight.domain.SpotCheckState;
import cn.gov.huiji.fourlists.audit.oversight.service.SpotChecks;
import cn.gov.huiji.fourlists.audit.service.TraceFilter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the spot-check endpoints read and answer (JSON field names fixed by issue 17). */
public final class SpotCheckViews {

    private SpotCheckViews() {
    }

    static final String SPOT_CHECK_EXAMPLE = """
            {"id": "7e1d2c3b-4a5f-4e6d-8c7b-9a0f1e2d3c4b", "title": "2026年第四季度清单调整抽查", "population": "ADJUSTMENT_REQUESTS",
             "from": "2026-10-01", "to": "2026-12-31", "sampleSize": 5, "populationTreeSize": 5120, "seedTreeSize": 5160,
             "algorithm": "fourlists-spot-check/1", "state": "SAMPLED", "announcedAt": "2026-12-05T02:00:00Z", "announcedBy": "discipline",
             "announcementTraceId": "5b0c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4",
             "seed": "3b7e0c5d9a1f2e4b6c8d0a1b2c3d4e5f60718293a4b5c6d7e8f9012345678901",
             "seedHeadSignature": "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJCrze8SNFZ4kA==",
             "populationCount": 37, "sampledAt": "2026-12-05T02:03:10Z",
             "sample": [{"object": "request/3f1c2a9e-5b7d-4c1e-9a0b-2d6e8f4a1c37",
                         "rank": "00a3f1c2e4b6d8f0a1b2c3d4e5f60718293a4b5c6d7e8f90123456789abcdef0",
                         "findings": [{"id": "0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f", "checkId": "7e1d2c3b-4a5f-4e6d-8c7b-9a0f1e2d3c4b",
                                       "object": "request/3f1c2a9e-5b7d-4c1e-9a0b-2d6e8f4a1c37", "kind": "OMITTED", "section": "hazchem",
                                       "person": "clerk", "traceIndexes": [412, 418], "documents": ["惠安监会〔2026〕12号会议纪要"],
                                       "evidence": "会议纪要载明局领导已研究通过，但无研究通过的痕迹", "examiner": "discipline",
                                       "recordedAt": "2026-12-06T01:20:00Z", "revisedAt": null}]}]}""";

    static final String PUBLIC_EXAMPLE = """
            {"id": "7e1d2c3b-4a5f-4e6d-8c7b-9a0f1e2d3c4b", "title": "2026年第四季度清单调整抽查", "population": "ADJUSTMENT_REQUESTS",
             "from": "2026-10-01", "to": "2026-12-31", "sampleSize": 5, "populationTreeSize": 5120, "seedTreeSize": 5160,
             "algorithm": "fourlists-spot-check/1", "state": "SAMPLED", "announcedAt": "2026-12-05T02:00:00Z",
             "announcementTraceId": "5b0c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4",
             "seed": "3b7e0c5d9a1f2e4b6c8d0a1b2c3d4e5f60718293a4b5c6d7e8f9012345678901",
             "seedHeadSignature": "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJCrze8SNFZ4kA==",
             "populationCount": 37, "sampledAt": "2026-12-05T02:03:10Z",
             "sample": [{"object": "request/3f1c2a9e-5b7d-4c1e-9a0b-2d6e8f4a1c37",
                         "rank": "00a3f1c2e4b6d8f0a1b2c3d4e5f60718293a4b5c6d7e8f90123456789abcdef0"}]}""";

    static final String FINDING_EXAMPLE = """
            {"id": "0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f", "checkId": "7e1d2c3b-4a5f-4e6d-8c7b-9a0f1e2d3c4b",
             "object": "request/3f1c2a9e-5b7d-4c1e-9a0b-2d6e8f4a1c37", "kind": "OMITTED", "section": "hazchem", "person": "clerk",
             "traceIndexes": [412, 418], "documents": ["惠安监会〔2026〕12号会议纪要"],
             "evidence": "会议纪要载明局领导已研究通过，但无研究通过的痕迹", "examiner": "discipline",
             "recordedAt": "2026-12-06T01:20:00Z", "revisedAt": null}""";

    @Schema(name = "SpotCheckInput", description = "An announced spot check (公布抽查)")
    public record SpotCheckInput(
            @Schema(description = "Title (抽查名称)", examples = "2026年第四季度清单调整抽查") @NotBlank @Size(max = 200) String title,
            @NotNull SpotCheckPopulation population,
            @Schema(description = "First day of the period, Asia/Shanghai (期间起)") @NotNull LocalDate from,
            @Schema(description = "Last day of the period, included (期间止)") @NotNull LocalDate to,
            @Schema(description = "How many objects to draw (样本量), 1 to 500") @Min(1) @Max(500) int sampleSize,
            @Schema(description = "Size of the future signed tree head whose signature seeds the draw (种子树头规模); must exceed the "
                    + "log's present size; absent: the present size plus fourlists.oversight.seed-distance (default 20)")
            @Min(1) Long seedTreeSize) {
    }

    @Schema(name = "FindingInput", description = "A finding on a sampled object (抽查发现)")
    public record FindingInput(
            @Schema(description = "The sampled object (样本对象), as in the sample", examples = "request/3f1c2a9e-5b7d-4c1e-9a0b-2d6e8f4a1c37")
            @NotBlank @Size(max = 300) String object,
            @NotNull FindingKind kind,
            @Schema(description = "Code of the section the finding is against (责任科室（队）)", examples = "hazchem",
                    pattern = TraceFilter.SECTION_CODE)
            @Pattern(regexp = TraceFilter.SECTION_CODE)
            String section,
            @Schema(description = "Staff id of the person it is against (责任人)", examples = "clerk") @Size(max = 100) String person,
            @Schema(description = "Leaf indexes of the traces in the public log that are evidence (痕迹日志序号)")
            @Size(max = 200) List<@NotNull @Min(0) Long> traceIndexes,
            @Schema(description = "Documents that are evidence, by number or title (证据文件)")
            @Size(max = 50) List<@NotBlank @Size(max = 300) String> documents,
            @Schema(description = "What was found and why (证据与说明)") @NotBlank @Size(max = 10000) String evidence) {

        SpotChecks.FindingFacts facts() {
            return new SpotChecks.FindingFacts(object, kind, section, person, traceIndexes, documents, evidence);
        }
    }

    @Schema(name = "Finding", description = "A finding on a sampled object (抽查发现): 漏报, 瞒报, 虚报, other or none")
    public record FindingView(UUID id, UUID checkId,
                              @Schema(description = "The sampled object (样本对象)") String object,
                              FindingKind kind,
                              @Schema(description = "The section it is against (责任科室（队）); null if none") String section,
                              @Schema(description = "The person it is against (责任人); null if none") String person,
                              @Schema(description = "Leaf indexes of the evidence traces (痕迹日志序号)") List<Long> traceIndexes,
                              @Schema(description = "Evidence documents (证据文件)") List<String> documents,
                              @Schema(description = "What was found (证据与说明)") String evidence,
                              @Schema(description = "Who recorded or last revised it (检查人)") String examiner,
                              OffsetDateTime recordedAt,
                              @Schema(description = "Last revision; null if never revised") OffsetDateTime revisedAt) {

        static FindingView of(Finding f) {
            return new FindingView(f.id, f.checkId, f.object, f.kind, f.section, f.person, List.of(f.traceIndexes), List.of(f.documents),
                    f.evidence, f.examiner, f.recordedAt, f.revisedAt);
        }
    }

    @Schema(name = "SpotCheckSampleItem", description = "A sampled object with its rank and findings (样本对象)")
    public record SampleItemView(@Schema(description = "The object (对象)") String object,
                                 @Schema(description = "Hex SHA-256(seed || object) (排序值)") String rank,
                                 @Schema(description = "Findings on it, oldest first (发现)") List<FindingView> findings) {
    }

    @Schema(name = "SpotCheck", description = "A spot check (抽查): announcement, seed, sample and findings")
    public record SpotCheckView(UUID id,
                                @Schema(description = "Title (抽查名称)") String title,
                                SpotCheckPopulation population,
                                @Schema(description = "First day of the period (期间起)") LocalDate from,
                                @Schema(description = "Last day of the period (期间止)") LocalDate to,
                                @Schema(description = "Objects to draw (样本量)") int sampleSize,
                                @Schema(description = "The population counts leaves 0 … populationTreeSize - 1 (总体截止)") long populationTreeSize,
                                @Schema(description = "Size of the signed head whose signature seeds the draw (种子树头规模)") long seedTreeSize,
                                @Schema(description = "The draw's algorithm, documented in docs/spot-checks.md", examples = "fourlists-spot-check/1")
                                String algorithm,
                                SpotCheckState state,
                                OffsetDateTime announcedAt,
                                @Schema(description = "Who announced it (公告人)") String announcedBy,
                                @Schema(description = "Event id of the announcement's trace (公告痕迹)") UUID announcementTraceId,
                                @Schema(description = "Hex SHA-256 of the seed head's signature (种子); null until drawn") String seed,
                                @Schema(description = "The seed head's signature, base64 (种子树头签名); null until drawn") String seedHeadSignature,
                                @Schema(description = "Distinct objects in the population (总体数量); null until drawn") Integer populationCount,
                                @Schema(description = "The sample, smallest rank first (样本); empty until drawn") List<SampleItemView> sample,
                                OffsetDateTime sampledAt) {

        static SpotCheckView of(SpotChecks.Read read) {
            SpotCheck c = read.check();
            return new SpotCheckView(c.id, c.title, c.population, c.from, c.to, c.sampleSize, c.populationTreeSize, c.seedTreeSize,
                    c.algorithm, c.state, c.announcedAt, c.announcedBy, c.announcementTraceId, c.seed, c.seedHeadSignature,
                    c.populationCount, read.sample().stream().map(m -> new SampleItemView(m.object(), m.rank(),
                            read.findingsOn(m.object()).stream().map(FindingView::of).toList())).toList(), c.sampledAt);
        }
    }

    @Schema(name = "PublicSampleItem", description = "A sampled object and its rank (样本对象)")
    public record PublicSampleItem(String object, @Schema(description = "Hex SHA-256(seed || object) (排序值)") String rank) {
    }

    @Schema(name = "PublicSpotCheck", description = "A spot check as the public sees it (抽查公告与样本): no findings, no staff ids")
    public record PublicSpotCheckView(UUID id, String title, SpotCheckPopulation population, LocalDate from, LocalDate to,
                                      int sampleSize, long populationTreeSize, long seedTreeSize, String algorithm,
                                      SpotCheckState state, OffsetDateTime announcedAt, UUID announcementTraceId, String seed,
                                      String seedHeadSignature, Integer populationCount, List<PublicSampleItem> sample,
                                      OffsetDateTime sampledAt) {

        static PublicSpotCheckView of(SpotChecks.Read read) {
            SpotCheck c = read.check();
            return new PublicSpotCheckView(c.id, c.title, c.population, c.from, c.to, c.sampleSize, c.populationTreeSize,
                    c.seedTreeSize, c.algorithm, c.state, c.announcedAt, c.announcementTraceId, c.seed, c.seedHeadSignature,
                    c.populationCount, read.sample().stream().map(m -> new PublicSampleItem(m.object(), m.rank())).toList(), c.sampledAt);
        }
    }
}
