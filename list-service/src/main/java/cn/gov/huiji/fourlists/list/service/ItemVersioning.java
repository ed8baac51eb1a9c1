package cn.gov.huiji.fourlists.list.service;

import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.list.domain.ItemFields;
import cn.gov.huiji.fourlists.list.domain.ListItem;
import cn.gov.huiji.fourlists.list.domain.ListItemVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Every change of an item, whichever way it comes (first load, import, published adjustment), goes through here:
 * the version in force is closed, a new immutable version opens (R-LIST-3), and the lists' revision moves.
 */
@ApplicationScoped
public class ItemVersioning {

    public static final String PUBLISHED = "PUBLISHED";
    public static final String REPEALED = "REPEALED";

    private final CatalogueRevisions revisions;

    public ItemVersioning(CatalogueRevisions revisions) {
        this.revisions = revisions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ListItemVersion change(ListItem item, ItemFields fields, OffsetDateTime from, UUID requestId) {
        int version = closeCurrent(item.code, from) + 1;
        item.fields = fields;
        item.persist();
        ListItemVersion v = ListItemVersion.of(item, version, from, requestId);
        v.persist();
        revisions.bump();
        return v;
    }

    /** Ends the current version's validity; returns its number (0 when there is none). */
    private int closeCurrent(String code, OffsetDateTime until) {
        ListItemVersion current = ListItemVersion.find("code = ?1 and validTo is null order by version desc", code).firstResult();
        if (current == null) {
            Integer max = ListItemVersion.find("select max(version) from ListItemVersion where code = ?1", code)
                    .project(Integer.class).firstResult();
            return max == null ? 0 : max;
        }
        current.validTo = until;
        return current.version;
    }

    /**
     * What the trace of a change says. The lists are public, so the event carries the item's public fields:
     * adjustment-service finds the items a law change touches by the title and version of each law cited (R-LIST-10).
     */
    public static ListEvents.ItemVersionChanged eventData(ListItemVersion v, String changeKind, java.util.UUID requestId) {
        java.util.List<ListEvents.CitedLaw> cited = v.fields.content == null || v.fields.content.legalBasis() == null ? null
                : v.fields.content.legalBasis().stream().map(c -> new ListEvents.CitedLaw(c.title(), c.version())).distinct().toList();
        return new ListEvents.ItemVersionChanged(v.code, v.version, v.fields.list.name(), v.fields.name, v.fields.category,
                v.fields.section, v.fields.legalBasis, v.fields.bodyCreditCode, v.fields.status, v.validFrom, changeKind, requestId,
                cited);
    }
}
