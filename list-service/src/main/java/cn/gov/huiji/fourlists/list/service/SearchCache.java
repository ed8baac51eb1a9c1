package cn.gov.huiji.fourlists.list.service;

import cn.gov.huiji.fourlists.list.config.SearchConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Search answers of the lists' current revision (R-LIST-5: the portal and other bureaus ask the same questions again
 * and again; the lists change a few times a year). Keyed by revision, so a change of the lists can never be answered
 * from the cache: the first read after it finds a new revision and starts afresh.
 */
@ApplicationScoped
public class SearchCache {

    private final int capacity;
    private volatile long revision = -1;
    private final Map<String, Object> answers = new ConcurrentHashMap<>();

    public SearchCache(SearchConfig config) {
        this.capacity = config.cacheSize();
    }

    @SuppressWarnings("unchecked")
    public <T> T get(long currentRevision, String key, Supplier<T> compute) {
        if (capacity <= 0) {
            return compute.get();
        }
        if (currentRevision != revision) {
            synchronized (this) {
                if (currentRevision != revision) {
                    answers.clear();
                    revision = currentRevision;
                }
            }
        }
        Object hit = answers.get(key);
        if (hit != null) {
            return (T) hit;
        }
        T value = compute.get();
        if (answers.size() >= capacity) {
            answers.clear(); // crude but bounded; popular searches come back within a request or two
        }
        if (currentRevision == revision) {
            answers.put(key, value);
        }
        return value;
    }
}
