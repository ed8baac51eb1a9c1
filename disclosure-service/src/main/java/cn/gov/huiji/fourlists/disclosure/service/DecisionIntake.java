package cn.gov.huiji.fourlists.disclosure.service;

import cn.gov.huiji.fourlists.disclosure.config.DisclosureConfig;
import cn.gov.huiji.fourlists.disclosure.domain.Decision;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionAction;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionKind;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionVersion;
import cn.gov.huiji.fourlists.disclosure.domain.DisclosureState;
import cn.gov.huiji.fourlists.disclosure.domain.DisclosureWorkflow;
import cn.gov.huiji.fourlists.disclosure.domain.IdType;
import cn.gov.huiji.fourlists.disclosure.domain.PartyCategory;
import cn.gov.huiji.fourlists.kernel.calendar.Deadline;
import cn.gov.huiji.fourlists.kernel.events.DisclosureEvents;
import cn.gov.huiji.fourlists.kernel.problem.Problem.FieldError;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Decisions in (Art. 8, R-LIST-11): a licensing or penalty decision from a case-handling system or the legal section
 * is checked field by field ({@link DecisionChecks}), against the list item it cites (published, in force on the
 * decision date, of the right category: {@link ItemProjection}) and, for a penalty with a severity, against the
 * item's discretion standard ({@link DiscretionCheck}); only then is anything written: the decision RECEIVED with its
 * due date (decision date + 7 working days) and 公示截止期, its first version, the trace. A correction is a new
 * version; the earlier stays as it was, with who, when and why.
 */
@ApplicationScoped
public class DecisionIntake {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ItemProjection items;
    private final DiscretionCheck discretion;
    private final DecisionCalendar calendar;
    private final DisclosurePeriods periods;
    private final PersonalNumbers numbers;
    private final DecisionTraces traces;

    public DecisionIntake(ItemProjection items, DiscretionCheck discretion, DecisionCalendar calendar, DisclosureConfig config,
                          PersonalNumbers numbers, DecisionTraces traces) {
        this.items = items;
        this.discretion = discretion;
        this.calendar = calendar;
        this.periods = new DisclosurePeriods(config); // the 公示截止期 rules, from their settings
        this.numbers = numbers;
        this.traces = traces;
    }

    @Transactional
    public Decision receive(LicensingInput in, Actor actor) {
        require(DecisionChecks.licensing(in, calendar.today(), DecisionChecks.Purpose.RECEIPT));
        ItemProjection.ItemVersion item = itemInForce(DecisionKind.LICENSING, in.itemCode(), in.decisionDate());
        unique(DecisionKind.LICENSING, in.documentNo().strip(), null);
        return receive(DecisionKind.LICENSING, licensingVersion(in, item), actor);
    }

    @Transactional
    public Decision receive(PenaltyInput in, Actor actor) {
        require(DecisionChecks.penalty(in, calendar.today(), DecisionChecks.Purpose.RECEIPT));
        ItemProjection.ItemVersion item = itemInForce(DecisionKind.PENALTY, in.itemCode(), in.decisionDate());
        unique(DecisionKind.PENALTY, in.documentNo().strip(), null);
        discretion.check(in);
        return receive(DecisionKind.PENALTY, penaltyVersion(in, item), actor);
    }

    private Decision receive(DecisionKind kind, Draft draft, Actor actor) {
        OffsetDateTime now = now();
        Decision d = new Decision();
        d.id = UUID.randomUUID();
        d.kind = kind;
        d.state = DisclosureState.RECEIVED;
        d.receivedAt = now;
        d.receivedBy = actor.userId();
        DecisionVersion v = draft.seal(d.id, 1, actor, null, now);
        d.takeOver(v);
        Deadline due = calendar.disclosureDue(d.decisionDate);
        d.dueDate = due.due();
        d.calendarVersion = due.calendarVersion();
        d.disclosureEnd = disclosureEnd(kind, v);
        d.persist();
        v.persist();
        traces.record(actor, DisclosureEvents.DECISION_RECEIVED, d, "RECEIVE", null, null, null);
        return d;
    }

    @Transactional
    public Decision correct(UUID id, LicensingInput in, Actor actor) {
        Decision d = Decision.lockById(id);
        DisclosureWorkflow.Transition t = DecisionSteps.transition(d, DecisionAction.CORRECT, actor);
        kind(d, DecisionKind.LICENSING);
        require(DecisionChecks.licensing(in, calendar.today(), DecisionChecks.Purpose.CORRECTION));
        ItemProjection.ItemVersion item = itemInForce(DecisionKind.LICENSING, in.itemCode(), in.decisionDate());
        unique(DecisionKind.LICENSING, in.documentNo().strip(), d.id);
        return correct(d, t, licensingVersion(in, item), in.reason().strip(), actor);
    }

