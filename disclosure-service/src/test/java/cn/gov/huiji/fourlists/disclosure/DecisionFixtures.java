package cn.gov.huiji.fourlists.disclosure;

import cn.gov.huiji.fourlists.disclosure.domain.Decision;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionKind;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionVersion;
import cn.gov.huiji.fourlists.disclosure.domain.DisclosureChange;
import cn.gov.huiji.fourlists.disclosure.domain.DisclosureState;
import cn.gov.huiji.fourlists.disclosure.domain.IdType;
import cn.gov.huiji.fourlists.disclosure.domain.LicenceCategory;
import cn.gov.huiji.fourlists.disclosure.domain.PartyCategory;
import cn.gov.huiji.fourlists.disclosure.service.DisclosurePeriods;
import cn.gov.huiji.fourlists.disclosure.service.PersonalNumbers;
import cn.gov.huiji.fourlists.kernel.contract.PenaltyKind;
import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Decisions as the intake and the legal section leave them, written straight into the tables with chosen times, so
 * that the public reads, the feed, asOf and the scans can be checked against a known history.
 */
final class DecisionFixtures {

    static final String PERSON_NUMBER = "410108198001011234";
    static final String REPRESENTATIVE_NUMBER = "41010819750505432X";
    /** A valid 统一社会信用代码 (GB 32100, the domain notes' example). */
    static final String CREDIT_CODE = "91350100M000100Y43";

    private DecisionFixtures() {
    }

    /** 09:00 on a day in Beijing. */
    static OffsetDateTime at(LocalDate day) {
        return day.atTime(9, 0).atZone(BureauClock.ZONE).toOffsetDateTime();
    }

    /** A penalty of 2000元 to a company, received (version 1 recorded at 09:00 on its decision date). */
    static UUID penalty(String documentNo, String partyName, LocalDate decisionDate, LocalDate disclosureEnd) {
        return penalty(documentNo, partyName, decisionDate, disclosureEnd, v -> { });
    }

    static UUID penalty(String documentNo, String partyName, LocalDate decisionDate, LocalDate disclosureEnd,
                        Consumer<DecisionVersion> adjust) {
        DecisionVersion v = base(documentNo, partyName, decisionDate);
        v.violationType = "未按规定对从业人员进行安全生产教育和培训";
        v.facts = "经查，该公司未按规定对新上岗从业人员进行安全生产教育和培训。";
        v.basis = "《中华人民共和国安全生产法》第九十七条";
        v.penaltyKinds(List.of(PenaltyKind.FINE));
        v.content = "罚款2000元";
        v.fineYuan = new BigDecimal("2000.00");
        v.validUntil = decisionDate.plusDays(7);
        v.itemCode = "410108-AJ-CF-001";
        adjust.accept(v);
        return receive(DecisionKind.PENALTY, v, disclosureEnd);
    }

    /** A long-term licence to a company, received. */
    static UUID licensing(String documentNo, String partyName, LocalDate decisionDate, LocalDate disclosureEnd) {
        DecisionVersion v = base(documentNo, partyName, decisionDate);
        v.documentName = "危险化学品经营许可决定书";
        v.licenceCategory = LicenceCategory.GENERAL;
        v.certificateName = "危险化学品经营许可证";
        v.licenceNo = "豫郑惠危化经字〔2026〕" + documentNo.hashCode();
        v.content = "准予危险化学品经营许可（不带储存设施）";
        v.validFrom = decisionDate;
        v.validTo = DisclosurePeriods.INDEFINITE;
        v.itemCode = "410108-AJ-XK-001";
        return receive(DecisionKind.LICENSING, v, disclosureEnd);
    }

    /** The party becomes a natural person with a certificate number (stored masked, as the intake keeps it). */
    static void naturalPerson(DecisionVersion v) {
        v.partyCategory = PartyCategory.NATURAL_PERSON;
        v.partyCreditCode = null;
        v.legalRepresentative = null;
        v.legalRepresentativeIdType = null;
        v.legalRepresentativeIdMasked = null;
        v.personIdType = IdType.ID_CARD;
        v.personIdMasked = PersonalNumbers.mask(PERSON_NUMBER);
    }

    private static DecisionVersion base(String documentNo, String partyName, LocalDate decisionDate) {
        DecisionVersion v = new DecisionVersion();
        v.partyName = partyName;
        v.partyCategory = PartyCategory.LEGAL_ENTITY;
        v.partyCreditCode = CREDIT_CODE;
        v.legalRepresentative = "李某";
        v.legalRepresentativeIdType = IdType.ID_CARD;
        v.legalRepresentativeIdMasked = PersonalNumbers.mask(REPRESENTATIVE_NUMBER);
        v.documentNo = documentNo;
        v.decisionDate = decisionDate;
        v.itemVersion = 1;
        return v;
    }

