package cn.gov.huiji.fourlists.disclosure.service;

import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.persistence.SqlValues;
import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The items list-service publishes, version by version, as its events tell (ITEM_LOADED, ITEM_ADJUSTED): enough to
 * know which version of an item was in force on a decision's date, in which list, of which category and whether it
 * was repealed. A version ends where the next begins. The same event delivered twice is stored once.
 */
@ApplicationScoped
public class ItemProjection {

    /** A version of an item as list-service published it. */
    public record ItemVersion(String code, int version, String list, String name, String category, String status,
                              OffsetDateTime validFrom) {

        public boolean repealed() {
            return "REPEALED".equals(status);
        }
    }

    private final EntityManager em;

    public ItemProjection(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void apply(TraceEvent event) {
        if (!ListEvents.ITEM_LOADED.is(event.type()) && !ListEvents.ITEM_ADJUSTED.is(event.type())) {
            return;
        }
        ListEvents.ItemVersionChanged item = TraceEventCodec.dataAs(event, ListEvents.ItemVersionChanged.class);
        if (blank(item.code()) || item.version() < 1 || blank(item.list()) || blank(item.name()) || blank(item.status())
                || item.validFrom() == null) {
            throw new IllegalArgumentException("an item event names the code, version, list, name, status and validFrom");
        }
        em.createNativeQuery("""
                        insert into item_projection (code, version, list, name, category, status, valid_from, recorded_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict (code, version) do nothing""")
                .setParameter(1, item.code()).setParameter(2, item.version()).setParameter(3, item.list())
                .setParameter(4, item.name()).setParameter(5, item.category()).setParameter(6, item.status())
                .setParameter(7, item.validFrom())
                .setParameter(8, event.time() == null ? OffsetDateTime.now(ZoneOffset.UTC) : event.time())
                .executeUpdate();
    }

    /** The version in force at the end of {@code date} (the bureau's day), as list-service's asOf reads it; empty if none. */
    @SuppressWarnings("unchecked")
    public Optional<ItemVersion> inForceOn(String code, LocalDate date) {
        OffsetDateTime endOfDay = date.plusDays(1).atStartOfDay(BureauClock.ZONE).toOffsetDateTime();
        List<Object[]> rows = em.createNativeQuery("""
                        select code, version, list, name, category, status, valid_from from item_projection
                        where code = ?1 and valid_from < ?2 order by valid_from desc, version desc limit 1""")
                .setParameter(1, code).setParameter(2, endOfDay).getResultList();
        return rows.stream().findFirst().map(r -> new ItemVersion((String) r[0], ((Number) r[1]).intValue(), (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], SqlValues.offsetDateTime(r[6])));
    }

    /** Whether list-service ever published this code. */
    public boolean known(String code) {
        return !em.createNativeQuery("select 1 from item_projection where code = ?1").setParameter(1, code)
                .setMaxResults(1).getResultList().isEmpty();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
