package cn.gov.huiji.fourlists.disclosure.domain;

import cn.gov.huiji.fourlists.kernel.contract.PenaltyKind;
import cn.gov.huiji.fourlists.kernel.contract.Severity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One version of a decision as received or corrected, kept as recorded (the table refuses updates and deletes): who,
 * when and why. The certificate numbers of a natural person and of a legal representative are sealed
 * ({@code sealed*}, opened only by {@code PersonalNumbers}); only their masked forms are readable here, and only those
 * are ever shown.
 */
@Entity
@Table(name = "decision_version")
public class DecisionVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "decision_id", nullable = false)
    public UUID decisionId;

    @Column(nullable = false)
    public int version;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /** Why it was corrected; null for the version received. */
    public String reason;

    // ---- 行政相对人 (XK_XDR_* / CF_XDR_*)
    @Column(name = "party_name", nullable = false)
    public String partyName;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_category", nullable = false)
    public PartyCategory partyCategory;

    @Column(name = "party_credit_code")
    public String partyCreditCode;

    @Column(name = "legal_representative")
    public String legalRepresentative;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_representative_id_type")
    public IdType legalRepresentativeIdType;

    @Column(name = "legal_representative_id_masked")
    public String legalRepresentativeIdMasked;

    @Enumerated(EnumType.STRING)
    @Column(name = "person_id_type")
    public IdType personIdType;

    @Column(name = "person_id_masked")
    public String personIdMasked;

    @Column(name = "sealed_key_id")
    public String sealedKeyId;

    @Column(name = "sealed_nonce")
    public byte[] sealedNonce;

    @Column(name = "sealed_numbers")
    public byte[] sealedNumbers;

    // ---- the decision
    @Column(name = "document_name")
    public String documentName;

    @Column(name = "document_no", nullable = false)
    public String documentNo;

    @Column(nullable = false)
    public String content;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    /** The version of the list item in force on the decision date. */
    @Column(name = "item_version", nullable = false)
    public int itemVersion;

    public String remarks;

    // ---- licensing (XK_*)
    @Enumerated(EnumType.STRING)
    @Column(name = "licence_category")
    public LicenceCategory licenceCategory;

    @Column(name = "certificate_name")
    public String certificateName;

    @Column(name = "licence_no")
    public String licenceNo;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    /** 有效期至; 2099-12-31 means 长期. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    // ---- penalty (CF_*)
    @Column(name = "violation_type")
    public String violationType;

    public String facts;

    public String basis;

    /** The kinds as their names, comma-separated; read them with {@link #penaltyKinds()}. */
    @Column(name = "penalty_kinds")
    public String penaltyKindNames;

    @Column(name = "fine_yuan")
    public BigDecimal fineYuan;

    @Column(name = "confiscated_yuan")
    public BigDecimal confiscatedYuan;

    @Column(name = "licence_suspended_or_revoked")
    public String licenceSuspendedOrRevoked;

    /** 处罚有效期. */
    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    public List<PenaltyKind> penaltyKinds() {
        if (penaltyKindNames == null || penaltyKindNames.isBlank()) {
            return List.of();
        }
        return Arrays.stream(penaltyKindNames.split(",")).map(PenaltyKind::valueOf).toList();
    }

    public void penaltyKinds(List<PenaltyKind> kinds) {
        penaltyKindNames = kinds == null || kinds.isEmpty() ? null
                : kinds.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** Every version of a decision, oldest first. */
    public static List<DecisionVersion> of(UUID decisionId) {
        return list("decisionId = ?1 order by version", decisionId);
    }

    /** One version of a decision, or null. */
    public static DecisionVersion of(UUID decisionId, int version) {
        return find("decisionId = ?1 and version = ?2", decisionId, version).firstResult();
    }
}
