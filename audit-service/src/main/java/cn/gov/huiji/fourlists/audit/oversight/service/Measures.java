package cn.gov.huiji.fourlists.audit.oversight.service;

import cn.gov.huiji.fourlists.audit.oversight.config.MeasuresConfig;
import cn.gov.huiji.fourlists.audit.oversight.domain.Measure;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The measures of accountability: the five of the suite, then the configured ones by code. */
@ApplicationScoped
@Startup
public class Measures {

    /** A configured code reads like the suite's own: upper case, digits and underscores. */
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    public record Choice(String code, String label) {
    }

    private final Map<String, String> labels;
    private final List<String> order;

    @Inject
    public Measures(MeasuresConfig config) {
        this(config.measures());
    }

    /** Refuses, at start-up, a configured code that is malformed or would rename one of the suite's measures. */
    Measures(Map<String, String> configured) {
        Map<String, String> all = new LinkedHashMap<>();
        for (Measure m : Measure.values()) {
            all.put(m.name(), m.nameZh);
        }
        for (Map.Entry<String, String> e : new TreeMap<>(configured).entrySet()) {
            if (!CODE.matcher(e.getKey()).matches()) {
                throw new IllegalStateException("fourlists.oversight.measures." + e.getKey()
                        + ": a measure's code is upper-case letters, digits and underscores");
            }
            if (all.containsKey(e.getKey())) {
                throw new IllegalStateException("fourlists.oversight.measures." + e.getKey()
                        + ": the suite's own measure cannot be configured again");
            }
            if (e.getValue() == null || e.getValue().isBlank()) {
                throw new IllegalStateException("fourlists.oversight.measures." + e.getKey() + ": a label is required");
            }
            all.put(e.getKey(), e.getValue().strip());
        }
        this.labels = Map.copyOf(all);
        this.order = List.copyOf(all.keySet());
    }

    public List<Choice> all() {
        return order.stream().map(c -> new Choice(c, labels.get(c))).toList();
    }

    public String label(String code) {
        return labels.get(code);
    }

    /** @throws ProblemException 422 unknown-measure */
    public String require(String code) {
        if (code == null || !labels.containsKey(code)) {
            throw ProblemException.of(422, "unknown-measure", "Unknown measure", "问责措施不存在",
                    "Measure '" + code + "' is neither one of the suite's (" + Arrays.stream(Measure.values()).map(Enum::name)
                            .toList() + ") nor configured under fourlists.oversight.measures.",
                    "问责措施“" + code + "”既不是系统规定的措施，也未在 fourlists.oversight.measures 中配置。");
        }
        return code;
    }
}