    @Transactional
    public Decision correct(UUID id, PenaltyInput in, Actor actor) {
        Decision d = Decision.lockById(id);
        DisclosureWorkflow.Transition t = DecisionSteps.transition(d, DecisionAction.CORRECT, actor);
        kind(d, DecisionKind.PENALTY);
        require(DecisionChecks.penalty(in, calendar.today(), DecisionChecks.Purpose.CORRECTION));
        ItemProjection.ItemVersion item = itemInForce(DecisionKind.PENALTY, in.itemCode(), in.decisionDate());
        unique(DecisionKind.PENALTY, in.documentNo().strip(), d.id);
        discretion.check(in);
        return correct(d, t, penaltyVersion(in, item), in.reason().strip(), actor);
    }

    private Decision correct(Decision d, DisclosureWorkflow.Transition t, Draft draft, String reason, Actor actor) {
        DisclosureState from = d.state;
        DecisionVersion v = draft.seal(d.id, d.version + 1, actor, reason, now());
        LocalDate dateBefore = d.decisionDate;
        d.takeOver(v);
        if (!dateBefore.equals(d.decisionDate)) {
            // the 7 working days run from the decision date: a corrected date counts them again
            Deadline due = calendar.disclosureDue(d.decisionDate);
            d.dueDate = due.due();
            d.calendarVersion = due.calendarVersion();
            d.warnedAt = null;
            d.missedAt = null;
        }
        d.disclosureEnd = disclosureEnd(d.kind, v);
        d.state = t.to();
        v.persist();
        traces.record(actor, t.event(), d, t.action().name(), from, reason, t.change());
        return d;
    }

    private LocalDate disclosureEnd(DecisionKind kind, DecisionVersion v) {
        return periods.disclosureEnd(kind, v.decisionDate, v.penaltyKinds(), v.validTo);
    }

    /**
     * The version of the cited item in force at the end of the decision date: it must exist, be published (not
     * repealed) and be of the decision's kind — 行政处罚 in the POWER list for a penalty, 行政许可 in the POWER or
     * APPROVAL list for a licensing decision. A 400 naming itemCode, with the reason, otherwise.
     */
    ItemProjection.ItemVersion itemInForce(DecisionKind kind, String itemCode, LocalDate date) {
        String code = itemCode.strip();
        ItemProjection.ItemVersion v = items.inForceOn(code, date).orElse(null);
        if (v == null) {
            throw items.known(code)
                    ? ProblemException.invalid("itemCode", "item " + code + " was not yet in force on " + date,
                    "清单事项 " + code + " 在 " + date + " 尚未生效，不得作为决定依据")
                    : ProblemException.invalid("itemCode", "no item " + code + " has been published in the lists",
                    "清单中没有已公布的事项 " + code);
        }
        if (v.repealed()) {
            LocalDate since = BureauClock.dayOf(v.validFrom().toInstant());
            throw ProblemException.invalid("itemCode", "item " + code + " was repealed (已取消) from " + since
                            + ": on " + date + " it gave no power to decide",
                    "清单事项 " + code + " 已于 " + since + " 取消，" + date + " 作出的决定不得以其为依据");
        }
        if (!"PUBLISHED".equals(v.status())) {
            throw ProblemException.invalid("itemCode", "item " + code + " was not published on " + date + " (status " + v.status() + ")",
                    "清单事项 " + code + " 在 " + date + " 未处于公布状态");
        }
        Set<String> lists = kind == DecisionKind.PENALTY ? Set.of("POWER") : Set.of("POWER", "APPROVAL");
        if (!lists.contains(v.list()) || !kind.itemCategory().equals(v.category())) {
            throw ProblemException.invalid("itemCode", "item " + code + " is " + v.category() + " in the " + v.list()
                            + " list; a " + kind.name().toLowerCase() + " decision rests on a " + kind.itemCategory() + " item of the "
                            + String.join(" or ", lists.stream().sorted().toList()) + " list",
                    "清单事项 " + code + " 为" + v.list() + "清单中的「" + v.category() + "」事项，" + kind.nameZh
                            + "决定应以「" + kind.itemCategory() + "」事项为依据");
        }
        return v;
    }

