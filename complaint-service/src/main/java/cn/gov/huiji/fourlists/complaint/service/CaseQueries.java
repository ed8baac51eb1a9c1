package cn.gov.huiji.fourlists.complaint.service;

import cn.gov.huiji.fourlists.complaint.domain.CaseKind;
import cn.gov.huiji.fourlists.complaint.domain.CaseState;
import cn.gov.huiji.fourlists.complaint.domain.ComplaintCase;
import cn.gov.huiji.fourlists.complaint.domain.SubjectKind;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;

/** What staff look up: the case list, the counts per section and item, the legal section's inbox. */
@ApplicationScoped
public class CaseQueries {

    /** Cases of a kind (or of all kinds), open and overdue, for one section or one item. */
    public record Count(String key, String kind, long cases, long open, long overdue) {
    }

    private final EntityManager em;

    public CaseQueries(EntityManager em) {
        this.em = em;
    }

    /** Newest first, filtered by whichever of state, kind and section are given. */
    public PanacheQuery<ComplaintCase> list(CaseState state, CaseKind kind, String section) {
        StringBuilder q = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (state != null) {
            params.add(state);
            q.append(" and state = ?").append(params.size());
        }
        if (kind != null) {
            params.add(kind);
            q.append(" and kind = ?").append(params.size());
        }
        if (section != null && !section.isBlank()) {
            params.add(section);
            q.append(" and section = ?").append(params.size());
        }
        return ComplaintCase.find(q.toString(), Sort.descending("receivedAt"), params.toArray());
    }

    /** Per section (and kind): all cases, or those received in {@code month} (bureau time) when given. */
    public List<Count> bySection(java.time.YearMonth month) {
        return counts("coalesce(section_code, '')", "", month);
    }

    public List<Count> byItem(java.time.YearMonth month) {
        return counts("subject_ref", " where subject_kind = 'ITEM'", month);
    }

    @SuppressWarnings("unchecked")
    private List<Count> counts(String key, String where, java.time.YearMonth month) {
        String inMonth = month == null ? "" : (where.isEmpty() ? " where" : " and") + " received_at >= :from and received_at < :to";
        var query = em.createNativeQuery("select " + key + ", kind, count(*), "
                + "count(*) filter (where state in ('RECEIVED','ACCEPTED','ASSIGNED')), count(*) filter (where overdue_step is not null "
                + "and state in ('RECEIVED','ACCEPTED','ASSIGNED')) from complaint_case" + where + inMonth + " group by 1, 2 order by 1, 2");
        if (month != null) {
            query.setParameter("from", cn.gov.huiji.fourlists.kernel.time.BureauClock.startOf(month))
                    .setParameter("to", cn.gov.huiji.fourlists.kernel.time.BureauClock.startOf(month.plusMonths(1)));
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Count((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
    }

    /** What the legal section is sent: suggestions about items and about how the lists are made and run (Art. 9). */
    static final List<SubjectKind> LEGAL_SUBJECTS = List.of(SubjectKind.ITEM, SubjectKind.LISTS);

    public List<ComplaintCase> legalInbox() {
        return ComplaintCase.list("kind = ?1 and subjectKind in ?2", Sort.descending("receivedAt"), CaseKind.SUGGESTION, LEGAL_SUBJECTS);
    }

    /** Whether a case is one of the legal section's inbox. */
    public static boolean inLegalInbox(ComplaintCase c) {
        return c.kind == CaseKind.SUGGESTION && LEGAL_SUBJECTS.contains(c.subjectKind);
    }
}
