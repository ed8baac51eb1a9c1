package cn.gov.huiji.fourlists.kernel.events;

import cn.gov.huiji.fourlists.kernel.trace.TraceTopics;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What list-service records on {@code list-events} (the four lists, R-LIST-*). */
public final class ListEvents {

    static final String PRODUCER = "list-service";

    private ListEvents() {
    }

    /** A section registered or renamed (科室（队）). */
    public record SectionChanged(String code, String name) {
    }

    /**
     * A new version of an item came into force: the legal section's first load, or a published adjustment applied
     * (then with {@code changeKind} and {@code requestId}). {@code citations}: each law its basis cites, by title and
     * version, so that a law change finds the items citing that very law (R-LIST-10), not a title that merely contains it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemVersionChanged(String code, int version, String list, String name, String category, String section,
                                     String legalBasis, String bodyCreditCode, String status, OffsetDateTime validFrom,
                                     String changeKind, UUID requestId, List<CitedLaw> citations) {
    }

    /** A law as an item's basis cites it: its title (without 《》) and version or document number (版本或文号), if any. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CitedLaw(String title, String version) {
    }

    /** A published adjustment list-service could not apply, with the reason (recorded for the legal section). */
    public record AdjustmentRejected(UUID requestId, String reason) {
    }

    static final OffsetDateTime T = OffsetDateTime.parse("2026-11-26T04:56:18.301822Z");
    static final ItemVersionChanged LOADED = new ItemVersionChanged("410108-AJ-XK-001", 1, "POWER",
            "危险化学品经营许可", "行政许可", "hazchem", "《危险化学品安全管理条例》（国务院令第591号）第三十三条",
            "11410108MB1234567X", "PUBLISHED", T, null, null,
            List.of(new CitedLaw("危险化学品安全管理条例", "国务院令第591号")));

    public static final EventType<SectionChanged> SECTION_REGISTERED = new EventType<>("fourlists.list.section.registered",
            TraceTopics.LIST, "section/{code}", SectionChanged.class, PRODUCER, List.of(),
            "A section was registered (科室（队）登记)", new SectionChanged("hazchem", "危险化学品安全监督管理科"));
    public static final EventType<SectionChanged> SECTION_UPDATED = new EventType<>("fourlists.list.section.updated",
            TraceTopics.LIST, "section/{code}", SectionChanged.class, PRODUCER, List.of(),
            "A section was renamed (科室（队）名称变更)", new SectionChanged("hazchem", "危险化学品监管科"));
    public static final EventType<ItemVersionChanged> ITEM_LOADED = new EventType<>("fourlists.list.item.loaded",
            TraceTopics.LIST, "item/{code}", ItemVersionChanged.class, PRODUCER, List.of("adjustment-service", "disclosure-service"),
            "The legal section loaded an item into a list (首次录入)", LOADED);
    public static final EventType<ItemVersionChanged> ITEM_ADJUSTED = new EventType<>("fourlists.list.item.adjusted",
            TraceTopics.LIST, "item/{code}", ItemVersionChanged.class, PRODUCER, List.of("adjustment-service", "disclosure-service"),
            "A published adjustment changed an item: a new version is in force (动态调整生效)",
            new ItemVersionChanged(LOADED.code(), 2, LOADED.list(), LOADED.name(), LOADED.category(), LOADED.section(),
                    LOADED.legalBasis(), LOADED.bodyCreditCode(), "PUBLISHED", T.plusDays(30), "MODIFY",
                    UUID.fromString("3f1c2a9e-5b7d-4c1e-9a0b-2d6e8f4a1c37"), LOADED.citations()));
    public static final EventType<AdjustmentRejected> ADJUSTMENT_REJECTED = new EventType<>("fourlists.list.adjustment.rejected",
            TraceTopics.LIST, "item/{code}", AdjustmentRejected.class, PRODUCER, List.of(),
            "A published adjustment could not be applied (调整未能生效)",
            new AdjustmentRejected(UUID.fromString("3f1c2a9e-5b7d-4c1e-9a0b-2d6e8f4a1c37"), "item 410108-AJ-XK-009 is not in force"));

