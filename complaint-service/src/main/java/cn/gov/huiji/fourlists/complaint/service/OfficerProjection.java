package cn.gov.huiji.fourlists.complaint.service;

import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The enforcement officers list-service registers (执法人员, Art. 18–19, R-LIST-9), as its events tell it: enough to
 * know that a complaint about an officer names a certificate that exists. A later event for a certificate never
 * yields to an earlier one; no personal identity number is ever in the events or here.
 */
@ApplicationScoped
public class OfficerProjection {

    private final EntityManager em;

    public OfficerProjection(EntityManager em) {
        this.em = em;
    }

    /** Whether list-service ever registered this certificate, whatever its status today. */
    public boolean exists(String certificateNo) {
        return certificateNo != null && status(certificateNo).isPresent();
    }

    /** The certificate's status as list-service last said (VALID, REVOKED, SUSPENDED); empty for an unknown certificate. */
    public Optional<String> status(String certificateNo) {
        return em.createNativeQuery("select status from officer_projection where certificate_no = ?1")
                .setParameter(1, certificateNo).getResultStream().findFirst().map(String.class::cast);
    }

    @Transactional
    public void apply(TraceEvent event) {
        if (!ListEvents.OFFICER_REGISTERED.is(event.type()) && !ListEvents.OFFICER_UPDATED.is(event.type())
                && !ListEvents.OFFICER_STATUS_CHANGED.is(event.type())) {
            return;
        }
        ListEvents.OfficerChanged officer = TraceEventCodec.dataAs(event, ListEvents.OfficerChanged.class);
        if (blank(officer.certificateNo()) || blank(officer.name()) || blank(officer.status())) {
            throw new IllegalArgumentException("an officer event names the certificate number, the officer and the status");
        }
        em.createNativeQuery("""
                        insert into officer_projection (certificate_no, name, unit_credit_code, category, area, valid_from, valid_to,
                                                        status, status_date, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                        on conflict (certificate_no) do update set name = excluded.name,
                            unit_credit_code = excluded.unit_credit_code, category = excluded.category, area = excluded.area,
                            valid_from = excluded.valid_from, valid_to = excluded.valid_to, status = excluded.status,
                            status_date = excluded.status_date, updated_at = excluded.updated_at
                        where officer_projection.updated_at <= excluded.updated_at""")
                .setParameter(1, officer.certificateNo()).setParameter(2, officer.name())
                .setParameter(3, officer.unitCreditCode()).setParameter(4, officer.category()).setParameter(5, officer.area())
                .setParameter(6, officer.validFrom()).setParameter(7, officer.validTo()).setParameter(8, officer.status())
                .setParameter(9, officer.statusDate())
                .setParameter(10, event.time() == null ? OffsetDateTime.now(ZoneOffset.UTC) : event.time())
                .executeUpdate();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
