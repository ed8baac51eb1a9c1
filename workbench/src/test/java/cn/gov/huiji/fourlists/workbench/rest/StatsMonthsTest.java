package cn.gov.huiji.fourlists.workbench.rest;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Statistics per month: the last twelve months to choose, across the new year, the chosen one marked. */
class StatsMonthsTest {

    @Test
    void theLastTwelveMonthsNewestFirstAcrossTheYearBoundary() {
        var months = StatsDesk.months(YearMonth.of(2027, 2), "2026-12");
        assertEquals(12, months.size());
        assertEquals("2027-02", months.get(0).value());
        assertEquals("2027年2月", months.get(0).label());
        assertEquals("2026-03", months.get(11).value());
        assertTrue(months.get(2).selected() && months.get(2).label().equals("2026年12月"), "the chosen month is selected");
        assertEquals(1, months.stream().filter(StatsDesk.Month::selected).count());
    }
}
