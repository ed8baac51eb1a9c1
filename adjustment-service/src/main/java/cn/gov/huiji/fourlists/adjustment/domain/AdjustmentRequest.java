package cn.gov.huiji.fourlists.adjustment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A section's request to add, modify or repeal a list item (清单动态调整申请, Art. 25, 26). */
@Entity
@Table(name = "adjustment_request")
public class AdjustmentRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false)
    public TriggerKind triggerKind;

    /** The day the trigger occurred; the 3-working-day limit of Art. 26(1) runs from it. */
    @Column(name = "trigger_date", nullable = false)
    public LocalDate triggerDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false)
    public ChangeKind changeKind;

    @Column(name = "target_item_code")
    public String targetItemCode;

    @Column(nullable = false)
    public String summary;

    @Column(name = "section_code", nullable = false)
    public String section;

    @Column(nullable = false)
    public String applicant;

    /** The applicant's stable account subject (token sub): separation of duties compares it, not the user name. */
    @Column(name = "applicant_subject")
    public String applicantSubject;

    /** Whose request it is for separation of duties: the subject, or for requests drafted before it was kept the name. */
    public String applicantForSeparation() {
        return applicantSubject != null ? applicantSubject : applicant;
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestState state;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** When the step the request awaits is due (null when the law sets no limit for it). */
    @Column(name = "due_date")
    public LocalDate dueDate;

    /** The working-day calendar the due date was computed with (R-ADJ-3). */
    @Column(name = "due_calendar_version")
    public String dueCalendarVersion;

    /** The day the due date is counted from and how many working days (R-ADJ-3: recomputed if provisional). */
    @Column(name = "due_from")
    public LocalDate dueFrom;

    @Column(name = "due_working_days")
    public Integer dueWorkingDays;

    /** The awaited step's due date, with what it was counted from; null when no step is due. */
    public void setDue(cn.gov.huiji.fourlists.kernel.calendar.Deadline due) {
        dueDate = due == null ? null : due.due();
        dueCalendarVersion = due == null ? null : due.calendarVersion();
        dueFrom = due == null ? null : due.from();
        dueWorkingDays = due == null ? null : due.workingDays();
    }

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    /** Art. 26(1): the request was due with the legal section 3 working days after the trigger. */
    @Column(name = "application_due")
    public LocalDate applicationDue;

    @Column(name = "applied_late", nullable = false)
    public boolean appliedLate;

    /** JSON of the proposed ListItemContent; null for a repeal. */
    @Column(name = "proposed_item")
    public String proposedItem;

    /** JSON list of the documents behind the trigger (R-ADJ-1). */
    @Column(nullable = false)
    public String documents;

    /** The law-change obligation this request answers (R-LIST-10). */
    @Column(name = "obligation_id")
    public UUID obligationId;
}
