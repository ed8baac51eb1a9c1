package cn.gov.huiji.fourlists.complaint.rest;

import cn.gov.huiji.fourlists.complaint.domain.CaseAttachment;
import cn.gov.huiji.fourlists.complaint.domain.ComplaintCase;
import cn.gov.huiji.fourlists.complaint.service.CaseCalendar;
import cn.gov.huiji.fourlists.complaint.service.CaseQueries;
import cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What each audience sees of a case. */
public final class CaseViews {

    private CaseViews() {
    }

    /** Describes the calendar version fields of every view (R-ADJ-3: every due date names its calendar). */
    static final String ACCEPT_CALENDAR = "Calendar the acceptance deadline was counted on: cal-rN (the holiday notices in force), or "
            + "provisional — counted on weekdays only because a year's notice is not out yet, recomputed when it is "
            + "(暂按工作日计算，待国务院节假日安排公布后重算)";
    static final String ANSWER_CALENDAR = "calendar-days: the answer limit counts calendar days (自然日), no holiday notice involved";

    @Schema(description = "What the public sees with the case number and query code (R-CMP-5): status, dates and the public answer")
    public record PublicView(String caseNo, String kind, String kindName, String state, String stateName,
                             OffsetDateTime receivedAt, LocalDate acceptDue,
                             @Schema(description = ACCEPT_CALENDAR, examples = "cal-r0") String acceptDueCalendarVersion,
                             @Schema(description = "The acceptance deadline is provisional (暂按工作日计算)") boolean acceptDueProvisional,
                             LocalDate acceptedOn, String notAcceptedReason,
                             String notAcceptedReasonName, LocalDate answerDue,
                             @Schema(description = ANSWER_CALENDAR) String answerDueCalendarVersion,
                             @Schema(description = "Days the answer's time limit was extended, once, counted like the limit (延期天数)") Integer extendedDays,
                             @Schema(description = "Why it was extended: the notice R-CMP-4 owes the submitter (延期理由)") String extensionReason,
                             LocalDate answeredOn, String publicAnswer,
                             LocalDate closedOn, Boolean feedbackSatisfied, boolean feedbackOpen) {
        static PublicView of(ComplaintCase c) {
            boolean open = (c.state == cn.gov.huiji.fourlists.complaint.domain.CaseState.ANSWERED
                    || c.state == cn.gov.huiji.fourlists.complaint.domain.CaseState.CLOSED) && c.feedbackSatisfied == null;
            return new PublicView(c.caseNo, c.kind.name(), c.kind.nameZh, c.state.name(), c.state.nameZh, c.receivedAt, c.acceptDue,
                    c.calendarVersion, provisional(c), c.acceptedOn, c.notAcceptedReason == null ? null : c.notAcceptedReason.name(),
                    c.notAcceptedReason == null ? null : c.notAcceptedReason.nameZh, c.answerDue, answerCalendar(c), c.extendedDays,
                    c.extensionReason, c.answeredOn, c.publicAnswer, c.closedOn, c.feedbackSatisfied, open);
        }
    }

    @Schema(description = "The receipt of a submission: keep the query code, it is shown only this once")
    public record ReceiptView(String caseNo, String queryCode, String state, OffsetDateTime receivedAt, LocalDate acceptDue,
                              @Schema(description = ACCEPT_CALENDAR, examples = "cal-r0") String acceptDueCalendarVersion,
                              @Schema(description = "The acceptance deadline is provisional (暂按工作日计算)") boolean acceptDueProvisional,
                              String notice) {
    }

    @Schema(description = "A case as staff see it (no identity: that needs a traced reveal)")
    public record StaffView(String caseNo, String kind, String subjectKind, String subjectRef, String content, String channel,
                            boolean anonymous, String state, @Schema(description = "The state in Chinese (状态)") String stateName,
                            @Schema(description = "The section the citizen named: a proposal for the handlers (建议承办科室)") String proposedSection,
                            @Schema(description = "The section a handler assigned (承办科室)") String section, OffsetDateTime receivedAt, String recordedBy,
                            LocalDate acceptDue, @Schema(description = ACCEPT_CALENDAR) String acceptDueCalendarVersion,
                            LocalDate acceptedOn, String notAcceptedReason, String decisionText,
                            LocalDate answerDue, @Schema(description = ANSWER_CALENDAR) String answerDueCalendarVersion, Integer extendedDays, String extensionReason, LocalDate answeredOn,
                            String publicAnswer, LocalDate closedOn, Boolean feedbackSatisfied, String feedbackText,
                            boolean reopened, String warnedStep, String overdueStep, List<AttachmentView> attachments) {
        /** The view of a case whose content was opened (and the reading traced) by {@code CaseDisclosure.readContent}. */
        static StaffView of(ComplaintCase c, String content, List<CaseAttachment> attachments) {
            return new StaffView(c.caseNo, c.kind.name(), c.subjectKind.name(), c.subjectRef, content, c.channel.name(),
                    c.anonymous, c.state.name(), c.state.nameZh, c.proposedSection, c.section, c.receivedAt, c.recordedBy, c.acceptDue, c.calendarVersion, c.acceptedOn,
                    c.notAcceptedReason == null ? null : c.notAcceptedReason.name(), c.decisionText, c.answerDue, answerCalendar(c),
                    c.extendedDays,
                    c.extensionReason, c.answeredOn, c.publicAnswer, c.closedOn, c.feedbackSatisfied, c.feedbackText, c.reopened,
                    c.warnedStep, c.overdueStep, attachments.stream().map(a -> new AttachmentView(a.id.toString(), a.mediaType, a.size)).toList());
        }
    }

    static boolean provisional(ComplaintCase c) {
        return WorkingDayCalendar.PROVISIONAL.equals(c.calendarVersion);
    }

    static String answerCalendar(ComplaintCase c) {
        return c.answerDue == null ? null : CaseCalendar.CALENDAR_DAYS;
    }

    public record AttachmentView(String id, String mediaType, int size) {
    }

    @Schema(description = "A line of the handlers' case list")
    public record Summary(String caseNo, String kind, String subjectKind, String subjectRef, String state, String section,
                          OffsetDateTime receivedAt, LocalDate acceptDue,
                          @Schema(description = ACCEPT_CALENDAR) String acceptDueCalendarVersion, LocalDate answerDue,
                          @Schema(description = ANSWER_CALENDAR) String answerDueCalendarVersion, String warnedStep, String overdueStep) {
        static Summary of(ComplaintCase c) {
            return new Summary(c.caseNo, c.kind.name(), c.subjectKind.name(), c.subjectRef, c.state.name(), c.section,
                    c.receivedAt, c.acceptDue, c.calendarVersion, c.answerDue, answerCalendar(c), c.warnedStep, c.overdueStep);
        }
    }

    public record Stats(List<CaseQueries.Count> bySection, List<CaseQueries.Count> byItem) {
    }
}
