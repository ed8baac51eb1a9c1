package cn.gov.huiji.fourlists.audit.oversight.service;

import cn.gov.huiji.fourlists.audit.oversight.domain.Accountability;
import cn.gov.huiji.fourlists.audit.oversight.domain.AccountabilityState;
import cn.gov.huiji.fourlists.audit.oversight.domain.AccountabilityWorkflow;
import cn.gov.huiji.fourlists.audit.oversight.domain.Card;
import cn.gov.huiji.fourlists.kernel.events.AuditEvents;
import cn.gov.huiji.fourlists.kernel.events.EventType;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.problem.Problem;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Accountability records (问责, Art. 29: 视情节轻重追究科室（队）和责任人的责任; Art. 31): recorded, revised, decided or
 * withdrawn by the discipline group, each change traced in the same transaction (全程留痕).
 */
@ApplicationScoped
public class AccountabilityService {

    /** What the discipline group enters; the service checks the measure, the cards and the findings it names. */
    public record Input(String section, String person, String facts, List<UUID> findings, List<String> cards, String basis,
                        String measure) {
    }

    private final TraceRecorder traces;
    private final Measures measures;
    private final CardQueries cards;
    private final FindingCounts findings;
    private final EntityManager em;
    private final Clock clock;

    public AccountabilityService(TraceRecorder traces, Measures measures, CardQueries cards, FindingCounts findings,
                                 EntityManager em, Clock clock) {
        this.traces = traces;
        this.measures = measures;
        this.cards = cards;
        this.findings = findings;
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public Accountability record(Input input, Actor actor) {
        check(input);
        Accountability a = new Accountability();
        a.id = UUID.randomUUID();
        a.state = AccountabilityWorkflow.INITIAL;
        apply(a, input);
        a.recordedBy = actor.userId();
        a.recordedAt = now();
        a.updatedAt = a.recordedAt;
        a.persist();
        trace(actor, AccountabilityWorkflow.RECORDED, a);
        return a;
    }

    @Transactional
    public Accountability revise(UUID id, Input input, Actor actor) {
        Accountability a = locked(id);
        AccountabilityWorkflow.Transition t = allowed(a, AccountabilityWorkflow.Action.REVISE);
        check(input);
        apply(a, input);
        return moved(a, t, actor);
    }

    @Transactional
    public Accountability decide(UUID id, LocalDate decisionDate, String decisionDocument, Actor actor) {
        Accountability a = locked(id);
        AccountabilityWorkflow.Transition t = allowed(a, AccountabilityWorkflow.Action.DECIDE);
        if (decisionDate.isAfter(BureauClock.today(clock))) {
            throw ProblemException.invalid("decisionDate", "must not be in the future", "决定日期不能晚于今天");
        }
        a.decisionDate = decisionDate;
        a.decisionDocument = decisionDocument.strip();
        return moved(a, t, actor);
    }

    @Transactional
    public Accountability withdraw(UUID id, Actor actor) {
        Accountability a = locked(id);
        return moved(a, allowed(a, AccountabilityWorkflow.Action.WITHDRAW), actor);
    }

    public Accountability byId(UUID id) {
        Accountability a = Accountability.findById(id);
        if (a == null) {
            throw ProblemException.notFound("Accountability record", "问责记录", id.toString());
        }
        return a;
    }

    /** Records of one section, or of all when {@code section} is empty; newest first. */
    public List<Accountability> list(Optional<String> section) {
        Sort newest = Sort.by("recordedAt", Sort.Direction.Descending).and("id");
        return section.<List<Accountability>>map(s -> Accountability.list("section", newest, s))
                .orElseGet(() -> Accountability.listAll(newest));
    }

    private Accountability locked(UUID id) {
        Accountability a = em.find(Accountability.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw ProblemException.notFound("Accountability record", "问责记录", id.toString());
        }
        return a;
    }

    private static AccountabilityWorkflow.Transition allowed(Accountability a, AccountabilityWorkflow.Action action) {
        return AccountabilityWorkflow.transition(a.state, action).orElseThrow(() -> {
            List<String> allowed = AccountabilityWorkflow.allowed(a.state).stream().map(Enum::name).toList();
            return new ProblemException(new Problem(Problem.TYPE_PREFIX + "action-not-allowed", "Action not allowed",
                    "当前状态不允许此操作", 409,
                    "An accountability record in state " + a.state + " cannot be changed by " + action + "; allowed: " + allowed
                            + ". A decided or withdrawn record stays as it is.",
                    "问责记录当前为“" + a.state.nameZh + "”，不能执行该操作；允许的操作：" + allowed + "。已决定或已撤销的问责记录不再修改。",
                    null, List.of(), allowed));
        });
    }

    private Accountability moved(Accountability a, AccountabilityWorkflow.Transition t, Actor actor) {
        a.state = t.to();
        a.updatedAt = now();
        trace(actor, t.event(), a);
        return a;
    }

    private void trace(Actor actor, EventType<AuditEvents.AccountabilityChanged> type, Accountability a) {
        traces.record(actor, type, a.id, new AuditEvents.AccountabilityChanged(a.id, a.state.name(), a.section, a.person,
                a.measure, a.basis, a.facts, List.of(a.findings), List.of(a.cards), a.decisionDate, a.decisionDocument));
    }

    private static void apply(Accountability a, Input input) {
        a.section = input.section();
        a.person = blankToNull(input.person());
        a.facts = input.facts().strip();
        a.basis = input.basis().strip();
        a.measure = input.measure();
        a.findings = input.findings() == null ? new UUID[0] : new LinkedHashSet<>(input.findings()).toArray(UUID[]::new);
        a.cards = input.cards() == null ? new String[0] : new LinkedHashSet<>(input.cards()).toArray(String[]::new);
    }

    /** The measure is known, and the facts it names exist: cards derived from the traces, findings of spot checks. */
    private void check(Input input) {
        measures.require(input.measure());
        if (input.cards() != null && !input.cards().isEmpty()) {
            Set<String> known = cards.all().stream().map(Card::id).collect(Collectors.toSet());
            List<String> unknown = input.cards().stream().filter(c -> !known.contains(c)).distinct().toList();
            if (!unknown.isEmpty()) {
                throw ProblemException.of(422, "unknown-card", "Unknown card", "监察记录不存在",
                        "No card derived from the traces has the id " + unknown + ".", "痕迹中不存在编号为 " + unknown + " 的黄牌或红牌。");
            }
        }
        if (input.findings() != null && !input.findings().isEmpty()) {
            Set<UUID> unknown = new LinkedHashSet<>(input.findings());
            unknown.removeAll(findings.existing(input.findings()));
            if (!unknown.isEmpty()) {
                throw ProblemException.of(422, "unknown-finding", "Unknown finding", "抽查发现不存在",
                        "No spot-check finding has the id " + unknown + ".", "不存在编号为 " + unknown + " 的抽查发现。");
            }
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
