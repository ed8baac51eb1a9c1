package cn.gov.huiji.fourlists.list.service;

import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.list.domain.ListItemVersion;
import cn.gov.huiji.fourlists.list.domain.ListKind;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The public reads of the lists (R-LIST-3, R-LIST-5): every read is of versions, either those in force now or
 * those in force at the end of an {@code asOf} day (the bureau's day, Beijing time).
 */
@ApplicationScoped
public class ItemQueries {

    public static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

    public record Filter(ListKind list, String q, String category, String section, String status, LocalDate asOf) {
    }

    public record Result(List<ListItemVersion> items, long total) {
    }

    private final EntityManager em;

    public ItemQueries(EntityManager em) {
        this.em = em;
    }

    /** The first instant after the asOf day: a version counts when it began before and had not ended by then. */
    public static OffsetDateTime endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(BUREAU_ZONE).toOffsetDateTime();
    }

    @SuppressWarnings("unchecked")
    public Result search(Filter f, int page, int size) {
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
                nameTests.add("strpos(split_part(v.search_text, chr(10), 1), :t" + i + ") > 0");
            }
            // R-LIST-5: items whose name holds the words come before those where only the basis or duties do.
            order = " order by case when " + String.join(" and ", nameTests) + " then 0 else 1 end, v.code";
        }
        Query count = em.createNativeQuery("select count(*) from list_item_version v" + where);
        Query rows = em.createNativeQuery("select v.* from list_item_version v" + where + order, ListItemVersion.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        List<ListItemVersion> items = total == 0 ? List.of()
                : rows.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Result(items, total);
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

    /** Like {@link #version} but a missing item or date before the item is a 404 that says which. */
    public ListItemVersion versionOrFail(String code, LocalDate asOf) {
        return version(code, asOf).orElseThrow(() -> {
            if (asOf != null && ListItemVersion.count("code", code) > 0) {
                return ProblemException.of(404, "not-in-force", "Not in force on that date", "该日期不在有效期内",
                        "Item " + code + " had no version in force on " + asOf + ".",
                        "事项 " + code + " 在 " + asOf + " 没有有效版本。");
            }
            return ProblemException.notFound("Item", "事项", code);
        });
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
