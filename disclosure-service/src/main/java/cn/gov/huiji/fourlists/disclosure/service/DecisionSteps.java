package cn.gov.huiji.fourlists.disclosure.service;

import cn.gov.huiji.fourlists.disclosure.domain.Decision;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionAction;
import cn.gov.huiji.fourlists.disclosure.domain.DisclosureState;
import cn.gov.huiji.fourlists.disclosure.domain.DisclosureWorkflow;
import cn.gov.huiji.fourlists.kernel.problem.Problem;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * The legal section's steps on a received decision (Art. 8): 公示 after checking it holds no state or trade secret
 * and no personal privacy, 取消公示 and 恢复公示 with a reason. Each is a transition of {@link DisclosureWorkflow},
 * traced with its feed entry in the same transaction.
 */
@ApplicationScoped
public class DecisionSteps {

    private final DecisionCalendar calendar;
    private final DecisionTraces traces;

    public DecisionSteps(DecisionCalendar calendar, DecisionTraces traces) {
        this.calendar = calendar;
        this.traces = traces;
    }

    @Transactional
    public Decision publish(UUID id, Actor actor) {
        Decision d = Decision.lockById(id);
        DisclosureWorkflow.Transition t = transition(d, DecisionAction.PUBLISH, actor);
        stillWithinDisclosure(d, "published", "公示");
        d.publishedAt = DecisionIntake.now();
        d.publishedBy = actor.userId();
        return take(d, t, null, actor);
    }

    @Transactional
    public Decision cancel(UUID id, String reason, Actor actor) {
        Decision d = Decision.lockById(id);
        DisclosureWorkflow.Transition t = transition(d, DecisionAction.CANCEL, actor);
        d.cancelledAt = DecisionIntake.now();
        return take(d, t, reason(reason), actor);
    }

    @Transactional
    public Decision restore(UUID id, String reason, Actor actor) {
        Decision d = Decision.lockById(id);
        DisclosureWorkflow.Transition t = transition(d, DecisionAction.RESTORE, actor);
        String why = reason(reason);
        stillWithinDisclosure(d, "restored", "恢复公示");
        d.cancelledAt = null;
        return take(d, t, why, actor);
    }

    private Decision take(Decision d, DisclosureWorkflow.Transition t, String reason, Actor actor) {
        DisclosureState from = d.state;
        d.state = t.to();
        traces.record(actor, t.event(), d, t.action().name(), from, reason, t.change());
        return d;
    }

    /** On and after its 公示截止期 a decision is out of public view for good. */
    private void stillWithinDisclosure(Decision d, String what, String whatZh) {
        if (d.disclosureEnd != null && !calendar.today().isBefore(d.disclosureEnd)) {
            throw ProblemException.conflict("Decision " + d.id + " cannot be " + what + ": its disclosure ended on "
                    + d.disclosureEnd + " (公示截止期).", "该决定的公示截止期（" + d.disclosureEnd + "）已到，不能" + whatZh + "。");
        }
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "required", "理由必填");
        }
        if (reason.strip().length() > 2000) {
            throw ProblemException.invalid("reason", "at most 2000 characters", "理由最多2000个字符");
        }
        return reason.strip();
    }

    /**
     * The transition {@code action} takes from the decision's state: a 409 naming the allowed actions when there is
     * none, a 403 when the actor may not take it.
     */
    public static DisclosureWorkflow.Transition transition(Decision d, DecisionAction action, Actor actor) {
        DisclosureWorkflow.Transition t = DisclosureWorkflow.transition(d.state, action).orElseThrow(() -> new ProblemException(
                new Problem(Problem.TYPE_PREFIX + "conflict", "Conflict", "冲突", 409,
                        "A decision in state " + d.state + " cannot take the step " + action + ".",
                        "决定处于「" + d.state.nameZh + "」状态，不能执行该操作。", null, List.of(),
                        DisclosureWorkflow.allowed(d.state).stream().map(Enum::name).toList())));
        if (!DisclosureWorkflow.mayAct(t, actor)) {
            throw ProblemException.of(403, "forbidden", "Forbidden", "无权操作",
                    "The step " + action + " is for " + (t.roles().isEmpty() ? "the service itself" : String.join(", ", t.roles().stream().sorted().toList())) + ".",
                    "无权对该决定执行此操作。");
        }
        return t;
    }
}
