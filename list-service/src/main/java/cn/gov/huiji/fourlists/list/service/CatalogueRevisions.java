package cn.gov.huiji.fourlists.list.service;

import cn.gov.huiji.fourlists.list.domain.CatalogueRevision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The lists' revision as the public reads see it (ETag, Last-Modified, the search cache, the section names). Read from
 * the database at most once a second; a change made by this instance is seen at once (the cached value is dropped when
 * the change commits), a change made by another instance within a second: with several instances behind a load
 * balancer, no instance answers from lists older than one second.
 */
@ApplicationScoped
public class CatalogueRevisions {

    public record Revision(long number, OffsetDateTime changedAt) {
    }

    /** A revision and when its reading began; {@code revision} null when a commit of this instance dropped it. */
    private record Read(Revision revision, long startedAt) {
    }

    static final long TTL_NANOS = 1_000_000_000L;
    private static final Object BUMPED = CatalogueRevisions.class.getName() + ".bumped";

    private final TransactionSynchronizationRegistry transactions;
    private final AtomicReference<Read> cached = new AtomicReference<>(new Read(null, 0));

    public CatalogueRevisions(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    public Revision current() {
        Read read = cached.get();
        long now = System.nanoTime();
        if (read.revision() != null && now - read.startedAt() <= TTL_NANOS) {
            return read.revision();
        }
        CatalogueRevision row = CatalogueRevision.current();
        Revision fresh = new Revision(row.revision, row.changedAt);
        if (!changedInThisTransaction()) {
            // Timed from before the query, so the value is never older than a second. Kept only if no commit of this
            // instance dropped the cache meanwhile: a value read before that commit must not outlive it.
            cached.compareAndSet(read, new Read(fresh, now));
        }
        return fresh;
    }

    /**
     * Whether the caller's transaction has moved the revision: what it reads is not committed yet (and may never be),
     * so it is not kept for others.
     */
    public boolean changedInThisTransaction() {
        return transactions.getTransactionStatus() == Status.STATUS_ACTIVE && transactions.getResource(BUMPED) != null;
    }

    /** Moves the revision in the caller's transaction; this instance sees it once that commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bump() {
        CatalogueRevision.bump();
        if (transactions.getResource(BUMPED) != null) {
            return; // one drop at commit is enough, however many changes the transaction makes
        }
        transactions.putResource(BUMPED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    cached.set(new Read(null, 0)); // a new object: a read racing with this commit cannot replace it
                }
            }
        });
    }
}
