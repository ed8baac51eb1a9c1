package cn.gov.huiji.fourlists.complaint.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.gov.huiji.fourlists.complaint.domain.CaseAction.ACCEPT;
import static cn.gov.huiji.fourlists.complaint.domain.CaseAction.ANSWER;
import static cn.gov.huiji.fourlists.complaint.domain.CaseAction.ASSIGN;
import static cn.gov.huiji.fourlists.complaint.domain.CaseAction.CLOSE;
import static cn.gov.huiji.fourlists.complaint.domain.CaseAction.EXTEND;
import static cn.gov.huiji.fourlists.complaint.domain.CaseAction.NOT_ACCEPT;
import static cn.gov.huiji.fourlists.complaint.domain.CaseAction.REOPEN;
import static cn.gov.huiji.fourlists.complaint.domain.CaseState.ACCEPTED;
import static cn.gov.huiji.fourlists.complaint.domain.CaseState.ANSWERED;
import static cn.gov.huiji.fourlists.complaint.domain.CaseState.ASSIGNED;
import static cn.gov.huiji.fourlists.complaint.domain.CaseState.CLOSED;
import static cn.gov.huiji.fourlists.complaint.domain.CaseState.NOT_ACCEPTED;
import static cn.gov.huiji.fourlists.complaint.domain.CaseState.RECEIVED;

/**
 * The procedure of R-CMP-4 (Art. 9) in one table: RECEIVED → ACCEPTED or NOT_ACCEPTED (within 5 working days) →
 * ASSIGNED to a section → ANSWERED (within 60 days of acceptance, one extension of up to 30 days) → CLOSED; a closed
 * case the submitter was not satisfied with may be reopened once (back to ASSIGNED). Nothing else decides a transition.
 */
public final class CaseWorkflow {

    private static final Map<CaseState, Map<CaseAction, CaseState>> TABLE = Map.of(
            RECEIVED, Map.of(ACCEPT, ACCEPTED, NOT_ACCEPT, NOT_ACCEPTED),
            ACCEPTED, Map.of(ASSIGN, ASSIGNED, EXTEND, ACCEPTED),
            ASSIGNED, Map.of(ANSWER, ANSWERED, EXTEND, ASSIGNED, ASSIGN, ASSIGNED),
            ANSWERED, Map.of(CLOSE, CLOSED),
            CLOSED, Map.of(REOPEN, ASSIGNED),
            NOT_ACCEPTED, Map.of());

    private CaseWorkflow() {
    }

    public static Optional<CaseState> next(CaseState from, CaseAction action) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
    }

    public static List<String> allowed(CaseState from) {
        return TABLE.getOrDefault(from, Map.of()).keySet().stream().map(CaseAction::path).sorted().toList();
    }
}
