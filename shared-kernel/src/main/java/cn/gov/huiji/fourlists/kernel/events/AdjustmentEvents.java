package cn.gov.huiji.fourlists.kernel.events;

import cn.gov.huiji.fourlists.kernel.calendar.HolidayNotice;
import cn.gov.huiji.fourlists.kernel.calendar.NoticeLoaded;
import cn.gov.huiji.fourlists.kernel.contract.CitationLevel;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.kernel.trace.TraceTopics;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What adjustment-service records on {@code adjustment-events} (the workflow of Art. 26, R-ADJ-*, R-LIST-10). */
public final class AdjustmentEvents {

    static final String PRODUCER = "adjustment-service";
    static final String REQUEST = "request/{requestId}";
    static final String OBLIGATION = "obligation/{obligationId}";
    static final UUID REQUEST_ID = UUID.fromString("3f1c2a9e-5b7d-4c1e-9a0b-2d6e8f4a1c37");
    static final UUID OBLIGATION_ID = UUID.fromString("8d2b7c41-0f3e-4a5b-b6c7-1e9d0a2f3b84");

    private AdjustmentEvents() {
    }

    /** A section drafted an adjustment request (Art. 25, 26(1)); due with the legal section 3 working days after its trigger. */
    public record RequestDrafted(UUID requestId, String state, String triggerKind, LocalDate triggerDate, String changeKind,
                                 String targetItemCode, String section, JsonNode documents, LocalDate dueDate,
                                 String calendarVersion) {
    }

    /**
     * A step of the five stages (Art. 26): who moved the request from which state to which, the next step's due date and
     * its calendar. A publication carries the item as it shall read; list-service applies it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequestStepTaken(UUID requestId, String action, String from, String to, String section, String changeKind,
                                   String targetItemCode, LocalDate dueDate, String calendarVersion, boolean appliedLate,
                                   ListItemContent proposedItem) {
    }

    /** The applying section revised a draft or a returned request before (re)submitting it (Art. 26(2)). */
    public record RequestRevised(UUID requestId, String state, String triggerKind, LocalDate triggerDate, String changeKind,
                                 String targetItemCode, String section, JsonNode documents) {
    }

    /**
     * A file of a document behind the trigger was attached (依据文件原件): what it is and its SHA-256, so the log
     * proves which file the request relied on; the file itself stays with adjustment-service.
     */
    public record DocumentAttached(UUID requestId, UUID fileId, String fileName, String mediaType, long size, String sha256,
                                   String section) {
    }

    /** A step due tomorrow (warned) or past its due date (missed), raised once (R-ADJ-4, Art. 29, 31). */
    public record RequestDeadline(UUID requestId, String state, String section, LocalDate dueDate, String calendarVersion,
                                  LocalDate day) {
    }

    /** A due date counted provisionally, counted again when the year's holiday notice came into force (R-ADJ-3). */
    public record RequestDueRecomputed(UUID requestId, String state, String section, LocalDate previousDueDate, LocalDate dueDate,
                                       String calendarVersion) {
    }

    /**
     * The legal section registered a law as amended or repealed (R-LIST-10); {@code obligations} items cite it
     * ({@code amendedVersion}, when named, the version they cite; the 3 working days run from {@code dueFrom}).
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record LawChangeRegistered(UUID lawChangeId, String lawTitle, String kind, LocalDate effective, String document,
                                      int obligations, String amendedVersion, LocalDate dueFrom) {
    }

    /** A published item cites a changed law: its section owes a request within 3 working days. */
    public record ObligationOpened(UUID obligationId, String law, String itemCode, String section, LocalDate dueDate,
                                   String calendarVersion) {
    }

    /** The section applied: a submitted request names the obligation. */
    public record ObligationFulfilled(UUID obligationId, UUID requestId) {
    }

    /** No request came in time. */
    public record ObligationMissed(UUID obligationId, String itemCode, String section, LocalDate dueDate) {
    }

    /** An obligation's provisional due date counted again on the year's notice. */
    public record ObligationDueRecomputed(UUID obligationId, String itemCode, String section, LocalDate previousDueDate,
                                          LocalDate dueDate, String calendarVersion) {
    }

