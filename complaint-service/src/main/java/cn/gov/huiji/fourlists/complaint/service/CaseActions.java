package cn.gov.huiji.fourlists.complaint.service;

import cn.gov.huiji.fourlists.complaint.domain.CaseAction;
import cn.gov.huiji.fourlists.complaint.domain.CaseState;
import cn.gov.huiji.fourlists.complaint.domain.CaseWorkflow;
import cn.gov.huiji.fourlists.complaint.domain.CaseWorkflow.Limit;
import cn.gov.huiji.fourlists.complaint.domain.CaseWorkflow.Transition;
import cn.gov.huiji.fourlists.complaint.domain.ComplaintCase;
import cn.gov.huiji.fourlists.complaint.domain.NotAcceptedReason;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents.CaseChanged;
import cn.gov.huiji.fourlists.kernel.problem.Problem;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/** Staff act on a case exactly as {@link CaseWorkflow} allows (R-CMP-4); the submitter gives feedback on the answer. */
@ApplicationScoped
public class CaseActions {

    /** What the actor says with the action; which fields a step needs is the workflow's {@link CaseWorkflow.Requirement}. */
    public record ActionInput(NotAcceptedReason reason, String text, String section, String publicAnswer, Integer extensionDays) {
    }

    private final CaseTraces caseTraces;
    private final CaseCalendar calendar;

    public CaseActions(CaseTraces caseTraces, CaseCalendar calendar) {
        this.caseTraces = caseTraces;
        this.calendar = calendar;
    }

    @Transactional
    public ComplaintCase act(String caseNo, CaseAction action, ActionInput input, Actor actor) {
        ComplaintCase c = ComplaintCase.lockByNumber(caseNo);
        Transition t = CaseWorkflow.transition(c.state, action).orElseThrow(() -> new ProblemException(new Problem(
                Problem.TYPE_PREFIX + "action-not-allowed", "Action not allowed", "当前状态不允许该操作", 409,
                "A case in state " + c.state + " cannot be " + action.path() + ".",
                "案件处于“" + c.state.nameZh + "”状态，不能执行该操作。", null, List.of(), CaseWorkflow.allowed(c.state))));
        if (!CaseWorkflow.mayAct(t, actor, c.section)) {
            throw ProblemException.of(403, "forbidden", "Forbidden", "无权操作",
                    "Only complaint handlers (and, for the answer, the assigned section) act on cases.",
                    "只有投诉举报处理人员（答复时还包括承办科室）可以办理案件。");
        }
        ActionInput in = input == null ? new ActionInput(null, null, null, null, null) : input;
        checkOnce(t, c);
        UnaryOperator<CaseChanged> extra = require(t, c, in);
        LocalDate today = calendar.today();
        switch (action) {
            case ACCEPT -> c.acceptedOn = today;
            case NOT_ACCEPT -> {
                c.notAcceptedReason = in.reason();
                c.decisionText = SubmittedText.neutralise(in.text());
                c.closedOn = today;
            }
            case ASSIGN -> c.section = in.section();
            case EXTEND -> {
                c.extendedDays = in.extensionDays();
                c.extensionReason = SubmittedText.neutralise(in.text());
                c.answerDue = c.answerDue.plusDays(in.extensionDays());
                c.warnedStep = null;
            }
            case ANSWER -> {
                c.publicAnswer = SubmittedText.neutralise(in.publicAnswer());
                c.answeredOn = today;
                c.feedbackSatisfied = null;
                c.feedbackText = null;
            }
            case CLOSE -> c.closedOn = today;
            case REOPEN -> {
                c.reopened = true;
                c.closedOn = null;
                c.warnedStep = null;
                c.overdueStep = null;
            }
        }
        if (t.starts() == Limit.ANSWER) {
            c.answerDue = today.plusDays(Limit.ANSWER.days); // calendar days: no holiday notice involved
        }
        c.state = t.to();
        caseTraces.record(actor, t.event(), c, extra);
        return c;
    }

    /** The submitter's feedback on the answer (satisfied or not, with text), once. */
    @Transactional
    public ComplaintCase feedback(String caseNo, String code, boolean satisfied, String text) {
        ComplaintCase.tracked(caseNo, code);
        ComplaintCase c = ComplaintCase.lockByNumber(caseNo);
        if ((c.state != CaseState.ANSWERED && c.state != CaseState.CLOSED) || c.feedbackSatisfied != null) {
            throw ProblemException.conflict("Feedback is given once, after the answer.", "答复后可评价一次。");
        }
        c.feedbackSatisfied = satisfied;
        c.feedbackText = SubmittedText.neutralise(text);
        caseTraces.record(Actor.ANONYMOUS, ComplaintEvents.CASE_FEEDBACK_GIVEN, c, e -> e.withSatisfied(satisfied));
        return c;
    }

    private static void checkOnce(Transition t, ComplaintCase c) {
        if (!t.once()) {
            return;
        }
        if (t.action() == CaseAction.EXTEND && c.extendedDays != null) {
            throw ProblemException.conflict("The time limit was already extended once.", "办理期限已延长过一次。");
        }
        if (t.action() == CaseAction.REOPEN && c.reopened) {
            throw ProblemException.conflict("Only a case the submitter was not satisfied with is reopened, and only once.",
                    "只有投诉举报人不满意的案件可以重新办理，且仅限一次。");
        }
    }

    /** Checks what the step must carry (the table's requirement); returns what its trace adds. */
    private static UnaryOperator<CaseChanged> require(Transition t, ComplaintCase c, ActionInput in) {
        switch (t.requirement()) {
            case NOT_ACCEPTED_REASON -> {
                if (in.reason() == null) {
                    throw ProblemException.invalid("reason", "give the reason from the fixed list", "请从规定的理由中选择不予受理的理由");
                }
                return e -> e.withReason(in.reason().name());
            }
            case SECTION -> {
                if (blank(in.section())) {
                    throw ProblemException.invalid("section", "name the section that handles the case", "请指定承办科室");
                }
                return UnaryOperator.identity();
            }
            case EXTENSION -> {
                int max = Limit.EXTENSION.days;
                if (in.extensionDays() == null || in.extensionDays() < 1 || in.extensionDays() > max) {
                    throw ProblemException.invalid("extensionDays", "between 1 and " + max + " days", "延长期限为1至" + max + "日");
                }
                if (blank(in.text())) {
                    throw ProblemException.invalid("text", "state the reason for the extension", "请说明延期理由");
                }
                return e -> e.withExtensionDays(in.extensionDays());
            }
            case PUBLIC_ANSWER -> {
                if (blank(in.publicAnswer())) {
                    throw ProblemException.invalid("publicAnswer", "the answer the submitter will read", "请填写向投诉举报人公开的答复");
                }
                return UnaryOperator.identity();
            }
            case UNSATISFIED_FEEDBACK -> {
                if (!Boolean.FALSE.equals(c.feedbackSatisfied)) {
                    throw ProblemException.conflict("Only a case the submitter was not satisfied with is reopened, and only once.",
                            "只有投诉举报人不满意的案件可以重新办理，且仅限一次。");
                }
                return UnaryOperator.identity();
            }
            default -> {
                return UnaryOperator.identity();
            }
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
