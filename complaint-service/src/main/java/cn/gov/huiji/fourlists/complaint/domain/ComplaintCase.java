package cn.gov.huiji.fourlists.complaint.domain;

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
    public String content;

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

    /** The section that handles it once assigned. */
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
}
