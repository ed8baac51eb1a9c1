package cn.gov.huiji.fourlists.adjustment.service;

import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * What list-service has published, as its events tell it (loaded or adjusted items): enough to find the items a law
 * change touches by the laws their basis cites, title and version ({@link CitedLaws}, R-LIST-10). A later event for an
 * item never yields to an earlier one.
 */
@ApplicationScoped
public class ItemProjection {

    private final EntityManager em;

    public ItemProjection(EntityManager em) {
        this.em = em;
    }

    /** The section that handles a published item, as list-service last said; empty for an item it never published. */
    public java.util.Optional<String> sectionOf(String code) {
        if (code == null) {
            return java.util.Optional.empty();
        }
        return em.createNativeQuery("select section_code from item_projection where code = ?1").setParameter(1, code)
                .getResultStream().findFirst().map(String.class::cast);
    }

    @Transactional
    public void apply(TraceEvent event) {
        if (!ListEvents.ITEM_LOADED.is(event.type()) && !ListEvents.ITEM_ADJUSTED.is(event.type())) {
            return;
        }
        ListEvents.ItemVersionChanged item = TraceEventCodec.dataAs(event, ListEvents.ItemVersionChanged.class);
        if (item.code() == null || item.name() == null || item.section() == null) {
            throw new IllegalArgumentException("an item event names the item's code, name and section");
        }
        em.createNativeQuery("""
                        insert into item_projection (code, name, section_code, legal_basis, cited_laws, status, updated_at)
                        values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6, ?7)
                        on conflict (code) do update set name = excluded.name, section_code = excluded.section_code,
                            legal_basis = excluded.legal_basis, cited_laws = excluded.cited_laws, status = excluded.status,
                            updated_at = excluded.updated_at
                        where item_projection.updated_at <= excluded.updated_at""")
                .setParameter(1, item.code()).setParameter(2, item.name()).setParameter(3, item.section())
                .setParameter(4, item.legalBasis()).setParameter(5, TraceEventCodec.toJson(CitedLaws.of(item)))
                .setParameter(6, item.status() == null ? "PUBLISHED" : item.status())
                .setParameter(7, event.time() == null ? OffsetDateTime.now(ZoneOffset.UTC) : event.time())
                .executeUpdate();
    }
}
