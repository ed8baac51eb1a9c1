package cn.gov.huiji.fourlists.audit.oversight.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The assessment's arithmetic (绩效考核, Art. 31), without a database. */
class AssessmentTableTest {

    static Card card(String subject, CardColor color, String section, String due) {
        return new Card(subject, color, "complaint-service", CardKind.COMPLAINT_ANSWER, subject, "answer", section, null,
                LocalDate.parse(due), null, null, null, null, List.of());
    }

    @Test
    void aRedCardAtAnyTimeMakesTheWorkLateAndOnlyCardsDueInThePeriodAreCounted() {
        Assessment a = Assessment.of(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"),
                List.of(card("case/A", CardColor.RED, "hazchem", "2026-09-20"), card("case/B", CardColor.YELLOW, "hazchem", "2026-10-31"),
                        card("case/C", CardColor.RED, "legal", "2026-11-01")),
                List.of(new Assessment.Done("request/X", "hazchem")),
                List.of(new Assessment.Done("case/A", "hazchem"), new Assessment.Done("case/B", "hazchem"), new Assessment.Done("case/Z", null)),
                Map.of("legal", 2L), Map.of("office", 1L));
        assertEquals(List.of(
                new Assessment.Row("hazchem", 1, 0, 1, 1, 1, 0, 0, 0),
                new Assessment.Row("legal", 0, 0, 0, 0, 0, 0, 2, 0),
                new Assessment.Row("office", 0, 0, 0, 0, 0, 0, 0, 1)), a.rows(),
                "case/A late by its September red card, case/B on time despite its yellow one; the November red card is not "
                        + "October's; a section appears when it has anything to count");
        assertEquals(List.of("hazchem", "1", "0", "1", "1", "1", "0", "0", "0"), a.table().get(1));
        assertEquals(Assessment.HEADINGS, a.table().get(0));
    }
}
