package cn.gov.huiji.fourlists.list.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One immutable version of an item (R-LIST-3): what the list said from {@code validFrom} until {@code validTo}. */
@Entity
@Table(name = "list_item_version")
@IdClass(ListItemVersion.Key.class)
public class ListItemVersion extends PanacheEntityBase {

    public record Key(String code, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    public String code;

    @Id
    public int version;

    @Embedded
    public ItemFields fields = new ItemFields();

    @Column(name = "valid_from", nullable = false)
    public OffsetDateTime validFrom;

    @Column(name = "valid_to")
    public OffsetDateTime validTo;

    /** The adjustment request that made this version; null for the legal section's first load. */
    @Column(name = "request_id")
    public UUID requestId;

    /** Normalised name, code, basis, sub-items and duties: what search reads (R-LIST-5). */
    @Basic(fetch = FetchType.LAZY) // written, never read back: reads query it in SQL
    @Column(name = "search_text", nullable = false)
    public String searchText = "";

    /** The unigrams and bigrams of {@link #searchText}, GIN-indexed. */
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "search_grams", nullable = false, columnDefinition = "text[]")
    public String[] searchGrams = new String[0];

    public static ListItemVersion of(ListItem item, int version, OffsetDateTime from, UUID requestId) {
        ListItemVersion v = new ListItemVersion();
        v.code = item.code;
        v.version = version;
        v.fields = item.fields.copy();
        v.validFrom = from;
        v.requestId = requestId;
        v.searchText = cn.gov.huiji.fourlists.list.service.SearchText.indexedText(v.code, v.fields);
        v.searchGrams = cn.gov.huiji.fourlists.list.service.SearchText.grams(v.searchText).toArray(String[]::new);
        return v;
    }
}
