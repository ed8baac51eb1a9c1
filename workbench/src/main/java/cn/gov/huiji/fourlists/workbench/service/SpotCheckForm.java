package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The discipline group's announcement of a spot check (抽查, Art. 21, 29; R-ADJ-6) as the form holds it, and the body of
 * audit-service's POST /api/v1/oversight/spot-checks. The seed is the signed tree head the log will reach at
 * {@code seedTreeSize}: left empty, audit-service picks a size a little ahead of the log; given, it must still lie ahead,
 * so that neither the bureau nor the group can know the sample when announcing it. audit-service decides; the form only
 * says in Chinese what cannot even be sent.
 */
public record SpotCheckForm(String title, String population, String from, String to, String sampleSize, String seedTreeSize) {

    /** audit-service's bounds of a sample (1..500). */
    public static final int MAX_SAMPLE = 500;
    public static final Map<String, String> LABELS = Map.of("title", "抽查名称", "population", "抽查对象", "from", "起始日期",
            "to", "截止日期", "sampleSize", "样本量", "seedTreeSize", "种子树头的日志条数");

    public static SpotCheckForm empty() {
        return new SpotCheckForm("", "PUBLISHED_ITEMS", "", "", "", "");
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        FormText.check(from, "起始日期", problems);
        FormText.check(to, "截止日期", problems);
        FormText.order(from, to, "起始日期", "截止日期", problems);
        if (!FormText.blank(sampleSize)) {
            Long n = number(sampleSize);
            if (n == null || n < 1 || n > MAX_SAMPLE) {
                problems.add("样本量应为 1 至 " + MAX_SAMPLE + " 之间的整数。");
            }
        }
        if (!FormText.blank(seedTreeSize)) {
            Long n = number(seedTreeSize);
            if (n == null || n < 1) {
                problems.add("种子树头的日志条数应为正整数（不填则由系统在当前日志之后选定）。");
            }
        }
        return problems;
    }

    /** Fields trimmed, empty ones left out so that audit-service names each one missing; numbers as numbers. */
    public ObjectNode toJson() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        FormText.putIf(body, "title", title);
        FormText.putIf(body, "population", population);
        FormText.putIf(body, "from", from);
        FormText.putIf(body, "to", to);
        if (!FormText.blank(sampleSize)) {
            body.put("sampleSize", number(sampleSize));
        }
        if (!FormText.blank(seedTreeSize)) {
            body.put("seedTreeSize", number(seedTreeSize));
        }
        return body;
    }

    static Long number(String text) {
        String t = text.strip();
        if (!t.matches("\\d{1,15}")) {
            return null;
        }
        return Long.parseLong(t);
    }
}
