package cn.gov.huiji.fourlists.audit.oversight.config;

import io.smallrye.config.ConfigMapping;

import java.util.Map;

/**
 * Measures of accountability besides the five the suite names (问责措施, Art. 31: 结合局绩效考核办法进行处罚), as the
 * bureau's own rules add them: {@code fourlists.oversight.measures.<CODE>=<Chinese label>}, e.g.
 * {@code fourlists.oversight.measures.PERFORMANCE_DEDUCTION=扣减绩效考核分}.
 */
@ConfigMapping(prefix = "fourlists.oversight")
public interface MeasuresConfig {

    /** Code → Chinese label. */
    Map<String, String> measures();
}
