package cn.gov.huiji.fourlists.audit.oversight.domain;

import cn.gov.huiji.fourlists.kernel.events.AuditEvents;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The life of an accountability record (问责, Art. 29, 31): changed only before its decision, every change an event. */
class AccountabilityWorkflowTest {

    @Test
    void aRecordedCaseMayBeRevisedDecidedOrWithdrawnEachWithItsEvent() {
        assertEquals(AccountabilityState.RECORDED, AccountabilityWorkflow.INITIAL);
        assertEquals(AuditEvents.ACCOUNTABILITY_RECORDED, AccountabilityWorkflow.RECORDED);
        var revise = AccountabilityWorkflow.transition(AccountabilityState.RECORDED, AccountabilityWorkflow.Action.REVISE).orElseThrow();
        assertEquals(AccountabilityState.RECORDED, revise.to());
        assertEquals(AuditEvents.ACCOUNTABILITY_REVISED, revise.event());
        var decide = AccountabilityWorkflow.transition(AccountabilityState.RECORDED, AccountabilityWorkflow.Action.DECIDE).orElseThrow();
        assertEquals(AccountabilityState.DECIDED, decide.to());
        assertEquals(AuditEvents.ACCOUNTABILITY_DECIDED, decide.event());
        var withdraw = AccountabilityWorkflow.transition(AccountabilityState.RECORDED, AccountabilityWorkflow.Action.WITHDRAW).orElseThrow();
        assertEquals(AccountabilityState.WITHDRAWN, withdraw.to());
        assertEquals(AuditEvents.ACCOUNTABILITY_REVISED, withdraw.event(), "the kernel has no withdrawal event: a revision says WITHDRAWN");
    }

    @Test
    void aDecidedOrWithdrawnRecordIsNeverChanged() {
        for (AccountabilityState end : List.of(AccountabilityState.DECIDED, AccountabilityState.WITHDRAWN)) {
            assertEquals(List.of(), AccountabilityWorkflow.allowed(end), end + " allows nothing");
            for (AccountabilityWorkflow.Action a : AccountabilityWorkflow.Action.values()) {
                assertTrue(AccountabilityWorkflow.transition(end, a).isEmpty(), a + " must be refused in " + end);
            }
        }
    }
}
