package cn.gov.huiji.fourlists.complaint;

import cn.gov.huiji.fourlists.kernel.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

final class ProblemAssert {
    private ProblemAssert() {
    }

    static void status(int expected, Runnable action) {
        ProblemException e = assertThrows(ProblemException.class, action::run);
        assertEquals(expected, e.problem().status(), e.problem().detail());
    }
}