    static final ListItemContent PROPOSED = new ListItemContent("410108-AJ-CF-001", "POWER", "对未取得安全生产许可证擅自进行生产的处罚",
            "行政处罚", null, null, null, null, "enforcement-brigade", "区级",
            List.of(new ListItemContent.Citation(CitationLevel.LAW, "中华人民共和国安全生产法", "2021年6月10日修正", "第九十五条", null)),
            null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    static RequestStepTaken step(String action, String from, String to, LocalDate due, ListItemContent proposed) {
        return new RequestStepTaken(REQUEST_ID, action, from, to, "hazchem", "MODIFY", "410108-AJ-CF-001", due,
                due == null ? null : "cal-r0", false, proposed);
    }

    static EventType<RequestStepTaken> step(String name, String summary, RequestStepTaken example, List<String> consumers) {
        return new EventType<>(name, TraceTopics.ADJUSTMENT, REQUEST, RequestStepTaken.class, PRODUCER, consumers, summary, example);
    }

    public static final EventType<RequestDrafted> REQUEST_DRAFTED = new EventType<>("fourlists.adjustment.request.drafted",
            TraceTopics.ADJUSTMENT, REQUEST, RequestDrafted.class, PRODUCER, List.of(), "A section drafted an adjustment request (申请起草)",
            new RequestDrafted(REQUEST_ID, "DRAFT", "LAW_AMENDED_OR_REPEALED", LocalDate.parse("2026-11-20"), "MODIFY",
                    "410108-AJ-CF-001", "hazchem", JsonNodeFactory.instance.arrayNode().add(JsonNodeFactory.instance.objectNode()
                    .put("title", "中华人民共和国安全生产法（2021年修正）").put("number", "主席令第八十八号")),
                    LocalDate.parse("2026-11-25"), "cal-r0"));
    public static final EventType<RequestRevised> REQUEST_REVISED = new EventType<>("fourlists.adjustment.request.revised",
            TraceTopics.ADJUSTMENT, REQUEST, RequestRevised.class, PRODUCER, List.of(),
            "The section revised its draft or returned request (修改申请)",
            new RequestRevised(REQUEST_ID, "RETURNED", "LAW_AMENDED_OR_REPEALED", LocalDate.parse("2026-11-20"), "MODIFY",
                    "410108-AJ-CF-001", "hazchem", JsonNodeFactory.instance.arrayNode().add(JsonNodeFactory.instance.objectNode()
                    .put("title", "中华人民共和国安全生产法（2021年修正）").put("number", "主席令第八十八号"))));
    public static final EventType<DocumentAttached> DOCUMENT_ATTACHED = new EventType<>("fourlists.adjustment.request.document-attached",
            TraceTopics.ADJUSTMENT, REQUEST, DocumentAttached.class, PRODUCER, List.of(),
            "The section attached the file of a document behind the trigger (上传依据文件)",
            new DocumentAttached(REQUEST_ID, UUID.fromString("0b6c2f1e-7d3a-4e5b-9c8d-1a2b3c4d5e6f"), "安全生产法（2021年修正）.pdf",
                    "application/pdf", 182_304, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "hazchem"));
    public static final EventType<RequestStepTaken> REQUEST_SUBMITTED = step("fourlists.adjustment.request.submitted",
            "The section submitted the request to the legal section (申请)", step("SUBMIT", "DRAFT", "SUBMITTED",
                    LocalDate.parse("2026-11-24"), null), List.of());
    public static final EventType<RequestStepTaken> REQUEST_REVIEW_PASSED = step("fourlists.adjustment.request.review-passed",
            "The legal section passed its review (审核通过)", step("PASS_REVIEW", "SUBMITTED", "STUDY", null, null), List.of());
    public static final EventType<RequestStepTaken> REQUEST_RETURNED = step("fourlists.adjustment.request.returned",
            "The legal section or the leaders returned the request with reasons (退回)",
            step("RETURN", "SUBMITTED", "RETURNED", LocalDate.parse("2026-11-24"), null), List.of());
    public static final EventType<RequestStepTaken> REQUEST_APPROVED = step("fourlists.adjustment.request.approved",
            "The bureau's leaders approved it at a meeting (研究通过)", step("APPROVE", "STUDY", "APPROVED", null, null), List.of());
    public static final EventType<RequestStepTaken> REQUEST_REPORTED = step("fourlists.adjustment.request.reported",
            "The legal section reported it to the district office (上报)", step("REPORT", "APPROVED", "REPORTED", null, null), List.of());
    public static final EventType<RequestStepTaken> REQUEST_CONFIRMED = step("fourlists.adjustment.request.confirmed",
            "The district office confirmed it (区政务服务改革管理办公室确认)", step("CONFIRM", "REPORTED", "CONFIRMED", null, null), List.of());
    public static final EventType<RequestStepTaken> REQUEST_SENT_BACK = step("fourlists.adjustment.request.sent-back",
            "The district office sent it back with reasons (区改革办退回)",
            step("SEND_BACK", "REPORTED", "RETURNED", LocalDate.parse("2026-11-24"), null), List.of());
    public static final EventType<RequestStepTaken> REQUEST_PUBLISHED = step("fourlists.adjustment.request.published",
            "The legal section published it: the item as it shall read becomes a new version of the list (检查公布)",
            step("PUBLISH", "CONFIRMED", "PUBLISHED", null, PROPOSED), List.of("list-service"));
    public static final EventType<RequestDeadline> DEADLINE_WARNED = new EventType<>("fourlists.adjustment.deadline.warned",
            TraceTopics.ADJUSTMENT, REQUEST, RequestDeadline.class, PRODUCER, List.of(),
            "A step is due on the next working day (临期预警)", new RequestDeadline(REQUEST_ID, "SUBMITTED", "hazchem",
            LocalDate.parse("2026-11-24"), "cal-r0", LocalDate.parse("2026-11-23")));
    public static final EventType<RequestDeadline> DEADLINE_MISSED = new EventType<>("fourlists.adjustment.deadline.missed",
            TraceTopics.ADJUSTMENT, REQUEST, RequestDeadline.class, PRODUCER, List.of(),
            "A step went past its due date (逾期)", new RequestDeadline(REQUEST_ID, "SUBMITTED", "hazchem",
            LocalDate.parse("2026-11-24"), "cal-r0", LocalDate.parse("2026-11-25")));
    public static final EventType<RequestDueRecomputed> REQUEST_DUE_RECOMPUTED = new EventType<>(
            "fourlists.adjustment.request.due-recomputed", TraceTopics.ADJUSTMENT, REQUEST, RequestDueRecomputed.class, PRODUCER,
            List.of(), "A provisional due date was counted again on the year's holiday notice (期限重算)",
            new RequestDueRecomputed(REQUEST_ID, "DRAFT", "hazchem", LocalDate.parse("2027-01-04"), LocalDate.parse("2027-01-06"), "cal-r1"));
    public static final EventType<LawChangeRegistered> LAW_CHANGE_REGISTERED = new EventType<>(
            "fourlists.adjustment.law-change.registered", TraceTopics.ADJUSTMENT, "law-change/{lawChangeId}",
            LawChangeRegistered.class, PRODUCER, List.of(), "The legal section registered a law as amended or repealed (法律法规立改废)",
            new LawChangeRegistered(UUID.fromString("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"), "安全生产法", "AMENDED",
                    LocalDate.parse("2021-09-01"), "主席令第八十八号", 3, "2014年8月31日修正", LocalDate.parse("2021-09-01")));
    public static final EventType<ObligationOpened> OBLIGATION_OPENED = new EventType<>("fourlists.adjustment.obligation.opened",
            TraceTopics.ADJUSTMENT, OBLIGATION, ObligationOpened.class, PRODUCER, List.of(),
            "A published item cites the changed law: its section owes a request (调整义务)",
            new ObligationOpened(OBLIGATION_ID, "安全生产法", "410108-AJ-CF-001", "enforcement-brigade", LocalDate.parse("2026-11-25"), "cal-r0"));
    public static final EventType<ObligationFulfilled> OBLIGATION_FULFILLED = new EventType<>(
            "fourlists.adjustment.obligation.fulfilled", TraceTopics.ADJUSTMENT, OBLIGATION, ObligationFulfilled.class, PRODUCER,
            List.of(), "The section applied in time or late: a submitted request names the obligation (义务履行)",
            new ObligationFulfilled(OBLIGATION_ID, REQUEST_ID));
    public static final EventType<ObligationMissed> OBLIGATION_MISSED = new EventType<>("fourlists.adjustment.obligation.missed",
            TraceTopics.ADJUSTMENT, OBLIGATION, ObligationMissed.class, PRODUCER, List.of(),
            "No request came within 3 working days (义务逾期)",
            new ObligationMissed(OBLIGATION_ID, "410108-AJ-CF-001", "enforcement-brigade", LocalDate.parse("2026-11-25")));
    public static final EventType<ObligationDueRecomputed> OBLIGATION_DUE_RECOMPUTED = new EventType<>(
            "fourlists.adjustment.obligation.due-recomputed", TraceTopics.ADJUSTMENT, OBLIGATION, ObligationDueRecomputed.class,
            PRODUCER, List.of(), "An obligation's provisional due date was counted again (期限重算)",
            new ObligationDueRecomputed(OBLIGATION_ID, "410108-AJ-CF-001", "enforcement-brigade", LocalDate.parse("2027-01-04"),
                    LocalDate.parse("2027-01-06"), "cal-r1"));
    public static final EventType<NoticeLoaded> CALENDAR_NOTICE_LOADED = new EventType<>("fourlists.adjustment.calendar.notice-loaded",
            TraceTopics.ADJUSTMENT, "calendar/{year}", NoticeLoaded.class, PRODUCER, List.of("complaint-service", "disclosure-service"),
            "A year's State Council holiday notice was loaded or corrected (载入节假日安排通知)",
            new NoticeLoaded(2030, "国务院办公厅关于2030年部分节假日安排的通知", 1, "cal-r1",
                    new HolidayNotice(2030, "国务院办公厅关于2030年部分节假日安排的通知",
                            List.of(List.of(LocalDate.parse("2030-01-01"), LocalDate.parse("2030-01-01"))), List.of()),
                    OffsetDateTime.parse("2029-11-20T02:00:00Z")));

    public static final List<EventType<?>> ALL = List.of(REQUEST_DRAFTED, REQUEST_REVISED, DOCUMENT_ATTACHED, REQUEST_SUBMITTED, REQUEST_REVIEW_PASSED,
            REQUEST_RETURNED, REQUEST_APPROVED, REQUEST_REPORTED, REQUEST_CONFIRMED, REQUEST_SENT_BACK, REQUEST_PUBLISHED,
            DEADLINE_WARNED, DEADLINE_MISSED, REQUEST_DUE_RECOMPUTED, LAW_CHANGE_REGISTERED, OBLIGATION_OPENED,
            OBLIGATION_FULFILLED, OBLIGATION_MISSED, OBLIGATION_DUE_RECOMPUTED, CALENDAR_NOTICE_LOADED);
}
