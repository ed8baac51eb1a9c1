package cn.gov.huiji.fourlists.complaint.domain;

import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import jakarta.persistence.LockModeType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A complaint, report or suggestion (Art. 9). Its content is personal data: it stays in this table and in staff
 * screens, never in events, traces, logs or error messages. The submitter's identity is elsewhere, encrypted
 * ({@link CaseIdentity}).
 */
@Entity
@Table(name = "complaint_case")
public class ComplaintCase extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_no", nullable = false, unique = true)
    public String caseNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    public SubjectKind subjectKind;

    /** The item code, section code or certificate number the case is about; null for LISTS or OTHER. */
    @Column(name = "subject_ref")
    public String subjectRef;

    @Column(nullable = false)
    /** Only in rows from before content was sealed, until ContentSealing seals them; null otherwise. */
    public String content;

    @Column(name = "content_key_id")
    public String contentKeyId;

    @Column(name = "content_nonce")
    public byte[] contentNonce;

    @Column(name = "content_sealed")
    public byte[] contentSealed;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IntakeChannel channel;

    @Column(nullable = false)
    public boolean anonymous;

    @Column(name = "query_code_hash", nullable = false)
    public String queryCodeHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseState state;

    /** The section the citizen named, as a proposal for the handlers; it gives that section no access. */
    @Column(name = "proposed_section")
    public String proposedSection;

    /** The section that handles it once a complaint handler assigned it; only then may that section read it. */
    @Column(name = "section_code")
    public String section;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "accept_due", nullable = false)
    public LocalDate acceptDue;

    @Column(name = "accepted_on")
    public LocalDate acceptedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "not_accepted_reason")
    public NotAcceptedReason notAcceptedReason;

    @Column(name = "decision_text")
    public String decisionText;

    @Column(name = "answer_due")
    public LocalDate answerDue;

    @Column(name = "extended_days")
    public Integer extendedDays;

    @Column(name = "extension_reason")
    public String extensionReason;

    @Column(name = "answered_on")
    public LocalDate answeredOn;

    /** What the submitter is told (公开答复); internal notes stay out of it. */
    @Column(name = "public_answer")
    public String publicAnswer;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "feedback_satisfied")
    public Boolean feedbackSatisfied;

    @Column(name = "feedback_text")
    public String feedbackText;

    @Column(nullable = false)
    public boolean reopened;

    @Column(name = "warned_step")
    public String warnedStep;

    @Column(name = "overdue_step")
    public String overdueStep;

    @Column(name = "calendar_version")
    public String calendarVersion;

    @Version
    public long revision;

    /** The case with this number; a 404 when there is none. */
    public static ComplaintCase byNumber(String caseNo) {
        ComplaintCase c = caseNo == null ? null : find("caseNo", caseNo).firstResult();
        if (c == null) {
            throw ProblemException.notFound("Case", "案件", caseNo);
        }
        return c;
    }

    /** The case, locked for an action and read afresh. */
    public static ComplaintCase lockByNumber(String caseNo) {
        ComplaintCase c = byNumber(caseNo);
        getEntityManager().lock(c, LockModeType.PESSIMISTIC_WRITE);
        getEntityManager().refresh(c);
        return c;
    }

    /** Public tracking (R-CMP-5): a wrong query code and a missing case answer alike. */
    public static ComplaintCase tracked(String caseNo, String code) {
        ComplaintCase c = caseNo == null ? null : find("caseNo", caseNo).firstResult();
        if (c == null || !QueryCodes.matches(code, c.queryCodeHash)) {
            throw ProblemException.of(404, "case-not-found", "No such case", "未查询到案件",
                    "No case matches this number and query code.", "受理编号或查询码不正确，未查询到案件。");
        }
        return c;
    }
}
