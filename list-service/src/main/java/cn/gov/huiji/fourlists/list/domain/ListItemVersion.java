package cn.gov.huiji.fourlists.list.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

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

    public static ListItemVersion of(ListItem item, int version, OffsetDateTime from, UUID requestId) {
        ListItemVersion v = new ListItemVersion();
        v.code = item.code;
        v.version = version;
        v.fields = item.fields.copy();
        v.validFrom = from;
        v.requestId = requestId;
        return v;
    }
}
