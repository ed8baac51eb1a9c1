package cn.gov.huiji.fourlists.list.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The public search: its result cache (answers for the lists' current revision, dropped when they change) and its index. */
@ConfigMapping(prefix = "fourlists.search")
public interface SearchConfig {

    /** How many distinct searches (words, filters, page) are kept; 0 turns the cache off. */
    @WithDefault("5000")
    int cacheSize();

    /**
     * Whether searches of the items in force use the in-process index (issue 19); false sends them to the database,
     * as asOf searches always go (deploy/bench/list-reads compares the two).
     */
    @WithDefault("true")
    boolean inProcessIndex();
}
