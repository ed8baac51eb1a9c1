package cn.gov.huiji.fourlists.kernel.events;

import cn.gov.huiji.fourlists.kernel.trace.TraceTopics;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * What complaint-service records on {@code complaint-events} (Art. 9, 28, 30; R-CMP-*). The trace log is public:
 * case events carry the number, kind, state and section and what the step needs, never the content or anything
 * of the submitter (R-CMP-3).
 */
public final class ComplaintEvents {

    static final String PRODUCER = "complaint-service";
    static final String CASE = "case/{caseNo}";

    private ComplaintEvents() {
    }

    /**
     * A step in a case's life. Besides number, kind, state and section, each type carries only its own fields:
     * received {@code channel}; not-accepted {@code reason}; extended {@code extensionDays}; feedback-given
     * {@code satisfied}; identity-revealed {@code reason} (a code) and {@code reasonDigest} (SHA-256 of the text, which
     * complaint-service keeps); attachment-opened {@code attachment}, {@code reason}, {@code reasonDigest}; read (staff
     * read the content) nothing more;
     * deadline-warned and deadline-missed {@code step}, {@code due}; due-recomputed {@code step}, {@code previousDue},
     * {@code due}, {@code calendarVersion}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CaseChanged(String caseNo, String kind, String state, String section, String channel, String reason,
                              Integer extensionDays, Boolean satisfied, String attachment, String step, LocalDate due,
                              LocalDate previousDue, String calendarVersion, String reasonDigest) {

        public static CaseChanged of(String caseNo, String kind, String state, String section) {
            return new CaseChanged(caseNo, kind, state, section, null, null, null, null, null, null, null, null, null, null);
        }

        public CaseChanged withChannel(String value) {
            return new CaseChanged(caseNo, kind, state, section, value, reason, extensionDays, satisfied, attachment, step, due,
                    previousDue, calendarVersion, reasonDigest);
        }

        public CaseChanged withReason(String value) {
            return new CaseChanged(caseNo, kind, state, section, channel, value, extensionDays, satisfied, attachment, step, due,
                    previousDue, calendarVersion, reasonDigest);
        }

        public CaseChanged withExtensionDays(Integer value) {
            return new CaseChanged(caseNo, kind, state, section, channel, reason, value, satisfied, attachment, step, due,
                    previousDue, calendarVersion, reasonDigest);
        }

        public CaseChanged withSatisfied(Boolean value) {
            return new CaseChanged(caseNo, kind, state, section, channel, reason, extensionDays, value, attachment, step, due,
                    previousDue, calendarVersion, reasonDigest);
        }

        public CaseChanged withAttachment(String value) {
            return new CaseChanged(caseNo, kind, state, section, channel, reason, extensionDays, satisfied, value, step, due,
                    previousDue, calendarVersion, reasonDigest);
        }

        public CaseChanged withDue(String stepName, LocalDate dueDate) {
            return new CaseChanged(caseNo, kind, state, section, channel, reason, extensionDays, satisfied, attachment, stepName,
                    dueDate, previousDue, calendarVersion, reasonDigest);
        }

        /** A reason given for a disclosure: its code here, its text kept by complaint-service with this digest. */
        public CaseChanged withReasonCode(String code, String digest) {
            return new CaseChanged(caseNo, kind, state, section, channel, code, extensionDays, satisfied, attachment, step, due,
                    previousDue, calendarVersion, digest);
        }