    static void require(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            String fields = String.join(", ", errors.stream().map(FieldError::field).distinct().toList());
            throw ProblemException.invalid("The decision cannot be received as sent: " + fields + ".",
                    "决定信息有误，未予接收：" + fields + "。", errors);
        }
    }

    private static void kind(Decision d, DecisionKind expected) {
        if (d.kind != expected) {
            throw ProblemException.invalid("kind", "decision " + d.id + " is a " + d.kind + " decision",
                    "该决定为" + d.kind.nameZh + "决定");
        }
    }

    private static void unique(DecisionKind kind, String documentNo, UUID except) {
        Decision other = Decision.find("kind = ?1 and documentNo = ?2", kind, documentNo).firstResult();
        if (other != null && !other.id.equals(except)) {
            throw ProblemException.of(409, "duplicate-decision", "Decision already received", "决定已接收",
                    "A " + kind.name().toLowerCase() + " decision numbered " + documentNo + " was received already as " + other.id
                            + "; correct it with PUT /api/v1/decisions/" + other.id + ".",
                    "文号为 " + documentNo + " 的" + kind.nameZh + "决定已接收（" + other.id + "），如需更正请使用更正功能。");
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    // ------------------------------------------------------------------ versions

    /** A version before it is numbered and its certificate numbers sealed. */
    private final class Draft {
        final DecisionVersion v = new DecisionVersion();
        String personIdNumber;
        String legalRepresentativeIdNumber;

        DecisionVersion seal(UUID decisionId, int version, Actor actor, String reason, OffsetDateTime at) {
            v.id = UUID.randomUUID();
            v.decisionId = decisionId;
            v.version = version;
            v.recordedAt = at;
            v.recordedBy = actor.userId();
            v.reason = reason;
            v.personIdMasked = PersonalNumbers.mask(personIdNumber);
            v.legalRepresentativeIdMasked = PersonalNumbers.mask(legalRepresentativeIdNumber);
            Map<String, String> plain = new LinkedHashMap<>();
            if (personIdNumber != null) {
                plain.put("personIdNumber", personIdNumber);
            }
            if (legalRepresentativeIdNumber != null) {
                plain.put("legalRepresentativeIdNumber", legalRepresentativeIdNumber);
            }
            if (!plain.isEmpty()) {
                try {
                    PersonalNumbers.Sealed sealed = numbers.seal(decisionId, version, JSON.writeValueAsString(plain));
                    v.sealedKeyId = sealed.keyId();
                    v.sealedNonce = sealed.nonce();
                    v.sealedNumbers = sealed.ciphertext();
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("certificate numbers cannot be sealed", e);
                }
            }
            return v;
        }
    }

    private Draft party(String name, PartyCategory category, String creditCode, String legalRepresentative,
                        IdType legalRepresentativeIdType, String legalRepresentativeIdNumber, IdType personIdType,
                        String personIdNumber, String itemCode, ItemProjection.ItemVersion item) {
        Draft draft = new Draft();
        DecisionVersion v = draft.v;
        v.partyName = name.strip();
        v.partyCategory = category;
        v.partyCreditCode = trim(creditCode);
        v.legalRepresentative = trim(legalRepresentative);
        v.legalRepresentativeIdType = legalRepresentativeIdType;
        v.personIdType = category == PartyCategory.NATURAL_PERSON ? personIdType : null;
        draft.legalRepresentativeIdNumber = trim(legalRepresentativeIdNumber);
        draft.personIdNumber = category == PartyCategory.NATURAL_PERSON ? trim(personIdNumber) : null;
        v.itemCode = itemCode.strip();
        v.itemVersion = item.version();
        return draft;
    }

    private Draft licensingVersion(LicensingInput in, ItemProjection.ItemVersion item) {
        Draft draft = party(in.partyName(), in.partyCategory(), in.partyCreditCode(), in.legalRepresentative(),
                in.legalRepresentativeIdType(), in.legalRepresentativeIdNumber(), in.personIdType(), in.personIdNumber(),
                in.itemCode(), item);
        DecisionVersion v = draft.v;
        v.documentName = in.documentName().strip();
        v.documentNo = in.documentNo().strip();
        v.licenceCategory = in.licenceCategory();
        v.certificateName = trim(in.certificateName());
        v.licenceNo = trim(in.licenceNo());
        v.content = in.content().strip();
        v.decisionDate = in.decisionDate();
        v.validFrom = in.validFrom();
        v.validTo = in.validTo();
        v.remarks = trim(in.remarks());
        return draft;
    }

    private Draft penaltyVersion(PenaltyInput in, ItemProjection.ItemVersion item) {
        Draft draft = party(in.partyName(), in.partyCategory(), in.partyCreditCode(), in.legalRepresentative(),
                in.legalRepresentativeIdType(), in.legalRepresentativeIdNumber(), in.personIdType(), in.personIdNumber(),
                in.itemCode(), item);
        DecisionVersion v = draft.v;
        v.documentNo = in.documentNo().strip();
        v.violationType = in.violationType().strip();
        v.facts = in.facts().strip();
        v.basis = in.basis().strip();
        v.penaltyKinds(in.penaltyKinds());
        v.content = in.content().strip();
        v.fineYuan = in.fineYuan() == null || in.fineYuan().signum() == 0 ? null : in.fineYuan();
        v.confiscatedYuan = in.confiscatedYuan() == null || in.confiscatedYuan().signum() == 0 ? null : in.confiscatedYuan();
        v.licenceSuspendedOrRevoked = trim(in.licenceSuspendedOrRevoked());
        v.decisionDate = in.decisionDate();
        v.validUntil = in.validUntil();
        v.severity = in.severity();
        v.remarks = trim(in.remarks());
        return draft;
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
