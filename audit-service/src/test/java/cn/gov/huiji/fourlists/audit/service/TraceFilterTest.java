package cn.gov.huiji.fourlists.audit.service;

import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-AUD-4: the search by subject prefix and section becomes a bound query, the user's text never part of it. */
class TraceFilterTest {

    @Test
    void aPrefixBecomesABoundLikePatternWithItsOwnWildcardsEscaped() {
        assertEquals("case/TS-2026-%", TraceFilter.likePattern("case/TS-2026-"));
        assertEquals("a\\_b\\%c\\\\d%", TraceFilter.likePattern("a_b%c\\d"), "'_', '%' and '\\' stand for themselves");
        TraceFilter.Query q = TraceFilter.of(null, "x'; drop table traces; --", null, "hazchem", null, null, null).toQuery(9);
        assertEquals("id <= :upTo and subject like :subjectPrefix escape '\\' and actorSection = :section", q.where(),
                "the conditions name parameters only");
        assertEquals("x'; drop table traces; --%", q.params().get("subjectPrefix"), "the text travels as a bound value");
        assertEquals("hazchem", q.params().get("section"));
    }

    @Test
    void blankPrefixAndSectionMatchEverythingAndTheExactSubjectStillWorks() {
        TraceFilter f = TraceFilter.of("item/3700000225001", " ", "clerk", "", null, null, null);
        assertNull(f.subjectPrefix());
        assertNull(f.section());
        String where = f.toQuery(1).where();
        assertTrue(where.contains("subject = :subject") && where.contains("actorId = :actor"), where);
        assertFalse(where.contains("like") || where.contains("actorSection"), "no condition on what was not asked: " + where);
    }

    @Test
    void aSectionIsARegisteredSectionCodeAndAPrefixHasNoControlCharactersAndAtMost200() {
        for (String bad : new String[] {"Hazchem", "h", "危化科", "haz chem", "h".repeat(65)}) {
            ProblemException e = assertThrows(ProblemException.class, () -> TraceFilter.of(null, null, null, bad, null, null, null),
                    "'" + bad + "' is no section code");
            assertEquals("section", e.problem().errors().get(0).field());
            assertTrue(e.problem().errors().get(0).messageZh().contains("科室（队）代码"), e.problem().errors().get(0).messageZh());
        }
        for (String bad : new String[] {"case/\n", "case/\u0000", "c".repeat(201)}) {
            ProblemException e = assertThrows(ProblemException.class, () -> TraceFilter.of(null, bad, null, null, null, null, null));
            assertEquals("subjectPrefix", e.problem().errors().get(0).field());
            assertTrue(e.problem().errors().get(0).messageZh().startsWith("对象前缀"), e.problem().errors().get(0).messageZh());
        }
        assertEquals("general-supervision", TraceFilter.of(null, "c".repeat(200), null, "general-supervision", null, null, null).section());
    }
}
