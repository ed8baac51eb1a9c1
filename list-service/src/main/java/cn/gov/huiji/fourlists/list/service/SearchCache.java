package cn.gov.huiji.fourlists.list.service;

import cn.gov.huiji.fourlists.list.config.SearchConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Search answers of the lists' current revision (R-LIST-5: the portal and other bureaus ask the same questions again
 * and again; the lists change a few times a year). Every answer is kept with the revision it was computed for and
 * served only for that revision, so a change of the lists can never be answered from the cache: the first read after
 * it finds a new revision and starts afresh. With several instances each has its own cache; the revision it asks with
 * ({@link CatalogueRevisions}) is at most a second old, so no instance serves an answer older than that.
 */
@ApplicationScoped
public class SearchCache {

    /** An answer and the revision it belongs to. */
    private record Answer(long revision, Object value) {
    }

    private final int capacity;
    private volatile long revision = -1;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    public SearchCache(SearchConfig config) {
        this.capacity = config.cacheSize();
    }

    @SuppressWarnings("unchecked")
    public <T> T get(long currentRevision, String key, Supplier<T> compute) {
        if (capacity <= 0) {
            return compute.get();
        }
        if (currentRevision > revision) {
            synchronized (this) {
                if (currentRevision > revision) {
                    answers.clear();
                    revision = currentRevision;
                }
            }
        }
        Answer hit = answers.get(key);
        if (hit != null && hit.revision() == currentRevision) {
            return (T) hit.value();
        }
        T value = compute.get();
        if (answers.size() >= capacity) {
            answers.clear(); // crude but bounded; popular searches come back within a request or two
        }
        // Revisions only move forward: a request that still holds an older one is answered but leaves nothing behind,
        // and an answer stored while a newer revision came in is never served for it (the revision check above).
        if (currentRevision == revision) {
            answers.put(key, new Answer(currentRevision, value));
        }
        return value;
    }
}
