package cn.gov.huiji.fourlists.disclosure.domain;

import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A licensing or penalty decision of the bureau and its disclosure (Art. 8, R-LIST-11): its state, its due date
 * (7 working days after the decision date) and its 公示截止期. The fields the searches and scans need are copied from
 * the current {@link DecisionVersion}; every version is kept there.
 */
@Entity
@Table(name = "decision")
public class Decision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionKind kind;

    /** The current version's number (1 at receipt, +1 for each correction). */
    @Column(nullable = false)
    public int version;

    @Column(name = "document_no", nullable = false)
    public String documentNo;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    @Column(name = "party_name", nullable = false)
    public String partyName;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_category", nullable = false)
    public PartyCategory partyCategory;

    /** Null for a natural person. */
    @Column(name = "party_credit_code")
    public String partyCreditCode;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisclosureState state;

    /** The decision date plus 7 working days, on {@link #calendarVersion}. */
    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "calendar_version", nullable = false)
    public String calendarVersion;

    /** 公示截止期: the decision leaves public view on this day; null until it is computed. */
    @Column(name = "disclosure_end")
    public LocalDate disclosureEnd;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "received_by", nullable = false)
    public String receivedBy;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "warned_at")
    public OffsetDateTime warnedAt;

    @Column(name = "missed_at")
    public OffsetDateTime missedAt;

    @Column(name = "expired_at")
    public OffsetDateTime expiredAt;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    @Version
    public long revision;

    /** The decision; a 404 problem when there is none. */
    public static Decision byId(UUID id) {
        Decision d = id == null ? null : findById(id);
        if (d == null) {
            throw ProblemException.notFound("Decision", "决定", String.valueOf(id));
        }
        return d;
    }

    /** The decision, locked for a step and read afresh. */
    public static Decision lockById(UUID id) {
        Decision d = byId(id);
        getEntityManager().lock(d, LockModeType.PESSIMISTIC_WRITE);
        getEntityManager().refresh(d);
        return d;
    }

    /** Copies what the searches need from the version now in force. */
    public void takeOver(DecisionVersion v) {
        version = v.version;
        documentNo = v.documentNo;
        decisionDate = v.decisionDate;
        partyName = v.partyName;
        partyCategory = v.partyCategory;
        partyCreditCode = v.partyCreditCode;
        itemCode = v.itemCode;
    }

    /** Whether the decision is still not public on {@code today}, past its due date (逾期). */
    public boolean overdueOn(LocalDate today) {
        return state == DisclosureState.RECEIVED && today.isAfter(dueDate);
    }
}
