package cn.gov.huiji.fourlists.list.enforcement.service;

import cn.gov.huiji.fourlists.list.enforcement.domain.Entrustment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An entrustment as the register holds it. Its dates are the entrustment document's and the revocation's, whenever
 * they were recorded: it gives authority on a day within its term (both ends included) and before the day it was
 * revoked from (Art. 18).
 */
public record EntrustmentRecord(UUID id, String entrustedCreditCode, String entrustingCreditCode, List<String> itemCodes,
                                LocalDate validFrom, LocalDate validTo, String documentNo, LocalDate documentDate,
                                LocalDate revokedOn, String revokedReason) {

    public boolean revoked() {
        return revokedOn != null;
    }

    public boolean inTerm(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo) && (revokedOn == null || day.isBefore(revokedOn));
    }

    public boolean covers(String itemCode) {
        return itemCodes.contains(itemCode);
    }

    static EntrustmentRecord of(Entrustment e) {
        return new EntrustmentRecord(e.id, e.entrustedCreditCode, e.entrustingCreditCode, List.of(e.itemCodes), e.validFrom,
                e.validTo, e.documentNo, e.documentDate, e.revokedOn, e.revokedReason);
    }
}
