package cn.gov.huiji.fourlists.audit.oversight.service;

import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The measures of accountability (问责措施, Art. 31): the suite's five with their Chinese names, then the bureau's own. */
class MeasuresTest {

    @Test
    void theSuitesFiveComeFirstThenTheConfiguredOnesByCode() {
        Measures m = new Measures(Map.of("PERFORMANCE_DEDUCTION", "扣减绩效考核分", "ADMONITION", " 提醒谈话 "));
        assertEquals(List.of("WARNING_TALK", "CIRCULATED_CRITICISM", "WRITTEN_SELF_EXAMINATION", "REMOVED_FROM_ENFORCEMENT", "REFERRED",
                "ADMONITION", "PERFORMANCE_DEDUCTION"), m.all().stream().map(Measures.Choice::code).toList());
        assertEquals("调离执法岗位", m.label("REMOVED_FROM_ENFORCEMENT"));
        assertEquals("提醒谈话", m.label("ADMONITION"), "the label is trimmed");
        assertEquals("ADMONITION", m.require("ADMONITION"));
    }

    @Test
    void anUnknownMeasureIsA422InBothLanguages() {
        ProblemException e = assertThrows(ProblemException.class, () -> new Measures(Map.of()).require("FINE"));
        assertEquals(422, e.problem().status());
        assertTrue(e.problem().type().endsWith(":unknown-measure"));
        assertTrue(e.problem().detail().contains("FINE") && e.problem().detailZh().contains("FINE"), e.problem().toString());
    }

    @Test
    void aConfigurationThatRenamesTheSuitesMeasureOrHasABadCodeDoesNotStart() {
        assertThrows(IllegalStateException.class, () -> new Measures(Map.of("WARNING_TALK", "谈话")),
                "the suite's measures keep their names");
        assertThrows(IllegalStateException.class, () -> new Measures(Map.of("fine", "罚款")), "codes are upper case");
        assertThrows(IllegalStateException.class, () -> new Measures(Map.of("FINE", " ")), "a label is required");
    }
}
