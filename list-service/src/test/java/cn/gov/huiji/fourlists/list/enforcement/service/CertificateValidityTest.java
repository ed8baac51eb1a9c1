package cn.gov.huiji.fourlists.list.enforcement.service;

import cn.gov.huiji.fourlists.list.enforcement.domain.OfficerStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-LIST-9: the status on a day is the latest change dated on or before it; valid only within the term and while 有效. */
class CertificateValidityTest {

    static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);

    static CertificateValidity.Change change(OfficerStatus s, String date, long order) {
        return new CertificateValidity.Change(s, LocalDate.parse(date), "原因" + order, order);
    }

    final List<CertificateValidity.Change> history = List.of(
            change(OfficerStatus.VALID, "2020-01-01", 1),
            // recorded out of date order: a restoration entered before the suspension it ends
            change(OfficerStatus.VALID, "2021-04-01", 3),
            change(OfficerStatus.SUSPENDED, "2021-03-01", 2),
            change(OfficerStatus.REVOKED, "2023-06-30", 4));

    @Test
    void theStatusOnADayIsTheLatestChangeDatedOnOrBeforeIt() {
        assertEquals(OfficerStatus.VALID, CertificateValidity.statusOn(history, LocalDate.parse("2021-02-28")));
        assertEquals(OfficerStatus.SUSPENDED, CertificateValidity.statusOn(history, LocalDate.parse("2021-03-01")), "from its own day");
        assertEquals(OfficerStatus.SUSPENDED, CertificateValidity.statusOn(history, LocalDate.parse("2021-03-31")));
        assertEquals(OfficerStatus.VALID, CertificateValidity.statusOn(history, LocalDate.parse("2021-04-01")));
        assertEquals(OfficerStatus.REVOKED, CertificateValidity.statusOn(history, LocalDate.parse("2099-01-01")));
        assertEquals(OfficerStatus.VALID, CertificateValidity.statusOn(history, LocalDate.parse("2019-01-01")),
                "before any change a certificate is as issued");
        assertEquals(List.of(1L, 2L, 3L, 4L), CertificateValidity.chronological(history).stream().map(CertificateValidity.Change::order).toList());
    }

    @Test
    void ofTwoChangesOnTheSameDayTheOneRecordedLaterCounts() {
        List<CertificateValidity.Change> sameDay = List.of(change(OfficerStatus.SUSPENDED, "2022-05-05", 7),
                change(OfficerStatus.VALID, "2022-05-05", 8));
        assertEquals(OfficerStatus.VALID, CertificateValidity.statusOn(sameDay, LocalDate.parse("2022-05-05")));
        assertEquals(8L, CertificateValidity.changeOn(sameDay, LocalDate.parse("2022-05-05")).orElseThrow().order());
    }

    @Test
    void validOnlyWithinTheTermAndWhileValid() {
        assertEquals(CertificateValidity.Verdict.NOT_YET_VALID, CertificateValidity.judge(FROM, TO, history, FROM.minusDays(1)).verdict());
        assertTrue(CertificateValidity.judge(FROM, TO, history, FROM).valid(), "the first day counts");
        CertificateValidity.Judgement suspended = CertificateValidity.judge(FROM, TO, history, LocalDate.parse("2021-03-15"));
        assertEquals(CertificateValidity.Verdict.SUSPENDED, suspended.verdict());
        assertEquals(LocalDate.parse("2021-03-01"), suspended.change().date(), "the answer names the change that suspended it");
        assertTrue(CertificateValidity.judge(FROM, TO, history, LocalDate.parse("2023-06-29")).valid());
        assertEquals(CertificateValidity.Verdict.REVOKED, CertificateValidity.judge(FROM, TO, history, LocalDate.parse("2023-06-30")).verdict());
        List<CertificateValidity.Change> noRevocation = history.subList(0, 3);
        assertTrue(CertificateValidity.judge(FROM, TO, noRevocation, TO).valid(), "the last day counts");
        CertificateValidity.Judgement expired = CertificateValidity.judge(FROM, TO, noRevocation, TO.plusDays(1));
        assertEquals(CertificateValidity.Verdict.EXPIRED, expired.verdict());
        assertEquals(OfficerStatus.VALID, expired.status(), "expiry ends the term, not the status");
        assertFalse(expired.valid());
    }
}