        public CaseChanged withRecount(LocalDate previous, String version) {
            return new CaseChanged(caseNo, kind, state, section, channel, reason, extensionDays, satisfied, attachment, step, due,
                    previous, version, reasonDigest);
        }
    }

    /** The published complaint channels were replaced (Art. 28). */
    public record ChannelsUpdated(List<String> kinds) {
    }

    static final CaseChanged SAMPLE = CaseChanged.of("TS-2026-000123", "COMPLAINT", "ACCEPTED", null);

    static EventType<CaseChanged> caseEvent(String what, String summary, CaseChanged example) {
        return new EventType<>("fourlists.complaint.case." + what, TraceTopics.COMPLAINT, CASE, CaseChanged.class, PRODUCER,
                List.of(), summary, example);
    }

    public static final EventType<CaseChanged> CASE_RECEIVED = caseEvent("received", "A case was received (收到投诉举报)",
            CaseChanged.of("TS-2026-000123", "COMPLAINT", "RECEIVED", null).withChannel("ONLINE"));
    public static final EventType<CaseChanged> CASE_ACCEPTED = caseEvent("accepted", "A handler accepted the case (受理)", SAMPLE);
    public static final EventType<CaseChanged> CASE_NOT_ACCEPTED = caseEvent("not-accepted", "A handler did not accept it, with the reason (不予受理)",
            CaseChanged.of("TS-2026-000123", "COMPLAINT", "NOT_ACCEPTED", null).withReason("BELONGS_TO_PETITION"));
    public static final EventType<CaseChanged> CASE_ASSIGNED = caseEvent("assigned", "A handler assigned it to a section (交办)",
            CaseChanged.of("TS-2026-000123", "COMPLAINT", "ASSIGNED", "hazchem"));
    public static final EventType<CaseChanged> CASE_EXTENDED = caseEvent("extended", "The answer's time limit was extended once (延期)",
            CaseChanged.of("TS-2026-000123", "COMPLAINT", "ASSIGNED", "hazchem").withExtensionDays(15));
    public static final EventType<CaseChanged> CASE_ANSWERED = caseEvent("answered", "The case was answered (答复)",
            CaseChanged.of("TS-2026-000123", "COMPLAINT", "ANSWERED", "hazchem"));
    public static final EventType<CaseChanged> CASE_CLOSED = caseEvent("closed", "The case was closed (办结)",
            CaseChanged.of("TS-2026-000123", "COMPLAINT", "CLOSED", "hazchem"));
    public static final EventType<CaseChanged> CASE_REOPENED = caseEvent("reopened", "An unsatisfied case was reopened, once (重新办理)",
            CaseChanged.of("TS-2026-000123", "COMPLAINT", "ASSIGNED", "hazchem"));
    public static final EventType<CaseChanged> CASE_FEEDBACK_GIVEN = caseEvent("feedback-given", "The submitter rated the answer (满意度评价)",
            CaseChanged.of("TS-2026-000123", "COMPLAINT", "CLOSED", "hazchem").withSatisfied(false));
    public static final EventType<CaseChanged> CASE_IDENTITY_REVEALED = caseEvent("identity-revealed",
            "A handler was shown the submitter's identity: the reason as a code and the digest of its text (查看举报人身份, Art. 30)",
            CaseChanged.of("JB-2026-000045", "REPORT", "ACCEPTED", null)
                    .withReasonCode("CONTACT_SUBMITTER", "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
    public static final EventType<CaseChanged> CASE_ATTACHMENT_OPENED = caseEvent("attachment-opened",
            "A handler opened an attachment: the reason as a code and the digest of its text (查看附件)",
            CaseChanged.of("JB-2026-000045", "REPORT", "ACCEPTED", null).withAttachment("0b8f7e2a-4c1d-4e5f-9a6b-7c8d9e0f1a2b")
                    .withReasonCode("VERIFY_FACTS", "sha256:5d41402abc4b2a76b9719d911017c592e7ad7f1b3c2e8f0a6d4c1b2a39e8f7c6"));
    public static final EventType<CaseChanged> CASE_CONTENT_OPENED = caseEvent("content-opened",
            "Staff read the case's content (查看案件内容): who, when, which case — never the content (Art. 30)", SAMPLE);
    public static final EventType<CaseChanged> CASE_DEADLINE_WARNED = caseEvent("deadline-warned",
            "A step is due on the next working day (临期预警)", SAMPLE.withDue("answer", LocalDate.parse("2027-01-19")));
    public static final EventType<CaseChanged> CASE_DEADLINE_MISSED = caseEvent("deadline-missed", "A step went past its due date (逾期)",
            SAMPLE.withDue("answer", LocalDate.parse("2027-01-19")));
    public static final EventType<CaseChanged> CASE_DUE_RECOMPUTED = caseEvent("due-recomputed",
            "A provisional acceptance deadline was counted again on the year's holiday notice (期限重算)",
            CaseChanged.of("TS-2026-000123", "COMPLAINT", "RECEIVED", null).withDue("accept", LocalDate.parse("2027-01-07"))
                    .withRecount(LocalDate.parse("2027-01-06"), "cal-r1"));
    public static final EventType<ChannelsUpdated> CHANNELS_UPDATED = new EventType<>("fourlists.complaint.channels.updated",
            TraceTopics.COMPLAINT, "channels", ChannelsUpdated.class, PRODUCER, List.of(),
            "The published complaint channels were replaced (投诉渠道更新, Art. 28)",
            new ChannelsUpdated(List.of("PHONE", "FAX", "POSTAL_ADDRESS", "EMAIL", "ONLINE_FORM")));

    public static final List<EventType<?>> ALL = List.of(CASE_RECEIVED, CASE_ACCEPTED, CASE_NOT_ACCEPTED, CASE_ASSIGNED,
            CASE_EXTENDED, CASE_ANSWERED, CASE_CLOSED, CASE_REOPENED, CASE_FEEDBACK_GIVEN, CASE_IDENTITY_REVEALED,
            CASE_ATTACHMENT_OPENED, CASE_CONTENT_OPENED, CASE_DEADLINE_WARNED, CASE_DEADLINE_MISSED, CASE_DUE_RECOMPUTED, CHANNELS_UPDATED);
}
