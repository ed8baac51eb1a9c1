package cn.gov.huiji.fourlists.list.enforcement.service;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Art. 18: an entrustment gives authority within its term, both days included, and not from its revocation's day on. */
class EntrustmentTermTest {

    static EntrustmentRecord entrustment(LocalDate revokedOn) {
        return new EntrustmentRecord(UUID.randomUUID(), "12410108MB1A04537P", "114101080051883705", List.of("410108-AJ-CF-001"),
                LocalDate.parse("2016-07-01"), LocalDate.parse("2018-06-30"), "惠安监委〔2016〕3号", LocalDate.parse("2016-06-28"),
                revokedOn, revokedOn == null ? null : "受托组织撤销");
    }

    @Test
    void bothEndsOfTheTermAreIncluded() {
        EntrustmentRecord e = entrustment(null);
        assertFalse(e.inTerm(LocalDate.parse("2016-06-30")), "the day before the term");
        assertTrue(e.inTerm(LocalDate.parse("2016-07-01")), "the first day of the term");
        assertTrue(e.inTerm(LocalDate.parse("2018-06-30")), "the last day of the term");
        assertFalse(e.inTerm(LocalDate.parse("2018-07-01")), "the day after the term");
    }

    @Test
    void aRevocationEndsItFromItsDayOn() {
        EntrustmentRecord e = entrustment(LocalDate.parse("2017-04-01"));
        assertTrue(e.inTerm(LocalDate.parse("2017-03-31")), "the day before the revocation");
        assertFalse(e.inTerm(LocalDate.parse("2017-04-01")), "the revocation's day");
        assertFalse(e.inTerm(LocalDate.parse("2018-01-01")), "after the revocation, still within the original term");
        assertTrue(e.covers("410108-AJ-CF-001") && !e.covers("410108-AJ-CF-002"), "its scope is the items entrusted");
    }
}
