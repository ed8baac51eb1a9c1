package cn.gov.huiji.fourlists.disclosure.domain;

import cn.gov.huiji.fourlists.kernel.events.DisclosureEvents;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Art. 8: who may move a decision's disclosure where, in the one table. */
class DisclosureWorkflowTest {

    static final Actor LEGAL = new Actor("legal-1", List.of("legal"), "legal");
    static final Actor CASE_SYSTEM = new Actor("case-system", List.of("integration"), null);

    @Test
    void onlyTheLegalSectionPublishesCancelsAndRestores() {
        for (var step : List.of(DisclosureWorkflow.transition(DisclosureState.RECEIVED, DecisionAction.PUBLISH).orElseThrow(),
                DisclosureWorkflow.transition(DisclosureState.PUBLISHED, DecisionAction.CANCEL).orElseThrow(),
                DisclosureWorkflow.transition(DisclosureState.CANCELLED, DecisionAction.RESTORE).orElseThrow())) {
            assertTrue(DisclosureWorkflow.mayAct(step, LEGAL), step.action() + " is the legal section's");
            assertFalse(DisclosureWorkflow.mayAct(step, CASE_SYSTEM), step.action() + " is not the case system's");
        }
    }

    @Test
    void aCorrectionOfAPublicDecisionRepublishesItAndOfAReceivedOneChangesNoPublicView() {
        var published = DisclosureWorkflow.transition(DisclosureState.PUBLISHED, DecisionAction.CORRECT).orElseThrow();
        assertEquals(DisclosureState.PUBLISHED, published.to());
        assertEquals(DisclosureChange.CORRECTED, published.change());
        assertTrue(published.reason());
        assertTrue(DisclosureWorkflow.mayAct(published, CASE_SYSTEM));
        assertEquals(null, DisclosureWorkflow.transition(DisclosureState.RECEIVED, DecisionAction.CORRECT).orElseThrow().change());
    }

    @Test
    void onlyThePublicDecisionExpiresAndOnlyTheServiceExpiresIt() {
        var expire = DisclosureWorkflow.transition(DisclosureState.PUBLISHED, DecisionAction.EXPIRE).orElseThrow();
        assertEquals(DisclosureEvents.DECISION_EXPIRED, expire.event());
        assertTrue(DisclosureWorkflow.mayAct(expire, Actor.SYSTEM));
        assertFalse(DisclosureWorkflow.mayAct(expire, LEGAL));
        assertTrue(DisclosureWorkflow.transition(DisclosureState.EXPIRED, DecisionAction.RESTORE).isEmpty(), "expired is final");
        assertTrue(DisclosureWorkflow.allowed(DisclosureState.EXPIRED).isEmpty());
    }
}
