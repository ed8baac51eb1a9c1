package cn.gov.huiji.fourlists.list.enforcement.service;

import cn.gov.huiji.fourlists.list.enforcement.domain.OfficerStatus;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rule of R-LIST-9 for one certificate on one day, as plain logic: valid only within validFrom..validTo (both
 * inclusive) and only while its status on that day is 有效. The status on a day is the latest status change dated on
 * or before it (of two changes with the same date, the one recorded later); before any change it is 有效, as issued.
 */
public final class CertificateValidity {

    private CertificateValidity() {
    }

    /** One recorded status change; {@code order} is the order of recording (later wins on the same date). */
    public record Change(OfficerStatus status, LocalDate date, String reason, long order) {
    }

    /** Why a certificate was or was not valid on a day. */
    public enum Verdict {
        VALID, NOT_YET_VALID, REVOKED, SUSPENDED, EXPIRED
    }

    /** The answer for one day: the verdict, the status then (and the change that set it, if any). */
    public record Judgement(Verdict verdict, OfficerStatus status, Change change) {
        public boolean valid() {
            return verdict == Verdict.VALID;
        }
    }

    private static final Comparator<Change> CHRONOLOGICAL = Comparator.comparing(Change::date).thenComparingLong(Change::order);

    /** The change in force on {@code date}: the latest dated on or before it; empty before the first one. */
    public static Optional<Change> changeOn(List<Change> history, LocalDate date) {
        return history.stream().filter(c -> !c.date().isAfter(date)).max(CHRONOLOGICAL);
    }

    /** The status on {@code date}: that of {@link #changeOn}, or 有效 as issued when no change precedes it. */
    public static OfficerStatus statusOn(List<Change> history, LocalDate date) {
        return changeOn(history, date).map(Change::status).orElse(OfficerStatus.VALID);
    }

    /** The history in the order it took effect. */
    public static List<Change> chronological(List<Change> history) {
        return history.stream().sorted(CHRONOLOGICAL).toList();
    }

    public static Judgement judge(LocalDate validFrom, LocalDate validTo, List<Change> history, LocalDate date) {
        Optional<Change> change = changeOn(history, date);
        OfficerStatus status = change.map(Change::status).orElse(OfficerStatus.VALID);
        Verdict verdict;
        if (date.isBefore(validFrom)) {
            verdict = Verdict.NOT_YET_VALID;
        } else if (status == OfficerStatus.REVOKED) {
            verdict = Verdict.REVOKED;
        } else if (status == OfficerStatus.SUSPENDED) {
            verdict = Verdict.SUSPENDED;
        } else if (date.isAfter(validTo)) {
            verdict = Verdict.EXPIRED;
        } else {
            verdict = Verdict.VALID;
        }
        return new Judgement(verdict, status, change.orElse(null));
    }
}