    /**
     * An enforcement body (执法主体, Art. 17, R-LIST-8) as registered, confirmed and published by the legal section.
     * {@code kind} is STATUTORY 法定, AUTHORIZED 授权 or ENTRUSTED 受委托组织.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BodyChanged(String creditCode, String name, String kind, String enforcementCategory, String legalBasis,
                              String confirmationNo, LocalDate confirmationDate, boolean published, int version,
                              String reason) {
    }

    /** An entrustment (行政执法委托, Art. 18): who entrusts whom with which items, for which term, by which document. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntrustmentChanged(UUID entrustmentId, String entrustedCreditCode, String entrustingCreditCode,
                                     List<String> itemCodes, LocalDate validFrom, LocalDate validTo, String documentNo,
                                     LocalDate documentDate, String reason) {
    }

    /**
     * An enforcement officer (执法人员, Art. 19, R-LIST-9) as the register holds them: never a personal identity
     * number. {@code status} is VALID 有效, REVOKED 注销 or SUSPENDED 暂扣.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OfficerChanged(String certificateNo, String name, String unitCreditCode, String category, String area,
                                 String issuingAuthority, LocalDate validFrom, LocalDate validTo, String status,
                                 LocalDate statusDate, String reason) {
    }

    /** A certificate about to end ({@code daysLeft} 30 or 7) or ended ({@code daysLeft} 0 or less). */
    public record CertificateExpiry(String certificateNo, String name, String unitCreditCode, LocalDate validTo,
                                    int daysLeft) {
    }

    static final BodyChanged BUREAU = new BodyChanged("114101080051883705", "惠济区安全生产监督管理局", "STATUTORY",
            "安全生产监管执法", "《中华人民共和国安全生产法》（2014年8月31日修正）第九条", "惠编〔2016〕12号",
            LocalDate.parse("2016-06-30"), false, 1, null);
    static final OfficerChanged OFFICER = new OfficerChanged("41010816001", "张明", "114101080051883705",
            "安全生产监管执法", "惠济区", "郑州市人民政府法制办公室", LocalDate.parse("2016-07-01"),
            LocalDate.parse("2027-06-30"), "VALID", LocalDate.parse("2016-07-01"), null);

