package cn.gov.huiji.fourlists.list.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * This instance's {@link SearchIndex} of the items in force, kept at the lists' revision (issue 19). A search that
 * brings a newer revision than the index holds first reads the versions stamped after it (the stamp every version
 * gets under the revision's row lock, V2026_12_05_3) — written by this instance, another one or a tool — so with
 * several instances a change is searchable everywhere as soon as the instance's revision moves, within a second
 * ({@link CatalogueRevisions}).
 */
@ApplicationScoped
public class CurrentItemsIndex {

    private static final Logger LOG = Logger.getLogger(CurrentItemsIndex.class);
    private static final int PAGE = 5_000;
    static final String COLUMNS = "code, version, list_kind, name, category, section_code, status, valid_from, valid_to, search_text";

    private final DataSource dataSource;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Object loading = new Object();
    private volatile SearchIndex index;
    /** The revision the index holds every change of; -1 before the first load. */
    private volatile long revision = -1;

    public CurrentItemsIndex(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void loadAtStart(@Observes StartupEvent start) {
        // In the background: readiness does not wait for it; a search that comes first waits for the load instead.
        Thread load = new Thread(() -> {
            try {
                atLeast(0);
            } catch (RuntimeException e) {
                LOG.warnf("the search index will load with the first search: %s", e.getMessage());
            }
        }, "search-index-load");
        load.setDaemon(true);
        load.start();
    }

    /** The items in force matching the filter, as of {@code atLeastRevision} or later. */
    public ItemQueries.Result search(long atLeastRevision, ItemQueries.Filter filter, List<String> terms, int page, int size) {
        atLeast(atLeastRevision);
        lock.readLock().lock();
        try {
            return index.search(filter, terms, page, size);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Brings the index to the given revision or later. */
    void atLeast(long wanted) {
        if (revision >= wanted && index != null) {
            return;
        }
        synchronized (loading) {
            if (revision >= wanted && index != null) {
                return;
            }
            try (Connection c = dataSource.getConnection()) {
                // Read first: whatever commits after this read carries a stamp above it and is read again next time.
                long now = currentRevision(c);
                // Load afresh when replaced versions would outweigh the items in force, or many items changed at once:
                // so at most one row beyond that bound is read before deciding, not every changed row twice.
                int bound = index == null ? -1 : Math.max(1_000, index.size() / 4) - index.dropped();
                List<SearchIndex.Doc> changed = bound < 0 ? null : changedSince(c, revision, bound + 1);
                if (changed == null || changed.size() > bound) {
                    index = loadAll(c);
                } else {
                    apply(changed);
                }
                revision = now;
            } catch (SQLException e) {
                throw new IllegalStateException("reading the lists for the search index", e);
            }
        }
    }

    private static long currentRevision(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select revision from catalogue_revision where id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Every version in force, in code order, a page at a time (each page is one statement: no long transaction). */
    private static SearchIndex loadAll(Connection c) throws SQLException {
        long started = System.nanoTime();
        SearchIndex fresh = new SearchIndex();
        String after = "";
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS
                + " from list_item_version where valid_to is null and code > ? order by code limit " + PAGE)) {
            while (true) {
                ps.setString(1, after);
                int read = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        SearchIndex.Doc doc = doc(rs);
                        fresh.put(doc);
                        after = doc.code();
                        read++;
                    }
                }
                if (read < PAGE) {
                    break;
                }
            }
        }
        LOG.infof("search index: %d items in force loaded in %d ms", fresh.size(), (System.nanoTime() - started) / 1_000_000);
        return fresh;
    }

    /** The versions written since the revision the index holds, in the order they were written; at most atMost. */
    private static List<SearchIndex.Doc> changedSince(Connection c, long since, int atMost) throws SQLException {
        List<SearchIndex.Doc> changed = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS
                + " from list_item_version where search_stamp > ? order by search_stamp, code, version limit ?")) {
            ps.setLong(1, since);
            ps.setInt(2, atMost);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changed.add(doc(rs));
                }
            }
        }
        return changed;
    }

    /** New versions in force are put, closed ones removed; searches wait for the few microseconds this takes. */
    private void apply(List<SearchIndex.Doc> changed) {
        lock.writeLock().lock();
        try {
            for (SearchIndex.Doc doc : changed) {
                if (doc.validTo() == null) {
                    index.put(doc);
                } else {
                    index.remove(doc.code(), doc.version());
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static SearchIndex.Doc doc(ResultSet rs) throws SQLException {
        return new SearchIndex.Doc(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class),
                rs.getString(10));
    }
}
