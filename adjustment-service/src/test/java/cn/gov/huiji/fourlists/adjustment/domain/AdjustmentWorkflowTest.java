package cn.gov.huiji.fourlists.adjustment.domain;

import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The five stages of Art. 26 as the one table says them, without booting anything: every step allowed, every other refused. */
class AdjustmentWorkflowTest {

    static final Map<RequestState, Map<RequestAction, RequestState>> LAW = Map.of(
            RequestState.DRAFT, Map.of(RequestAction.SUBMIT, RequestState.SUBMITTED),
            RequestState.SUBMITTED, Map.of(RequestAction.PASS_REVIEW, RequestState.STUDY, RequestAction.RETURN, RequestState.RETURNED),
            RequestState.RETURNED, Map.of(RequestAction.SUBMIT, RequestState.SUBMITTED),
            RequestState.STUDY, Map.of(RequestAction.APPROVE, RequestState.APPROVED, RequestAction.RETURN, RequestState.RETURNED),
            RequestState.APPROVED, Map.of(RequestAction.REPORT, RequestState.REPORTED),
            RequestState.REPORTED, Map.of(RequestAction.CONFIRM, RequestState.CONFIRMED, RequestAction.SEND_BACK, RequestState.RETURNED),
            RequestState.CONFIRMED, Map.of(RequestAction.PUBLISH, RequestState.PUBLISHED),
            RequestState.PUBLISHED, Map.of());

    @Test
    void everyStateAllowsExactlyTheStepsOfArticle26AndRefusesEveryOther() {
        int allowed = 0;
        for (RequestState state : RequestState.values()) {
            for (RequestAction action : RequestAction.values()) {
                RequestState expected = LAW.get(state).get(action);
                var t = AdjustmentWorkflow.transition(state, action);
                if (expected == null) {
                    assertTrue(t.isEmpty(), state + " must refuse " + action);
                } else {
                    assertEquals(expected, t.orElseThrow(() -> new AssertionError(state + " must allow " + action)).to());
                    assertTrue(AdjustmentWorkflow.allowed(state).contains(action));
                    allowed++;
                }
            }
        }
        assertEquals(10, allowed, "ten steps in all");
    }

    @Test
    void eachStepRecordsItsOwnPastTenseEventAndPublicationIsTheOneListServiceApplies() {
        for (var entry : LAW.entrySet()) {
            for (RequestAction action : entry.getValue().keySet()) {
                var event = AdjustmentWorkflow.transition(entry.getKey(), action).orElseThrow().event();
                assertTrue(event.name().startsWith("fourlists.adjustment.request.") && !event.name().endsWith("." + action.path()),
                        action + " records what happened, not the command: " + event.name());
            }
        }
        assertEquals(AdjustmentEvents.REQUEST_PUBLISHED, AdjustmentWorkflow.transition(RequestState.CONFIRMED, RequestAction.PUBLISH)
                .orElseThrow().event());
        assertEquals(List.of("list-service"), AdjustmentEvents.REQUEST_PUBLISHED.consumers());
    }

    @Test
    void nobodyReviewsOrPublishesTheirOwnRequestAndOnlyTheApplyingSectionSubmits() {
        var submit = AdjustmentWorkflow.transition(RequestState.DRAFT, RequestAction.SUBMIT).orElseThrow();
        var publish = AdjustmentWorkflow.transition(RequestState.CONFIRMED, RequestAction.PUBLISH).orElseThrow();
        Actor clerk = new Actor("clerk", List.of("clerk"), "hazchem");
        Actor legal = new Actor("legal", List.of("legal"), "legal");
        assertTrue(AdjustmentWorkflow.refusal(submit, clerk, "hazchem", "clerk").isEmpty());
        assertEquals(AdjustmentWorkflow.Refusal.OTHER_SECTION, AdjustmentWorkflow.refusal(submit, clerk, "general-supervision", "x").orElseThrow());
        assertEquals(AdjustmentWorkflow.Refusal.ROLE, AdjustmentWorkflow.refusal(publish, clerk, "hazchem", "clerk").orElseThrow());
        assertEquals(AdjustmentWorkflow.Refusal.OWN_REQUEST, AdjustmentWorkflow.refusal(publish, legal, "legal", "legal").orElseThrow());
        assertTrue(AdjustmentWorkflow.refusal(publish, legal, "hazchem", "clerk").isEmpty());
        // The author renamed in Keycloak is still the author: the subject (token sub) decides, not the user name.
        Actor renamed = new Actor("legal-zhang", List.of("legal"), "legal", "3f0c1b2a-sub-of-legal");
        assertEquals(AdjustmentWorkflow.Refusal.OWN_REQUEST,
                AdjustmentWorkflow.refusal(publish, renamed, "legal", "3f0c1b2a-sub-of-legal").orElseThrow());
        assertTrue(AdjustmentWorkflow.refusal(publish, new Actor("legal", List.of("legal"), "legal", "another-account"), "legal",
                "3f0c1b2a-sub-of-legal").isEmpty(), "a new account that took the old name is not the author");
    }
}
