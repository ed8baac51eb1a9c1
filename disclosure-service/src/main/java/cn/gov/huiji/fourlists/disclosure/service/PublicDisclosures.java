package cn.gov.huiji.fourlists.disclosure.service;

import cn.gov.huiji.fourlists.disclosure.domain.Decision;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionKind;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionVersion;
import cn.gov.huiji.fourlists.disclosure.domain.DisclosureChange;
import cn.gov.huiji.fourlists.disclosure.domain.DisclosureState;
import cn.gov.huiji.fourlists.kernel.persistence.SqlValues;
import cn.gov.huiji.fourlists.kernel.rest.Page;
import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the public, other systems and the credit platform see of the decisions (Art. 8, R-LIST-11): only decisions in
 * public view — published, not cancelled, not past their 公示截止期 — in the version shown. Nothing RECEIVED, EXPIRED
 * or CANCELLED. {@code asOf} answers what was public at the end of a past day, from the change feed (the last change
 * before that midnight) and the versions recorded by then.
 */
@ApplicationScoped
public class PublicDisclosures {

    /** A decision as shown: the decision and the version in public view. */
    public record Shown(Decision decision, DecisionVersion version) {
    }

    /** A public search: kind required; the rest optional. Dates are decision dates (inclusive). */
    public record Search(DecisionKind kind, String q, LocalDate from, LocalDate to, LocalDate asOf, int page, int size) {
    }

    /** One entry of the change feed; {@code shown} only while the decision is public now. */
    public record Change(long cursor, UUID decisionId, DecisionKind kind, DisclosureChange change, OffsetDateTime at,
                         Shown shown) {
    }

    public record Changes(List<Change> items, long next) {
    }

    /** The changes that keep the decision in public view; any other last change took it out. */
    private static final String SHOWING = "('PUBLISHED', 'CORRECTED', 'RESTORED')";

    /**
     * A gap in the feed's cursors younger than this may be a transaction still committing: the feed stops before it so
     * no reader skips an entry for good; an older gap is a rolled-back insert and is passed.
     */
    static final Duration GAP_GRACE = Duration.ofSeconds(10);

    private final EntityManager em;
    private final Clock clock;

