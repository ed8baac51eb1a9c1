package cn.gov.huiji.fourlists.list.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The public search's result cache: answers for the lists' current revision, dropped when the lists change. */
@ConfigMapping(prefix = "fourlists.search")
public interface SearchConfig {

    /** How many distinct searches (words, filters, page) are kept; 0 turns the cache off. */
    @WithDefault("5000")
    int cacheSize();
}