    public static final EventType<BodyChanged> BODY_REGISTERED = new EventType<>("fourlists.list.body.registered",
            TraceTopics.LIST, "body/{creditCode}", BodyChanged.class, PRODUCER, List.of(),
            "An enforcement body was registered, not yet published (执法主体登记)", BUREAU);
    public static final EventType<BodyChanged> BODY_UPDATED = new EventType<>("fourlists.list.body.updated",
            TraceTopics.LIST, "body/{creditCode}", BodyChanged.class, PRODUCER, List.of(),
            "An enforcement body's record changed: a new version (执法主体信息变更)",
            new BodyChanged(BUREAU.creditCode(), BUREAU.name(), BUREAU.kind(), BUREAU.enforcementCategory(),
                    BUREAU.legalBasis(), "惠编〔2016〕15号", LocalDate.parse("2016-09-01"), true, 3, "机构编制部门重新确认"));
    public static final EventType<BodyChanged> BODY_PUBLISHED = new EventType<>("fourlists.list.body.published",
            TraceTopics.LIST, "body/{creditCode}", BodyChanged.class, PRODUCER, List.of(),
            "A confirmed enforcement body was published (执法主体公告)",
            new BodyChanged(BUREAU.creditCode(), BUREAU.name(), BUREAU.kind(), BUREAU.enforcementCategory(),
                    BUREAU.legalBasis(), BUREAU.confirmationNo(), BUREAU.confirmationDate(), true, 2, null));
    public static final EventType<BodyChanged> BODY_WITHDRAWN = new EventType<>("fourlists.list.body.unpublished",
            TraceTopics.LIST, "body/{creditCode}", BodyChanged.class, PRODUCER, List.of(),
            "An enforcement body was withdrawn from publication, with the reason (执法主体撤销公告)",
            new BodyChanged(BUREAU.creditCode(), BUREAU.name(), BUREAU.kind(), BUREAU.enforcementCategory(),
                    BUREAU.legalBasis(), BUREAU.confirmationNo(), BUREAU.confirmationDate(), false, 4, "机构撤并"));
    public static final EventType<EntrustmentChanged> ENTRUSTMENT_REGISTERED = new EventType<>(
            "fourlists.list.entrustment.registered", TraceTopics.LIST, "body/{creditCode}", EntrustmentChanged.class,
            PRODUCER, List.of(), "An entrustment was registered: items, term and document (行政执法委托登记)",
            new EntrustmentChanged(UUID.fromString("6b0e0c4e-3f57-4d35-9c4a-0c2b1f7e9d21"), "12410108MB1A04537P",
                    BUREAU.creditCode(), List.of("410108-AJ-CF-001"), LocalDate.parse("2016-07-01"),
                    LocalDate.parse("2018-06-30"), "惠安监委〔2016〕3号", LocalDate.parse("2016-06-28"), null));
    public static final EventType<EntrustmentChanged> ENTRUSTMENT_REVOKED = new EventType<>(
            "fourlists.list.entrustment.revoked", TraceTopics.LIST, "body/{creditCode}", EntrustmentChanged.class,
            PRODUCER, List.of(), "An entrustment was ended before its term, with the reason (终止委托)",
            new EntrustmentChanged(UUID.fromString("6b0e0c4e-3f57-4d35-9c4a-0c2b1f7e9d21"), "12410108MB1A04537P",
                    BUREAU.creditCode(), List.of("410108-AJ-CF-001"), LocalDate.parse("2016-07-01"),
                    LocalDate.parse("2017-03-31"), "惠安监委〔2017〕1号", LocalDate.parse("2017-03-30"), "受托组织撤销"));
    public static final EventType<OfficerChanged> OFFICER_REGISTERED = new EventType<>("fourlists.list.officer.registered",
            TraceTopics.LIST, "officer/{certificateNo}", OfficerChanged.class, PRODUCER, List.of("complaint-service"),
            "An enforcement officer and their certificate were registered (执法人员登记)", OFFICER);
    public static final EventType<OfficerChanged> OFFICER_UPDATED = new EventType<>("fourlists.list.officer.updated",
            TraceTopics.LIST, "officer/{certificateNo}", OfficerChanged.class, PRODUCER, List.of("complaint-service"),
            "An officer's record changed, e.g. a renewed certificate (执法人员信息变更)",
            new OfficerChanged(OFFICER.certificateNo(), OFFICER.name(), OFFICER.unitCreditCode(), OFFICER.category(),
                    OFFICER.area(), OFFICER.issuingAuthority(), OFFICER.validFrom(), LocalDate.parse("2029-06-30"),
                    "VALID", OFFICER.statusDate(), "换发执法证"));
    public static final EventType<OfficerChanged> OFFICER_STATUS_CHANGED = new EventType<>(
            "fourlists.list.officer.status-changed", TraceTopics.LIST, "officer/{certificateNo}", OfficerChanged.class,
            PRODUCER, List.of("complaint-service"),
            "An officer's certificate was revoked, suspended or restored, with the date and reason (执法证注销、暂扣、恢复)",
            new OfficerChanged(OFFICER.certificateNo(), OFFICER.name(), OFFICER.unitCreditCode(), OFFICER.category(),
                    OFFICER.area(), OFFICER.issuingAuthority(), OFFICER.validFrom(), OFFICER.validTo(), "SUSPENDED",
                    LocalDate.parse("2017-03-01"), "涉嫌违纪，暂扣执法证"));
    public static final EventType<CertificateExpiry> CERTIFICATE_EXPIRING = new EventType<>(
            "fourlists.list.officer.expiry-warned", TraceTopics.LIST, "officer/{certificateNo}",
            CertificateExpiry.class, PRODUCER, List.of("workbench"),
            "An officer's certificate ends in 30 or in 7 days (执法证即将到期)",
            new CertificateExpiry(OFFICER.certificateNo(), OFFICER.name(), OFFICER.unitCreditCode(), OFFICER.validTo(), 30));
    public static final EventType<CertificateExpiry> CERTIFICATE_LAPSED = new EventType<>(
            "fourlists.list.officer.certificate-lapsed", TraceTopics.LIST, "officer/{certificateNo}",
            CertificateExpiry.class, PRODUCER, List.of("workbench"),
            "An officer's certificate has ended: the officer may no longer enforce (执法证已过期)",
            new CertificateExpiry(OFFICER.certificateNo(), OFFICER.name(), OFFICER.unitCreditCode(), OFFICER.validTo(), 0));

    public static final List<EventType<?>> ALL = List.of(SECTION_REGISTERED, SECTION_UPDATED, ITEM_LOADED, ITEM_ADJUSTED,
            ADJUSTMENT_REJECTED, BODY_REGISTERED, BODY_UPDATED, BODY_PUBLISHED, BODY_WITHDRAWN, ENTRUSTMENT_REGISTERED,
            ENTRUSTMENT_REVOKED, OFFICER_REGISTERED, OFFICER_UPDATED, OFFICER_STATUS_CHANGED, CERTIFICATE_EXPIRING,
            CERTIFICATE_LAPSED);
}