    public PublicDisclosures(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The bureau's day now. */
    public LocalDate today() {
        return BureauClock.today(clock);
    }

    @Transactional
    public Page<Shown> search(Search s) {
        Sql sql = where(s.kind(), s.asOf(), s.q(), s.from(), s.to(), null);
        long total = ((Number) sql.bind(em.createNativeQuery("select count(*) " + sql.from)).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = sql.bind(em.createNativeQuery("select d.id, v.id " + sql.from
                        + " order by v.decision_date desc, v.document_no, d.id"))
                .setFirstResult(s.page() * s.size()).setMaxResults(s.size()).getResultList();
        return new Page<>(load(rows), s.page(), s.size(), total);
    }

    /** One decision as public now or at the end of {@code asOf}; empty when it was not public then. */
    @Transactional
    public Optional<Shown> one(DecisionKind kind, UUID id, LocalDate asOf) {
        Sql sql = where(kind, asOf, null, null, null, List.of(id));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = sql.bind(em.createNativeQuery("select d.id, v.id " + sql.from)).getResultList();
        return load(rows).stream().findFirst();
    }

    /** Every decision of a kind in public view now, decided between {@code from} and {@code to}, oldest first: the export. */
    @Transactional
    public List<Shown> publishedNow(DecisionKind kind, LocalDate from, LocalDate to, int limit) {
        Sql sql = where(kind, null, null, from, to, null);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = sql.bind(em.createNativeQuery("select d.id, v.id " + sql.from
                + " order by v.decision_date, v.document_no, d.id")).setMaxResults(limit).getResultList();
        return load(rows);
    }

    /** The change feed after {@code since}, oldest first (newest last), at most {@code limit} entries. */
    @Transactional
    public Changes changes(long since, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select cursor, decision_id, kind, change, at from disclosure_change
                        where cursor > ?1 order by cursor limit ?2""")
                .setParameter(1, since).setParameter(2, limit).getResultList();
        OffsetDateTime graceFrom = OffsetDateTime.now().minus(GAP_GRACE); // entries are stamped with the real time
        List<Object[]> served = new ArrayList<>();
        long expected = since + 1;
        for (Object[] r : rows) {
            long cursor = ((Number) r[0]).longValue();
            if (cursor != expected && SqlValues.offsetDateTime(r[4]).isAfter(graceFrom)) {
                break; // an earlier cursor may still be committing: serve it first, next time
            }
            served.add(r);
            expected = cursor + 1;
        }
        Map<UUID, Shown> shown = publicNow(served.stream().map(r -> (UUID) r[1]).distinct().toList());
        List<Change> items = new ArrayList<>();
        for (Object[] r : served) {
            DisclosureChange change = DisclosureChange.valueOf((String) r[3]);
            boolean showing = change == DisclosureChange.PUBLISHED || change == DisclosureChange.CORRECTED
                    || change == DisclosureChange.RESTORED;
            items.add(new Change(((Number) r[0]).longValue(), (UUID) r[1], DecisionKind.valueOf((String) r[2]), change,
                    SqlValues.offsetDateTime(r[4]), showing ? shown.get((UUID) r[1]) : null));
        }
        return new Changes(items, items.isEmpty() ? since : items.get(items.size() - 1).cursor());
    }

    /** Those of {@code ids} in public view now, with the version shown. */
    private Map<UUID, Shown> publicNow(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Sql sql = where(null, null, null, null, null, ids);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = sql.bind(em.createNativeQuery("select d.id, v.id " + sql.from)).getResultList();
        return load(rows).stream().collect(Collectors.toMap(s -> s.decision().id, Function.identity()));
    }

    /** A native query's from/where clause and its parameters, in order. */
    private record Sql(String from, List<Object> params) {
        Query bind(Query q) {
            for (int i = 0; i < params.size(); i++) {
                q.setParameter(i + 1, params.get(i));
            }
            return q;
        }
    }

    /**
     * Now: the decision PUBLISHED and its 公示截止期 still ahead, in its current version. At the end of {@code asOf}: the
     * last change before that midnight kept it public, its 公示截止期 was after that day, and the version shown is the
     * last one recorded by then.
     */
    private Sql where(DecisionKind kind, LocalDate asOf, String q, LocalDate from, LocalDate to, Collection<UUID> ids) {
        List<Object> p = new ArrayList<>();
        StringBuilder sql = new StringBuilder("from decision d join decision_version v on v.decision_id = d.id and v.version = ");
        if (asOf == null) {
            sql.append("d.version where d.state = ?").append(p.size() + 1);
            p.add(DisclosureState.PUBLISHED.name());
            sql.append(" and (d.disclosure_end is null or d.disclosure_end > ?").append(p.size() + 1).append(")");
            p.add(today());
        } else {
            OffsetDateTime endOfDay = asOf.plusDays(1).atStartOfDay(BureauClock.ZONE).toOffsetDateTime();
            p.add(endOfDay);
            int end = p.size();
            sql.append("(select max(x.version) from decision_version x where x.decision_id = d.id and x.recorded_at < ?")
                    .append(end).append(")")
                    .append(" where (select c.change from disclosure_change c where c.decision_id = d.id and c.at < ?").append(end)
                    .append(" order by c.cursor desc limit 1) in ").append(SHOWING)
                    .append(" and (d.disclosure_end is null or d.disclosure_end > ?").append(p.size() + 1).append(")");
            p.add(asOf);
        }
        if (kind != null) {
            sql.append(" and d.kind = ?").append(p.size() + 1);
            p.add(kind.name());
        }
        if (q != null && !q.isBlank()) {
            String term = q.strip();
            p.add("%" + likeEscaped(term) + "%");
            int like = p.size();
            p.add(term.toUpperCase(Locale.ROOT));
            sql.append(" and (v.party_name ilike ?").append(like).append(" escape '\\'")
                    .append(" or v.document_no ilike ?").append(like).append(" escape '\\'")
                    .append(" or v.party_credit_code = ?").append(p.size()).append(")");
        }
        if (from != null) {
            sql.append(" and v.decision_date >= ?").append(p.size() + 1);
            p.add(from);
        }
        if (to != null) {
            sql.append(" and v.decision_date <= ?").append(p.size() + 1);
            p.add(to);
        }
        if (ids != null) {
            sql.append(" and d.id in (?").append(p.size() + 1).append(")");
            p.add(ids);
        }
        return new Sql(sql.toString(), p);
    }

    /** A search term taken literally: % and _ in a party's name are not wildcards. */
    static String likeEscaped(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The decisions and versions of the rows (decision id, version id), in the rows' order. */
    private List<Shown> load(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, Decision> decisions = new HashMap<>();
        Decision.<Decision>list("id in ?1", rows.stream().map(r -> (UUID) r[0]).toList()).forEach(d -> decisions.put(d.id, d));
        Map<UUID, DecisionVersion> versions = new HashMap<>();
        DecisionVersion.<DecisionVersion>list("id in ?1", rows.stream().map(r -> (UUID) r[1]).toList()).forEach(v -> versions.put(v.id, v));
        return rows.stream().map(r -> new Shown(decisions.get((UUID) r[0]), versions.get((UUID) r[1]))).toList();
    }
}
