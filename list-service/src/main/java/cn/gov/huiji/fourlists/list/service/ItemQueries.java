package cn.gov.huiji.fourlists.list.service;

import cn.gov.huiji.fourlists.kernel.persistence.SqlValues;
import cn.gov.huiji.fourlists.kernel.time.BureauClock;

import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.list.domain.ListItemVersion;
import cn.gov.huiji.fourlists.list.domain.ListKind;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The public reads of the lists (R-LIST-3, R-LIST-5): every read is of versions, either those in force now or
 * those in force at the end of an {@code asOf} day (the bureau's day, Beijing time).
 */
@ApplicationScoped
public class ItemQueries {


    public record Filter(ListKind list, String q, String category, String section, String status, LocalDate asOf) {
    }

    /** One line of a search answer: what a list shows, without the item's content. */
    public record SummaryRow(String code, int version, String list, String name, String category, String section,
                             String status, OffsetDateTime validFrom, OffsetDateTime validTo) {
    }

    public record Result(List<SummaryRow> items, long total) {
    }

    /** A version as the detail page shows it, its content still the stored JSON text (read, not parsed). */
    public record Row(String code, int version, String list, String name, String category, String section,
                      String legalBasis, String status, OffsetDateTime validFrom, OffsetDateTime validTo, UUID requestId,
                      String contentJson) {
    }

    private final EntityManager em;
    private final javax.sql.DataSource dataSource;
    private final CurrentItemsIndex currentItems;
    private final CatalogueRevisions revisions;
    private final boolean inProcessIndex;

    public ItemQueries(EntityManager em, javax.sql.DataSource dataSource, CurrentItemsIndex currentItems,
                       CatalogueRevisions revisions, cn.gov.huiji.fourlists.list.config.SearchConfig config) {
        this.em = em;
        this.dataSource = dataSource;
        this.currentItems = currentItems;
        this.revisions = revisions;
        this.inProcessIndex = config.inProcessIndex();
    }

    /** The first instant after the asOf day: a version counts when it began before and had not ended by then. */
    public static OffsetDateTime endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(BureauClock.ZONE).toOffsetDateTime();
    }

    /**
     * A page of the items matching the filter. The items in force now come from this instance's in-process index,
     * at the revision the caller sees or later; an {@code asOf} day, or a transaction that has itself changed the
     * lists (its changes are not committed, so no index holds them), asks the database.
     */
    public Result search(Filter f, int page, int size) {
        if (f.asOf() == null && inProcessIndex && !revisions.changedInThisTransaction()) {
            List<String> terms = f.q() == null ? List.of() : SearchText.terms(f.q());
            return currentItems.search(revisions.current().number(), f, terms, page, size);
        }
        return searchTheDatabase(f, page, size);
    }

    /** The same answer as the index gives, from the GIN index over the versions' grams: any day, any transaction. */
    @SuppressWarnings("unchecked")
    public Result searchTheDatabase(Filter f, int page, int size) {
        StringBuilder where = new StringBuilder(" where v.list_kind = :list");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("list", f.list().name());
        inForce(where, params, f.asOf());
        if (f.category() != null && !f.category().isBlank()) {
            where.append(" and v.category = :category");
            params.put("category", f.category());
        }
        if (f.section() != null && !f.section().isBlank()) {
            where.append(" and v.section_code = :section");
            params.put("section", f.section());
        }
        if (f.status() != null && !f.status().isBlank()) {
            where.append(" and v.status = :status");
            params.put("status", f.status());
        }
        List<String> terms = f.q() == null ? List.of() : SearchText.terms(f.q());
        String order = " order by v.code";
        if (!terms.isEmpty()) {
            where.append(" and v.search_grams @> cast(:grams as text[])");
            params.put("grams", arrayLiteral(SearchText.queryGrams(terms)));
            List<String> nameTests = new ArrayList<>();
            for (int i = 0; i < terms.size(); i++) {
                where.append(" and strpos(v.search_text, :t").append(i).append(") > 0");
                params.put("t" + i, terms.get(i));
                // The name as search normalises text (SearchText.normalise: NFKC, lower case), as the index reads it.
                nameTests.add("strpos(lower(normalize(v.name, NFKC)), :t" + i + ") > 0");
            }
            // R-LIST-5: items whose name holds the words come before those where only the basis or duties do.
            order = " order by case when " + String.join(" and ", nameTests) + " then 0 else 1 end, v.code";
        }
        // One pass: the page and the number of all matches (a window count), no content read.
        Query rows = em.createNativeQuery("select v.code, v.version, v.list_kind, v.name, v.category, v.section_code, v.status,"
                + " v.valid_from, v.valid_to, count(*) over () from list_item_version v" + where + order
                + " limit :limit offset :offset", jakarta.persistence.Tuple.class);
        params.forEach(rows::setParameter);
        rows.setParameter("limit", size).setParameter("offset", (long) page * size);
        List<jakarta.persistence.Tuple> found = rows.getResultList();
        long total;
        if (!found.isEmpty()) {
            total = ((Number) found.get(0).get(9)).longValue();
        } else if (page == 0) {
            total = 0;
        } else {
            Query count = em.createNativeQuery("select count(*) from list_item_version v" + where);
            params.forEach(count::setParameter);
            total = ((Number) count.getSingleResult()).longValue();
        }
        List<SummaryRow> items = found.stream().map(t -> new SummaryRow((String) t.get(0), ((Number) t.get(1)).intValue(),
                (String) t.get(2), (String) t.get(3), (String) t.get(4), (String) t.get(5), (String) t.get(6),
                offset(t.get(7)), offset(t.get(8)))).toList();
        return new Result(items, total);
    }

    /** The items of a list in force (published, not repealed) now or at the end of the asOf day, in code order. */
    public List<ListItemVersion> inForce(ListKind list, LocalDate asOf) {
        if (asOf == null) {
            return ListItemVersion.list("fields.list = ?1 and fields.status = ?2 and validTo is null", Sort.by("code"),
                    list, ItemVersioning.PUBLISHED);
        }
        return ListItemVersion.list("fields.list = ?1 and fields.status = ?2 and validFrom < ?3 and (validTo is null or validTo >= ?3)",
                Sort.by("code"), list, ItemVersioning.PUBLISHED, endOf(asOf));
    }

    /**
     * The detail of the version in force now or at the end of the asOf day, read as stored. The hottest public read:
     * one indexed statement straight on the pool, no entity.
     */
    public Optional<Row> row(String code, LocalDate asOf) {
        String sql = "select code, version, list_kind, name, category, section_code, legal_basis, status, valid_from, valid_to,"
                + " request_id, content::text from list_item_version where code = ? and "
                + (asOf == null ? "valid_to is null" : "valid_from < ? and (valid_to is null or valid_to >= ?)");
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, code);
            if (asOf != null) {
                ps.setObject(2, endOf(asOf));
                ps.setObject(3, endOf(asOf));
            }
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String request = rs.getString(11);
                return Optional.of(new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class),
                        rs.getObject(10, OffsetDateTime.class), request == null ? null : UUID.fromString(request), rs.getString(12)));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("reading item " + code, e);
        }
    }

    /** Like {@link #row} but a missing item or a date outside its versions is a 404 that says which. */
    public Row rowOrFail(String code, LocalDate asOf) {
        return row(code, asOf).orElseThrow(() -> missing(code, asOf));
    }

    static OffsetDateTime offset(Object value) {
        return SqlValues.offsetDateTime(value);
    }

    private ProblemException missing(String code, LocalDate asOf) {
        if (asOf != null && ListItemVersion.count("code", code) > 0) {
            return ProblemException.of(404, "not-in-force", "Not in force on that date", "该日期不在有效期内",
                    "Item " + code + " had no version in force on " + asOf + ".",
                    "事项 " + code + " 在 " + asOf + " 没有有效版本。");
        }
        return ProblemException.notFound("Item", "事项", code);
    }

    /** The version of an item in force now or at the end of the asOf day. */
    public Optional<ListItemVersion> version(String code, LocalDate asOf) {
        if (asOf == null) {
            return ListItemVersion.find("code = ?1 and validTo is null", code).firstResultOptional();
        }
        OffsetDateTime end = endOf(asOf);
        return ListItemVersion.find("code = ?1 and validFrom < ?2 and (validTo is null or validTo >= ?2)", code, end)
                .firstResultOptional();
    }

    /** Like {@link #version} but a missing item or a date outside its versions is a 404 that says which. */
    public ListItemVersion versionOrFail(String code, LocalDate asOf) {
        return version(code, asOf).orElseThrow(() -> missing(code, asOf));
    }

    public List<ListItemVersion> history(String code) {
        List<ListItemVersion> versions = ListItemVersion.list("code", Sort.by("version"), code);
        if (versions.isEmpty()) {
            throw ProblemException.notFound("Item", "事项", code);
        }
        return versions;
    }

    public ListItemVersion exactVersion(String code, int version) {
        ListItemVersion v = ListItemVersion.findById(new ListItemVersion.Key(code, version));
        if (v == null) {
            throw ProblemException.notFound("Version", "版本", code + " v" + version);
        }
        return v;
    }

    /** Versions in force (now or at asOf) that a body holds, for the authority check (R-LIST-6). */
    public List<ListItemVersion> heldBy(String bodyCreditCode, LocalDate on) {
        OffsetDateTime end = endOf(on);
        return ListItemVersion.list("fields.bodyCreditCode = ?1 and validFrom < ?2 and (validTo is null or validTo >= ?2)",
                Sort.by("code"), bodyCreditCode, end);
    }

    /** Versions in force on a day that carry the given code or name, whoever holds them. */
    public List<ListItemVersion> inForceByCodeOrName(String power, LocalDate on) {
        OffsetDateTime end = endOf(on);
        return ListItemVersion.list("(code = ?1 or fields.name = ?1) and validFrom < ?2 and (validTo is null or validTo >= ?2)",
                Sort.by("code"), power, end);
    }

    private static void inForce(StringBuilder where, Map<String, Object> params, LocalDate asOf) {
        if (asOf == null) {
            where.append(" and v.valid_to is null");
        } else {
            where.append(" and v.valid_from < :end and (v.valid_to is null or v.valid_to >= :end)");
            params.put("end", endOf(asOf));
        }
    }

    static String arrayLiteral(java.util.Collection<String> values) {
        return values.stream().map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
