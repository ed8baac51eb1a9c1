package cn.gov.huiji.fourlists.kernel.events;

import cn.gov.huiji.fourlists.kernel.trace.TraceTopics;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What audit-service records on {@code audit-events}: its own duty actions and what it finds (R-AUD-*). */
public final class AuditEvents {

    static final String PRODUCER = "audit-service";

    private AuditEvents() {
    }

    /** Sequence numbers of a source missing from the log (漏报, R-AUD-3), or found again. */
    public record GapChanged(String source, long firstMissing, long lastMissing) {
    }

    /**
     * An auditor exported traces; the filter says what was looked at. Events from before subjectPrefix and section
     * existed lack those two fields.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ExportCreated(UUID exportId, String subject, String subjectPrefix, String actor, String section, String type,
                                OffsetDateTime from, OffsetDateTime to, long upToEntry, long entryCount) {
    }

    /**
     * The discipline group announced a spot check (抽查, Art. 21, 29): the population (a kind of object and a period,
     * counted over the first {@code populationTreeSize} leaves of the public log), the sample size, and the size of a
     * future signed tree head whose signature will seed the draw. Published content: anyone can read it in the log.
     */
    public record SpotCheckAnnounced(UUID id, String title, String population, LocalDate from, LocalDate to, int sampleSize,
                                     long populationTreeSize, long seedTreeSize, String algorithm) {
    }

    /**
     * The sample of an announced spot check, drawn once the log reached the head it named: {@code seed} is the hex
     * SHA-256 of that head's signature. Published content, so anyone can recompute and compare it.
     */
    public record SpotCheckSampled(UUID id, long seedTreeSize, String seed, int populationCount, List<String> sample,
                                   String algorithm) {
    }

    /**
     * What an examiner found on one sampled object: {@code kind} OMITTED (漏报), CONCEALED (瞒报), FALSE_REPORT (虚报),
     * OTHER or NONE, with the evidence (leaf indexes of the traces, documents, text).
     */
    public record FindingChanged(UUID findingId, UUID checkId, String object, String kind, String section, String person,
                                 List<Long> traceIndexes, List<String> documents, String evidence, String examiner) {
    }

