package cn.gov.huiji.fourlists.kernel.time;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The bureau's day is Beijing's, whatever zone the host runs in. */
class BureauClockTest {

    @Test
    void halfPastMidnightInBeijingIsAlreadyTheNextDayWhileTheHostsUtcDayIsNot() {
        var clock = BureauClock.fixed("2026-12-04T16:30:00Z");
        assertEquals(LocalDate.parse("2026-12-05"), BureauClock.today(clock));
        assertEquals(LocalDate.parse("2026-12-05"), BureauClock.today(BureauClock.fixed("2026-12-05T00:30+08:00")));
        assertEquals(LocalDate.parse("2026-12-05"), BureauClock.dayOf(Instant.parse("2026-12-04T16:30:00Z")));
        assertEquals(LocalDate.parse("2026-12-04"), BureauClock.dayOf(Instant.parse("2026-12-04T15:59:59Z")));
    }

    @Test
    void aTestClockGivenAsADateStandsAtTenInTheMorningInBeijing() {
        assertEquals(Instant.parse("2026-11-20T02:00:00Z"), BureauClock.fixed("2026-11-20").instant());
        assertEquals(BureauClock.ZONE, BureauClock.fixed("2026-11-20").getZone());
    }

    @Test
    void aMalformedTestClockNamesTheProperty() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BureauClock.fixed("20 Nov"));
        assertEquals(true, e.getMessage().startsWith(BureauClock.TEST_CLOCK_PROPERTY), e.getMessage());
    }
}