    private static UUID receive(DecisionKind kind, DecisionVersion v, LocalDate disclosureEnd) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            Decision d = new Decision();
            d.id = id;
            d.kind = kind;
            d.state = DisclosureState.RECEIVED;
            d.dueDate = v.decisionDate.plusDays(9);
            d.calendarVersion = "cal-r0";
            d.disclosureEnd = disclosureEnd;
            d.receivedAt = at(v.decisionDate);
            d.receivedBy = "integration-client";
            v.id = UUID.randomUUID();
            v.decisionId = id;
            v.version = 1;
            v.recordedAt = at(v.decisionDate);
            v.recordedBy = "integration-client";
            d.takeOver(v);
            d.persist();
            v.persist();
        });
        return id;
    }

    /** The due date and its calendar, as the intake counted them. */
    static void due(UUID id, LocalDate due) {
        QuarkusTransaction.requiringNew().run(() -> Decision.<Decision>findById(id).dueDate = due);
    }

    /** A step of the legal section or a scan on a day: the state it leads to and its change-feed entry. */
    static void step(UUID id, DisclosureChange change, DisclosureState to, OffsetDateTime when) {
        QuarkusTransaction.requiringNew().run(() -> {
            Decision d = Decision.findById(id);
            d.state = to;
            if (change == DisclosureChange.PUBLISHED || change == DisclosureChange.RESTORED) {
                d.publishedAt = when;
                d.publishedBy = "legal";
            }
            Decision.getEntityManager().createNativeQuery("insert into disclosure_change (decision_id, kind, change, at) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, id).setParameter(2, d.kind.name()).setParameter(3, change.name()).setParameter(4, when)
                    .executeUpdate();
        });
    }

    static void publish(UUID id, LocalDate day) {
        step(id, DisclosureChange.PUBLISHED, DisclosureState.PUBLISHED, at(day));
    }

    /** A correction: a new version with other content, recorded at {@code when}; a public decision is republished. */
    static void correct(UUID id, String content, OffsetDateTime when) {
        QuarkusTransaction.requiringNew().run(() -> {
            Decision d = Decision.findById(id);
            DecisionVersion before = DecisionVersion.of(id, d.version);
            DecisionVersion v = new DecisionVersion();
            v.id = UUID.randomUUID();
            v.decisionId = id;
            v.version = before.version + 1;
            v.recordedAt = when;
            v.recordedBy = "legal";
            v.reason = "依原件更正";
            v.partyName = before.partyName;
            v.partyCategory = before.partyCategory;
            v.partyCreditCode = before.partyCreditCode;
            v.legalRepresentative = before.legalRepresentative;
            v.legalRepresentativeIdType = before.legalRepresentativeIdType;
            v.legalRepresentativeIdMasked = before.legalRepresentativeIdMasked;
            v.personIdType = before.personIdType;
            v.personIdMasked = before.personIdMasked;
            v.documentName = before.documentName;
            v.documentNo = before.documentNo;
            v.content = content;
            v.decisionDate = before.decisionDate;
            v.itemCode = before.itemCode;
            v.itemVersion = before.itemVersion;
            v.violationType = before.violationType;
            v.facts = before.facts;
            v.basis = before.basis;
            v.penaltyKindNames = before.penaltyKindNames;
            v.fineYuan = before.fineYuan;
            v.validUntil = before.validUntil;
            v.licenceCategory = before.licenceCategory;
            v.certificateName = before.certificateName;
            v.licenceNo = before.licenceNo;
            v.validFrom = before.validFrom;
            v.validTo = before.validTo;
            v.persist();
            d.takeOver(v);
            if (d.state == DisclosureState.PUBLISHED) {
                Decision.getEntityManager().createNativeQuery("insert into disclosure_change (decision_id, kind, change, at) values (?1, ?2, ?3, ?4)")
                        .setParameter(1, id).setParameter(2, d.kind.name()).setParameter(3, DisclosureChange.CORRECTED.name())
                        .setParameter(4, when).executeUpdate();
            }
        });
    }

    static Decision decision(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Decision.findById(id));
    }

    /** The newest cursor of the change feed now. */
    static long lastCursor() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Decision.getEntityManager()
                .createNativeQuery("select coalesce(max(cursor), 0) from disclosure_change").getSingleResult()).longValue());
    }
}
