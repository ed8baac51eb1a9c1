package cn.gov.huiji.fourlists.list.enforcement.service;

import cn.gov.huiji.fourlists.list.enforcement.domain.BodyKind;
import cn.gov.huiji.fourlists.list.enforcement.domain.EnforcementBodyVersion;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One version of a body's record, as other parts of the service read it (the officer register, the authority check). */
public record BodyRecord(String creditCode, String name, BodyKind kind, String enforcementCategory, String legalBasis,
                         String confirmationNo, LocalDate confirmationDate, boolean published, int version,
                         OffsetDateTime validFrom, OffsetDateTime validTo) {

    /** Confirmed as an enforcement body: the confirmation document's number and date are on record (Art. 17). */
    public boolean confirmed() {
        return confirmationNo != null && !confirmationNo.isBlank() && confirmationDate != null;
    }

    static BodyRecord of(EnforcementBodyVersion v) {
        return new BodyRecord(v.creditCode, v.fields.name, v.fields.kind, v.fields.enforcementCategory,
                v.fields.legalBasis, v.fields.confirmationNo, v.fields.confirmationDate, v.fields.published, v.version,
                v.validFrom, v.validTo);
    }
}
