package cn.gov.huiji.fourlists.list.service;

import cn.gov.huiji.fourlists.list.domain.CatalogueRevision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;

/**
 * The lists' revision as the public reads see it (ETag, Last-Modified, the search cache). Read from the database at
 * most once a second; a change made by this instance is seen at once (the cached value is dropped when the change
 * commits), a change made by another instance within a second.
 */
@ApplicationScoped
public class CatalogueRevisions {

    public record Revision(long number, OffsetDateTime changedAt) {
    }

    static final long TTL_NANOS = 1_000_000_000L;

    private final TransactionSynchronizationRegistry transactions;
    private volatile Revision cached;
    private volatile long readAt;

    public CatalogueRevisions(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    public Revision current() {
        Revision r = cached;
        if (r == null || System.nanoTime() - readAt > TTL_NANOS) {
            CatalogueRevision row = CatalogueRevision.current();
            cached = r = new Revision(row.revision, row.changedAt);
            readAt = System.nanoTime();
        }
        return r;
    }

    /** Moves the revision in the caller's transaction; this instance sees it once that commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bump() {
        CatalogueRevision.bump();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    cached = null;
                }
            }
        });
    }
}
