package cn.gov.huiji.fourlists.complaint.domain;

import cn.gov.huiji.fourlists.complaint.domain.CaseWorkflow.Limit;
import cn.gov.huiji.fourlists.complaint.domain.CaseWorkflow.Requirement;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Art. 9's procedure (R-CMP-4) as the one table says it, without booting anything: every step allowed, every other refused. */
class CaseWorkflowTest {

    /** The procedure as the law reads: state → action → next state. */
    static final Map<CaseState, Map<CaseAction, CaseState>> LAW = Map.of(
            CaseState.RECEIVED, Map.of(CaseAction.ACCEPT, CaseState.ACCEPTED, CaseAction.NOT_ACCEPT, CaseState.NOT_ACCEPTED),
            CaseState.ACCEPTED, Map.of(CaseAction.ASSIGN, CaseState.ASSIGNED, CaseAction.EXTEND, CaseState.ACCEPTED),
            CaseState.ASSIGNED, Map.of(CaseAction.ASSIGN, CaseState.ASSIGNED, CaseAction.EXTEND, CaseState.ASSIGNED,
                    CaseAction.ANSWER, CaseState.ANSWERED),
            CaseState.ANSWERED, Map.of(CaseAction.CLOSE, CaseState.CLOSED),
            CaseState.CLOSED, Map.of(CaseAction.REOPEN, CaseState.ASSIGNED),
            CaseState.NOT_ACCEPTED, Map.of());

    static final Actor HANDLER = new Actor("handler", List.of("complaint-handler"), "office");
    static final Actor HAZCHEM_CLERK = new Actor("clerk", List.of("clerk"), "hazchem");

    @Test
    void everyStateAllowsExactlyTheStepsOfTheProcedureAndRefusesEveryOther() {
        int allowed = 0, refused = 0;
        for (CaseState state : CaseState.values()) {
            for (CaseAction action : CaseAction.values()) {
                CaseState expected = LAW.get(state).get(action);
                var t = CaseWorkflow.transition(state, action);
                if (expected == null) {
                    assertTrue(t.isEmpty(), state + " must refuse " + action);
                    assertFalse(CaseWorkflow.allowed(state).contains(action.path()), state + " must not list " + action);
                    refused++;
                } else {
                    assertEquals(expected, t.orElseThrow(() -> new AssertionError(state + " must allow " + action)).to(),
                            state + " + " + action);
                    assertTrue(CaseWorkflow.allowed(state).contains(action.path()));
                    allowed++;
                }
            }
        }
        assertEquals(9, allowed, "nine steps in all");
        assertEquals(CaseState.values().length * CaseAction.values().length - 9, refused);
    }

    @Test
    void theTimeLimitsAreFiveWorkingDaysToAcceptSixtyDaysToAnswerAndOneExtensionOfThirty() {
        assertEquals(5, Limit.ACCEPT.days);
        assertTrue(Limit.ACCEPT.workingDays);
        assertEquals(60, Limit.ANSWER.days);
        assertFalse(Limit.ANSWER.workingDays, "the answer's limit counts calendar days");
        assertEquals(30, Limit.EXTENSION.days);
        assertEquals(Limit.ANSWER, step(CaseState.RECEIVED, CaseAction.ACCEPT).starts(), "acceptance starts the answer's limit");
        assertEquals(Limit.ANSWER, step(CaseState.CLOSED, CaseAction.REOPEN).starts(), "a reopening starts it again");
        assertEquals(Limit.EXTENSION, step(CaseState.ASSIGNED, CaseAction.EXTEND).starts());
    }

    @Test
    void theExtensionAndTheReopeningHappenOnceAndEachStepNamesWhatItNeeds() {
        assertTrue(step(CaseState.ACCEPTED, CaseAction.EXTEND).once());
        assertTrue(step(CaseState.CLOSED, CaseAction.REOPEN).once());
        assertFalse(step(CaseState.ASSIGNED, CaseAction.ASSIGN).once(), "a case may be reassigned");
        assertEquals(Requirement.NOT_ACCEPTED_REASON, step(CaseState.RECEIVED, CaseAction.NOT_ACCEPT).requirement());
        assertEquals(Requirement.SECTION, step(CaseState.ACCEPTED, CaseAction.ASSIGN).requirement());
        assertEquals(Requirement.EXTENSION, step(CaseState.ASSIGNED, CaseAction.EXTEND).requirement());
        assertEquals(Requirement.PUBLIC_ANSWER, step(CaseState.ASSIGNED, CaseAction.ANSWER).requirement());
        assertEquals(Requirement.UNSATISFIED_FEEDBACK, step(CaseState.CLOSED, CaseAction.REOPEN).requirement());
        assertEquals(ComplaintEvents.CASE_NOT_ACCEPTED, step(CaseState.RECEIVED, CaseAction.NOT_ACCEPT).event());
        assertEquals(ComplaintEvents.CASE_REOPENED, step(CaseState.CLOSED, CaseAction.REOPEN).event());
    }

    @Test
    void handlersActOnEveryStepAndTheAssignedSectionOnlyAnswers() {
        for (var entry : LAW.entrySet()) {
            for (CaseAction action : entry.getValue().keySet()) {
                var t = step(entry.getKey(), action);
                assertTrue(CaseWorkflow.mayAct(t, HANDLER, "hazchem"), "a handler may " + action);
                assertEquals(action == CaseAction.ANSWER, CaseWorkflow.mayAct(t, HAZCHEM_CLERK, "hazchem"),
                        "the assigned section's clerk and " + action);
            }
        }
        assertFalse(CaseWorkflow.mayAct(step(CaseState.ASSIGNED, CaseAction.ANSWER), HAZCHEM_CLERK, "general-supervision"),
                "another section does not answer");
        assertFalse(CaseWorkflow.mayAct(step(CaseState.ASSIGNED, CaseAction.ANSWER), HAZCHEM_CLERK, null));
    }

    static CaseWorkflow.Transition step(CaseState state, CaseAction action) {
        return CaseWorkflow.transition(state, action).orElseThrow();
    }
}
