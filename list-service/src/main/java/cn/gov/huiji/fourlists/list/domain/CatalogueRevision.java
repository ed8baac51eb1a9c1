package cn.gov.huiji.fourlists.list.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A counter every change of the lists moves, in the change's transaction: the ETag and Last-Modified of the public
 * reads, which the portal and other bureaus poll (R-LIST-5).
 */
@Entity
@Table(name = "catalogue_revision")
public class CatalogueRevision extends PanacheEntityBase {

    @Id
    public int id;

    @Column(nullable = false)
    public long revision;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    public static CatalogueRevision current() {
        return findById(1);
    }

    /** Moves the counter; call inside the transaction that changes the lists. */
    public static void bump() {
        CatalogueRevision r = findById(1, LockModeType.PESSIMISTIC_WRITE);
        r.revision++;
        // HTTP dates have whole seconds: a change within the same second must still move Last-Modified forward.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        r.changedAt = now.isAfter(r.changedAt) ? now : r.changedAt.plusSeconds(1);
    }
}