    /** An accountability record (问责, Art. 29, 31) against a section or a person, and its decision. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AccountabilityChanged(UUID id, String state, String section, String person, String measure, String basis,
                                        String facts, List<UUID> findings, List<String> cards, LocalDate decisionDate,
                                        String decisionDocument) {
    }

    static final UUID CHECK_ID = UUID.fromString("7e1d2c3b-4a5f-4e6d-8c7b-9a0f1e2d3c4b");
    static final UUID FINDING_ID = UUID.fromString("0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f");
    static final UUID ACCOUNTABILITY_ID = UUID.fromString("4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f");
    static final FindingChanged FINDING = new FindingChanged(FINDING_ID, CHECK_ID, "request/3f1c2a9e-5b7d-4c1e-9a0b-2d6e8f4a1c37",
            "OMITTED", "hazchem", "clerk", List.of(412L, 418L), List.of("惠安监会〔2026〕12号会议纪要"),
            "会议纪要载明局领导已研究通过，但无研究通过的痕迹", "discipline");
    static final AccountabilityChanged ACCOUNTABILITY = new AccountabilityChanged(ACCOUNTABILITY_ID, "RECORDED", "hazchem", "clerk",
            "WRITTEN_SELF_EXAMINATION", "《关于印发“四单一网”清单运行配套机制的通知》第二十九条、第三十一条",
            "调整申请逾期5个工作日未报送，抽查发现漏报", List.of(FINDING_ID), List.of("5f2a9c0e1b7d4e36"), null, null);

    public static final EventType<GapChanged> GAP_DETECTED = new EventType<>("fourlists.audit.gap.detected", TraceTopics.AUDIT,
            "source/{source}", GapChanged.class, PRODUCER, List.of(), "Traces of a source are missing (漏报)",
            new GapChanged("fourlists/list-service", 41, 42));
    public static final EventType<GapChanged> GAP_RESOLVED = new EventType<>("fourlists.audit.gap.resolved", TraceTopics.AUDIT,
            "source/{source}", GapChanged.class, PRODUCER, List.of(), "The missing traces arrived",
            new GapChanged("fourlists/list-service", 41, 42));
    public static final EventType<ExportCreated> EXPORT_CREATED = new EventType<>("fourlists.audit.export.created", TraceTopics.AUDIT,
            "export/{exportId}", ExportCreated.class, PRODUCER, List.of(), "An auditor exported traces (导出痕迹)",
            new ExportCreated(UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"), null, null, "clerk", null, null,
                    OffsetDateTime.parse("2026-11-01T00:00:00+08:00"), OffsetDateTime.parse("2026-12-01T00:00:00+08:00"), 5120, 37));

    public static final EventType<SpotCheckAnnounced> SPOT_CHECK_ANNOUNCED = new EventType<>("fourlists.audit.spot-check.announced",
            TraceTopics.AUDIT, "spot-check/{id}", SpotCheckAnnounced.class, PRODUCER, List.of(),
            "The discipline group announced a spot check and the future tree head that will seed it (公布抽查)",
            new SpotCheckAnnounced(CHECK_ID, "2026年第四季度清单调整抽查", "ADJUSTMENT_REQUESTS", LocalDate.parse("2026-10-01"),
                    LocalDate.parse("2026-12-31"), 5, 5120, 5160, "fourlists-spot-check/1"));
    public static final EventType<SpotCheckSampled> SPOT_CHECK_SAMPLED = new EventType<>("fourlists.audit.spot-check.sampled",
            TraceTopics.AUDIT, "spot-check/{id}", SpotCheckSampled.class, PRODUCER, List.of(),
            "The sample was drawn with the seed from the announced tree head (抽取样本)",
            new SpotCheckSampled(CHECK_ID, 5160, "3b7e0c5d9a1f2e4b6c8d0a1b2c3d4e5f60718293a4b5c6d7e8f9012345678901", 37,
                    List.of("request/3f1c2a9e-5b7d-4c1e-9a0b-2d6e8f4a1c37"), "fourlists-spot-check/1"));
    public static final EventType<FindingChanged> FINDING_RECORDED = new EventType<>("fourlists.audit.finding.recorded",
            TraceTopics.AUDIT, "spot-check/{checkId}", FindingChanged.class, PRODUCER, List.of(),
            "An examiner recorded a finding on a sampled object: 漏报, 瞒报, 虚报 or other (记录抽查发现)", FINDING);
    public static final EventType<FindingChanged> FINDING_REVISED = new EventType<>("fourlists.audit.finding.revised",
            TraceTopics.AUDIT, "spot-check/{checkId}", FindingChanged.class, PRODUCER, List.of(),
            "An examiner revised a finding (修改抽查发现)", FINDING);
    public static final EventType<AccountabilityChanged> ACCOUNTABILITY_RECORDED = new EventType<>(
            "fourlists.audit.accountability.recorded", TraceTopics.AUDIT, "accountability/{id}", AccountabilityChanged.class,
            PRODUCER, List.of(), "The discipline group recorded an accountability case against a section or a person (问责登记)",
            ACCOUNTABILITY);
    public static final EventType<AccountabilityChanged> ACCOUNTABILITY_REVISED = new EventType<>(
            "fourlists.audit.accountability.revised", TraceTopics.AUDIT, "accountability/{id}", AccountabilityChanged.class,
            PRODUCER, List.of(), "The discipline group revised an accountability record before its decision (问责修改)",
            ACCOUNTABILITY);
    public static final EventType<AccountabilityChanged> ACCOUNTABILITY_DECIDED = new EventType<>(
            "fourlists.audit.accountability.decided", TraceTopics.AUDIT, "accountability/{id}", AccountabilityChanged.class,
            PRODUCER, List.of(), "The measure was decided, with its date and document (问责决定)",
            new AccountabilityChanged(ACCOUNTABILITY_ID, "DECIDED", "hazchem", "clerk", "WRITTEN_SELF_EXAMINATION",
                    ACCOUNTABILITY.basis(), ACCOUNTABILITY.facts(), List.of(FINDING_ID), List.of("5f2a9c0e1b7d4e36"),
                    LocalDate.parse("2026-12-10"), "惠安监纪〔2026〕3号"));

    public static final List<EventType<?>> ALL = List.of(GAP_DETECTED, GAP_RESOLVED, EXPORT_CREATED, SPOT_CHECK_ANNOUNCED,
            SPOT_CHECK_SAMPLED, FINDING_RECORDED, FINDING_REVISED, ACCOUNTABILITY_RECORDED, ACCOUNTABILITY_REVISED,
            ACCOUNTABILITY_DECIDED);
}
