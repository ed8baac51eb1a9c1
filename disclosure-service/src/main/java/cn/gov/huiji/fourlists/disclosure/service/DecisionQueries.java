package cn.gov.huiji.fourlists.disclosure.service;

import cn.gov.huiji.fourlists.disclosure.domain.Decision;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionKind;
import cn.gov.huiji.fourlists.disclosure.domain.DisclosureState;
import cn.gov.huiji.fourlists.kernel.persistence.SqlValues;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What staff read of the decisions: the list with its due dates, and a decision's steps. */
@ApplicationScoped
public class DecisionQueries {

    /** One step as decision_step holds it. */
    public record Step(String action, DisclosureState from, DisclosureState to, int version, String reason, String actor,
                       OffsetDateTime at) {
    }

    private final EntityManager em;

    public DecisionQueries(EntityManager em) {
        this.em = em;
    }

    /** Decisions by state, kind and overdue (not public after the due date on {@code today}), the oldest due first. */
    public PanacheQuery<Decision> list(DisclosureState state, DecisionKind kind, Boolean overdue, LocalDate today) {
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        if (state != null) {
            where.add("state = :state");
            p.and("state", state);
        }
        if (kind != null) {
            where.add("kind = :kind");
            p.and("kind", kind);
        }
        if (overdue != null) {
            where.add(overdue ? "(state = :received and dueDate < :today)" : "not (state = :received and dueDate < :today)");
            p.and("received", DisclosureState.RECEIVED).and("today", today);
        }
        Sort sort = Sort.by("dueDate").and("documentNo");
        return where.isEmpty() ? Decision.findAll(sort) : Decision.find(String.join(" and ", where), sort, p);
    }

    public List<Decision> page(PanacheQuery<Decision> q, int page, int size) {
        return q.page(Page.of(page, size)).list();
    }

    @SuppressWarnings("unchecked")
    public List<Step> steps(UUID decisionId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select action, from_state, to_state, version, reason, actor, at from decision_step
                        where decision_id = ?1 order by id""").setParameter(1, decisionId).getResultList();
        return rows.stream().map(r -> new Step((String) r[0], r[1] == null ? null : DisclosureState.valueOf((String) r[1]),
                DisclosureState.valueOf((String) r[2]), ((Number) r[3]).intValue(), (String) r[4], (String) r[5],
                SqlValues.offsetDateTime(r[6]))).toList();
    }
}
